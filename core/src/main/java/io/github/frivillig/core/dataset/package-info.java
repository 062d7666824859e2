/**
 * Comparison of many policies: the themes each policy covers, the counts of its elements and what became of the
 * inputs it received.
 */
@NullMarked
package io.github.frivillig.core.dataset;

import org.jspecify.annotations.NullMarked;
