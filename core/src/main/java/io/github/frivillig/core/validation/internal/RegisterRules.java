package io.github.frivillig.core.validation.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import io.github.frivillig.core.dialogue.DialogueEvent;
import io.github.frivillig.core.municipality.Municipality;
import io.github.frivillig.core.municipality.MunicipalityRecord;
import io.github.frivillig.core.municipality.MunicipalityRegister;
import io.github.frivillig.core.policy.Decision;
import io.github.frivillig.core.policy.DecisionKind;
import io.github.frivillig.core.policy.Policy;
import io.github.frivillig.core.value.PartialDate;

/**
 * Checks a policy's municipality against a register of official codes over time, on the date that matters for
 * the policy: its adoption, else its earliest dialogue event, else the start of its validity, else today.
 */
public final class RegisterRules {

    /** What the relevant date of a policy was taken from; its code is given as the argument {@code basis}. */
    enum Basis {
        ADOPTION("adoption"), FIRST_DIALOGUE_EVENT("first-dialogue-event"), VALIDITY("validity"), TODAY("today");

        final String code;

        Basis(String code) {
            this.code = code;
        }
    }

    private RegisterRules() {
    }

    /**
     * Checks the policy's municipality code and name.
     *
     * @param policy  the policy, not null
     * @param register  the register, not null
     * @param today  the date to use when the policy gives none, not null
     * @param reporter  the reporter, not null
     */
    public static void check(Policy policy, MunicipalityRegister register, LocalDate today, Reporter reporter) {
        Municipality municipality = policy.municipality();
        if (municipality == null || municipality.country() == null || municipality.code() == null
                || !register.covers(municipality.country())
                || !municipality.country().isWellFormedMunicipalityCode(municipality.code())) {
            return; // nothing to check, or already reported by the field rules
        }
        List<MunicipalityRecord> records = register.records(municipality.country(), municipality.code());
        if (records.isEmpty()) {
            reporter.report(Rule.MUNICIPALITY_UNKNOWN_CODE, Reporter.args("value", municipality.code(),
                    "country", municipality.country()), municipality.code(), "municipality", "code");
            return;
        }
        Basis basis = Basis.TODAY;
        LocalDate date = today;
        Optional<LocalDate> adoption = adoptionDate(policy);
        Optional<LocalDate> firstEvent = firstEventDate(policy);
        if (adoption.isPresent()) {
            basis = Basis.ADOPTION;
            date = adoption.get();
        } else if (firstEvent.isPresent()) {
            basis = Basis.FIRST_DIALOGUE_EVENT;
            date = firstEvent.get();
        } else if (policy.validity() != null && policy.validity().from() != null
                && policy.validity().from().earliest().isPresent()) {
            basis = Basis.VALIDITY;
            date = policy.validity().from().earliest().get();
        }
        final LocalDate relevant = date;
        MunicipalityRecord record = records.stream().filter(r -> r.isValidOn(relevant)).findFirst().orElse(null);
        if (record == null) {
            MunicipalityRecord nearest = relevant.isBefore(firstDay(records.get(0))) ? records.get(0)
                    : records.get(records.size() - 1);
            List<MunicipalityRecord> then = register.relatedOn(nearest, relevant);
            String validity = records.stream().map(RegisterRules::interval).collect(Collectors.joining(", "));
            var args = Reporter.args("value", municipality.code(), "country", municipality.country(),
                    "date", relevant, "basis", basis.code, "validity", validity);
            if (then.isEmpty()) {
                reporter.report(Rule.MUNICIPALITY_CODE_NOT_IN_FORCE, args, municipality.code(), "municipality", "code");
            } else {
                args.put("then", then.stream().map(r -> r.code() + " " + r.name()).collect(Collectors.joining(", ")));
                reporter.reportVariant(Rule.MUNICIPALITY_CODE_NOT_IN_FORCE, "then", args, municipality.code(),
                        "municipality", "code");
            }
            record = nearest;
        }
        if (municipality.name() != null && !municipality.name().isBlank()
                && !MunicipalityRegister.hasName(record, municipality.name())) {
            reporter.report(Rule.MUNICIPALITY_NAME_MISMATCH, Reporter.args("value", municipality.name(),
                    "code", municipality.code(), "expected", String.join(" / ", record.names().values())),
                    municipality.name(), "municipality", "name");
        }
    }

    private static LocalDate firstDay(MunicipalityRecord record) {
        return record.validFrom() == null ? LocalDate.MIN : record.validFrom();
    }

    private static String interval(MunicipalityRecord record) {
        return (record.validFrom() == null ? "" : record.validFrom().toString()) + ".."
                + (record.validTo() == null ? "" : record.validTo().toString());
    }

    private static Optional<LocalDate> adoptionDate(Policy policy) {
        for (Decision decision : policy.decisions()) {
            if (decision.kind() == DecisionKind.ADOPTION && decision.date() != null
                    && decision.date().earliest().isPresent()) {
                return decision.date().earliest();
            }
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> firstEventDate(Policy policy) {
        LocalDate first = null;
        for (DialogueEvent event : policy.events()) {
            PartialDate date = event.date();
            LocalDate start = date == null ? null : date.earliest().orElse(null);
            if (start != null && (first == null || start.isBefore(first))) {
                first = start;
            }
        }
        return Optional.ofNullable(first);
    }
}
