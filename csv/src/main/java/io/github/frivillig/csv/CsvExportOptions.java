package io.github.frivillig.csv;

import java.util.Objects;

/**
 * The options of a CSV export: whether personal data is written, and which line ending ends a record.
 * <p>
 * The {@linkplain #defaults() defaults} leave personal data out and end records with CRLF, as RFC 4180 asks.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param personalData  whether the names, e-mail addresses and phone numbers of people are written, not null
 * @param lineEnding  the line ending after each record, not null
 */
public record CsvExportOptions(PersonalDataHandling personalData, LineEnding lineEnding) {

    private static final CsvExportOptions DEFAULTS =
            new CsvExportOptions(PersonalDataHandling.LEAVE_OUT, LineEnding.CRLF);

    /**
     * What the export does with personal data: the values that the model marks with
     * {@link io.github.frivillig.core.value.PersonalData}, the name, e-mail address and phone number of a contact
     * point, a speaker, a group member or a signatory, and an elected representative's party.
     */
    public enum PersonalDataHandling {
        /** Leaves the personal columns out of the files altogether: no {@code person_name}, {@code person_email},
         *  {@code person_phone} or {@code party} column is written. */
        LEAVE_OUT,
        /** Writes the personal columns, for a caller entitled to process the data. */
        INCLUDE
    }

    /** The line ending written after the header and after each record. */
    public enum LineEnding {
        /** Carriage return and line feed, as RFC 4180 specifies. */
        CRLF("\r\n"),
        /** Line feed alone, as Unix tools expect. */
        LF("\n");

        private final String characters;

        LineEnding(String characters) {
            this.characters = characters;
        }

        /**
         * Returns the characters of this line ending.
         *
         * @return {@code "\r\n"} or {@code "\n"}, not null
         */
        public String characters() {
            return characters;
        }
    }

    /**
     * Creates options.
     *
     * @param personalData  whether personal data is written, not null
     * @param lineEnding  the line ending, not null
     * @throws NullPointerException if either is null
     */
    public CsvExportOptions {
        Objects.requireNonNull(personalData, "personalData");
        Objects.requireNonNull(lineEnding, "lineEnding");
    }

    /**
     * Returns the default options: personal data left out, CRLF line endings.
     *
     * @return the defaults, not null
     */
    public static CsvExportOptions defaults() {
        return DEFAULTS;
    }

    /**
     * Returns a copy with other handling of personal data.
     *
     * @param personalData  whether personal data is written, not null
     * @return options with the handling, not null
     * @throws NullPointerException if the handling is null
     */
    public CsvExportOptions withPersonalData(PersonalDataHandling personalData) {
        return new CsvExportOptions(personalData, lineEnding);
    }

    /**
     * Returns a copy with another line ending.
     *
     * @param lineEnding  the line ending, not null
     * @return options with the line ending, not null
     * @throws NullPointerException if the line ending is null
     */
    public CsvExportOptions withLineEnding(LineEnding lineEnding) {
        return new CsvExportOptions(personalData, lineEnding);
    }

    /**
     * Checks whether personal data is written.
     *
     * @return true if the personal columns are written
     */
    public boolean includesPersonalData() {
        return personalData == PersonalDataHandling.INCLUDE;
    }
}
