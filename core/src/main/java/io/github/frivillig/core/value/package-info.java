/**
 * Small value types shared by the whole model: local ids, partial dates and periods, money, counts, people and extension values.
 */
@NullMarked
package io.github.frivillig.core.value;

import org.jspecify.annotations.NullMarked;
