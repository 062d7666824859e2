/**
 * Runnable examples of Frivillig and the bundled dataset; the {@code frivillig} command line is in
 * {@link io.github.frivillig.examples.cli}.
 */
package io.github.frivillig.examples;
