/**
 * Frivillig test support: AssertJ assertions for validation reports, violations and policies, and a generator of
 * realistic policies, for the tests of applications that use Frivillig.
 */
module io.github.frivillig.test {
    requires transitive io.github.frivillig.core;
    requires transitive org.assertj.core;
    requires static org.jspecify;

    exports io.github.frivillig.test;
}
