package io.github.frivillig.core.validation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

import io.github.frivillig.core.municipality.MunicipalityRegister;
import io.github.frivillig.core.policy.Policy;
import io.github.frivillig.core.validation.internal.DocumentRules;
import io.github.frivillig.core.validation.internal.FieldChecks;
import io.github.frivillig.core.validation.internal.RegisterRules;
import io.github.frivillig.core.validation.internal.Reporter;

/**
 * Validates policies and reports every problem in one pass, never throwing for bad data.
 * <p>
 * Validation has four layers:
 * <ol>
 * <li>field rules: the Jakarta Validation constraints on the model (required values, id and language tag
 *     formats, non-blank texts, municipality code formats, organisation identifier check digits), checked in one
 *     pass compiled once from those annotations, with Hibernate Validator describing each violation found;</li>
 * <li>document rules: ids unique per collection, every reference resolving, dates in order, requirements that
 *     depend on a status;</li>
 * <li>quality rules: warnings and information about data that is probably incomplete;</li>
 * <li>register rules: the municipality's code against the bundled {@link MunicipalityRegister register} of
 *     official codes over time, on the date that matters for the policy (its earliest adoption, else the earliest
 *     of its other dated facts: decisions, dialogue events, inputs received, validity, measures, groups, sources,
 *     follow-up, in that order; today, with a note, only for a policy that gives no date): an error for a code
 *     that never existed or did not exist yet on that date, a warning for a code no longer in force then
 *     (either naming the code that was) and for a name that does not match the code.</li>
 * </ol>
 * Each problem becomes a {@link Violation} with a stable code, a severity, a JSON Pointer and a message in the
 * requested language (English, Norwegian bokmål and nynorsk, Danish or Swedish).
 * <p>
 * The document, quality and register rules are those of the constraint
 * {@link io.github.frivillig.core.validation.constraints.ValidPolicy @ValidPolicy} on {@code Policy}, which a host's
 * own Bean Validation applies too; this validator runs each of them once, directly, with its own options.
 * <p>
 * Build one validator and reuse it. The field checks of each class are compiled when a policy first reaches it, and
 * Hibernate Validator, which is expensive to bootstrap and which all validators share, only when a policy first
 * breaks a field rule; the bundled municipality register is loaded at the first validation. Text from the
 * policy never takes part in message interpolation, so data that looks like a template is shown as it is.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class PolicyValidator {

    private static final LocalizedMessages MESSAGES =
            LocalizedMessages.of(PolicyValidator.class, "/ContributorValidationMessages");

    private final Locale defaultLocale;
    private final boolean includePersonalData;
    // Null for the bundled register, which is then loaded at the first validation, and for none at all.
    private final MunicipalityRegister register;
    private final boolean bundledRegister;
    private final Clock clock;

    private PolicyValidator(Builder builder) {
        this.defaultLocale = builder.locale;
        this.includePersonalData = builder.includePersonalData;
        this.register = builder.register;
        this.bundledRegister = builder.bundledRegister;
        this.clock = builder.clock;
    }

    /**
     * Creates a validator with messages in English and personal data masked.
     *
     * @return the validator, not null
     */
    public static PolicyValidator create() {
        return builder().build();
    }

    /**
     * Returns a builder for a validator with other options.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Validates a policy, with messages in the validator's language.
     *
     * @param policy  the policy, not null
     * @return the report of every problem found, not null
     */
    public ValidationReport validate(Policy policy) {
        return validate(policy, defaultLocale);
    }

    /**
     * Validates a policy, with messages in a given language.
     *
     * @param policy  the policy, not null
     * @param locale  the language of the messages; {@code en}, {@code nb}, {@code nn}, {@code da} and
     *                {@code sv} are shipped, others fall back to their nearest neighbour or English, not null
     * @return the report of every problem found, not null
     */
    public ValidationReport validate(Policy policy, Locale locale) {
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(locale, "locale");
        Reporter reporter = new Reporter(locale, MESSAGES, includePersonalData);
        // The field rules are the model's constraints, checked in one pass compiled from them; the document,
        // quality and register rules are those of @ValidPolicy, run here directly.
        FieldChecks.MODEL.check(policy, reporter);
        DocumentRules.check(policy, reporter);
        MunicipalityRegister municipalities = bundledRegister ? MunicipalityRegister.bundled() : register;
        if (municipalities != null) {
            RegisterRules.check(policy, municipalities, LocalDate.now(clock), reporter);
        }
        return ValidationReport.of(reporter.violations());
    }

    /**
     * Returns the messages the validator uses, for tools that report in the same languages.
     *
     * @return the messages, not null
     */
    public static LocalizedMessages messages() {
        return MESSAGES;
    }

    /**
     * Builds a {@link PolicyValidator}.
     * <p>
     * This class is mutable and not thread-safe.
     */
    public static final class Builder {
        private Locale locale = Locale.ENGLISH;
        private boolean includePersonalData;
        private MunicipalityRegister register;
        private boolean bundledRegister = true;
        private Clock clock = Clock.systemDefaultZone();

        private Builder() {
        }

        /**
         * Sets the language of messages when {@link PolicyValidator#validate(Policy)} is called without one.
         *
         * @param locale  the language, not null
         * @return this builder, not null
         */
        public Builder locale(Locale locale) {
            this.locale = Objects.requireNonNull(locale, "locale");
            return this;
        }

        /**
         * Shows personal data (names, e-mail addresses, phone numbers of people) in offending values instead of
         * masking it.
         *
         * @return this builder, not null
         */
        public Builder includePersonalData() {
            this.includePersonalData = true;
            return this;
        }

        /**
         * Sets the register the municipality is checked against; the bundled register by default.
         *
         * @param register  the register, not null
         * @return this builder, not null
         */
        public Builder municipalityRegister(MunicipalityRegister register) {
            this.register = Objects.requireNonNull(register, "register");
            this.bundledRegister = false;
            return this;
        }

        /**
         * Checks only the format of municipality codes, not whether they exist in a register.
         *
         * @return this builder, not null
         */
        public Builder withoutMunicipalityRegister() {
            this.register = null;
            this.bundledRegister = false;
            return this;
        }

        /**
         * Sets the clock that gives today's date, used as a policy's relevant date when it gives none.
         *
         * @param clock  the clock, not null
         * @return this builder, not null
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * Builds the validator. What validation needs is built once, when first needed, and shared by all
         * validators; keep the result and reuse it all the same.
         *
         * @return the validator, not null
         */
        public PolicyValidator build() {
            return new PolicyValidator(this);
        }
    }
}
