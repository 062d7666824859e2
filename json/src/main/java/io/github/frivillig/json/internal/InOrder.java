package io.github.frivillig.json.internal;

import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Runs the tasks of a dataset, which come one after another as its bytes are read, and gives their results in the
 * order the tasks came, whatever order they finish in. On one thread each task runs as it comes, on the thread that
 * reads; on more, a few tasks ahead run on worker threads while the reader goes on, so that memory stays bounded by
 * that window of tasks. A task's {@code null} result is skipped. A failure, of a task or of reading the next one, is
 * thrown when its turn comes, after the results before it.
 */
final class InOrder {

    /** How many tasks per thread may run or wait ahead of the result being taken. */
    private static final int TASKS_AHEAD_PER_THREAD = 2;

    private static final AtomicInteger POOLS = new AtomicInteger();

    private InOrder() {
    }

    /**
     * Returns the results of tasks, in their order.
     *
     * @param tasks  the tasks, produced on the thread that consumes the stream, not null
     * @param threads  how many threads run the tasks, at least one
     * @return the results that are not null, lazily; closing the stream stops the worker threads
     */
    static <T> Stream<T> stream(Iterator<Supplier<T>> tasks, int threads) {
        if (threads <= 1) {
            return StreamSupport.stream(Spliterators.spliteratorUnknownSize(tasks, Spliterator.ORDERED), false)
                    .map(Supplier::get)
                    .filter(result -> result != null);
        }
        ExecutorService pool = pool(threads);
        Iterator<T> results = new Results<>(tasks, pool, threads * TASKS_AHEAD_PER_THREAD);
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(results,
                Spliterator.ORDERED | Spliterator.NONNULL), false).onClose(pool::shutdownNow);
    }

    private static ExecutorService pool(int threads) {
        int pool = POOLS.incrementAndGet();
        AtomicInteger workers = new AtomicInteger();
        ThreadPoolExecutor executor = new ThreadPoolExecutor(threads, threads, 1, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), task -> {
                    Thread thread = new Thread(task, "frivillig-dataset-" + pool + "-" + workers.incrementAndGet());
                    // A stream its user forgets to close must not keep the JVM alive; idle workers also time out.
                    thread.setDaemon(true);
                    return thread;
                });
        executor.allowCoreThreadTimeOut(true);
        return executor;
    }

    /** The results of the tasks, taken in order while the tasks after them run. */
    private static final class Results<T> implements Iterator<T> {
        private final Iterator<Supplier<T>> tasks;
        private final ExecutorService pool;
        private final int window;
        private final ArrayDeque<Future<T>> running = new ArrayDeque<>();
        private boolean tasksEnded;
        private T next;

        Results(Iterator<Supplier<T>> tasks, ExecutorService pool, int window) {
            this.tasks = tasks;
            this.pool = pool;
            this.window = window;
        }

        @Override
        public boolean hasNext() {
            while (next == null) {
                startTasks();
                Future<T> first = running.poll();
                if (first == null) {
                    return false;
                }
                next = result(first);
            }
            return true;
        }

        @Override
        public T next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            T result = next;
            next = null;
            return result;
        }

        private void startTasks() {
            while (!tasksEnded && running.size() < window) {
                Supplier<T> task;
                try {
                    if (!tasks.hasNext()) {
                        tasksEnded = true;
                        return;
                    }
                    task = tasks.next();
                } catch (RuntimeException | Error e) {
                    // Reading failed: the results before the failure still come first.
                    tasksEnded = true;
                    running.add(CompletableFuture.failedFuture(e));
                    return;
                }
                running.add(pool.submit(task::get));
            }
        }

        private static <T> T result(Future<T> future) {
            try {
                return future.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new UncheckedIOException(new InterruptedIOException("Interrupted while reading the dataset"));
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                if (cause instanceof RuntimeException runtime) {
                    throw runtime;
                }
                if (cause instanceof Error error) {
                    throw error;
                }
                throw new IllegalStateException(cause);
            }
        }
    }
}
