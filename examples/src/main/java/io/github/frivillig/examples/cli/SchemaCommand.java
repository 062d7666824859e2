package io.github.frivillig.examples.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import io.github.frivillig.json.PolicyJson;

/** Prints the JSON Schema of the format, or of validation reports. */
@Command(name = "schema", mixinStandardHelpOptions = true, versionProvider = FrivilligCommand.Version.class,
        description = "Print the JSON Schema (draft 2020-12) of the Frivillig format, or with --report of the "
                + "reports that validate --format json prints.")
final class SchemaCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Option(names = "--report", description = "Print the schema of validation reports instead.")
    boolean report;

    @Override
    public void run() {
        spec.commandLine().getOut().print(report ? PolicyJson.reportSchema() : PolicyJson.schema());
        spec.commandLine().getOut().flush();
    }
}
