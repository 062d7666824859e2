package io.github.frivillig.core.policy;

import java.net.URI;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

import jakarta.validation.constraints.NotNull;

import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

import io.github.frivillig.core.internal.BuilderStyle;
import io.github.frivillig.core.text.LocalizedText;
import io.github.frivillig.core.validation.constraints.LanguageTag;
import io.github.frivillig.core.validation.constraints.ValidLocalId;
import io.github.frivillig.core.validation.constraints.ValidText;
import io.github.frivillig.core.value.ExtensionValue;
import io.github.frivillig.core.value.LocalId;
import io.github.frivillig.core.value.PartialDate;

/**
 * A document a policy record was compiled from: the policy document itself, a web page, a news article,
 * minutes of a meeting.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param id  the local id, required
 * @param kind  the kind of document, required
 * @param title  the title, required
 * @param publisher  the local id of the organisation that published it, null if not given
 * @param url  where it is published, null if not given
 * @param reference  another reference, such as an archive number or a file name, null if none
 * @param published  when it was published, null if not given
 * @param retrieved  when it was retrieved, null if not given
 * @param language  the BCP 47 tag of its language, null if not given
 * @param note  what a reader of the source should know, such as a date in it that contradicts another source, null
 *              if nothing
 * @param extensions  custom data that the model does not cover, kept and written back unchanged
 */
@Value.Builder
@BuilderStyle
public record SourceDocument(
        @NotNull @ValidLocalId @Nullable LocalId id,
        @NotNull @Nullable SourceKind kind,
        @NotNull @ValidText @Nullable LocalizedText title,
        @ValidLocalId @Nullable LocalId publisher,
        @Nullable URI url,
        @Nullable String reference,
        @Nullable PartialDate published,
        @Nullable LocalDate retrieved,
        @LanguageTag @Nullable String language,
        @ValidText @Nullable LocalizedText note,
        Map<String, ExtensionValue> extensions) {

    /**
     * Creates a {@code SourceDocument}, copying its collections.
     *
     * @throws NullPointerException if a collection or an element of one is null
     */
    public SourceDocument {
        extensions = ExtensionValue.copyOrdered(Objects.requireNonNull(extensions, "extensions"));
    }

    /** {@return a new builder, with every collection empty and every other value null} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return a new builder that starts with the values of this {@code SourceDocument}} */
    public Builder toBuilder() {
        return new Builder().from(this);
    }

    /**
     * Builds a {@link SourceDocument} through the canonical constructor, checking nothing more than it does:
     * validation reports every problem with the data. Its methods, generated from the components at compile time,
     * are a setter for each component, and for each list {@code addX} of one element, {@code addXs} of several and
     * {@code addAllXs} of an iterable.
     * <p>
     * This class is mutable and not thread-safe.
     */
    public static final class Builder extends SourceDocumentBuilder {
        Builder() {
        }
    }
}
