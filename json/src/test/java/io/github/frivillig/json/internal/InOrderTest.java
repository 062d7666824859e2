package io.github.frivillig.json.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The order of the results and who runs the tasks: on {@code n} threads, the consumer and at most {@code n - 1}
 * workers at once.
 */
class InOrderTest {

    private static final int TASKS = 200;

    @Test
    void theConsumerRunsTasksAndTheThreadsAreAsManyAsAskedFor() {
        Set<Thread> runners = ConcurrentHashMap.newKeySet();
        AtomicInteger running = new AtomicInteger();
        AtomicInteger mostAtOnce = new AtomicInteger();
        Iterator<Supplier<Integer>> tasks = IntStream.range(0, TASKS).<Supplier<Integer>>mapToObj(i -> () -> {
            runners.add(Thread.currentThread());
            mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
            // Busy long enough that the consumer finds the result it waits for not yet in.
            spin(TimeUnit.MICROSECONDS.toNanos(300));
            running.decrementAndGet();
            return i;
        }).iterator();

        List<Integer> results;
        try (Stream<Integer> stream = InOrder.stream(tasks, 3)) {
            results = stream.toList();
        }

        assertThat(results).containsExactlyElementsOf(IntStream.range(0, TASKS).boxed().toList());
        assertThat(runners).contains(Thread.currentThread());
        // Workers leave when the window is full and others are called back, so more than three threads may take
        // part over the run; never more than three at once.
        assertThat(mostAtOnce).hasValueLessThanOrEqualTo(3);
    }

    @Test
    void nullResultsAreSkippedAndAFailureComesInItsTurn() {
        Iterator<Supplier<Integer>> tasks = IntStream.range(0, TASKS).<Supplier<Integer>>mapToObj(i -> () -> {
            spin(TimeUnit.MICROSECONDS.toNanos(50));
            if (i == 150) {
                throw new IllegalStateException("task 150");
            }
            return i % 2 == 0 ? i : null;
        }).iterator();
        List<Integer> taken = new java.util.ArrayList<>();

        try (Stream<Integer> stream = InOrder.stream(tasks, 2)) {
            assertThatThrownBy(() -> stream.forEach(taken::add))
                    .isInstanceOf(IllegalStateException.class).hasMessage("task 150");
        }

        assertThat(taken).containsExactlyElementsOf(IntStream.range(0, 150).filter(i -> i % 2 == 0).boxed().toList());
    }

    private static void spin(long nanos) {
        long end = System.nanoTime() + nanos;
        while (System.nanoTime() < end) {
            Thread.onSpinWait();
        }
    }
}
