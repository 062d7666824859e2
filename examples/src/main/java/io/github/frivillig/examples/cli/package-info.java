/**
 * The {@code frivillig} command line: validate policy documents, compare and export datasets, print the JSON
 * Schema.
 */
package io.github.frivillig.examples.cli;
