package io.github.frivillig.examples;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import io.github.frivillig.core.policy.Policy;
import io.github.frivillig.json.PolicyJson;

/**
 * The bundled dataset: the five policies Frivillig was built from (Porsgrunn, Kragerø, Gjøvik, Hjørring, Odense),
 * and the corpus of real policies of other municipalities, gathered from public sources, that proves the model fits
 * policies beyond the seeds, all as documents in the Frivillig JSON format inside this jar.
 * <p>
 * The documents are in their original languages; each records the public sources it rests on and when they were
 * read. The seeds are checked against the model's fixtures so that they never drift apart; every corpus document has
 * a fact table in {@code docs/corpus/} that maps each fact of its sources to its place in the document.
 */
public final class SeedDataset {

    /** The file names of the five seed documents, in order. */
    public static final List<String> SEEDS = List.of(
            "no-4001-frivillighetsstrategi.json",
            "no-4014-frivillighetsmelding.json",
            "no-3407-frivillighetsmelding.json",
            "dk-860-frivillighedspolitik-socialt-omraade.json",
            "dk-461-civilsamfundsstrategi.json");

    /** The file names of every bundled document, the seeds first, as the dataset's index lists them. */
    public static final List<String> FILES = index();

    private SeedDataset() {
    }

    /**
     * Reads every bundled policy: the seeds and the corpus.
     *
     * @return the policies, in the order of {@link #FILES}, not null
     */
    public static List<Policy> policies() {
        List<Policy> policies = new ArrayList<>(FILES.size());
        for (String file : FILES) {
            try (InputStream in = open(file)) {
                policies.add(PolicyJson.standard().read(in));
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the bundled policy " + file, e);
            }
        }
        return policies;
    }

    /**
     * Opens one bundled document.
     *
     * @param file  one of {@link #FILES}, or {@code index.txt}, not null
     * @return the document's bytes, to be closed by the caller, not null
     * @throws IllegalArgumentException if there is no such bundled document
     */
    public static InputStream open(String file) {
        InputStream in = SeedDataset.class.getResourceAsStream("dataset/" + file);
        if (in == null) {
            throw new IllegalArgumentException("No bundled policy '" + file + "'");
        }
        return in;
    }

    /** The index: one file name a line; blank lines and lines starting with # are skipped. */
    private static List<String> index() {
        List<String> files = new ArrayList<>();
        try (InputStream in = open("index.txt");
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String file = line.strip();
                if (!file.isEmpty() && !file.startsWith("#")) {
                    files.add(file);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the index of the bundled dataset", e);
        }
        return List.copyOf(files);
    }
}
