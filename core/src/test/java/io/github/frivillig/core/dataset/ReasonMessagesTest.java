package io.github.frivillig.core.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.github.frivillig.core.code.Codelists;
import io.github.frivillig.core.fixtures.ForeignDefaultLocale;
import io.github.frivillig.core.fixtures.MessageArguments;
import io.github.frivillig.core.policy.GoverningBodyKind;
import io.github.frivillig.core.policy.PolicyStatus;
import io.github.frivillig.core.validation.LocalizedMessages;

/**
 * The reason messages are complete in every shipped language, name exactly the arguments their reason gives, and
 * resolve fully under a JVM whose default locale is none of the shipped ones.
 */
@ExtendWith(ForeignDefaultLocale.class)
class ReasonMessagesTest {

    private static final List<String> LANGUAGES = Codelists.LANGUAGES;
    private static final LocalizedMessages MESSAGES = CriterionReason.messages();

    @Test
    void everyLanguageHasExactlyOneMessagePerReasonCode() {
        Set<String> codes = Stream.of(ReasonCode.values()).map(ReasonCode::code).collect(Collectors.toSet());
        for (String language : LANGUAGES) {
            assertThat(MESSAGES.keys(language)).as(language).isEqualTo(codes);
        }
    }

    @Test
    void everyMessageNamesExactlyTheArgumentsOfItsReason() {
        for (ReasonCode reason : ReasonCode.values()) {
            for (String language : LANGUAGES) {
                String template = MESSAGES.template(reason.code(), Locale.forLanguageTag(language));
                assertThat(MessageArguments.names(template)).as(language + " " + reason.code())
                        .isEqualTo(new TreeSet<>(reason.argumentNames()));
            }
        }
    }

    @Test
    void everyMessageResolvesAndIsTranslated() {
        Map<String, String> english = new HashMap<>();
        for (String language : LANGUAGES) {
            Locale locale = Locale.forLanguageTag(language);
            for (ReasonCode reason : ReasonCode.values()) {
                CriterionReason example = reason.with(exampleValues(reason));
                String message = example.message(locale);
                assertThat(message).as(language + " " + reason.code()).isNotBlank().doesNotContain("{", "}", "$");
                if (language.equals("en")) {
                    english.put(reason.code(), message);
                } else {
                    assertThat(message).as(language + " " + reason.code()).isNotEqualTo(english.get(reason.code()));
                }
            }
        }
    }

    @Test
    void showsCodelistArgumentsByTheirLabelAndKeepsTheirCodeAsArgument() {
        CriterionReason reason = ReasonCode.POLICY_IN_DEVELOPMENT.with(PolicyStatus.IN_DIALOGUE);

        assertThat(reason.arguments()).containsExactly(Map.entry("status", "in-dialogue"));
        assertThat(reason.message(Locale.ENGLISH)).isEqualTo("The policy is still being developed (status “In "
                + "dialogue”).");
        assertThat(reason.message(Locale.forLanguageTag("nb"))).isEqualTo("Politikken er fortsatt under utvikling "
                + "(status «I dialog»).");
        // Finnish is not shipped: it falls back to Swedish.
        assertThat(reason.message(Locale.forLanguageTag("fi"))).startsWith("Policyn håller");
    }

    @Test
    void showsTextThatLooksLikeATemplateAsItIs() {
        CriterionReason reason = ReasonCode.ADOPTION_POLITICAL.with("{body} ${x}", GoverningBodyKind.MUNICIPAL_COUNCIL);

        assertThat(reason.message(Locale.ENGLISH))
                .isEqualTo("Adopted by {body} ${x} (Municipal council), a political body.");
    }

    @Test
    void reasonsAreEqualByCodeAndArguments() {
        CriterionReason reason = ReasonCode.MEASURES_PRESENT.with(3);

        assertThat(reason).isEqualTo(ReasonCode.MEASURES_PRESENT.with(3)).hasSameHashCodeAs(
                ReasonCode.MEASURES_PRESENT.with(3));
        assertThat(reason).isNotEqualTo(ReasonCode.MEASURES_PRESENT.with(4))
                .isNotEqualTo(ReasonCode.MEASURES_ALL_CANCELLED.with(3));
        assertThat(reason).hasToString("measures.present{measures=3}");
    }

    private static Object[] exampleValues(ReasonCode reason) {
        return reason.argumentNames().stream().map(name -> switch (name) {
            case "status" -> PolicyStatus.DRAFT;
            case "bodyKind" -> GoverningBodyKind.EXECUTIVE_COMMITTEE;
            case "body" -> "Formannskapet";
            default -> 7;
        }).toArray();
    }

}
