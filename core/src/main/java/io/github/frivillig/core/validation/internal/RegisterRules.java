package io.github.frivillig.core.validation.internal;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.github.frivillig.core.dialogue.DialogueInput;
import io.github.frivillig.core.municipality.Municipality;
import io.github.frivillig.core.municipality.MunicipalityRecord;
import io.github.frivillig.core.municipality.MunicipalityRegister;
import io.github.frivillig.core.organisation.ReferenceGroup;
import io.github.frivillig.core.policy.Decision;
import io.github.frivillig.core.policy.DecisionKind;
import io.github.frivillig.core.policy.DecisionStatus;
import io.github.frivillig.core.policy.FollowUp;
import io.github.frivillig.core.policy.Indicator;
import io.github.frivillig.core.policy.Measurement;
import io.github.frivillig.core.policy.Policy;
import io.github.frivillig.core.policy.SourceDocument;
import io.github.frivillig.core.value.PartialDate;
import io.github.frivillig.core.value.Period;

/**
 * Checks a policy's municipality against a register of official codes over time, on the date that matters for
 * the policy: the first of the policy's own dated facts in the order of {@link Basis}, and today only for a policy
 * that gives no date at all (reported as {@link Rule#MUNICIPALITY_UNDATED}).
 * <p>
 * That date may be imprecise ("winter 2023"); a code counts as in force if it was on any day the date may denote.
 * A code that was not in force then is
 * <ul>
 * <li>an error if it had never been a municipality code ({@link Rule#MUNICIPALITY_UNKNOWN_CODE}) or came into force
 *     only after the date ({@link Rule#MUNICIPALITY_CODE_NOT_YET_IN_FORCE}): a document cannot have used a code that
 *     did not exist yet. Both only when the date lies wholly within the register's coverage, since before it the
 *     code may have existed;</li>
 * <li>a warning if it had been in force before the date and was renumbered or merged away
 *     ({@link Rule#MUNICIPALITY_CODE_NOT_IN_FORCE}), and for a date before the coverage.</li>
 * </ul>
 * Either message names the codes that denoted the municipality's territory on the date, where the register can
 * follow the changes to them. The successors that a former municipality names are checked against the codes that,
 * by the register, took over from the code of that date ({@link Rule#MUNICIPALITY_SUCCESSOR_MISMATCH}).
 */
public final class RegisterRules {

    /**
     * What the relevant date of a policy was taken from, in the order they are tried: the earliest date of the
     * first kind of fact the policy dates. Decisions and the dialogue come first because they are what the
     * municipality itself did with the policy; validity and measures say when the policy applies; groups, sources
     * and follow-up are the furthest from the making of the policy. Its code is given as the argument
     * {@code basis}.
     */
    enum Basis {
        /** The earliest adoption decision. */
        ADOPTION("adoption"),
        /**
         * The earliest decision of any other kind (a mandate, a consultation, a signing, a revision, …), when no
         * adoption is dated.
         */
        DECISION("decision"),
        /** The earliest dialogue event (its date, else its end date). */
        FIRST_DIALOGUE_EVENT("first-dialogue-event"),
        /** The earliest day an input was received. */
        INPUT_RECEIVED("input-received"),
        /** The start of the policy's validity, else its end. */
        VALIDITY("validity"),
        /** The earliest start of a measure's period, else its end. */
        MEASURE_PERIOD("measure-period"),
        /** The earliest day a reference group was established. */
        GROUP_ESTABLISHED("group-established"),
        /** The earliest day a source document was published. */
        SOURCE_PUBLISHED("source-published"),
        /** The follow-up: the next revision, or the date of an indicator's measurement. */
        FOLLOW_UP("follow-up"),
        /** No date at all: today. */
        TODAY("today");

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

