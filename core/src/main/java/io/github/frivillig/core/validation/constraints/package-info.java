/**
 * Jakarta Validation constraints of the Frivillig model, usable from any Bean Validation setup.
 */
@NullMarked
package io.github.frivillig.core.validation.constraints;

import org.jspecify.annotations.NullMarked;
