package io.github.frivillig.review;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import io.github.frivillig.examples.SeedDataset;

/** The documents the tests send: a seed, the seed broken, the seed with a script for a title. */
final class Documents {

    /** Porsgrunn's strategy, valid. */
    static final String SEED = "no-4001-frivillighetsstrategi.json";

    private Documents() {
    }

    /** Returns a bundled document's text. */
    static String seed(String file) {
        try (InputStream in = SeedDataset.open(file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Returns the seed with a municipality code that does not exist, an error on the line of the code. */
    static String broken() {
        String seed = seed(SEED);
        String broken = seed.replaceFirst("\"code\": \"4001\"", "\"code\": \"9999\"");
        if (broken.equals(seed)) {
            throw new IllegalStateException("The seed no longer holds its municipality code as the tests expect");
        }
        return broken;
    }

    /** Returns the line, from 1, that the broken seed's municipality code is on. */
    static long brokenLine() {
        String[] lines = broken().split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains("\"9999\"")) {
                return i + 1;
            }
        }
        throw new IllegalStateException("No broken line");
    }

    /** Returns the seed with its title replaced by a script element. */
    static String scriptTitle() {
        return seed(SEED).replaceFirst("\"title\": \\{\\s*\"nb\": \"[^\"]*\"",
                "\"title\": {\"nb\": \"<script>alert(1)</script>\"");
    }
}
