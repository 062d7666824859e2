package io.github.frivillig.core.municipality;

import io.github.frivillig.core.code.Coded;

/** What happened to a municipality code when it ceased to be valid. */
public enum MunicipalityChange implements Coded {
    /** The municipality was merged with others into the successor. */
    MERGER("merger"),
    /** The municipality was split into several successors. */
    SPLIT("split"),
    /** The same municipality got a new code. */
    RENUMBERING("renumbering"),
    /** The code ended because its territory changed otherwise. */
    BOUNDARY("boundary");

    private final String code;

    MunicipalityChange(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
