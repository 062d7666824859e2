package io.github.frivillig.core.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzzes {@link OrganisationIdentifier#parse(CharSequence)} with Jazzer. The only outcomes allowed are an
 * identifier, whose canonical text parses back to it and whose check never throws, or the documented
 * {@link IllegalArgumentException} when no scheme can be worked out; a wrong check digit is never thrown.
 * <p>
 * In a normal build this runs the committed seed corpus ({@code OrganisationIdentifierFuzzTestInputs/}); the
 * {@code fuzz} execution of the build fuzzes for a bounded time (see {@code docs/security.md}).
 */
class OrganisationIdentifierFuzzTest {

    @FuzzTest(maxDuration = "30s")
    void parseGivesAnIdentifierOrTheDocumentedException(FuzzedDataProvider data) {
        String text = data.consumeRemainingAsString();

        OrganisationIdentifier identifier;
        try {
            identifier = OrganisationIdentifier.parse(text);
        } catch (IllegalArgumentException e) {
            assertThat(e).hasMessageContaining("'");
            return;
        }
        boolean valid = identifier.isValid();
        OrganisationIdentifier again = OrganisationIdentifier.parse(identifier.toString());
        assertThat(again).isEqualTo(identifier);
        assertThat(again.isValid()).isEqualTo(valid);
    }
}
