package io.github.frivillig.json;

import java.util.Locale;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.PathType;

/**
 * The JSON Schema validator that the tests of the format's and the report's schemas share: draft 2020-12, with
 * formats asserted, problems located by JSON Pointer and messages in English.
 */
final class Schemas {

    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(
            SpecificationVersion.DRAFT_2020_12, builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder()
                    .formatAssertionsEnabled(true)
                    .pathType(PathType.JSON_POINTER)
                    .locale(Locale.ENGLISH)
                    .build()));

    private Schemas() {
    }

    /** Loads a schema from its text. */
    static Schema of(String schema) {
        return REGISTRY.getSchema(schema, InputFormat.JSON);
    }

    /** The draft 2020-12 meta-schema, which a schema of that draft must pass. */
    static Schema metaSchema() {
        return REGISTRY.getSchema(SchemaLocation.of(SpecificationVersion.DRAFT_2020_12.getDialectId()));
    }
}
