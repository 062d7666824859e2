package io.github.frivillig.csv;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.StreamWriteConstraints;
import tools.jackson.core.json.JsonFactory;

import io.github.frivillig.core.code.Coded;
import io.github.frivillig.core.value.ExtensionValue;
import io.github.frivillig.core.value.LocalId;
import io.github.frivillig.json.ReadLimits;
import io.github.frivillig.json.internal.PolicyWriter;

/** How values of the model become the text of a CSV field; null stands for an empty field. */
final class Values {

    // Any extension value a reader accepts, up to the highest nesting a reader can be set to, can be exported.
    private static final JsonFactory JSON = JsonFactory.builder()
            .streamWriteConstraints(StreamWriteConstraints.builder()
                    .maxNestingDepth(ReadLimits.MAX_NESTING_DEPTH)
                    .build())
            .build();

    private Values() {
    }

    /** Follows a possibly absent value to one of its parts. */
    static <T, V> @Nullable V get(@Nullable T value, Function<T, @Nullable V> part) {
        return value == null ? null : part.apply(value);
    }

    static @Nullable String string(@Nullable Object value) {
        return value == null ? null : value.toString();
    }

    static @Nullable String code(@Nullable Coded value) {
        return value == null ? null : value.code();
    }

    static @Nullable String id(@Nullable LocalId id) {
        return id == null ? null : id.value();
    }

    static String number(int number) {
        return Integer.toString(number);
    }

    // Plain notation: 150000.50 rather than 1.5000050E+5, which some readers take for text. A number whose plain
    // form would run to more than this many zeros, such as 1E+999999999, keeps its exponent: written out it would
    // exhaust memory, and no budget or indicator is that large or that precise.
    private static final int MAX_PLAIN_ZEROS = 100;

    static @Nullable String decimal(@Nullable BigDecimal value) {
        if (value == null) {
            return null;
        }
        return Math.abs((long) value.scale()) <= MAX_PLAIN_ZEROS ? value.toPlainString() : value.toString();
    }

    static String bool(boolean value) {
        return value ? "true" : "false";
    }

    /** An extension value as compact JSON, written exactly as the JSON format writes it. */
    static String json(ExtensionValue value) {
        StringWriter out = new StringWriter();
        try (JsonGenerator generator = JSON.createGenerator(ObjectWriteContext.empty(), out)) {
            PolicyWriter.writeValue(generator, value);
        }
        return out.toString();
    }
}
