/**
 * Municipalities and their official codes in the Nordic countries.
 */
@NullMarked
package io.github.frivillig.core.municipality;

import org.jspecify.annotations.NullMarked;
