package io.github.frivillig.core.validation.internal;

import java.lang.annotation.Annotation;
import java.lang.reflect.RecordComponent;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

import io.github.frivillig.core.municipality.Municipality;
import io.github.frivillig.core.organisation.OrganisationIdentifier;
import io.github.frivillig.core.policy.Measurement;
import io.github.frivillig.core.validation.constraints.LanguageTag;
import io.github.frivillig.core.validation.constraints.MunicipalityCode;
import io.github.frivillig.core.validation.constraints.NotBlankIfGiven;
import io.github.frivillig.core.validation.constraints.OrganisationNumber;
import io.github.frivillig.core.validation.constraints.PhoneNumber;
import io.github.frivillig.core.validation.constraints.ValidLocalId;
import io.github.frivillig.core.validation.constraints.ValidPeriod;
import io.github.frivillig.core.validation.constraints.ValidPolicyId;
import io.github.frivillig.core.value.Count;
import io.github.frivillig.core.value.CountQualifier;
import io.github.frivillig.core.value.Money;
import io.github.frivillig.core.value.Period;
import io.github.frivillig.core.value.PersonalData;

/**
 * Turns the constraint violations Hibernate Validator finds on the model into Frivillig violations: a code from
 * the constraint (and the variant its validator chose), a JSON Pointer from the property path, and message
 * arguments from the offending value.
 */
public final class FieldRules {

    private static final String CONSTRAINTS = "{io.github.frivillig.core.validation.constraints.";

    private static final Map<String, Rule> BY_TEMPLATE = Map.of(
            CONSTRAINTS + "ValidText.empty.message}", Rule.TEXT_EMPTY,
            CONSTRAINTS + "ValidText.blank.message}", Rule.TEXT_BLANK,
            CONSTRAINTS + "ValidText.languageTag.message}", Rule.TEXT_LANGUAGE_TAG,
            CONSTRAINTS + "ValidText.duplicateLanguage.message}", Rule.TEXT_DUPLICATE_LANGUAGE,
            CONSTRAINTS + "OrganisationNumber.checksum.message}", Rule.ORGANISATION_IDENTIFIER_CHECKSUM,
            StatedNumberValidator.MISSING, Rule.COUNT_VALUE_MISSING,
            StatedNumberValidator.VAGUE_WITH_VALUE, Rule.COUNT_VAGUE_WITH_VALUE,
            StatedNumberValidator.RANGE_REVERSED, Rule.COUNT_RANGE_REVERSED,
            StatedNumberValidator.VAGUE_AMOUNT, Rule.AMOUNT_VAGUE_QUALIFIER);

    private static final Map<Class<? extends Annotation>, Rule> BY_ANNOTATION = Map.ofEntries(
            Map.entry(NotNull.class, Rule.REQUIRED),
            Map.entry(NotBlank.class, Rule.BLANK),
            Map.entry(NotBlankIfGiven.class, Rule.BLANK),
            Map.entry(Email.class, Rule.EMAIL_MALFORMED),
            Map.entry(PositiveOrZero.class, Rule.NUMBER_NEGATIVE),
            Map.entry(PhoneNumber.class, Rule.PHONE_MALFORMED),
            Map.entry(LanguageTag.class, Rule.LANGUAGE_TAG_MALFORMED),
            Map.entry(ValidLocalId.class, Rule.ID_MALFORMED),
            Map.entry(ValidPolicyId.class, Rule.POLICY_ID_MALFORMED),
            Map.entry(OrganisationNumber.class, Rule.ORGANISATION_IDENTIFIER_FORMAT),
            Map.entry(MunicipalityCode.class, Rule.MUNICIPALITY_CODE_FORMAT),
            Map.entry(ValidPeriod.class, Rule.PERIOD_END_BEFORE_START));

    // The record components marked @PersonalData, by record class.
    private static final ClassValue<Set<String>> PERSONAL_COMPONENTS = new ClassValue<>() {
        @Override
        protected Set<String> computeValue(Class<?> type) {
            Set<String> names = new HashSet<>();
            RecordComponent[] components = type.getRecordComponents();
            if (components != null) {
                for (RecordComponent component : components) {
                    if (component.isAnnotationPresent(PersonalData.class)) {
                        names.add(component.getName());
                    }
                }
            }
            return Set.copyOf(names);
        }
    };

    private FieldRules() {
    }

    /**
     * Where a violation's property path starts: the pointer and the property path of the bean it was found on,
     * and the names of the last two properties on the way there.
     *
     * @param pointer  the JSON Pointer of the bean, empty for the root, not null
     * @param path  the property path of the bean, empty for the root, not null
     * @param last  the name of the last property on the way, empty if none, not null
     * @param beforeLast  the name of the property before it, empty if none, not null
     */
    public record Prefix(String pointer, String path, String last, String beforeLast) {
        /** The start of a violation found on the validated object itself. */
        public static final Prefix ROOT = new Prefix("", "", "", "");
    }

