/**
 * JMH benchmarks of Frivillig against baselines measured in the same run, the deterministic data they use, a check
 * of streaming in a small heap, and the report that turns results into the table of {@code docs/benchmarks.md}.
 * Not published.
 */
package io.github.frivillig.benchmarks;
