/**
 * AssertJ assertions for Frivillig's validation reports, violations and policies
 * ({@link io.github.frivillig.test.FrivilligAssertions}), and a generator of realistic policies
 * ({@link io.github.frivillig.test.PolicyGenerator}).
 */
@NullMarked
package io.github.frivillig.test;

import org.jspecify.annotations.NullMarked;
