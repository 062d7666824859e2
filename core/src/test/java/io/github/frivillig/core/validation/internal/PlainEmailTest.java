package io.github.frivillig.core.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.SplittableRandom;

import jakarta.validation.Validator;

import org.junit.jupiter.api.Test;

import io.github.frivillig.core.value.Person;

/**
 * The plain e-mail form says yes only to addresses Hibernate Validator's {@code @Email} accepts: a yes it should not
 * give would let a malformed address through unreported.
 */
class PlainEmailTest {

    private static final Validator HIBERNATE_VALIDATOR = ValidationEngine.FACTORY.getValidator();

    @Test
    void usualAddressesAreOfThePlainForm() {
        assertThat(List.of("post@porsgrunn.kommune.no", "frivilligsentral@kragero.kommune.no",
                "ole.hansen+frivillig@example.org", "a_b%c@sub-domain.example.dk", "x@y.se"))
                .allSatisfy(address -> {
                    assertThat(PlainEmail.matches(address)).as(address).isTrue();
                    assertThat(acceptedByHibernateValidator(address)).as(address).isTrue();
                });
    }

    @Test
    void addressesOutsideThePlainFormAreLeftToHibernateValidator() {
        assertThat(List.of("", "x@y", "@example.org", "a@@example.org", "a..b@example.org", ".a@example.org",
                "a.@example.org", "a@-example.org", "a@example-.org", "a@example..org", "a@example.org.",
                "a@example.123", "\"quoted\"@example.org", "æ@example.org", "a@[127.0.0.1]", "a b@example.org",
                "a@" + "x".repeat(64) + ".org", "x".repeat(65) + "@example.org"))
                .allSatisfy(address -> assertThat(PlainEmail.matches(address)).as(address).isFalse());
    }

    @Test
    void everyAddressOfThePlainFormIsAcceptedByHibernateValidator() {
        // Random addresses built near the edges of the plain form: dots and hyphens anywhere, digits in the last
        // label, labels and local parts of every length around the limits.
        SplittableRandom random = new SplittableRandom(20261205);
        int plain = 0;
        for (int i = 0; i < 20_000; i++) {
            StringBuilder address = new StringBuilder();
            append(address, "aZ9._%+-", 1 + random.nextInt(random.nextInt(10) == 0 ? 70 : 8), random);
            address.append('@');
            append(address, "ab9-.", 1 + random.nextInt(random.nextInt(10) == 0 ? 70 : 10), random);
            address.append('.');
            append(address, "abc1-", 1 + random.nextInt(4), random);
            if (PlainEmail.matches(address)) {
                plain++;
                assertThat(acceptedByHibernateValidator(address.toString())).as(address.toString()).isTrue();
            }
        }
        assertThat(plain).isGreaterThan(1_000);
    }

    private static void append(StringBuilder address, String alphabet, int length, SplittableRandom random) {
        for (int j = 0; j < length; j++) {
            address.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
    }

    private static boolean acceptedByHibernateValidator(String address) {
        return HIBERNATE_VALIDATOR.validateValue(Person.class, "email", address).isEmpty();
    }
}
