package io.github.frivillig.core.value;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import io.github.frivillig.core.validation.constraints.StatedNumber;

/**
 * An amount of money in an ISO 4217 currency, such as a measure's budget, as exactly as the source states it
 * ("about NOK 1 million").
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param amount  the amount, not null
 * @param currency  the currency, not null
 * @param qualifier  how exactly the amount is known, null if exactly; a vague qualifier (many, several, few) is a
 *                   validation error, as an amount has a number
 */
@StatedNumber
public record Money(BigDecimal amount, Currency currency, @Nullable CountQualifier qualifier) {

    /**
     * Creates an amount of money.
     *
     * @throws NullPointerException if the amount or currency is null
     */
    public Money {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
    }

    /**
     * Obtains an amount of money in the currency with an ISO 4217 code.
     *
     * @param amount  the amount, not null
     * @param currencyCode  the ISO 4217 code, such as {@code NOK} or {@code DKK}, not null
     * @return the money, not null
     * @throws IllegalArgumentException if the currency code is not an ISO 4217 code
     */
    public static Money of(BigDecimal amount, String currencyCode) {
        return new Money(amount, Currency.getInstance(currencyCode), null);
    }

    /**
     * Returns the amount and currency code, such as {@code 150000 NOK}, with the qualifier's code before an amount
     * that is not exact ({@code about 1000000 NOK}); an amount with an extreme exponent, such as
     * {@code 1E+999999999}, keeps it rather than being written out in full.
     *
     * @return the text form, not null
     */
    @Override
    public String toString() {
        String text = Math.abs((long) amount.scale()) <= 100 ? amount.toPlainString() : amount.toString();
        String prefix = qualifier == null || qualifier == CountQualifier.EXACT ? "" : qualifier.code() + " ";
        return prefix + text + " " + currency.getCurrencyCode();
    }
}
