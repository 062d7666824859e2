package io.github.frivillig.core.municipality;

import java.util.List;
import java.util.regex.Pattern;

import io.github.frivillig.core.code.Coded;

/**
 * A Nordic country whose municipalities Frivillig knows, with the format of its official municipality codes.
 * <p>
 * The code is the ISO 3166-1 alpha-2 code in upper case, as used in the JSON format.
 */
public enum Country implements Coded {
    /** Norway: four-digit municipality numbers (<i>kommunenummer</i>) from Statistics Norway. */
    NORWAY("NO", Pattern.compile("[0-9]{4}"), List.of("nb", "nn")),
    /** Denmark: three-digit municipality codes (<i>kommunekoder</i>) from Statistics Denmark. */
    DENMARK("DK", Pattern.compile("[0-9]{3}"), List.of("da")),
    /** Sweden: four-digit municipality codes (<i>kommunkoder</i>) from Statistics Sweden. */
    SWEDEN("SE", Pattern.compile("[0-9]{4}"), List.of("sv")),
    /** Finland: three-digit municipality codes (<i>kuntanumerot</i>) from Statistics Finland. */
    FINLAND("FI", Pattern.compile("[0-9]{3}"), List.of("fi", "sv")),
    /** Iceland: four-digit municipality numbers (<i>sveitarfélagsnúmer</i>) from Statistics Iceland. */
    ICELAND("IS", Pattern.compile("[0-9]{4}"), List.of("is"));

    private final String code;
    private final Pattern municipalityCodeFormat;
    private final List<String> officialLanguages;

    Country(String code, Pattern municipalityCodeFormat, List<String> officialLanguages) {
        this.code = code;
        this.municipalityCodeFormat = municipalityCodeFormat;
        this.officialLanguages = officialLanguages;
    }

    /**
     * Returns the ISO 3166-1 alpha-2 code, such as {@code NO}.
     *
     * @return the country code, not null
     */
    @Override
    public String code() {
        return code;
    }

    /**
     * Checks whether a municipality code has this country's format: four digits in Norway, Sweden and Iceland,
     * three in Denmark and Finland.
     *
     * @param municipalityCode  the code to check, not null
     * @return true if the code has the right format
     */
    public boolean isWellFormedMunicipalityCode(String municipalityCode) {
        return municipalityCodeFormat.matcher(municipalityCode).matches();
    }

    /**
     * Returns the number of digits of this country's municipality codes.
     *
     * @return 3 or 4
     */
    public int municipalityCodeLength() {
        return this == DENMARK || this == FINLAND ? 3 : 4;
    }

    /**
     * Returns the official written languages or standards, as language tags: {@code nb} and {@code nn} (the two
     * written standards of Norwegian), {@code da}, {@code sv}, {@code fi} and {@code sv}, {@code is}.
     *
     * @return the language tags, not null
     */
    public List<String> officialLanguages() {
        return officialLanguages;
    }
}
