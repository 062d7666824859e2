package io.github.frivillig.core.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import java.util.Currency;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MoneyTest {

    @Test
    void obtainsTheCurrencyByItsIsoCode() {
        Money budget = Money.of(new BigDecimal("150000"), "NOK");

        assertThat(budget.amount()).isEqualByComparingTo("150000");
        assertThat(budget.currency()).isEqualTo(Currency.getInstance("NOK"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"XYZ", "nok", "NO", "", "NOKK"})
    void rejectsACodeThatIsNotAnIso4217Currency(String code) {
        assertThatIllegalArgumentException().isThrownBy(() -> Money.of(BigDecimal.ONE, code));
    }

    @Test
    void printsThePlainAmountAndTheCurrencyCode() {
        assertThat(Money.of(new BigDecimal("150000"), "NOK")).hasToString("150000 NOK");
        assertThat(Money.of(new BigDecimal("2500.50"), "DKK")).hasToString("2500.50 DKK");
        // Plain, not scientific: 1.5E+5 is printed in full.
        assertThat(Money.of(new BigDecimal("1.5E+5"), "SEK")).hasToString("150000 SEK");
    }

    @Test
    void keepsTheExponentOfAnAmountTooLongToWriteOut() {
        assertThat(Money.of(new BigDecimal("1E+999999999"), "NOK")).hasToString("1E+999999999 NOK");
        assertThat(Money.of(new BigDecimal("1E-999999999"), "NOK")).hasToString("1E-999999999 NOK");
    }
}
