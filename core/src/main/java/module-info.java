/**
 * Frivillig core: the model of municipal volunteer policy, its codelists and registers, one-pass validation and
 * dataset comparison.
 */
module io.github.frivillig.core {
    requires transitive jakarta.validation;
    requires org.hibernate.validator;
    requires static transitive org.jspecify;
    // Immutables generates the model's builders at compile time; none of it is needed at run time.
    requires static org.immutables.value.annotations;

    exports io.github.frivillig.core.code;
    exports io.github.frivillig.core.dataset;
    exports io.github.frivillig.core.dialogue;
    exports io.github.frivillig.core.municipality;
    exports io.github.frivillig.core.organisation;
    exports io.github.frivillig.core.policy;
    exports io.github.frivillig.core.text;
    exports io.github.frivillig.core.validation;
    exports io.github.frivillig.core.validation.constraints;
    exports io.github.frivillig.core.value;

    // Hibernate Validator reads the constrained model reflectively and instantiates the constraint validators.
    opens io.github.frivillig.core.dialogue to org.hibernate.validator;
    opens io.github.frivillig.core.municipality to org.hibernate.validator;
    opens io.github.frivillig.core.organisation to org.hibernate.validator;
    opens io.github.frivillig.core.policy to org.hibernate.validator;
    opens io.github.frivillig.core.value to org.hibernate.validator;
    opens io.github.frivillig.core.validation.internal to org.hibernate.validator;
}
