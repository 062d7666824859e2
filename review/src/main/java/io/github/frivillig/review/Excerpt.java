package io.github.frivillig.review;

import java.util.ArrayList;
import java.util.List;

/**
 * The lines of a document around a problem's line, that line highlighted; long lines are cut around the column.
 *
 * @param lines  the lines shown
 */
public record Excerpt(List<Line> lines) {

    /** How many lines are shown before and after the problem's line. */
    static final int CONTEXT = 2;

    /** How many characters of a line are shown at most. */
    static final int MAX_LINE = 160;

    /**
     * One line shown.
     *
     * @param number  its number, from 1
     * @param text  its text, perhaps cut, with … where it was
     * @param highlighted  whether it is the problem's line
     */
    public record Line(long number, String text, boolean highlighted) {
    }

    /**
     * Cuts the excerpt around a line and column.
     *
     * @param document  the document's lines
     * @param line  the problem's line, from 1
     * @param column  the problem's column, from 1
     * @return the excerpt, empty when the line is not in the document
     */
    static Excerpt around(List<String> document, long line, long column) {
        List<Line> lines = new ArrayList<>();
        if (line < 1 || line > document.size()) {
            return new Excerpt(lines);
        }
        for (long n = Math.max(1, line - CONTEXT); n <= Math.min(document.size(), line + CONTEXT); n++) {
            lines.add(new Line(n, cut(document.get((int) n - 1), n == line ? column : 1), n == line));
        }
        return new Excerpt(lines);
    }

    private static String cut(String text, long column) {
        if (text.length() <= MAX_LINE) {
            return text;
        }
        int from = (int) Math.max(0, Math.min(column - 1 - MAX_LINE / 2, text.length() - MAX_LINE));
        String cut = text.substring(from, from + MAX_LINE);
        return (from > 0 ? "…" : "") + cut + (from + MAX_LINE < text.length() ? "…" : "");
    }
}
