/**
 * Frivillig JSON: the Frivillig JSON data format, its Jackson 3 module, the {@code PolicyJson} facade, streaming
 * datasets, the JSON Schema and tidy CSV export.
 */
module io.github.frivillig.json {
    requires transitive io.github.frivillig.core;
    requires transitive tools.jackson.core;
    requires transitive tools.jackson.databind;
    requires tools.jackson.dataformat.csv;
    requires static transitive org.jspecify;

    exports io.github.frivillig.json;
    exports io.github.frivillig.json.csv;

    provides tools.jackson.databind.JacksonModule with io.github.frivillig.json.FrivilligModule;
}
