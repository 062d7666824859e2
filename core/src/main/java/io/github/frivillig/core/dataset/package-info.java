/**
 * Comparison of many policies: {@link io.github.frivillig.core.dataset.PolicyDataset}, the
 * {@link io.github.frivillig.core.dataset.PolicySummary results for each policy} (theme coverage, counts, inputs,
 * time from dialogue to adoption, the ICNPO groups taking part, Frivillighet Norge's completeness criteria) and
 * their tidy, long-format rows for export.
 */
@NullMarked
package io.github.frivillig.core.dataset;

import org.jspecify.annotations.NullMarked;
