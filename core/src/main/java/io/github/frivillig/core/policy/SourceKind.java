package io.github.frivillig.core.policy;

import io.github.frivillig.core.code.Coded;

/**
 * The kind of document a policy record was compiled from.
 * <p>
 * Each value has a stable {@link #code() code} for the JSON format and labels in English, Norwegian
 * (bokmål and nynorsk), Danish and Swedish.
 */
public enum SourceKind implements Coded {
    /** The policy document itself. */
    POLICY_DOCUMENT("policy-document"),
    /** A web page of the municipality. */
    WEB_PAGE("web-page"),
    /** A news article, for example from an umbrella organisation. */
    NEWS_ARTICLE("news-article"),
    /** Minutes of a meeting. */
    MINUTES("minutes"),
    /** A case document for a political body (<i>saksframlegg</i>, <i>dagsordenspunkt</i>). */
    CASE_DOCUMENT("case-document"),
    /** A report, such as a mapping of the voluntary sector. */
    REPORT("report"),
    /** Any other document. */
    OTHER("other"),
    /** A newsletter. */
    NEWSLETTER("newsletter"),
    /** An opinion piece or letter to a newspaper. */
    OPINION_PIECE("opinion-piece"),
    /** The slides or notes of a presentation. */
    PRESENTATION("presentation");

    private final String code;

    SourceKind(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
