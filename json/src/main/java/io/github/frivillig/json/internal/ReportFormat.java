package io.github.frivillig.json.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DatabindException;

import io.github.frivillig.core.validation.Severity;
import io.github.frivillig.core.validation.SourceLocation;
import io.github.frivillig.core.validation.ValidationReport;
import io.github.frivillig.core.validation.Violation;

/**
 * Writes and reads validation reports in their JSON form, the one described by {@code report-1.0.schema.json}:
 * <pre>{@code
 * {"formatVersion": "1.0", "valid": false, "violations": [{"code", "severity", "pointer", "path", "line",
 *  "column", "message", "arguments": {…}, "offendingValue", "source"}]}
 * }</pre>
 * Reading is strict, as the schema is: an unknown or repeated key, a missing required one, a wrong type or a
 * {@code valid} that the violations contradict fails with a {@link DatabindException} that names the problem and its place.
 */
public final class ReportFormat {

    /** The version of the report format this class writes and reads. */
    public static final String VERSION = "1.0";

    private static final Map<String, Severity> SEVERITIES = Map.of(
            Severity.ERROR.code(), Severity.ERROR,
            Severity.WARNING.code(), Severity.WARNING,
            Severity.INFO.code(), Severity.INFO);

    private ReportFormat() {
    }

    /**
     * Writes a report as one JSON object.
     *
     * @param generator  the generator, not null
     * @param report  the report, not null
     */
    public static void write(JsonGenerator generator, ValidationReport report) {
        generator.writeStartObject();
        generator.writeStringProperty("formatVersion", VERSION);
        generator.writeBooleanProperty("valid", report.isValid());
        generator.writeName("violations");
        generator.writeStartArray();
        for (Violation violation : report.violations()) {
            write(generator, violation);
        }
        generator.writeEndArray();
        generator.writeEndObject();
    }

    /**
     * Writes a violation as one JSON object, as it appears in a report's {@code violations}.
     *
     * @param generator  the generator, not null
     * @param violation  the violation, not null
     */
    public static void write(JsonGenerator generator, Violation violation) {
        generator.writeStartObject();
        generator.writeStringProperty("code", violation.code());
        generator.writeStringProperty("severity", violation.severity().code());
        generator.writeStringProperty("pointer", violation.pointer());
        generator.writeStringProperty("path", violation.path());
        if (violation.location().isPresent()) {
            generator.writeNumberProperty("line", violation.location().get().line());
            generator.writeNumberProperty("column", violation.location().get().column());
        }
        generator.writeStringProperty("message", violation.message());
        generator.writeName("arguments");
        generator.writeStartObject();
        violation.arguments().forEach(generator::writeStringProperty);
        generator.writeEndObject();
        // Already masked where it is personal data, unless the validator was asked to include it.
        violation.offendingValue().ifPresent(value -> generator.writeStringProperty("offendingValue", value));
        violation.source().ifPresent(source -> generator.writeStringProperty("source", source));
        generator.writeEndObject();
    }

    /**
     * Reads a report; the parser is at the start of its object, or before it.
     *
     * @param parser  the parser, not null
     * @return the report, not null
     * @throws DatabindException if the JSON is not a report in the documented form
     */
    public static ValidationReport readReport(JsonParser parser) {
        expect(parser, start(parser), JsonToken.START_OBJECT, "a report object");
        Set<String> seen = new HashSet<>();
        String version = null;
        Boolean valid = null;
        List<Violation> violations = null;
        for (String name = parser.nextName(); name != null; name = parser.nextName()) {
            once(parser, seen, name);
            JsonToken value = parser.nextToken();
            switch (name) {
                case "formatVersion" -> version = string(parser, value, name);
                case "valid" -> {
                    if (value != JsonToken.VALUE_TRUE && value != JsonToken.VALUE_FALSE) {
                        throw fail(parser, "\"valid\" must be true or false");
                    }
                    valid = value == JsonToken.VALUE_TRUE;
                }
                case "violations" -> {
                    expect(parser, value, JsonToken.START_ARRAY, "\"violations\" as an array");
                    violations = new ArrayList<>();
                    while (parser.nextToken() != JsonToken.END_ARRAY) {
                        violations.add(readViolation(parser));
                    }
                }
                default -> throw fail(parser, "unknown key \"" + name + "\" in a report");
            }
        }
        if (!VERSION.equals(version)) {
            throw fail(parser, version == null ? "a report needs \"formatVersion\": \"" + VERSION + "\""
                    : "unsupported report format version \"" + version + "\"; this version reads \"" + VERSION + "\"");
        }
        if (valid == null || violations == null) {
            throw fail(parser, "a report needs \"" + (valid == null ? "valid" : "violations") + "\"");
        }
        ValidationReport report = ValidationReport.of(violations);
        if (valid != report.isValid()) {
            throw fail(parser, "\"valid\" is " + valid + ", but the report has " + report.errors().size() + " errors");
        }
        return report;
    }

