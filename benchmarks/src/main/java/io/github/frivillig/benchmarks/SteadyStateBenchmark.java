package io.github.frivillig.benchmarks;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The settings that every benchmark of a warmed-up operation inherits, so that they are the same for all of them:
 * the average time of a call in microseconds, three forks, each with a 1 GiB heap touched in advance and one
 * parallel garbage collection thread, and five warm-up and five measured iterations of two seconds. A subclass
 * annotated otherwise, such as with another time unit, overrides that one setting.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 3, jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-XX:+AlwaysPreTouch", "-XX:+UseParallelGC",
    "-XX:ParallelGCThreads=1"})
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@State(Scope.Benchmark)
public abstract class SteadyStateBenchmark {
}
