package io.github.frivillig.core.dataset;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import io.github.frivillig.core.code.Theme;
import io.github.frivillig.core.municipality.Country;
import io.github.frivillig.core.municipality.Municipality;
import io.github.frivillig.core.policy.Policy;
import io.github.frivillig.core.policy.PolicyId;

/**
 * The comparative results for one policy: its theme coverage, the counts of its elements, the outcomes of its
 * inputs, the days from its first dialogue activity to its adoption, the organisations that took part in its
 * dialogue, and how it fares on Frivillighet Norge's completeness criteria.
 * <p>
 * A summary keeps none of the policy's texts or lists, only the results, so a large dataset can be summarised one
 * policy at a time as it streams by:
 * <pre>{@code
 * try (Stream<Policy> policies = json.readDataset(path)) {
 *     policies.map(PolicySummary::of).forEach(summary -> ...);
 * }
 * }</pre>
 * The policy's id and municipality are kept to tell the summaries apart. The model holds what it was given, so
 * either may be missing in a policy that has not been validated; the summary then holds null.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param id  the policy's id, null if it has none
 * @param municipality  the policy's municipality, null if it has none
 * @param themes  the themes its principles, measures, dialogue events and inputs cover
 * @param counts  the numbers of its principles, measures, events, inputs, organisations and groups
 * @param inputs  what became of its inputs
 * @param daysToAdoption  the days from its first dialogue activity, events and group work, to its adoption
 * @param participants  the organisations that took part in its dialogue, and their ICNPO groups
 * @param completeness  how it fares on the completeness criteria
 */
public record PolicySummary(@Nullable PolicyId id, @Nullable Municipality municipality, ThemeCoverage themes,
        ElementCounts counts, InputOutcomes inputs, DaysToAdoption daysToAdoption,
        ParticipatingOrganisations participants, CompletenessAssessment completeness) {

    /**
     * Creates a summary.
     */
    public PolicySummary {
        Objects.requireNonNull(themes, "themes");
        Objects.requireNonNull(counts, "counts");
        Objects.requireNonNull(inputs, "inputs");
        Objects.requireNonNull(daysToAdoption, "daysToAdoption");
        Objects.requireNonNull(participants, "participants");
        Objects.requireNonNull(completeness, "completeness");
    }

    /**
     * Summarises a policy.
     *
     * @param policy  the policy, not null
     * @return its results, not null
     */
    public static PolicySummary of(Policy policy) {
        Objects.requireNonNull(policy, "policy");
        ParticipatingOrganisations participants = ParticipatingOrganisations.of(policy);
        return new PolicySummary(policy.id(), policy.municipality(), ThemeCoverage.of(policy),
                ElementCounts.of(policy), InputOutcomes.of(policy), DaysToAdoption.of(policy), participants,
                CompletenessAssessment.of(policy, participants));
    }

    /**
     * Returns the theme coverage of this policy as long-format rows: a row for each theme of the principles, then
     * of the measures, the dialogue events and the inputs (the order of {@link CoverageSource}), each source's
     * themes in the declaration order of {@link Theme}.
     *
     * @return the rows, not null
     */
    public List<ThemeCoverageRow> themeCoverageRows() {
        String code = municipality == null ? null : municipality.code();
        Country country = municipality == null ? null : municipality.country();
        List<ThemeCoverageRow> rows = new ArrayList<>();
        for (CoverageSource source : CoverageSource.values()) {
            for (Theme theme : themes.themes(source)) {
                rows.add(new ThemeCoverageRow(id, code, country, theme, source));
            }
        }
        return List.copyOf(rows);
    }
}
