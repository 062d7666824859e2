package io.github.frivillig.csv;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.ToLongFunction;

import io.github.frivillig.core.code.Theme;
import io.github.frivillig.core.municipality.Municipality;
import io.github.frivillig.core.policy.Policy;
import io.github.frivillig.core.text.LocalizedText;
import io.github.frivillig.core.value.ExtensionValue;
import io.github.frivillig.core.value.PersonalData;

/**
 * What a set of policies holds, counted straight from the model and independently of the export: how many rows
 * each table should have, and, by walking every record component, how many texts, themes and extensions there are
 * and which values are personal data.
 */
final class ModelFacts {

    private ModelFacts() {
    }

    static Map<CsvTable, Long> expectedRows(List<Policy> policies) {
        Map<CsvTable, Long> rows = new EnumMap<>(CsvTable.class);
        rows.put(CsvTable.POLICIES, (long) policies.size());
        rows.put(CsvTable.DECISIONS, sum(policies, p -> p.decisions().size()));
        rows.put(CsvTable.DECISION_REFERENCES, sumOver(policies, Policy::decisions, d -> d.references().size()));
        rows.put(CsvTable.DECISION_SIGNATORIES, sumOver(policies, Policy::decisions, d -> d.signatories().size()));
        rows.put(CsvTable.DECISION_PARTS, sumOver(policies, Policy::decisions, d -> d.parts().size()));
        rows.put(CsvTable.SCOPE_FIELDS, sum(policies, p -> p.scope() == null ? 0 : p.scope().fields().size()));
        rows.put(CsvTable.STATUTORY_ROLES, sum(policies, p -> p.statutoryRoles().size()));
        rows.put(CsvTable.MUNICIPALITY_SUCCESSORS, sum(policies, p -> successors(p.municipality())
                + p.relatedPolicies().stream().mapToLong(r -> successors(r.municipality())).sum()));
        rows.put(CsvTable.CASE_REFERENCES, sum(policies, p -> p.references().size()));
        rows.put(CsvTable.FOUNDATIONS, sum(policies, p -> p.foundations().size()));
        rows.put(CsvTable.PARTS, sum(policies, p -> p.parts().size()));
        rows.put(CsvTable.PRINCIPLES, sum(policies, p -> p.principles().size()));
        rows.put(CsvTable.FRAMEWORK_LINKS, sumOver(policies, Policy::principles, x -> x.frameworkLinks().size()));
        rows.put(CsvTable.MEASURES, sum(policies, p -> p.measures().size()));
        rows.put(CsvTable.MEASURE_PRINCIPLES, sumOver(policies, Policy::measures, m -> m.principles().size()));
        rows.put(CsvTable.MEASURE_INPUTS, sumOver(policies, Policy::measures, m -> m.respondsTo().size()));
        rows.put(CsvTable.MEASURE_ORGANISATIONS,
                sumOver(policies, Policy::measures, m -> m.responsible().size() + m.partners().size()));
        rows.put(CsvTable.MEASURE_INDICATORS, sumOver(policies, Policy::measures, m -> m.indicators().size()));
        rows.put(CsvTable.MEASURE_FUNDING, sumOver(policies, Policy::measures, m -> m.funding().size()));
        rows.put(CsvTable.FOLLOW_UP_RESPONSIBLE,
                sum(policies, p -> p.followUp() == null ? 0 : p.followUp().responsible().size()));
        rows.put(CsvTable.FOLLOW_UP_INDICATORS,
                sum(policies, p -> p.followUp() == null ? 0 : p.followUp().indicators().size()));
        rows.put(CsvTable.FOLLOW_UP_REVIEWS,
                sum(policies, p -> p.followUp() == null ? 0 : p.followUp().reviews().size()));
        rows.put(CsvTable.ORGANISATIONS, sum(policies, p -> p.organisations().size()));
        rows.put(CsvTable.ORGANISATION_ICNPO, sumOver(policies, Policy::organisations, o -> o.icnpo().size()));
        rows.put(CsvTable.PARTIES, sum(policies, p -> p.parties().size()));
        rows.put(CsvTable.GROUPS, sum(policies, p -> p.referenceGroups().size()));
        rows.put(CsvTable.GROUP_SELECTION, sumOver(policies, Policy::referenceGroups, g -> g.selection().size()));
        rows.put(CsvTable.GROUP_TASKS, sumOver(policies, Policy::referenceGroups, g -> g.tasks().size()));
        rows.put(CsvTable.GROUP_QUESTIONS,
                sumOver(policies, Policy::referenceGroups, g -> g.guidingQuestions().size()));
        rows.put(CsvTable.GROUP_CALL_CHANNELS,
                sumOver(policies, Policy::referenceGroups, g -> g.call() == null ? 0 : g.call().channels().size()));
        rows.put(CsvTable.GROUP_CALL_AUDIENCE,
                sumOver(policies, Policy::referenceGroups, g -> g.call() == null ? 0 : g.call().audience().size()));
        rows.put(CsvTable.GROUP_COMPOSITION, sumOver(policies, Policy::referenceGroups, g -> g.composition().size()));
        rows.put(CsvTable.GROUP_COMPOSITION_ORGANISATIONS, sumOver(policies, Policy::referenceGroups,
                g -> g.composition().stream().mapToLong(seats -> seats.organisations().size()).sum()));
        rows.put(CsvTable.GROUP_COMPOSITION_ICNPO, sumOver(policies, Policy::referenceGroups,
                g -> g.composition().stream().mapToLong(seats -> seats.icnpo().size()).sum()));
        rows.put(CsvTable.MEMBERS, sumOver(policies, Policy::referenceGroups, g -> g.members().size()));
        rows.put(CsvTable.EVENTS, sum(policies, p -> p.events().size()));
        rows.put(CsvTable.EVENT_ORGANISATIONS, sumOver(policies, Policy::events, e -> e.organisers().size()
                + e.facilitators().size()
                + (e.participation() == null ? 0 : e.participation().organisations().size())));
        rows.put(CsvTable.EVENT_AUDIENCE, sumOver(policies, Policy::events, e -> e.audience().size()));
        rows.put(CsvTable.EVENT_QUESTIONS, sumOver(policies, Policy::events, e -> e.guidingQuestions().size()));
        rows.put(CsvTable.EVENT_REGISTRATION_CHANNELS, sumOver(policies, Policy::events,
                e -> e.registration() == null ? 0 : e.registration().channels().size()));
        rows.put(CsvTable.EVENT_RESPONSE_CHANNELS,
                sumOver(policies, Policy::events, e -> e.responseChannels().size()));
        rows.put(CsvTable.EVENT_REFERENCES, sumOver(policies, Policy::events, e -> e.references().size()));
        rows.put(CsvTable.SPEAKERS, sumOver(policies, Policy::events, e -> e.speakers().size()));
        rows.put(CsvTable.INPUTS, sum(policies, p -> p.inputs().size()));
        rows.put(CsvTable.INPUT_SUBMITTERS, sumOver(policies, Policy::inputs, i -> i.submittedBy().size()));
        rows.put(CsvTable.CONTACTS, sum(policies, p -> p.contacts().size()));
        rows.put(CsvTable.RELATED_POLICIES, sum(policies, p -> p.relatedPolicies().size()));
        rows.put(CsvTable.SOURCES, sum(policies, p -> p.sources().size()));
        rows.put(CsvTable.THEMES, count(policies, Theme.class));
        rows.put(CsvTable.TEXTS, texts(policies));
        rows.put(CsvTable.EXTENSIONS, extensions(policies));
        return rows;
    }

