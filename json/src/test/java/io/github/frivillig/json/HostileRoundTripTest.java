package io.github.frivillig.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import io.github.frivillig.test.PolicyGenerator;
import io.github.frivillig.core.fixtures.TestPolicies;
import io.github.frivillig.core.organisation.Organisation;
import io.github.frivillig.core.organisation.OrganisationKind;
import io.github.frivillig.core.policy.Policy;
import io.github.frivillig.core.text.LocalizedText;
import io.github.frivillig.core.value.LocalId;
import io.github.frivillig.core.value.Person;

/**
 * Nothing is lost between reading and writing: unknown-but-allowed extensions come back exactly (numbers with
 * their scale, huge numbers, escapes, any Unicode), text with every awkward character survives, and writing never
 * produces a document that reading rejects: text that is not Unicode is refused when written.
 */
class HostileRoundTripTest {

    private static final PolicyJson JSON = PolicyJson.standard();
    /** Reads numbers as BigDecimal, so that 1.50 and 1.5 differ, as they do in the extensions. */
    private static final JsonMapper EXACT = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    /** Extension values of every JSON kind, with the details that a careless reader or writer loses. */
    private static final String EXTENSIONS = """
            {"x-price": 1.50, "x-zero": 0.0, "x-negative-zero": -0, "x-exponent": 1E+2, "x-small": 1e-7,
             "x-huge": 123456789012345678901234567890123456789012345678901234567890,
             "x-beyond-double": 1e400, "x-beyond-double-small": -2.5e-400, "x-long": 9223372036854775808,
             "x-text": "quote \\" backslash \\\\ slash \\/ controls \\b\\f\\n\\r\\t \\u0000 \\u001f end",
             "x-unicode": "Kragerø Æøå 🤝 \\ud83e\\udd1d \\u2028 \\u2029 \\ufeff \\uffff ﬁ",
             "x-empty": "", "x-true": true, "x-false": false, "x-null": null,
             "x-nested": {"a": [1, "b", {"c": [[], {}]}, null, 2.50], "": "empty key", "k/ey~": 0},
             "ünïcödé key 🗝": {"deeper": {"still": {"deepest": [1.0, 1.00, 1.000]}}}}""";

    static Stream<String> placesForExtensions() {
        return Stream.of("", "/principles/0", "/measures/0", "/organisations/0", "/events/0", "/inputs/0");
    }

    @ParameterizedTest(name = "extensions at \"{0}\"")
    @MethodSource("placesForExtensions")
    void extensionsComeBackExactly(String place) {
        JsonNode document = EXACT.readTree(JSON.write(TestPolicies.valid().build()));
        JsonNode extensions = EXACT.readTree(EXTENSIONS);
        ((tools.jackson.databind.node.ObjectNode) document.at(place)).set("extensions", extensions);
        String original = EXACT.writeValueAsString(document).replace(EXACT.writeValueAsString(extensions), EXTENSIONS);

        Policy read = JSON.read(original);
        String written = JSON.write(read);
        Policy readAgain = JSON.read(written);

        assertThat(readAgain).isEqualTo(read);
        JsonNode writtenExtensions = EXACT.readTree(written).at(place + "/extensions");
        assertThat(writtenExtensions).isEqualTo(EXACT.readTree(EXTENSIONS));
        assertThat(writtenExtensions.get("x-price").decimalValue()).isEqualByComparingTo("1.50")
                .hasToString("1.50");
        assertThat(writtenExtensions.get("x-huge").bigIntegerValue().toString())
                .isEqualTo("123456789012345678901234567890123456789012345678901234567890");
        assertThat(writtenExtensions.get("x-beyond-double").decimalValue()).isEqualByComparingTo("1e400");
        assertThat(writtenExtensions.at("/x-nested/a/4").decimalValue()).hasToString("2.50");
        assertThat(writtenExtensions.get("x-unicode").stringValue())
                .isEqualTo("Kragerø Æøå 🤝 🤝 \u2028 \u2029 \ufeff \uffff ﬁ");
        assertThat(writtenExtensions.get("x-text").stringValue()).contains("\u0000", "\u001f", "\"", "\\");
    }

    /** Each number in the extensions is written back as the text it was read as, not only as the same decimal. */
    @Test
    void extensionNumbersAreWrittenBackDigitForDigit() {
        String policy = JSON.write(TestPolicies.valid().build());
        String numbers = "[1.50,5e0,1e400,1E+400,-0,0.0,1.0E-7,-2.5e-400,123456789012345678901234567890,7]";
        String original = policy.substring(0, policy.length() - 1)
                + ",\"extensions\":{\"x-numbers\":" + numbers + ",\"x-empty\":{},\"x-none\":[]}}";

        String written = JSON.write(JSON.read(original));

        assertThat(written).contains("\"x-numbers\":" + numbers).contains("\"x-empty\":{}")
                .contains("\"x-none\":[]");
        assertThat(JSON.read(written)).isEqualTo(JSON.read(original));
        assertThat(JSON.read(written)).isNotEqualTo(JSON.read(original.replace("5e0", "5")));
    }

