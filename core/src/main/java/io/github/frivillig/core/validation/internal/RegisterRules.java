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
 * the policy: its earliest adoption, else its earliest dialogue event, else the start of its validity, else today.
 * <p>
 * That date may be imprecise ("winter 2023"); a code counts as in force if it was on any day the date may denote.
 * A code the register does not know is an error only when the date lies wholly within the register's coverage:
 * before it, the code may have existed.
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

    /** The days a relevant date may denote. */
    private record Days(LocalDate first, LocalDate last, Basis basis) {

        static Optional<Days> of(PartialDate date, Basis basis) {
            if (date == null || date.earliest().isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new Days(date.earliest().get(), date.latest().orElseThrow(), basis));
        }

        boolean overlap(MunicipalityRecord record) {
            return (record.validFrom() == null || !record.validFrom().isAfter(last))
                    && (record.validTo() == null || !record.validTo().isBefore(first));
        }

        @Override
        public String toString() {
            return first.equals(last) ? first.toString() : first + ".." + last;
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
        Days days = relevantDays(policy, today);
        List<MunicipalityRecord> records = register.records(municipality.country(), municipality.code());
        if (records.isEmpty()) {
            Optional<LocalDate> coverage = register.coverageFrom(municipality.country());
            if (coverage.isEmpty() || !days.first().isBefore(coverage.get())) {
                reporter.report(Rule.MUNICIPALITY_UNKNOWN_CODE, Reporter.args("value", municipality.code(),
                        "country", municipality.country()), municipality.code(), "municipality", "code");
            }
            return;
        }
        MunicipalityRecord record = records.stream().filter(days::overlap).findFirst().orElse(null);
        if (record == null) {
            MunicipalityRecord nearest = days.last().isBefore(firstDay(records.get(0))) ? records.get(0)
                    : records.get(records.size() - 1);
            List<MunicipalityRecord> then = register.relatedOn(nearest, days.first());
            String validity = records.stream().map(RegisterRules::interval).collect(Collectors.joining(", "));
            var args = Reporter.args("value", municipality.code(), "country", municipality.country(),
                    "date", days, "basis", days.basis().code, "validity", validity);
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
                && !register.hasName(record, municipality.name())) {
            reporter.report(Rule.MUNICIPALITY_NAME_MISMATCH, Reporter.args("value", municipality.name(),
                    "code", municipality.code(), "expected", String.join(" / ", record.names().values())),
                    municipality.name(), "municipality", "name");
        }
    }

    private static Days relevantDays(Policy policy, LocalDate today) {
        return earliest(policy.decisions().stream().filter(decision -> decision.kind() == DecisionKind.ADOPTION)
                        .map(Decision::date).toList(), Basis.ADOPTION)
                .or(() -> earliest(policy.events().stream().map(DialogueEvent::date).toList(),
                        Basis.FIRST_DIALOGUE_EVENT))
                .or(() -> Days.of(policy.validity() == null ? null : policy.validity().from(), Basis.VALIDITY))
                .orElse(new Days(today, today, Basis.TODAY));
    }

    /** The days of the date, among those with a known year, that may be earliest. */
    private static Optional<Days> earliest(List<PartialDate> dates, Basis basis) {
        Days earliest = null;
        for (PartialDate date : dates) {
            Optional<Days> days = Days.of(date, basis);
            if (days.isPresent() && (earliest == null || days.get().first().isBefore(earliest.first()))) {
                earliest = days.get();
            }
        }
        return Optional.ofNullable(earliest);
    }

    private static LocalDate firstDay(MunicipalityRecord record) {
        return record.validFrom() == null ? LocalDate.MIN : record.validFrom();
    }

    private static String interval(MunicipalityRecord record) {
        return (record.validFrom() == null ? "" : record.validFrom().toString()) + ".."
                + (record.validTo() == null ? "" : record.validTo().toString());
    }
}
