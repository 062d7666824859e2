package io.github.frivillig.core.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import io.github.frivillig.core.value.ExtensionValue.ArrayValue;
import io.github.frivillig.core.value.ExtensionValue.ObjectValue;

class ExtensionValueTest {

    @Test
    void keepsTheOrderOfObjectMembers() {
        Map<String, ExtensionValue> members = new LinkedHashMap<>();
        members.put("zeta", ExtensionValue.of(1));
        members.put("alpha", ExtensionValue.of(2));
        members.put("mu", ExtensionValue.of(3));

        ObjectValue object = (ObjectValue) ExtensionValue.object(members);

        assertThat(object.members().keySet()).containsExactly("zeta", "alpha", "mu");
        assertThat(object).hasToString("{zeta=1, alpha=2, mu=3}");
    }

    @Test
    void keepsTheScaleOfANumber() {
        ExtensionValue written = ExtensionValue.of(new BigDecimal("1.50"));

        assertThat(written).hasToString("1.50");
        assertThat(written).isNotEqualTo(ExtensionValue.of(new BigDecimal("1.5")));
        assertThat(written).isEqualTo(ExtensionValue.of(new BigDecimal("1.50")));
    }

    @Test
    void keepsTheTextOfANumber() {
        ExtensionValue.NumberValue written = (ExtensionValue.NumberValue) ExtensionValue.number("5e0");

        assertThat(written).hasToString("5e0");
        assertThat(written.value()).isEqualByComparingTo("5");
        assertThat(written).isNotEqualTo(ExtensionValue.of(5));
        assertThat(ExtensionValue.number("1e400")).isNotEqualTo(ExtensionValue.of(new BigDecimal("1e400")))
                .hasToString("1e400");
        assertThat(ExtensionValue.of(new BigDecimal("1e400"))).hasToString("1E+400");
    }

    @Test
    void acceptsOnlyJsonNumbers() {
        // RFC 8259, section 6: no leading zeros, no plus sign, digits on both sides of the point, no NaN.
        for (String notJson : List.of("01", "+1", "1.", ".5", "1e", "NaN", "Infinity", "0x10", " 1", "1 ", "")) {
            assertThatThrownBy(() -> ExtensionValue.number(notJson)).as(notJson)
                    .isInstanceOf(IllegalArgumentException.class);
        }
        for (String json : List.of("0", "-0", "1.50", "5e0", "1E+400", "-2.5e-400", "123456789012345678901234567890")) {
            assertThat(ExtensionValue.number(json)).as(json).hasToString(json);
        }
    }

    @Test
    void acceptsExactlyWhatTheGrammarOfRfc8259Accepts() {
        // The grammar of RFC 8259, section 6, as a regular expression, against every text of up to five characters
        // over the characters that numbers are made of and a few that they are not.
        Pattern grammar = Pattern.compile("-?(?:0|[1-9][0-9]*)(?:\\.[0-9]+)?(?:[eE][+-]?[0-9]+)?");
        char[] alphabet = {'0', '1', '9', '-', '+', '.', 'e', 'E', 'x'};
        List<String> texts = new ArrayList<>(List.of(""));
        for (int length = 1; length <= 5; length++) {
            List<String> longer = new ArrayList<>();
            for (String text : texts) {
                if (text.length() == length - 1) {
                    for (char c : alphabet) {
                        longer.add(text + c);
                    }
                }
            }
            texts.addAll(longer);
        }
        int accepted = 0;
        for (String text : texts) {
            boolean number = grammar.matcher(text).matches();
            boolean made;
            try {
                ExtensionValue.number(text);
                made = true;
            } catch (IllegalArgumentException e) {
                made = false;
            }
            assertThat(made).as(text).isEqualTo(number);
            accepted += made ? 1 : 0;
        }
        assertThat(accepted).isGreaterThan(500);
    }

    @Test
    void isNotChangedByChangingTheListItWasMadeFrom() {
        List<ExtensionValue> source = new ArrayList<>(List.of(ExtensionValue.of("a")));
        ArrayValue array = (ArrayValue) ExtensionValue.array(source);

        source.add(ExtensionValue.of("b"));
        source.set(0, ExtensionValue.of("c"));

        assertThat(array.elements()).containsExactly(ExtensionValue.of("a"));
    }

    @Test
    void isNotChangedByChangingTheMapItWasMadeFrom() {
        Map<String, ExtensionValue> source = new LinkedHashMap<>();
        source.put("a", ExtensionValue.of(true));
        ObjectValue object = (ObjectValue) ExtensionValue.object(source);

        source.put("b", ExtensionValue.of(false));
        source.put("a", ExtensionValue.nullValue());

        assertThat(object.members()).containsExactly(Map.entry("a", ExtensionValue.of(true)));
    }

    @Test
    void rejectsChangesToItsList() {
        ArrayValue array = (ArrayValue) ExtensionValue.array(List.of(ExtensionValue.of(1)));

        assertThatThrownBy(() -> array.elements().add(ExtensionValue.of(2)))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void rejectsChangesToItsMap() {
        ObjectValue object = (ObjectValue) ExtensionValue.object(Map.of("a", ExtensionValue.of(1)));
        ObjectValue empty = (ObjectValue) ExtensionValue.object(Map.of());

        assertThatThrownBy(() -> object.members().put("b", ExtensionValue.of(2)))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> object.members().remove("a"))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> empty.members().put("b", ExtensionValue.of(2)))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void rejectsNullMembersAndElements() {
        Map<String, ExtensionValue> nullValue = new HashMap<>();
        nullValue.put("a", null);
        List<ExtensionValue> nullElement = new ArrayList<>();
        nullElement.add(null);

        assertThatNullPointerException().isThrownBy(() -> ExtensionValue.object(nullValue));
        assertThatNullPointerException().isThrownBy(() -> ExtensionValue.array(nullElement));
    }

    @Test
    void printsLikeJson() {
        assertThat(ExtensionValue.nullValue()).hasToString("null");
        assertThat(ExtensionValue.of(true)).hasToString("true");
        assertThat(ExtensionValue.of("kafé")).hasToString("\"kafé\"");
        assertThat(ExtensionValue.of(42)).hasToString("42");
    }

    @Test
    void equalsByContent() {
        assertThat(ExtensionValue.array(List.of(ExtensionValue.of("a"), ExtensionValue.of(1))))
                .isEqualTo(ExtensionValue.array(List.of(ExtensionValue.of("a"), ExtensionValue.of(1))))
                .isNotEqualTo(ExtensionValue.array(List.of(ExtensionValue.of(1), ExtensionValue.of("a"))));
        assertThat(ExtensionValue.nullValue()).isSameAs(ExtensionValue.nullValue());
    }
}
