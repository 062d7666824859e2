package io.github.frivillig.core.municipality;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import io.github.frivillig.core.code.Codelists;

/**
 * The official municipality codes of Norway, Denmark, Sweden and Finland over time, with the changes that link
 * old codes to new ones.
 * <p>
 * The bundled register ({@link #bundled()}) is compiled from the official classifications: Statistics Norway's
 * classification 131 (every version since 1995, with every merger, split and renumbering between them),
 * Statistics Denmark's municipality codes (the 275 municipalities of 2000, the Bornholm and Ærø mergers and the
 * 2007 reform to 98), Statistics Sweden's municipality codes (since 2000) and Statistics Finland's municipality
 * classification (every year since 2013). Each data file names its sources and their dates in its header, and
 * the first day it covers ({@link #coverageFrom(Country)}). The register is loaded once, on first use.
 * <p>
 * So the register knows not only that {@code 3407} looks like a Norwegian municipality code, but that it is
 * Gjøvik, and that it became Gjøvik's code on 1 January 2020, when {@code 0502} ceased to be.
 * <p>
 * Look-ups never return {@code null}: they return an empty {@code Optional} or an empty list.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class MunicipalityRegister {

    // Compiled once: names are normalized for every record when the register loads, and on every look-up.
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private static final Comparator<MunicipalityRecord> CHRONOLOGICAL = Comparator.comparing(
            MunicipalityRecord::validFrom, Comparator.nullsFirst(Comparator.naturalOrder()));

    private final Map<Country, Map<String, List<MunicipalityRecord>>> byCode;
    private final Map<Country, Map<String, List<MunicipalityRecord>>> byName;
    private final Map<MunicipalityRecord, List<MunicipalityRecord>> predecessors;
    private final Map<MunicipalityRecord, Set<String>> nameKeys;
    private final Map<Country, LocalDate> coverageFrom;

    private MunicipalityRegister(Map<Country, List<MunicipalityRecord>> records, Map<Country, LocalDate> coverageFrom) {
        Map<Country, Map<String, List<MunicipalityRecord>>> codes = new EnumMap<>(Country.class);
        Map<Country, Map<String, List<MunicipalityRecord>>> names = new EnumMap<>(Country.class);
        // Each record's name keys are computed once, for the index by name and for hasName.
        Map<MunicipalityRecord, Set<String>> keys = new HashMap<>();
        records.forEach((country, list) -> {
            Map<String, List<MunicipalityRecord>> countryCodes = new HashMap<>();
            Map<String, List<MunicipalityRecord>> countryNames = new HashMap<>();
            for (MunicipalityRecord record : list) {
                countryCodes.computeIfAbsent(record.code(), code -> new ArrayList<>()).add(record);
                Set<String> recordKeys = computeNameKeys(record);
                keys.put(record, recordKeys);
                for (String name : recordKeys) {
                    countryNames.computeIfAbsent(name, key -> new ArrayList<>()).add(record);
                }
            }
            countryCodes.values().forEach(intervals -> intervals.sort(CHRONOLOGICAL));
            codes.put(country, freeze(countryCodes));
            names.put(country, freeze(countryNames));
        });
        this.byCode = Collections.unmodifiableMap(codes);
        this.byName = Collections.unmodifiableMap(names);
        Map<MunicipalityRecord, List<MunicipalityRecord>> before = new HashMap<>();
        records.values().forEach(list -> list.forEach(record -> successors(record).forEach(
                successor -> before.computeIfAbsent(successor, key -> new ArrayList<>()).add(record))));
        before.values().forEach(list -> list.sort(Comparator.comparing(MunicipalityRecord::code)));
        this.predecessors = freeze(before);
        this.nameKeys = Collections.unmodifiableMap(keys);
        Map<Country, LocalDate> coverage = new EnumMap<>(Country.class);
        coverage.putAll(coverageFrom);
        this.coverageFrom = Collections.unmodifiableMap(coverage);
    }

    /**
     * Returns the register bundled with Frivillig, loading it on first use.
     *
     * @return the bundled register, not null
     */
    public static MunicipalityRegister bundled() {
        return Bundled.REGISTER;
    }

    /**
     * Creates a register from records, for tests and for users with registers of their own.
     *
     * @param records  the records, not null
     * @return the register, not null
     */
    public static MunicipalityRegister of(List<MunicipalityRecord> records) {
        Map<Country, List<MunicipalityRecord>> byCountry = new EnumMap<>(Country.class);
        for (MunicipalityRecord record : records) {
            byCountry.computeIfAbsent(record.country(), country -> new ArrayList<>()).add(record);
        }
        return new MunicipalityRegister(byCountry, Map.of());
    }

    /**
     * Returns the first day for which the register knows a country's codes: codes that ended before it are not in
     * the register, so a code it does not know may have existed before that day.
     *
     * @param country  the country, not null
     * @return the first day covered, empty if the register does not say (or does not cover the country)
     */
    public Optional<LocalDate> coverageFrom(Country country) {
        return Optional.ofNullable(coverageFrom.get(Objects.requireNonNull(country, "country")));
    }

    /**
     * Returns the countries whose municipalities the register knows.
     *
     * @return the countries, not null
     */
    public Set<Country> countries() {
        return byCode.keySet();
    }

    /**
     * Checks whether the register knows a country's municipalities.
     *
     * @param country  the country, not null
     * @return true if the register has codes for the country
     */
    public boolean covers(Country country) {
        return byCode.containsKey(Objects.requireNonNull(country, "country"));
    }

    /**
     * Returns every interval in which a code denoted a municipality, oldest first.
     *
     * @param country  the country, not null
     * @param code  the municipality code, not null
     * @return the records of the code, empty if the code never existed, not null
     */
    public List<MunicipalityRecord> records(Country country, String code) {
        Objects.requireNonNull(code, "code");
        return byCode.getOrDefault(Objects.requireNonNull(country, "country"), Map.of()).getOrDefault(code, List.of());
    }

    /**
     * Finds the municipality a code denoted on a day.
     *
     * @param country  the country, not null
     * @param code  the municipality code, not null
     * @param date  the day, not null
     * @return the record valid on that day, empty if the code did not denote a municipality then
     */
    public Optional<MunicipalityRecord> find(Country country, String code, LocalDate date) {
        Objects.requireNonNull(date, "date");
        for (MunicipalityRecord record : records(country, code)) {
            if (record.isValidOn(date)) {
                return Optional.of(record);
            }
        }
        return Optional.empty();
    }

    /**
     * Returns the municipalities of a country on a day, ordered by code.
     *
     * @param country  the country, not null
     * @param date  the day, not null
     * @return the records valid on that day, not null
     */
    public List<MunicipalityRecord> inForce(Country country, LocalDate date) {
        Objects.requireNonNull(date, "date");
        List<MunicipalityRecord> result = new ArrayList<>();
        for (List<MunicipalityRecord> intervals : byCode.getOrDefault(Objects.requireNonNull(country, "country"),
                Map.of()).values()) {
            for (MunicipalityRecord record : intervals) {
                if (record.isValidOn(date)) {
                    result.add(record);
                }
            }
        }
        result.sort(Comparator.comparing(MunicipalityRecord::code));
        return result;
    }

    /**
     * Finds the municipalities that have, or had, a name, in any of their official languages, ignoring case.
     *
     * @param country  the country, not null
     * @param name  the name, such as {@code Gjøvik} or {@code Kautokeino}, not null
     * @return the records with that name, oldest first, not null
     */
    public List<MunicipalityRecord> findByName(Country country, String name) {
        Objects.requireNonNull(name, "name");
        List<MunicipalityRecord> found = byName.getOrDefault(Objects.requireNonNull(country, "country"), Map.of())
                .getOrDefault(normalize(name), List.of());
        List<MunicipalityRecord> sorted = new ArrayList<>(found);
        sorted.sort(CHRONOLOGICAL.thenComparing(MunicipalityRecord::code));
        return List.copyOf(sorted);
    }

    /**
     * Checks whether a name is one of a record's official names, ignoring case and runs of white space; SSB's
     * combined form of parallel names, such as {@code Guovdageaidnu - Kautokeino}, counts too.
     *
     * @param record  the record, not null
     * @param name  the name, not null
     * @return true if the name is an official name of the record
     */
    public boolean hasName(MunicipalityRecord record, String name) {
        Set<String> keys = nameKeys.get(record);
        return (keys != null ? keys : computeNameKeys(record)).contains(normalize(name));
    }

    /**
     * Returns the records that took over from a record when its code ended.
     *
     * @param record  the record, not null
     * @return the successors, not null, empty if the code is still valid
     */
    public List<MunicipalityRecord> successors(MunicipalityRecord record) {
        if (record.validTo() == null) {
            return List.of();
        }
        LocalDate next = record.validTo().plusDays(1);
        List<MunicipalityRecord> result = new ArrayList<>();
        for (String code : record.successors()) {
            find(record.country(), code, next).ifPresent(result::add);
        }
        return List.copyOf(result);
    }

    /**
     * Returns the records whose codes ended the day before a record began and named it as a successor.
     *
     * @param record  the record, not null
     * @return the predecessors, ordered by code, not null
     */
    public List<MunicipalityRecord> predecessors(MunicipalityRecord record) {
        return predecessors.getOrDefault(Objects.requireNonNull(record, "record"), List.of());
    }

    /**
     * Follows the changes from a record, forwards or backwards in time, to the records valid on a day: the codes
     * that denoted the same area on that day.
     *
     * @param record  the record to start from, not null
     * @param date  the day, not null
     * @return the related records valid on that day, ordered by code, not null
     */
    public List<MunicipalityRecord> relatedOn(MunicipalityRecord record, LocalDate date) {
        Objects.requireNonNull(date, "date");
        Set<MunicipalityRecord> found = new LinkedHashSet<>();
        Set<MunicipalityRecord> seen = new HashSet<>();
        Deque<MunicipalityRecord> queue = new ArrayDeque<>(List.of(record));
        boolean forwards = record.validTo() != null && date.isAfter(record.validTo());
        while (!queue.isEmpty()) {
            MunicipalityRecord current = queue.removeFirst();
            if (!seen.add(current)) {
                continue;
            }
            if (current.isValidOn(date)) {
                found.add(current);
            } else {
                queue.addAll(forwards ? successors(current) : predecessors(current));
            }
        }
        List<MunicipalityRecord> result = new ArrayList<>(found);
        result.sort(Comparator.comparing(MunicipalityRecord::code));
        return List.copyOf(result);
    }

    private static Set<String> computeNameKeys(MunicipalityRecord record) {
        Set<String> keys = new HashSet<>();
        for (String name : record.names().values()) {
            keys.add(normalize(name));
        }
        keys.add(normalize(String.join(" - ", record.names().values())));
        return keys;
    }

    private static String normalize(String name) {
        String stripped = name.strip();
        // Most names have no run of white space: only those go through the pattern, costly before the JIT has it.
        for (int i = 0; i < stripped.length(); i++) {
            char c = stripped.charAt(i);
            if (c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r'
                    || c == ' ' && i > 0 && stripped.charAt(i - 1) == ' ') {
                return WHITESPACE.matcher(stripped).replaceAll(" ").toLowerCase(Locale.ROOT);
            }
        }
        return stripped.toLowerCase(Locale.ROOT);
    }

    private static <K> Map<K, List<MunicipalityRecord>> freeze(Map<K, List<MunicipalityRecord>> map) {
        Map<K, List<MunicipalityRecord>> frozen = new HashMap<>();
        map.forEach((key, list) -> frozen.put(key, List.copyOf(list)));
        return Collections.unmodifiableMap(frozen);
    }

    /** Loads the bundled register on first use (the holder idiom: the JVM makes it lazy and thread-safe). */
    private static final class Bundled {
        static final MunicipalityRegister REGISTER = load();

        private static final String COVERAGE_FROM = "# coverage-from: ";

        private static MunicipalityRegister load() {
            Map<Country, List<MunicipalityRecord>> records = new EnumMap<>(Country.class);
            Map<Country, LocalDate> coverage = new EnumMap<>(Country.class);
            for (Country country : Country.values()) {
                String resource = "municipalities-" + country.code().toLowerCase(Locale.ROOT) + ".tsv";
                try (InputStream in = MunicipalityRegister.class.getResourceAsStream(resource)) {
                    if (in != null) {
                        records.put(country, read(country, resource, in, coverage));
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException("Cannot read the municipality register " + resource, e);
                }
            }
            return new MunicipalityRegister(records, coverage);
        }

        private static List<MunicipalityRecord> read(Country country, String resource, InputStream in,
                Map<Country, LocalDate> coverage) throws IOException {
            List<MunicipalityRecord> records = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            boolean header = true;
            int lineNumber = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lineNumber++;
                if (line.startsWith(COVERAGE_FROM)) {
                    coverage.put(country, LocalDate.parse(line.substring(COVERAGE_FROM.length(),
                            COVERAGE_FROM.length() + 10)));
                    continue;
                }
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                try {
                    records.add(parse(country, line));
                } catch (RuntimeException e) {
                    throw new IllegalStateException("Bad line " + lineNumber + " in " + resource + ": '" + line + "'", e);
                }
            }
            return records;
        }

        private static MunicipalityRecord parse(Country country, String line) {
            String[] columns = Arrays.copyOf(line.split("\t", -1), 6);
            Map<String, String> names = new LinkedHashMap<>();
            for (String pair : columns[3].split("\\|")) {
                int equals = pair.indexOf('=');
                names.put(pair.substring(0, equals), pair.substring(equals + 1));
            }
            List<String> successors = columns[4] == null || columns[4].isEmpty()
                    ? List.of() : List.of(columns[4].split(","));
            MunicipalityChange change = columns[5] == null || columns[5].isEmpty() ? null
                    : Codelists.find(MunicipalityChange.class, columns[5]).orElseThrow(
                            () -> new IllegalArgumentException("unknown change '" + columns[5] + "'"));
            return new MunicipalityRecord(country, columns[0], date(columns[1]), date(columns[2]), names, successors,
                    change);
        }

        private static LocalDate date(String text) {
            if (text == null || text.isEmpty()) {
                return null;
            }
            // The files hold some three thousand dates, read when a JVM first validates a policy; read by hand,
            // yyyy-mm-dd costs a fraction of what a DateTimeFormatter costs before the JIT has compiled it.
            if (text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-' && isDigits(text, 0, 4)
                    && isDigits(text, 5, 7) && isDigits(text, 8, 10)) {
                return LocalDate.of(Integer.parseInt(text, 0, 4, 10), Integer.parseInt(text, 5, 7, 10),
                        Integer.parseInt(text, 8, 10, 10));
            }
            return LocalDate.parse(text);
        }

        private static boolean isDigits(String text, int from, int to) {
            for (int i = from; i < to; i++) {
                if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                    return false;
                }
            }
            return true;
        }
    }
}
