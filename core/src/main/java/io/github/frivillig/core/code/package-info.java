/**
 * Codelists: the {@link io.github.frivillig.core.code.Coded} contract, look-up by code and labels in five languages, the shared {@link io.github.frivillig.core.code.Theme} vocabulary, ICNPO and the national frameworks.
 */
@NullMarked
package io.github.frivillig.core.code;

import org.jspecify.annotations.NullMarked;
