/** A small application on the module path, to show that Frivillig's module descriptors work. */
module io.github.frivillig.smoke {
    requires io.github.frivillig.csv;
    uses tools.jackson.databind.JacksonModule;
}
