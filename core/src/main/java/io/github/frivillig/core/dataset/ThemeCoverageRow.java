package io.github.frivillig.core.dataset;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

import io.github.frivillig.core.code.Theme;
import io.github.frivillig.core.municipality.Country;
import io.github.frivillig.core.policy.PolicyId;

/**
 * One row of theme coverage in long format: a policy covers a theme in one {@linkplain CoverageSource source}, its
 * principles, measures, dialogue events or inputs. A theme covered by several sources gives a row for each; a theme
 * covered by none gives none.
 * <p>
 * The row holds values, not text: a writer of CSV or JSON takes {@link Theme#code()} and
 * {@link CoverageSource#code()} for the codes, or their labels.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param policyId  the policy's id, null if the policy has none
 * @param municipalityCode  the official code of the policy's municipality, null if not given
 * @param country  the municipality's country, null if not given
 * @param theme  the theme
 * @param source  where the policy covers it
 */
public record ThemeCoverageRow(@Nullable PolicyId policyId, @Nullable String municipalityCode,
        @Nullable Country country, Theme theme, CoverageSource source) {

    /**
     * Creates a row.
     */
    public ThemeCoverageRow {
        Objects.requireNonNull(theme, "theme");
        Objects.requireNonNull(source, "source");
    }
}
