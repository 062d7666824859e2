package io.github.frivillig.core.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** JSON Pointers are ordered as in the document, by an order that sorting can rely on. */
class LocationTest {

    @Test
    void ordersIndicesByValueAndPrefixesFirst() {
        List<String> pointers = new ArrayList<>(List.of("/measures/10", "/measures/9/id", "/measures/9", "/id",
                "/measures/2", ""));
        pointers.sort(Location::compare);

        assertThat(pointers).containsExactly("", "/id", "/measures/2", "/measures/9", "/measures/9/id",
                "/measures/10");
    }

    @Test
    void isATotalOrderForAnyTokens() {
        // Keys that mix digits and letters, such as language tags a document may use: "9", "10", "1a", "09".
        Random random = new Random(20261123);
        String[] alphabet = {"0", "1", "9", "a", "Z", "-", "~0", "~1"};
        List<String> pointers = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            StringBuilder pointer = new StringBuilder();
            for (int token = 0, tokens = 1 + random.nextInt(3); token < tokens; token++) {
                pointer.append('/');
                for (int c = 0, length = 1 + random.nextInt(3); c < length; c++) {
                    pointer.append(alphabet[random.nextInt(alphabet.length)]);
                }
            }
            pointers.add(pointer.toString());
        }
        for (String a : pointers) {
            assertThat(Location.compare(a, a)).isZero();
            for (String b : pointers) {
                assertThat(Integer.signum(Location.compare(a, b))).isEqualTo(-Integer.signum(Location.compare(b, a)));
                for (String c : pointers.subList(0, 40)) {
                    if (Location.compare(a, b) < 0 && Location.compare(b, c) < 0) {
                        assertThat(Location.compare(a, c)).as(a + " < " + b + " < " + c).isNegative();
                    }
                }
            }
        }
        pointers.sort(Location::compare);
    }
}