    /**
     * Reads a violation; the parser is at the start of its object, or before it.
     *
     * @param parser  the parser, not null
     * @return the violation, not null
     * @throws DatabindException if the JSON is not a violation in the documented form
     */
    public static Violation readViolation(JsonParser parser) {
        expect(parser, start(parser), JsonToken.START_OBJECT, "a violation object");
        Set<String> seen = new HashSet<>();
        String code = null;
        Severity severity = null;
        String pointer = null;
        String path = null;
        String message = null;
        Long line = null;
        Long column = null;
        String offendingValue = null;
        String source = null;
        List<String[]> arguments = null;
        for (String name = parser.nextName(); name != null; name = parser.nextName()) {
            once(parser, seen, name);
            JsonToken value = parser.nextToken();
            switch (name) {
                case "code" -> code = string(parser, value, name);
                case "severity" -> {
                    severity = SEVERITIES.get(string(parser, value, name));
                    if (severity == null) {
                        throw fail(parser, "\"severity\" must be one of " + SEVERITIES.keySet().stream().sorted()
                                .toList() + ", not \"" + parser.getString() + "\"");
                    }
                }
                case "pointer" -> pointer = string(parser, value, name);
                case "path" -> path = string(parser, value, name);
                case "line" -> line = position(parser, value, name);
                case "column" -> column = position(parser, value, name);
                case "message" -> message = string(parser, value, name);
                case "arguments" -> {
                    expect(parser, value, JsonToken.START_OBJECT, "\"arguments\" as an object");
                    arguments = new ArrayList<>();
                    Set<String> names = new HashSet<>();
                    for (String argument = parser.nextName(); argument != null; argument = parser.nextName()) {
                        once(parser, names, argument);
                        arguments.add(new String[] {argument, string(parser, parser.nextToken(), argument)});
                    }
                }
                case "offendingValue" -> offendingValue = string(parser, value, name);
                case "source" -> source = string(parser, value, name);
                default -> throw fail(parser, "unknown key \"" + name + "\" in a violation");
            }
        }
        for (Object[] required : new Object[][] {{"code", code}, {"severity", severity}, {"pointer", pointer},
                {"path", path}, {"message", message}, {"arguments", arguments}}) {
            if (required[1] == null) {
                throw fail(parser, "a violation needs \"" + required[0] + "\"");
            }
        }
        if ((line == null) != (column == null)) {
            throw fail(parser, "a violation gives \"line\" and \"column\" together or neither");
        }
        Violation.Builder builder = Violation.builder(code, severity).pointer(pointer).path(path).message(message)
                .offendingValue(offendingValue).source(source)
                .location(line == null ? null : SourceLocation.of(line, column));
        for (String[] argument : arguments) {
            builder.argument(argument[0], argument[1]);
        }
        return builder.build();
    }

    private static JsonToken start(JsonParser parser) {
        JsonToken token = parser.currentToken();
        return token == null ? parser.nextToken() : token;
    }

    private static void once(JsonParser parser, Set<String> seen, String name) {
        if (!seen.add(name)) {
            throw fail(parser, "the key \"" + name + "\" appears twice");
        }
    }

    private static void expect(JsonParser parser, JsonToken actual, JsonToken expected, String what) {
        if (actual != expected) {
            throw fail(parser, "expected " + what);
        }
    }

    private static String string(JsonParser parser, JsonToken value, String name) {
        if (value != JsonToken.VALUE_STRING) {
            throw fail(parser, "\"" + name + "\" must be a string");
        }
        return parser.getString();
    }

    private static long position(JsonParser parser, JsonToken value, String name) {
        if (value != JsonToken.VALUE_NUMBER_INT || parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER
                || parser.getLongValue() < 1) {
            throw fail(parser, "\"" + name + "\" must be a whole number from 1");
        }
        return parser.getLongValue();
    }

    private static DatabindException fail(JsonParser parser, String problem) {
        return DatabindException.from(parser, "Not a Frivillig validation report: " + problem);
    }
}
