/**
 * The policy document: {@link io.github.frivillig.core.policy.Policy} and its principles, measures, decisions, foundations, follow-up and sources.
 */
@NullMarked
package io.github.frivillig.core.policy;

import org.jspecify.annotations.NullMarked;
