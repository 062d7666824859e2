/** A small application on the module path, to show that Frivillig's module descriptors work. */
module io.github.frivillig.smoke {
    requires io.github.frivillig.csv;
    requires io.github.frivillig.test;
    requires org.hibernate.validator;
    uses tools.jackson.databind.JacksonModule;
}
