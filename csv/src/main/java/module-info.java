/**
 * Frivillig CSV: tidy CSV tables of policy datasets, one file per entity, linked by ids, for R, pandas and DuckDB.
 */
module io.github.frivillig.csv {
    requires transitive io.github.frivillig.json;
    requires tools.jackson.dataformat.csv;
    requires static transitive org.jspecify;

    exports io.github.frivillig.csv;
}