        boolean before(MunicipalityRecord record) {
            return record.validFrom() != null && last.isBefore(record.validFrom());
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
        if (days.basis() == Basis.TODAY) {
            reporter.report(Rule.MUNICIPALITY_UNDATED, Reporter.args("value", municipality.code(),
                    "country", municipality.country(), "date", days), municipality.code(), "municipality", "code");
        }
        List<MunicipalityRecord> records = register.records(municipality.country(), municipality.code());
        boolean withinCoverage = register.coverageFrom(municipality.country())
                .map(coverage -> !days.first().isBefore(coverage)).orElse(true);
        if (records.isEmpty()) {
            if (withinCoverage) {
                reporter.report(Rule.MUNICIPALITY_UNKNOWN_CODE, Reporter.args("value", municipality.code(),
                        "country", municipality.country()), municipality.code(), "municipality", "code");
            }
            return;
        }
        MunicipalityRecord record = records.stream().filter(days::overlap).findFirst().orElse(null);
        if (record == null) {
            record = reportNotInForce(municipality, records, days, withinCoverage, register, reporter);
        }
        if (municipality.name() != null && !municipality.name().isBlank()
                && !register.hasName(record, municipality.name())) {
            reporter.report(Rule.MUNICIPALITY_NAME_MISMATCH, Reporter.args("value", municipality.name(),
                    "code", municipality.code(), "expected", String.join(" / ", record.names().values())),
                    municipality.name(), "municipality", "name");
        }
        checkSuccessors(municipality, record, register, reporter);
    }

    /**
     * Reports each successor the policy names that the register does not know as one. Only where the register
     * knows that the record of the policy's date ended and which codes took over: a successor must be one of them,
     * or one they became through later changes (Sande, {@code 0713}, merged into Holmestrand, {@code 3802}, in
     * 2020, which has been {@code 3903} since 2024).
     */
    private static void checkSuccessors(Municipality municipality, MunicipalityRecord record,
            MunicipalityRegister register, Reporter reporter) {
        if (municipality.successors().isEmpty()) {
            return;
        }
        List<MunicipalityRecord> direct = register.successors(record);
        if (direct.isEmpty()) {
            return;
        }
        Set<String> codes = new HashSet<>();
        Set<MunicipalityRecord> seen = new HashSet<>();
        Deque<MunicipalityRecord> queue = new ArrayDeque<>(direct);
        while (!queue.isEmpty()) {
            MunicipalityRecord next = queue.removeFirst();
            if (seen.add(next)) {
                codes.add(next.code());
                queue.addAll(register.successors(next));
            }
        }
        String expected = direct.stream().map(r -> r.code() + " " + r.name()).collect(Collectors.joining(", "));
        for (int i = 0; i < municipality.successors().size(); i++) {
            Municipality successor = municipality.successors().get(i);
            if (successor.country() == null || successor.code() == null) {
                continue; // reported by the field rules
            }
            if (successor.country() != municipality.country() || !codes.contains(successor.code())) {
                reporter.report(Rule.MUNICIPALITY_SUCCESSOR_MISMATCH, Reporter.args("value", successor.code(),
                        "code", municipality.code(), "ended", record.validTo(), "expected", expected),
                        successor.code(), "municipality", "successors", i, "code");
            }
        }
    }

    /**
     * Reports a code with records none of which was in force on the days, and returns the record nearest to them:
     * the first if the days lie before all of them, else the last that ended before the days.
     */
    private static MunicipalityRecord reportNotInForce(Municipality municipality, List<MunicipalityRecord> records,
            Days days, boolean withinCoverage, MunicipalityRegister register, Reporter reporter) {
        boolean notYet = days.before(records.get(0));
        MunicipalityRecord nearest = records.get(0);
        if (!notYet) {
            for (MunicipalityRecord candidate : records) {
                if (candidate.validTo() != null && candidate.validTo().isBefore(days.first())) {
                    nearest = candidate;
                }
            }
        }
        List<MunicipalityRecord> then = register.relatedOn(nearest, days.first());
        var args = Reporter.args("value", municipality.code(), "country", municipality.country(),
                "date", days, "basis", days.basis().code,
                "validity", records.stream().map(RegisterRules::interval).collect(Collectors.joining(", ")));
        // A code that came into force after the date is an error only where the register knows the date: before
        // its coverage the code may have denoted something else.
        Rule rule = notYet && withinCoverage ? Rule.MUNICIPALITY_CODE_NOT_YET_IN_FORCE
                : Rule.MUNICIPALITY_CODE_NOT_IN_FORCE;
        if (rule == Rule.MUNICIPALITY_CODE_NOT_YET_IN_FORCE) {
            args.put("since", records.get(0).validFrom());
        }
        if (then.isEmpty()) {
            reporter.report(rule, args, municipality.code(), "municipality", "code");
        } else {
            args.put("then", then.stream().map(r -> r.code() + " " + r.name()).collect(Collectors.joining(", ")));
            reporter.reportVariant(rule, "then", args, municipality.code(), "municipality", "code");
        }
        return nearest;
    }

