package io.github.frivillig.core.validation.constraints;

import static io.github.frivillig.core.validation.constraints.Validators.assertOneViolation;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.github.frivillig.core.value.Person;

// The sample is Brønnøysundregistrene's published switchboard number, 75 00 75 00 (brreg.no), in the forms people
// write it.
class PhoneNumberTest {

    record Contact(@PhoneNumber String phone) {
    }

    @RegisterExtension
    static final TestValidator validator = new TestValidator();

    @ParameterizedTest
    @ValueSource(strings = {"+47 75 00 75 00", "75 00 75 00", "75007500", "+4775007500", "(47) 75 00 75 00",
            "750-07-500", "75.00.75.00", "75/00/75/00", "112"})
    void acceptsDigitsWithTheUsualSeparators(String phone) {
        assertThat(validator.validate(new Contact(phone))).isEmpty();
    }

    @Test
    void acceptsNoPhoneNumber() {
        assertThat(validator.validate(new Contact(null))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ring sentralbordet", "12", "+", "--- ---", "75 00 75 00 tast 1", "+47 75 00 75 00 +",
            "(+47) 75 00 75 00", "", "7500750075007500750075007500750"})
    void reportsTextThatIsNotAPhoneNumber(String phone) {
        assertOneViolation(validator.validate(new Contact(phone)), "phone", "PhoneNumber");
    }

    @Test
    void guardsThePhoneNumberOfAPersonInTheModel() {
        Person person = Person.builder().phone("ring meg").build();

        assertOneViolation(validator.validate(person), "phone", "PhoneNumber");
    }
}
