package io.github.frivillig.core.dataset;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collector;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

import io.github.frivillig.core.policy.Policy;

/**
 * Many policies compared: the {@linkplain PolicySummary results for each policy}, the matrix of municipalities by
 * themes, and tidy rows for export.
 * <p>
 * A dataset keeps the summaries, not the policies, so it can be built from a stream in one pass, holding only the
 * results per policy:
 * <pre>{@code
 * PolicyDataset dataset;
 * try (Stream<Policy> policies = json.readDataset(path)) {
 *     dataset = PolicyDataset.from(policies);
 * }
 * for (PolicySummary summary : dataset.summaries()) { ... }
 * }</pre>
 * The summaries keep the order of the policies. A dataset built from a list and one built from a stream of the same
 * policies are equal.
 * <p>
 * A summary takes about 1.4 KB of heap (measured on generated policies of one to twelve elements of each kind, with
 * their ids and municipalities), so a dataset of a million policies needs about 1.4 GB. To compare more policies than
 * the heap holds summaries of, summarise each policy as it streams by with {@link PolicySummary#of(Policy)} and keep
 * only what is needed, as the {@code frivillig compare} command does.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class PolicyDataset {

    private final List<PolicySummary> summaries;

    private PolicyDataset(List<PolicySummary> summaries) {
        this.summaries = List.copyOf(summaries);
    }

    /**
     * Obtains the dataset of some policies.
     *
     * @param policies  the policies, not null
     * @return the dataset, not null
     * @throws NullPointerException if a policy is null
     */
    public static PolicyDataset of(Collection<Policy> policies) {
        Objects.requireNonNull(policies, "policies");
        List<PolicySummary> summaries = new ArrayList<>(policies.size());
        for (Policy policy : policies) {
            summaries.add(PolicySummary.of(policy));
        }
        return new PolicyDataset(summaries);
    }

    /**
     * Obtains the dataset of a stream of policies, summarising each policy as it comes and keeping only its
     * summary. The stream is consumed, not closed: the caller closes it.
     *
     * @param policies  the policies, not null
     * @return the dataset, not null
     * @throws NullPointerException if a policy is null
     */
    public static PolicyDataset from(Stream<Policy> policies) {
        return Objects.requireNonNull(policies, "policies").collect(collector());
    }

    /**
     * Returns a collector that summarises policies into a dataset, keeping only the summaries.
     *
     * @return the collector, not null
     */
    public static Collector<Policy, ?, PolicyDataset> collector() {
        return Collectors.mapping(PolicySummary::of,
                Collectors.collectingAndThen(Collectors.toList(), PolicyDataset::new));
    }

    /**
     * Returns the results for each policy, in the order of the policies.
     *
     * @return the summaries, not null
     */
    public List<PolicySummary> summaries() {
        return summaries;
    }

    /**
     * Returns the number of policies.
     *
     * @return the number of policies
     */
    public int size() {
        return summaries.size();
    }

    /**
     * Checks whether the dataset has no policy.
     *
     * @return true if empty
     */
    public boolean isEmpty() {
        return summaries.isEmpty();
    }

    /**
     * Returns the matrix of municipalities by themes.
     *
     * @return the matrix, not null
     */
    public ThemeMatrix themeMatrix() {
        return ThemeMatrix.of(summaries);
    }

    /**
     * Returns the theme coverage of every policy as long-format rows: policy by policy, in the order of
     * {@link PolicySummary#themeCoverageRows()}.
     *
     * @return the rows, not null
     */
    public List<ThemeCoverageRow> themeCoverageRows() {
        List<ThemeCoverageRow> rows = new ArrayList<>();
        for (PolicySummary summary : summaries) {
            rows.addAll(summary.themeCoverageRows());
        }
        return List.copyOf(rows);
    }

    /**
     * Checks whether this dataset equals another: the same summaries in the same order.
     *
     * @param obj  the other object, null returns false
     * @return true if equal
     */
    @Override
    public boolean equals(@Nullable Object obj) {
        return obj == this || obj instanceof PolicyDataset other && summaries.equals(other.summaries);
    }

    @Override
    public int hashCode() {
        return summaries.hashCode();
    }

    /**
     * Returns a short description, such as {@code PolicyDataset[5 policies]}.
     *
     * @return the text form, not null
     */
    @Override
    public String toString() {
        return "PolicyDataset[" + summaries.size() + " policies]";
    }
}