    /** The municipalities a municipality became part of, and theirs, however deep. */
    private static long successors(Municipality municipality) {
        return municipality == null ? 0
                : municipality.successors().stream().mapToLong(successor -> 1 + successors(successor)).sum();
    }

    private static long sum(List<Policy> policies, ToLongFunction<Policy> count) {
        return policies.stream().mapToLong(count).sum();
    }

    private static <T> long sumOver(List<Policy> policies, Function<Policy, List<T>> items,
            ToLongFunction<T> count) {
        return policies.stream().flatMap(p -> items.apply(p).stream()).mapToLong(count).sum();
    }


    /** Every (language, text) pair of every localized text anywhere in the policies. */
    static long texts(List<Policy> policies) {
        long[] count = {0};
        policies.forEach(policy -> walk(policy, value -> {
            if (value instanceof LocalizedText text) {
                count[0] += text.texts().size();
            }
        }));
        return count[0];
    }

    /** Every key of every {@code extensions} component, of the policy and of its entities. */
    static long extensions(List<Policy> policies) {
        long[] count = {0};
        policies.forEach(policy -> walk(policy, value -> {
            if (value instanceof Record record) {
                for (RecordComponent component : record.getClass().getRecordComponents()) {
                    if (component.getName().equals("extensions")) {
                        count[0] += ((Map<?, ?>) read(component, record)).size();
                    }
                }
            }
        }));
        return count[0];
    }

    static long count(List<Policy> policies, Class<?> type) {
        long[] count = {0};
        policies.forEach(policy -> walk(policy, value -> {
            if (type.isInstance(value)) {
                count[0]++;
            }
        }));
        return count[0];
    }

    /** The values of every component marked {@link PersonalData} anywhere in the policies. */
    static List<String> personalData(List<Policy> policies) {
        List<String> values = new ArrayList<>();
        policies.forEach(policy -> walk(policy, value -> {
            if (value instanceof Record record) {
                for (RecordComponent component : record.getClass().getRecordComponents()) {
                    Object personal = component.isAnnotationPresent(PersonalData.class)
                            ? read(component, record) : null;
                    if (personal != null) {
                        values.add(personal.toString());
                    }
                }
            }
        }));
        return values;
    }

    // Visits every value reachable from a record through its components, lists and maps; extension values are
    // visited as a whole, not inside, since they hold no model types.
    private static void walk(Object value, Consumer<Object> visitor) {
        visitor.accept(value);
        if (value instanceof ExtensionValue) {
            return;
        }
        if (value instanceof Record record) {
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                Object part = read(component, record);
                if (part != null) {
                    walk(part, visitor);
                }
            }
        } else if (value instanceof Collection<?> collection) {
            collection.forEach(element -> walk(element, visitor));
        } else if (value instanceof Map<?, ?> map) {
            map.values().forEach(element -> walk(element, visitor));
        }
    }

    private static Object read(RecordComponent component, Record record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException(e);
        }
    }
}
