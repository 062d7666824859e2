package io.github.frivillig.examples.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import io.github.frivillig.core.policy.Policy;
import io.github.frivillig.examples.SeedDataset;

/** The top command: with no subcommand, a short overview of the bundled dataset and the commands. */
@Command(name = "frivillig",
        mixinStandardHelpOptions = true,
        versionProvider = FrivilligCommand.Version.class,
        description = "Validate, compare and export municipal volunteer policies in the Frivillig JSON format.",
        subcommands = {ValidateCommand.class, CompareCommand.class, ExportCommand.class, SchemaCommand.class})
final class FrivilligCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        PrintWriter out = spec.commandLine().getOut();
        List<Policy> policies = SeedDataset.policies();
        out.println("Frivillig " + Version.version() + ": municipal volunteer policy as typed, validated data.");
        out.println();
        out.println("Bundled dataset: " + policies.size() + " policies, the " + SeedDataset.SEEDS.size()
                + " seed policies and " + (policies.size() - SeedDataset.SEEDS.size())
                + " of the corpus of real policies (docs/corpus/)");
        // Names and kinds are as wide as the widest in the dataset, so that every row lines up.
        int nameWidth = policies.stream().mapToInt(policy -> policy.municipality().name().length()).max().orElse(0);
        int kindWidth = policies.stream().mapToInt(policy -> policy.kind().label(Locale.ENGLISH).length()).max()
                .orElse(0);
        String row = "  %-2s %-4s %-" + Math.max(nameWidth, 12) + "s %-" + Math.max(kindWidth, 4)
                + "s %-12s %6s %6s %8s%n";
        out.printf(row, "", "code", "municipality", "kind", "status", "events", "inputs", "measures");
        for (Policy policy : policies) {
            out.printf(row, policy.municipality().country().code(), policy.municipality().code(),
                    policy.municipality().name(), policy.kind().label(Locale.ENGLISH),
                    policy.status().label(Locale.ENGLISH), policy.events().size(), policy.inputs().size(),
                    policy.measures().size());
        }
        out.println();
        out.println("Commands:");
        for (var subcommand : spec.subcommands().values()) {
            String[] description = subcommand.getCommandSpec().usageMessage().description();
            out.printf("  %-9s %s%n", subcommand.getCommandName(), description.length == 0 ? "" : description[0]);
        }
        out.println();
        out.println("Run 'frivillig <command> --help' for a command's options.");
    }

    /** The version, from the jar's manifest. */
    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"frivillig " + version(), "Java " + Runtime.version()};
        }

        static String version() {
            String version = FrivilligCommand.class.getPackage().getImplementationVersion();
            return version == null ? "(development build)" : version;
        }
    }
}