    /**
     * An empty extensions object carries nothing, and is left out when written, as an empty list is: the format
     * reads a left-out key and an empty value the same (docs/format.md, "Extensions").
     */
    @Test
    void anEmptyExtensionsObjectReadsAsNone() {
        String policy = JSON.write(TestPolicies.valid().build());
        String withEmpty = policy.substring(0, policy.length() - 1) + ",\"extensions\":{}}";

        assertThat(JSON.read(withEmpty)).isEqualTo(JSON.read(policy));
        assertThat(JSON.write(JSON.read(withEmpty))).isEqualTo(policy);
    }

    /** Written extensions are written the same way again: the bytes are stable after the first round. */
    @Test
    void writtenExtensionsAreStable() {
        String policy = JSON.write(TestPolicies.valid().build());
        String original = policy.substring(0, policy.length() - 1) + ",\"extensions\":" + EXTENSIONS + "}";

        String once = JSON.write(JSON.read(original));
        String twice = JSON.write(JSON.read(once));

        assertThat(twice).isEqualTo(once);
        assertThat(once.getBytes(StandardCharsets.UTF_8)).isEqualTo(twice.getBytes(StandardCharsets.UTF_8));
    }

    /** Random text from every plane of Unicode, control characters included, in every kind of text field. */
    @Test
    void hostileTextReadsBackEqual() {
        SplittableRandom random = new SplittableRandom(20261123);
        for (int round = 0; round < 300; round++) {
            Policy policy = withText(PolicyGenerator.generate(round), () -> randomText(random, false));

            byte[] json = JSON.writeBytes(policy);

            assertThat(JSON.read(json)).as("round %d", round).isEqualTo(policy);
            assertThat(JSON.validate(json, Locale.ENGLISH).violations()).as("round %d", round)
                    .noneMatch(v -> v.code().startsWith("format."));
        }
    }

    /**
     * Text that is not Unicode (an unpaired surrogate) can be put in the model by code, but never reaches a
     * document: writing it is refused, naming the place, so nothing is written that the reader would reject.
     */
    @Test
    void textThatIsNotUnicodeIsRefusedWhenWritten() {
        SplittableRandom random = new SplittableRandom(7);
        int refused = 0;
        for (int round = 0; round < 300; round++) {
            Policy policy = withText(PolicyGenerator.generate(round), () -> randomText(random, true));

            Throwable thrown = catchThrowable(() -> JSON.writeBytes(policy));

            if (thrown == null) {
                assertThat(JSON.read(JSON.writeBytes(policy))).isEqualTo(policy);
            } else {
                refused++;
                assertThat(thrown).isInstanceOf(IllegalArgumentException.class)
                        .hasMessageContaining("unpaired surrogate").hasMessageMatching("(?s).*at '(/[^']*)*'.*");
            }
        }
        assertThat(refused).isGreaterThan(100);
    }

    @Test
    void aRefusedTextIsNamedByItsPointerAndNotQuoted() {
        Policy inName = TestPolicies.valid().addContact(Person.builder().name("Lena \uD800 Bisgaard").build()).build();
        Policy inKey = TestPolicies.valid().title(LocalizedText.of("n\uDC00b", "Tittel")).build();
        Policy inExtensionKey = TestPolicies.valid()
                .putExtension("x\uD800", io.github.frivillig.core.value.ExtensionValue.of("v")).build();

        assertThat(catchThrowable(() -> JSON.write(inName))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'/contacts/0/name'").hasMessageNotContaining("Lena");
        assertThat(catchThrowable(() -> JSON.write(inKey))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'/title'");
        assertThat(catchThrowable(() -> JSON.write(inExtensionKey))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'/extensions'");
    }

    /** Replaces the title, the first organisation's name and the contacts of a policy with made-up text. */
    private static Policy withText(Policy policy, java.util.function.Supplier<String> text) {
        List<Organisation> organisations = new ArrayList<>(policy.organisations());
        if (organisations.isEmpty()) {
            organisations.add(Organisation.builder().id(LocalId.of("org")).kind(OrganisationKind.OTHER).build());
        }
        organisations.set(0, organisations.get(0).toBuilder().name(text.get()).build());
        return policy.toBuilder()
                .title(LocalizedText.builder().text("nb", text.get()).text("nn", text.get()).build())
                .organisations(organisations)
                .contacts(List.of(Person.builder().name(text.get()).email(text.get()).phone(text.get()).build()))
                .putExtension("x-random", io.github.frivillig.core.value.ExtensionValue.of(text.get()))
                .build();
    }

    private static String randomText(SplittableRandom random, boolean loneSurrogates) {
        StringBuilder text = new StringBuilder();
        int length = 1 + random.nextInt(20);
        for (int i = 0; i < length; i++) {
            switch (random.nextInt(6)) {
                case 0 -> text.append((char) random.nextInt(0x20));
                case 1 -> text.append((char) (0x20 + random.nextInt(0x60)));
                case 2 -> text.append((char) (0xA0 + random.nextInt(0xD800 - 0xA0)));
                case 3 -> text.append((char) (0xE000 + random.nextInt(0x10000 - 0xE000)));
                case 4 -> text.appendCodePoint(0x10000 + random.nextInt(0x110000 - 0x10000));
                default -> {
                    if (loneSurrogates && random.nextInt(3) == 0) {
                        text.append((char) (0xD800 + random.nextInt(0x800)));
                    } else {
                        text.append("\"\\/\u2028\ufeff");
                    }
                }
            }
        }
        return text.toString();
    }
}
