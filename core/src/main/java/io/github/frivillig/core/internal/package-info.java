/**
 * Internal parts of the core module that are not API: not exported, and free to change.
 */
@NullMarked
package io.github.frivillig.core.internal;

import org.jspecify.annotations.NullMarked;
