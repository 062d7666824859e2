package io.github.frivillig.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import io.github.frivillig.core.policy.Policy;
import io.github.frivillig.json.PolicyJson;

/**
 * The bundled seed dataset: the five policies Frivillig was built from (Porsgrunn, Kragerø, Gjøvik, Hjørring,
 * Odense), as documents in the Frivillig JSON format inside this jar.
 * <p>
 * The documents are in their original languages (bokmål and Danish), with English titles added as machine
 * translations; each records its source document. A test checks them against the model's fixtures so that they
 * never drift apart.
 */
public final class SeedDataset {

    /** The file names of the bundled documents, in order. */
    public static final List<String> FILES = List.of(
            "no-4001-frivillighetsstrategi.json",
            "no-4014-frivillighetsmelding.json",
            "no-3407-frivillighetsmelding.json",
            "dk-860-frivillighedspolitik-socialt-omraade.json",
            "dk-461-civilsamfundsstrategi.json");

    private SeedDataset() {
    }

    /**
     * Reads the five seed policies.
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
     * @param file  one of {@link #FILES}, not null
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
}
