package io.github.frivillig.core.value;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A JSON-like value kept in the {@code extensions} of a policy or entity: the one place for data that the
 * Frivillig model does not cover, written back exactly as it was read.
 * <p>
 * The family is closed: null, boolean, number, string, array and object. Numbers keep the text they were written
 * in, so {@code 1.50} stays {@code 1.50} and {@code 5e0} stays {@code 5e0}; object members keep their order.
 * <p>
 * All implementations are immutable and thread-safe.
 */
public sealed interface ExtensionValue
        permits ExtensionValue.NullValue, ExtensionValue.BooleanValue, ExtensionValue.NumberValue,
        ExtensionValue.StringValue, ExtensionValue.ArrayValue, ExtensionValue.ObjectValue {

    /**
     * Returns the null value.
     *
     * @return the null value, not null
     */
    static ExtensionValue nullValue() {
        return NullValue.INSTANCE;
    }

    /**
     * Obtains a boolean value.
     *
     * @param value  the boolean
     * @return the value, not null
     */
    static ExtensionValue of(boolean value) {
        return new BooleanValue(value);
    }

    /**
     * Obtains a number value.
     *
     * @param value  the number, not null
     * @return the value, not null
     */
    static ExtensionValue of(BigDecimal value) {
        return new NumberValue(value.toString());
    }

    /**
     * Obtains a number value written as a JSON number, kept digit for digit.
     *
     * @param text  a JSON number, such as {@code 1.50} or {@code 5e0}, not null
     * @return the value, not null
     * @throws IllegalArgumentException if the text is not a JSON number
     */
    static ExtensionValue number(String text) {
        return new NumberValue(text);
    }

    /**
     * Obtains an integer number value.
     *
     * @param value  the number
     * @return the value, not null
     */
    static ExtensionValue of(long value) {
        return new NumberValue(Long.toString(value));
    }

    /**
     * Obtains a string value.
     *
     * @param value  the string, not null
     * @return the value, not null
     */
    static ExtensionValue of(String value) {
        return new StringValue(value);
    }

    /**
     * Obtains an array value.
     *
     * @param elements  the elements, not null, without nulls
     * @return the value, not null
     */
    static ExtensionValue array(List<ExtensionValue> elements) {
        return new ArrayValue(elements);
    }

    /**
     * Obtains an object value; its members keep the map's iteration order.
     *
     * @param members  the members by name, not null, without null keys or values
     * @return the value, not null
     */
    static ExtensionValue object(Map<String, ExtensionValue> members) {
        return new ObjectValue(members);
    }

    /**
     * The JSON {@code null}.
     */
    record NullValue() implements ExtensionValue {
        static final NullValue INSTANCE = new NullValue();

        @Override
        public String toString() {
            return "null";
        }
    }

    /**
     * A JSON boolean.
     *
     * @param value  the boolean
     */
    record BooleanValue(boolean value) implements ExtensionValue {
        @Override
        public String toString() {
            return Boolean.toString(value);
        }
    }

    /**
     * A JSON number, kept as the text it was written in: {@code 1.50}, {@code 5e0} and {@code 1E+400} are three
     * different values, each written back as it is, while {@link #value()} gives each as a decimal.
     *
     * @param text  the number as JSON writes it, not null
     */
    record NumberValue(String text) implements ExtensionValue {

        /**
         * Creates a number value.
         *
         * @param text  the number as JSON writes it, not null
         * @throws IllegalArgumentException if the text is not a JSON number
         */
        public NumberValue {
            Objects.requireNonNull(text, "text");
            if (!isJsonNumber(text)) {
                throw new IllegalArgumentException("Not a JSON number: " + abbreviated(text));
            }
        }

        /**
         * Returns the number as a decimal, whose scale is the text's: {@code 1.50} has scale 2.
         *
         * @return the decimal, not null
         * @throws NumberFormatException if the exponent is beyond what a {@link BigDecimal} can hold
         */
        public BigDecimal value() {
            return new BigDecimal(text);
        }

        /**
         * Whether a text is a number by the grammar of RFC 8259, section 6: {@code [ minus ] int [ frac ] [ exp ]},
         * where {@code int} is {@code 0} or digits without a leading zero, {@code frac} a point and one or more
         * digits, {@code exp} an {@code e} or {@code E}, an optional sign and one or more digits. Read in one pass
         * rather than matched by a regular expression: a document may hold thousands of numbers.
         */
        private static boolean isJsonNumber(String text) {
            int length = text.length();
            int i = 0;
            if (i < length && text.charAt(i) == '-') {
                i++;
            }
            if (i < length && text.charAt(i) == '0') {
                // A zero is the whole integer part: digits after it are left over, and fail below.
                i++;
            } else {
                int digits = digits(text, i);
                if (digits == i) {
                    return false;
                }
                i = digits;
            }
            if (i < length && text.charAt(i) == '.') {
                int digits = digits(text, i + 1);
                if (digits == i + 1) {
                    return false;
                }
                i = digits;
            }
            if (i < length && (text.charAt(i) == 'e' || text.charAt(i) == 'E')) {
                i++;
                if (i < length && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
                    i++;
                }
                int digits = digits(text, i);
                if (digits == i) {
                    return false;
                }
                i = digits;
            }
            return i == length;
        }

        /** Returns the index after the run of ASCII digits that starts at an index. */
        private static int digits(String text, int from) {
            int i = from;
            while (i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
                i++;
            }
            return i;
        }

        private static String abbreviated(String text) {
            return text.length() <= 40 ? text : text.substring(0, 40) + "…";
        }

        @Override
        public String toString() {
            return text;
        }
    }

    /**
     * A JSON string.
     *
     * @param value  the string, not null
     */
    record StringValue(String value) implements ExtensionValue {
        /**
         * Creates a string value.
         *
         * @param value  the string, not null
         */
        public StringValue {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public String toString() {
            return '"' + value + '"';
        }
    }

    /**
     * A JSON array.
     *
     * @param elements  the elements, not null
     */
    record ArrayValue(List<ExtensionValue> elements) implements ExtensionValue {
        /**
         * Creates an array value.
         *
         * @param elements  the elements, not null, without nulls
         */
        public ArrayValue {
            elements = List.copyOf(elements);
        }

        @Override
        public String toString() {
            return elements.toString();
        }
    }

    /**
     * A JSON object whose members keep their order.
     *
     * @param members  the members by name, not null
     */
    record ObjectValue(Map<String, ExtensionValue> members) implements ExtensionValue {
        /**
         * Creates an object value.
         *
         * @param members  the members by name, not null, without null keys or values
         */
        public ObjectValue {
            members = copyOrdered(members);
        }

        @Override
        public String toString() {
            return members.toString();
        }
    }

    /**
     * Copies a map of extension values, keeping its order and rejecting nulls.
     *
     * @param members  the map to copy, not null
     * @return an unmodifiable ordered copy, not null
     * @throws NullPointerException if the map, a key or a value is null
     */
    static Map<String, ExtensionValue> copyOrdered(Map<String, ExtensionValue> members) {
        Objects.requireNonNull(members, "members");
        if (members.isEmpty()) {
            return Map.of();
        }
        Map<String, ExtensionValue> copy = new LinkedHashMap<>(members.size() * 2);
        members.forEach((key, value) -> copy.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(value, "value")));
        return Collections.unmodifiableMap(copy);
    }
}