    private static Days relevantDays(Policy policy, LocalDate today) {
        List<DatedFacts> facts = List.of(
                new DatedFacts(Basis.ADOPTION, () -> nonNull(policy.decisions())
                        .filter(decision -> decision.kind() == DecisionKind.ADOPTION
                                && decision.status() != DecisionStatus.PLANNED).map(Decision::date)),
                new DatedFacts(Basis.DECISION, () -> nonNull(policy.decisions()).map(Decision::date)),
                new DatedFacts(Basis.FIRST_DIALOGUE_EVENT, () -> nonNull(policy.events())
                        .map(event -> firstOf(event.date(), event.endDate()))),
                new DatedFacts(Basis.INPUT_RECEIVED, () -> nonNull(policy.inputs()).map(DialogueInput::received)),
                new DatedFacts(Basis.VALIDITY, () -> Stream.of(start(policy.validity()))),
                new DatedFacts(Basis.MEASURE_PERIOD, () -> nonNull(policy.measures())
                        .map(measure -> start(measure.period()))),
                new DatedFacts(Basis.GROUP_ESTABLISHED, () -> nonNull(policy.referenceGroups())
                        .map(ReferenceGroup::established)),
                new DatedFacts(Basis.SOURCE_PUBLISHED, () -> nonNull(policy.sources())
                        .map(SourceDocument::published)),
                new DatedFacts(Basis.FOLLOW_UP, () -> followUpDates(policy.followUp())));
        for (DatedFacts fact : facts) {
            Optional<Days> days = earliest(fact.dates().get(), fact.basis());
            if (days.isPresent()) {
                return days.get();
            }
        }
        return new Days(today, today, Basis.TODAY);
    }

    /** The dates of one kind of fact, produced only when the kinds before it gave none. */
    private record DatedFacts(Basis basis, Supplier<Stream<PartialDate>> dates) {
    }

    private static <T> Stream<T> nonNull(List<T> list) {
        return list == null ? Stream.empty() : list.stream().filter(Objects::nonNull);
    }

    private static Stream<PartialDate> followUpDates(FollowUp followUp) {
        if (followUp == null) {
            return Stream.empty();
        }
        List<PartialDate> dates = new ArrayList<>();
        dates.add(followUp.nextRevision());
        for (Indicator indicator : nonNull(followUp.indicators()).toList()) {
            Stream.of(indicator.baseline(), indicator.target(), indicator.actual()).filter(Objects::nonNull)
                    .map(Measurement::date).forEach(dates::add);
        }
        return dates.stream();
    }

    private static PartialDate start(Period period) {
        return period == null ? null : firstOf(period.from(), period.to());
    }

    private static PartialDate firstOf(PartialDate date, PartialDate otherwise) {
        return date != null && date.earliest().isPresent() ? date : otherwise;
    }

    /** The days of the date, among those with a known year, that may be earliest. */
    private static Optional<Days> earliest(Stream<PartialDate> dates, Basis basis) {
        Days earliest = null;
        for (PartialDate date : (Iterable<PartialDate>) dates::iterator) {
            Optional<Days> days = Days.of(date, basis);
            if (days.isPresent() && (earliest == null || days.get().first().isBefore(earliest.first()))) {
                earliest = days.get();
            }
        }
        return Optional.ofNullable(earliest);
    }

    private static String interval(MunicipalityRecord record) {
        return (record.validFrom() == null ? "" : record.validFrom().toString()) + ".."
                + (record.validTo() == null ? "" : record.validTo().toString());
    }
}
