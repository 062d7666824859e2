/**
 * Frivillig JSON: the Frivillig JSON data format, its Jackson 3 module, the {@code PolicyJson} facade, streaming
 * datasets and the JSON Schema.
 */
module io.github.frivillig.json {
    requires transitive io.github.frivillig.core;
    requires transitive tools.jackson.core;
    requires transitive tools.jackson.databind;
    requires static transitive org.jspecify;

    exports io.github.frivillig.json;
    // The format's description of the model and its writer, for the CSV export, which follows the same keys.
    exports io.github.frivillig.json.internal to io.github.frivillig.csv;

    provides tools.jackson.databind.JacksonModule with io.github.frivillig.json.FrivilligModule;
}
