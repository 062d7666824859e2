package io.github.frivillig.json.completeness;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import tools.jackson.databind.JsonNode;

import io.github.frivillig.json.internal.FormatModel;
import io.github.frivillig.json.internal.ObjectType;
import io.github.frivillig.json.internal.Property;

/**
 * The completeness guard's checks of the JSON format's schema and documentation (the others are in the core test
 * fixtures' {@link io.github.frivillig.core.fixtures.CompletenessGuard}): each finds the keys that one of them
 * misses and names them as {@code Type.component}, and takes what it checks as an argument, so that a test can prove
 * on a fixture that the guard finds what it is meant to find.
 */
public final class Completeness {

    private Completeness() {
    }

    /**
     * Finds the keys that the schema's definition of their type does not list.
     *
     * @param types  the object types, not null
     * @param definitions  the schema's {@code $defs}, not null
     * @return a line for each key missing, empty if none
     */
    public static List<String> notInSchema(Collection<ObjectType<?>> types, JsonNode definitions) {
        List<String> gaps = new ArrayList<>();
        for (ObjectType<?> type : types) {
            String definition = FormatModel.schemaName(type.javaType());
            JsonNode properties = definitions.path(definition).path("properties");
            for (Property property : type.properties()) {
                if (!properties.has(property.name())) {
                    gaps.add(name(type, property) + " is not in the schema ($defs/" + definition + "/properties)");
                } else if (definitions.has(property.schemaName())
                        && !refersTo(properties.get(property.name()), property)) {
                    gaps.add(name(type, property) + " has another type in the schema than "
                            + (property.isList() ? "an array of " : "") + property.schemaName());
                }
            }
        }
        return gaps;
    }

    /**
     * Finds the keys that the documentation of their type does not list: the first column of the table after the
     * heading {@code ### `name`}.
     *
     * @param types  the object types, not null
     * @param lines  the lines of the documentation, not null
     * @return a line for each key missing, empty if none
     */
    public static List<String> notDocumented(Collection<ObjectType<?>> types, List<String> lines) {
        List<String> gaps = new ArrayList<>();
        for (ObjectType<?> type : types) {
            String heading = "### `" + FormatModel.schemaName(type.javaType()) + "`";
            List<String> keys = firstColumn(lines, heading);
            for (Property property : type.properties()) {
                if (!keys.contains(property.name())) {
                    gaps.add(name(type, property) + " is not described in the table under " + heading);
                }
            }
        }
        return gaps;
    }

    private static boolean refersTo(JsonNode node, Property property) {
        JsonNode value = property.isList() ? node.path("items") : node;
        return value.path("$ref").asString("").equals("#/$defs/" + property.schemaName());
    }

    private static String name(ObjectType<?> type, Property property) {
        Class<?> owner = property.component() == null ? type.javaType()
                : property.component().getDeclaringRecord();
        if (owner.isMemberClass() && owner.getEnclosingClass().isSealed()) {
            owner = owner.getEnclosingClass();
        }
        return owner.getSimpleName() + "." + property.name();
    }

    /** The first cells, without backticks, of the rows of the first table after a heading. */
    static List<String> firstColumn(List<String> lines, String heading) {
        List<String> keys = new ArrayList<>();
        int at = lines.indexOf(heading);
        if (at < 0) {
            return keys;
        }
        int row = at + 1;
        while (row < lines.size() && !lines.get(row).startsWith("|")) {
            row++;
        }
        for (row += 2; row < lines.size() && lines.get(row).startsWith("|"); row++) {
            keys.add(lines.get(row).split("\\|")[1].trim().replace("`", ""));
        }
        return keys;
    }
}
