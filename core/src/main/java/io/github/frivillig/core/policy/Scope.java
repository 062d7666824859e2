package io.github.frivillig.core.policy;

import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import io.github.frivillig.core.code.IcnpoCode;
import io.github.frivillig.core.text.LocalizedText;
import io.github.frivillig.core.validation.constraints.ValidText;

/**
 * The sectors a policy covers: all of the voluntary sector, or some ICNPO fields such as social services.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param fields  the ICNPO groups or subgroups covered, in order; empty when the policy covers all sectors
 * @param description  how the policy describes its scope, such as "det sociale område", null if not given
 */
public record Scope(
        List<IcnpoCode> fields,
        @ValidText @Nullable LocalizedText description) {

    /**
     * Creates a {@code Scope}, copying its collections.
     *
     * @throws NullPointerException if a collection or an element of one is null
     */
    public Scope {
        fields = List.copyOf(Objects.requireNonNull(fields, "fields"));
    }

    /**
     * Returns the scope of a policy that covers the whole voluntary sector.
     *
     * @return the scope with no fields, not null
     */
    public static Scope allSectors() {
        return new Scope(List.of(), null);
    }

    /**
     * Returns the scope of a policy that covers some ICNPO fields.
     *
     * @param description  how the policy describes its scope, null if not given
     * @param fields  the fields covered, not null
     * @return the scope, not null
     */
    public static Scope of(@Nullable LocalizedText description, IcnpoCode... fields) {
        return new Scope(List.of(fields), description);
    }

    /**
     * Checks whether the policy covers all sectors.
     *
     * @return true if no fields are listed
     */
    public boolean isAllSectors() {
        return fields.isEmpty();
    }
}
