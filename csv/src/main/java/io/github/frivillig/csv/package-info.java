/**
 * Tidy CSV export of a dataset of policies for R, pandas and DuckDB: {@link io.github.frivillig.csv.PolicyCsv}
 * writes one table per kind of entity and one per list, linked by {@code policy_id} and local ids, with every text in
 * every language in a long {@code texts} table and personal data left out unless asked for, beside a label table per
 * code list and a {@code datapackage.json} that describes every file and records the export's
 * {@linkplain io.github.frivillig.csv.ExportProvenance provenance}. The column dictionary is {@code docs/csv.md}.
 */
@NullMarked
package io.github.frivillig.csv;

import org.jspecify.annotations.NullMarked;
