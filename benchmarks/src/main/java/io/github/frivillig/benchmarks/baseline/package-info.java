/**
 * The baselines: plain Jackson databind mapping the Frivillig JSON format into Frivillig's records and into plain
 * mutable classes, without Frivillig's reader or writer.
 */
package io.github.frivillig.benchmarks.baseline;
