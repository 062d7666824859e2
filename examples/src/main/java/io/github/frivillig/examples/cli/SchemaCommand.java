package io.github.frivillig.examples.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import io.github.frivillig.json.PolicyJson;

/** Prints the JSON Schema of the format. */
@Command(name = "schema", mixinStandardHelpOptions = true, versionProvider = FrivilligCommand.Version.class,
        description = "Print the JSON Schema (draft 2020-12) of the Frivillig format.")
final class SchemaCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().getOut().print(PolicyJson.schema());
        spec.commandLine().getOut().flush();
    }
}