    /**
     * Reports one constraint violation found on the validated object itself.
     *
     * @param violation  the constraint violation, not null
     * @param reporter  the reporter, not null
     */
    public static void report(ConstraintViolation<?> violation, Reporter reporter) {
        report(violation, Prefix.ROOT, reporter);
    }

    /**
     * Reports one constraint violation found on a bean below the validated object.
     *
     * @param violation  the constraint violation, its path relative to that bean, not null
     * @param prefix  where the bean is, not null
     * @param reporter  the reporter, not null
     */
    public static void report(ConstraintViolation<?> violation, Prefix prefix, Reporter reporter) {
        Rule rule = BY_TEMPLATE.get(violation.getMessageTemplate());
        if (rule == null) {
            rule = BY_ANNOTATION.getOrDefault(
                    violation.getConstraintDescriptor().getAnnotation().annotationType(), Rule.CONSTRAINT);
        }
        StringBuilder pointer = new StringBuilder(48).append(prefix.pointer());
        String last = prefix.last();
        String beforeLast = prefix.beforeLast();
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.isInIterable()) {
                Object position = node.getIndex() != null ? node.getIndex() : node.getKey();
                if (position != null) {
                    pointer.append('/');
                    Location.appendEscaped(pointer, position.toString());
                }
            }
            if (node.getKind() == ElementKind.PROPERTY && node.getName() != null) {
                pointer.append('/');
                Location.appendEscaped(pointer, node.getName());
                beforeLast = last;
                last = node.getName();
            }
        }
        // A text rule's path ends in the language tag of the entry at fault, below the text's property.
        String property = isTextRule(rule) ? beforeLast : last;
        String entry = isTextRule(rule) ? last : null;
        Object value = violation.getInvalidValue();
        boolean personal = isPersonalData(violation);
        Map<String, Object> args = Reporter.args("property", property);
        String offending = value == null ? null : value.toString();
        switch (rule) {
            case TEXT_BLANK:
            case TEXT_LANGUAGE_TAG:
            case TEXT_DUPLICATE_LANGUAGE:
                args.put("language", entry);
                offending = entry;
                break;
            case ORGANISATION_IDENTIFIER_FORMAT:
            case ORGANISATION_IDENTIFIER_CHECKSUM:
                if (value instanceof OrganisationIdentifier identifier) {
                    args.put("scheme", identifier.scheme());
                    offending = identifier.value();
                }
                args.put("value", offending);
                break;
            case MUNICIPALITY_CODE_FORMAT:
                Municipality municipality = (Municipality) value;
                offending = municipality.code();
                args.put("value", offending);
                args.put("country", municipality.country());
                args.put("digits", municipality.country().municipalityCodeLength());
                break;
            case PERIOD_END_BEFORE_START:
                Period period = (Period) value;
                args.put("from", period.from());
                args.put("to", period.to());
                offending = null;
                break;
            case REQUIRED:
            case TEXT_EMPTY:
            case COUNT_VALUE_MISSING:
                offending = null;
                break;
            case COUNT_VAGUE_WITH_VALUE:
                Count count = (Count) value;
                args.put("value", count.value() != null ? count.value() : count.upTo());
                args.put("qualifier", count.qualifier().code());
                offending = count.toString();
                break;
            case COUNT_RANGE_REVERSED:
                Count range = (Count) value;
                args.put("from", range.value());
                args.put("upTo", range.upTo());
                offending = range.toString();
                break;
            case AMOUNT_VAGUE_QUALIFIER:
                CountQualifier qualifier = value instanceof Money money ? money.qualifier()
                        : ((Measurement) value).qualifier();
                args.put("qualifier", qualifier.code());
                offending = qualifier.code();
                break;
            default:
                if (offending != null) {
                    args.put("value", personal && !reporter.includesPersonalData() ? Reporter.MASK : offending);
                }
                break;
        }
        String relative = violation.getPropertyPath().toString();
        String path = prefix.path().isEmpty() ? relative
                : relative.isEmpty() ? prefix.path() : prefix.path() + "." + relative;
        reporter.add(rule, pointer.toString(), path, args, offending, personal);
    }

    private static boolean isTextRule(Rule rule) {
        return rule == Rule.TEXT_BLANK || rule == Rule.TEXT_LANGUAGE_TAG || rule == Rule.TEXT_DUPLICATE_LANGUAGE;
    }

    private static boolean isPersonalData(ConstraintViolation<?> violation) {
        Object leaf = violation.getLeafBean();
        String name = null;
        for (Path.Node node : violation.getPropertyPath()) {
            name = node.getName();
        }
        return leaf != null && name != null && PERSONAL_COMPONENTS.get(leaf.getClass()).contains(name);
    }
}
