/**
 * The dialogue that produces a policy: dialogue events with their participation and speakers, and the inputs from the voluntary sector with what became of them.
 */
@NullMarked
package io.github.frivillig.core.dialogue;

import org.jspecify.annotations.NullMarked;
