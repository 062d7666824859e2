package io.github.frivillig.core.validation.constraints;

import static io.github.frivillig.core.validation.constraints.Validators.assertOneViolation;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.github.frivillig.core.value.PartialDate;
import io.github.frivillig.core.value.Period;

// Hjørring (seeds): dialogue meetings in autumn 2016, adoption on 25 October 2017.
class ValidPeriodTest {

    record Process(@ValidPeriod Period period) {
    }

    @RegisterExtension
    static final TestValidator validator = new TestValidator();

    private static Period period(String from, String to) {
        return Period.between(from == null ? null : PartialDate.parse(from), to == null ? null : PartialDate.parse(to));
    }

    @Test
    void acceptsAPeriodInOrder() {
        assertThat(validator.validate(new Process(period("2016-23", "2017-10-25")))).isEmpty();
    }

    @Test
    void acceptsOpenAndOverlappingEnds() {
        assertThat(validator.validate(new Process(period("2016-23", null)))).isEmpty();
        assertThat(validator.validate(new Process(period(null, "2017")))).isEmpty();
        assertThat(validator.validate(new Process(period("2016-10", "2016-23")))).isEmpty();
        assertThat(validator.validate(new Process(null))).isEmpty();
    }

    @Test
    void reportsAnEndBeforeTheStartOnTheEnd() {
        var violation = assertOneViolation(validator.validate(new Process(period("2017-10-25", "2016-23"))),
                "period.to", "ValidPeriod");

        assertThat(violation.getMessage()).isEqualTo("must not end before it starts");
    }
}
