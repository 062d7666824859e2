package io.github.frivillig.csv;

import java.util.ArrayList;
import java.util.List;

/**
 * A strict reader of RFC 4180 CSV, independent of the library that writes the files: it fails on anything the RFC
 * does not allow (a quote inside an unquoted field, text after a closing quote, a line break outside quotes other
 * than the expected record separator, records of different lengths, a missing final separator).
 */
final class Rfc4180 {

    private Rfc4180() {
    }

    /**
     * Parses a whole file into records of fields.
     *
     * @param content  the file content
     * @param separator  the record separator the file must use: CRLF or LF
     * @return the records, the header first
     */
    static List<List<String>> parse(String content, String separator) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int i = 0;
        int length = content.length();
        while (i < length) {
            if (content.charAt(i) == '"') {
                i++;
                while (true) {
                    if (i >= length) {
                        throw new IllegalArgumentException("Unclosed quote in record " + (records.size() + 1));
                    }
                    char c = content.charAt(i++);
                    if (c == '"') {
                        if (i < length && content.charAt(i) == '"') {
                            field.append('"');
                            i++;
                        } else {
                            break;
                        }
                    } else {
                        field.append(c);
                    }
                }
            } else {
                while (i < length && content.charAt(i) != ',' && !content.startsWith(separator, i)) {
                    char c = content.charAt(i++);
                    if (c == '"' || c == '\r' || c == '\n') {
                        throw new IllegalArgumentException("Character U+" + Integer.toHexString(c)
                                + " outside quotes in record " + (records.size() + 1) + ": " + field);
                    }
                    field.append(c);
                }
            }
            record.add(field.toString());
            field.setLength(0);
            if (i < length && content.charAt(i) == ',') {
                i++;
                if (i == length) {
                    throw new IllegalArgumentException("File ends after a comma");
                }
            } else if (content.startsWith(separator, i)) {
                i += separator.length();
                records.add(record);
                record = new ArrayList<>();
            } else {
                throw new IllegalArgumentException("Text after a closing quote, or no record separator at the end, in "
                        + "record " + (records.size() + 1));
            }
        }
        if (!record.isEmpty()) {
            throw new IllegalArgumentException("The last record has no separator");
        }
        for (int r = 1; r < records.size(); r++) {
            if (records.get(r).size() != records.get(0).size()) {
                throw new IllegalArgumentException("Record " + (r + 1) + " has " + records.get(r).size()
                        + " fields, the header " + records.get(0).size());
            }
        }
        return records;
    }

    /**
     * Writes records the way the export promises to: a field in quotes exactly when it holds a comma, a quote, a
     * carriage return or a line feed, quotes doubled, each record ended by the separator.
     *
     * @param records  the records
     * @param separator  the record separator
     * @return the file content
     */
    static String format(List<List<String>> records, String separator) {
        StringBuilder content = new StringBuilder();
        for (List<String> record : records) {
            for (int i = 0; i < record.size(); i++) {
                String field = record.get(i);
                if (i > 0) {
                    content.append(',');
                }
                if (field.contains(",") || field.contains("\"") || field.contains("\r") || field.contains("\n")) {
                    content.append('"').append(field.replace("\"", "\"\"")).append('"');
                } else {
                    content.append(field);
                }
            }
            content.append(separator);
        }
        return content.toString();
    }
}
