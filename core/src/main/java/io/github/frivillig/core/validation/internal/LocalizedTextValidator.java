package io.github.frivillig.core.validation.internal;

import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import io.github.frivillig.core.text.Languages;
import io.github.frivillig.core.text.LocalizedText;
import io.github.frivillig.core.validation.constraints.ValidText;

/**
 * Checks {@link ValidText}. An empty text gets the {@code empty} message; each ill-formed language tag, each blank
 * text and each language tag that repeats another in other letter case gets its own violation, pointing at the entry
 * by its language tag.
 */
public final class LocalizedTextValidator implements ConstraintValidator<ValidText, LocalizedText> {

    static final String EMPTY_TEMPLATE = "{io.github.frivillig.core.validation.constraints.ValidText.empty.message}";
    static final String LANGUAGE_TAG_TEMPLATE =
            "{io.github.frivillig.core.validation.constraints.ValidText.languageTag.message}";
    static final String BLANK_TEMPLATE = "{io.github.frivillig.core.validation.constraints.ValidText.blank.message}";
    // Up to this many languages, comparing each tag with those before it is cheaper than hashing them.
    private static final int FEW_LANGUAGES = 8;

    static final String DUPLICATE_LANGUAGE_TEMPLATE =
            "{io.github.frivillig.core.validation.constraints.ValidText.duplicateLanguage.message}";

    @Override
    public boolean isValid(LocalizedText value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        if (value.isEmpty()) {
            return OneViolation.report(context, EMPTY_TEMPLATE);
        }
        boolean valid = true;
        for (Map.Entry<String, String> entry : value.texts().entrySet()) {
            boolean wellFormed = Languages.isWellFormed(entry.getKey());
            boolean blank = entry.getValue().isBlank();
            if (wellFormed && !blank) {
                continue;
            }
            if (valid) {
                context.disableDefaultConstraintViolation();
                valid = false;
            }
            if (!wellFormed) {
                context.buildConstraintViolationWithTemplate(LANGUAGE_TAG_TEMPLATE)
                        .addPropertyNode(entry.getKey())
                        .addConstraintViolation();
            }
            if (blank) {
                context.buildConstraintViolationWithTemplate(BLANK_TEMPLATE)
                        .addPropertyNode(entry.getKey())
                        .addConstraintViolation();
            }
        }
        if (value.texts().size() > 1) {
            valid &= checkLetterCase(value, context, valid);
        }
        return valid;
    }

    /**
     * Reports each language tag that repeats an earlier one in other letter case, such as {@code NB} after
     * {@code nb}: BCP 47 tags are compared without regard to case, so the two are one language with two texts.
     * A text has a few languages, compared pairwise; a hostile one may have many thousands, compared through a set.
     */
    private static boolean checkLetterCase(LocalizedText value, ConstraintValidatorContext context,
            boolean validSoFar) {
        boolean valid = true;
        String[] tags = value.texts().keySet().toArray(new String[0]);
        Set<String> seen = tags.length > FEW_LANGUAGES ? new HashSet<>(tags.length * 2) : null;
        for (int i = 0; i < tags.length; i++) {
            if (seen != null ? !seen.add(tags[i].toLowerCase(Locale.ROOT)) : repeatsAnEarlierTag(tags, i)) {
                if (validSoFar && valid) {
                    context.disableDefaultConstraintViolation();
                }
                valid = false;
                context.buildConstraintViolationWithTemplate(DUPLICATE_LANGUAGE_TEMPLATE)
                        .addPropertyNode(tags[i])
                        .addConstraintViolation();
            }
        }
        return valid;
    }

    private static boolean repeatsAnEarlierTag(String[] tags, int i) {
        for (int j = 0; j < i; j++) {
            if (tags[i].equalsIgnoreCase(tags[j])) {
                return true;
            }
        }
        return false;
    }
}
