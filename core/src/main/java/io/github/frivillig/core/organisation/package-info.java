/**
 * Organisations, their identifiers in national registers with check-digit rules, and the reference groups through which they take part.
 */
@NullMarked
package io.github.frivillig.core.organisation;

import org.jspecify.annotations.NullMarked;
