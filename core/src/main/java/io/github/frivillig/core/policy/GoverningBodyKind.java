package io.github.frivillig.core.policy;

import io.github.frivillig.core.code.Coded;

/**
 * The kind of municipal body that takes a decision.
 * <p>
 * Each value has a stable {@link #code() code} for the JSON format and labels in English, Norwegian
 * (bokmål and nynorsk), Danish and Swedish.
 */
public enum GoverningBodyKind implements Coded {
    /** The elected municipal council (<i>kommunestyre</i>, <i>bystyre</i>, <i>byråd</i>, <i>kommunalbestyrelse</i>). */
    MUNICIPAL_COUNCIL("municipal-council"),
    /** The executive committee (<i>formannskap</i>, <i>økonomiudvalg</i>). */
    EXECUTIVE_COMMITTEE("executive-committee"),
    /** A standing committee of the council (<i>hovedutvalg</i>, <i>fagudvalg</i>, <i>stående udvalg</i>). */
    STANDING_COMMITTEE("standing-committee"),
    /** The mayor (<i>ordfører</i>, <i>borgmester</i>). */
    MAYOR("mayor"),
    /** The chief executive of the administration (<i>kommunedirektør</i>, <i>rådmann</i>, <i>kommunaldirektør</i>). */
    CHIEF_EXECUTIVE("chief-executive"),
    /** A department of the administration (<i>forvaltning</i>). */
    ADMINISTRATION("administration"),
    /**
     * A municipal council that advises the decision-making bodies: the council for the elderly, for people with
     * disabilities, the youth council (<i>eldreråd</i>, <i>ældreråd</i>, <i>ungdomsråd</i>).
     */
    ADVISORY_COUNCIL("advisory-council");

    private final String code;

    GoverningBodyKind(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
