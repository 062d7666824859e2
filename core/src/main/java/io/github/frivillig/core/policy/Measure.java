package io.github.frivillig.core.policy;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

import io.github.frivillig.core.internal.BuilderStyle;
import io.github.frivillig.core.code.Theme;
import io.github.frivillig.core.text.LocalizedText;
import io.github.frivillig.core.validation.constraints.ValidLocalId;
import io.github.frivillig.core.validation.constraints.ValidPeriod;
import io.github.frivillig.core.validation.constraints.ValidText;
import io.github.frivillig.core.value.ExtensionValue;
import io.github.frivillig.core.value.LocalId;
import io.github.frivillig.core.value.Money;
import io.github.frivillig.core.value.Period;

/**
 * A concrete measure of a policy (<i>tiltak</i>, <i>virkemiddel</i>, <i>initiativ</i>, <i>indsats</i>).
 * <p>
 * A measure serves principles of the policy, may answer inputs from the dialogue, and has responsible and partner
 * organisations; all are referred to by local id. That a measure answers an input is recorded here only, in
 * {@link #respondsTo()}.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param id  the local id, required
 * @param title  the title, required
 * @param description  the description, null if none
 * @param part  the local id of the part of the policy it is in, such as an action plan, null if not given
 * @param themes  the themes it concerns
 * @param principles  the local ids of the principles it serves
 * @param respondsTo  the local ids of the dialogue inputs it answers
 * @param responsible  the local ids of the organisations responsible for it
 * @param partners  the local ids of its partner organisations
 * @param status  where the measure is, required
 * @param period  when it runs, null if not given
 * @param budget  its budget, null if not given
 * @param funding  where its money comes from, one source each
 * @param indicators  its indicators
 * @param extensions  custom data that the model does not cover, kept and written back unchanged
 */
@Value.Builder
@BuilderStyle
public record Measure(
        @NotNull @ValidLocalId @Nullable LocalId id,
        @NotNull @ValidText @Nullable LocalizedText title,
        @ValidText @Nullable LocalizedText description,
        @ValidLocalId @Nullable LocalId part,
        List<Theme> themes,
        List<@ValidLocalId LocalId> principles,
        List<@ValidLocalId LocalId> respondsTo,
        List<@ValidLocalId LocalId> responsible,
        List<@ValidLocalId LocalId> partners,
        @NotNull @Nullable MeasureStatus status,
        @ValidPeriod @Nullable Period period,
        @Valid @Nullable Money budget,
        List<@Valid Funding> funding,
        List<@Valid Indicator> indicators,
        Map<String, ExtensionValue> extensions) {

    /**
     * Creates a {@code Measure}, copying its collections.
     *
     * @throws NullPointerException if a collection or an element of one is null
     */
    public Measure {
        funding = List.copyOf(Objects.requireNonNull(funding, "funding"));
        themes = List.copyOf(Objects.requireNonNull(themes, "themes"));
        principles = List.copyOf(Objects.requireNonNull(principles, "principles"));
        respondsTo = List.copyOf(Objects.requireNonNull(respondsTo, "respondsTo"));
        responsible = List.copyOf(Objects.requireNonNull(responsible, "responsible"));
        partners = List.copyOf(Objects.requireNonNull(partners, "partners"));
        indicators = List.copyOf(Objects.requireNonNull(indicators, "indicators"));
        extensions = ExtensionValue.copyOrdered(Objects.requireNonNull(extensions, "extensions"));
    }

    /** {@return a new builder, with every collection empty and every other value null} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return a new builder that starts with the values of this {@code Measure}} */
    public Builder toBuilder() {
        return new Builder().from(this);
    }

    /**
     * Builds a {@link Measure} through the canonical constructor, checking nothing more than it does:
     * validation reports every problem with the data. Its methods, generated from the components at compile time,
     * are a setter for each component, and for each list {@code addX} of one element, {@code addXs} of several and
     * {@code addAllXs} of an iterable.
     * <p>
     * This class is mutable and not thread-safe.
     */
    public static final class Builder extends MeasureBuilder {
        Builder() {
        }
    }
}
