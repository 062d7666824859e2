package io.github.frivillig.json.internal;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Runs the tasks of a dataset, which come one after another as its bytes are read, and gives their results in the
 * order the tasks came, whatever order they finish in. On one thread each task runs as it comes, on the thread that
 * reads. On more, the thread that consumes the stream is one of them: each of the others, the workers, takes the next
 * task itself, reading it from the input in turn with the others, and runs it; the consumer takes the results in
 * order and, while the one it waits for is not in, takes and runs a task as a worker does rather than sleep. So
 * {@code n} threads keep {@code n} cores busy, not {@code n} workers and a consumer woken for every result. A thread
 * takes no task more than a window ahead of the result being taken, so that memory stays bounded, and a worker
 * leaves when the window is full; taking a result calls a worker back. A task's {@code null} result is skipped. A
 * failure, of a task or of reading the next one, is thrown when its turn comes, after the results before it.
 */
final class InOrder {

    /** How many tasks per thread may run or wait ahead of the result being taken. */
    private static final int TASKS_AHEAD_PER_THREAD = 4;

    private static final AtomicInteger WORKERS = new AtomicInteger();

    /**
     * The threads of every parallel dataset: a worker leaves as soon as its dataset has no task for it, so that the
     * threads are shared between datasets, kept warm while datasets are read one after another, and gone when none
     * is; none keeps the JVM alive.
     */
    private static final ExecutorService POOL = new ThreadPoolExecutor(0, Integer.MAX_VALUE, 10, TimeUnit.SECONDS,
            new SynchronousQueue<>(), task -> {
                Thread thread = new Thread(task, "frivillig-dataset-" + WORKERS.incrementAndGet());
                thread.setDaemon(true);
                return thread;
            });

    private InOrder() {
    }

    /**
     * Returns the results of tasks, in their order.
     *
     * @param tasks  the tasks, read one at a time by whichever thread takes the next, not null
     * @param threads  how many threads run the tasks, at least one
     * @return the results that are not null, lazily; closing the stream stops the workers
     */
    static <T> Stream<T> stream(Iterator<Supplier<T>> tasks, int threads) {
        if (threads <= 1) {
            return StreamSupport.stream(Spliterators.spliteratorUnknownSize(tasks, Spliterator.ORDERED), false)
                    .map(Supplier::get)
                    .filter(result -> result != null);
        }
        Results<T> results = new Results<>(tasks, threads, threads * TASKS_AHEAD_PER_THREAD);
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(results,
                Spliterator.ORDERED | Spliterator.NONNULL), false).onClose(results::close);
    }

    /** What a task threw, in the place of its result. */
    private record Failure(Throwable cause) {
    }

    /** The results of the tasks, taken in order while workers run the tasks after them. */
    private static final class Results<T> implements Iterator<T> {
        // A finished task whose result is null, told apart from a task not yet finished.
        private static final Object NOTHING = new Object();

        private final Iterator<Supplier<T>> tasks;
        private final int threads;
        private final int window;
        // Held while the next task is read: one reader at a time, in the order of the input.
        private final ReentrantLock reading = new ReentrantLock();
        // Guards everything below; signalled when a result comes in.
        private final ReentrantLock state = new ReentrantLock();
        private final Condition resultIn = state.newCondition();
        private final Object[] finished;
        private long taken;
        private long consumed;
        private long end = Long.MAX_VALUE;
        private int workers;
        private boolean closed;
        private T next;

        Results(Iterator<Supplier<T>> tasks, int threads, int window) {
            this.tasks = tasks;
            this.threads = threads;
            this.window = window;
            this.finished = new Object[window];
        }

        @Override
        public boolean hasNext() {
            while (next == null) {
                Object result;
                state.lock();
                try {
                    callWorkers();
                    if (consumed >= end) {
                        return false;
                    }
                    result = finished[slot(consumed)];
                    if (result != null) {
                        finished[slot(consumed)] = null;
                        consumed++;
                        callWorkers();
                    }
                } finally {
                    state.unlock();
                }
                if (result == null) {
                    // Not in yet: run a task meanwhile, or, with none to take, wait for the result.
                    if (!runNext(false)) {
                        awaitResult();
                    }
                    continue;
                }
                if (result instanceof Failure failure) {
                    throw rethrown(failure.cause());
                }
                if (result != NOTHING) {
                    @SuppressWarnings("unchecked")
                    T value = (T) result;
                    next = value;
                }
            }
            return true;
        }

        private void awaitResult() {
            state.lock();
            try {
                while (consumed < end && finished[slot(consumed)] == null) {
                    resultIn.awaitUninterruptibly();
                }
            } finally {
                state.unlock();
            }
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

        /** Stops the workers: each finishes the task it runs and takes no other. */
        void close() {
            state.lock();
            try {
                closed = true;
            } finally {
                state.unlock();
            }
        }

        /**
         * Starts workers, up to one fewer than the number of threads, the consumer being the last, while there are
         * tasks to take and room for them.
         */
        private void callWorkers() {
            while (workers < threads - 1 && hasRoom()) {
                workers++;
                try {
                    POOL.execute(this::work);
                } catch (RuntimeException | Error e) {
                    workers--;
                    throw e;
                }
            }
        }

        private boolean hasRoom() {
            return !closed && end == Long.MAX_VALUE && taken - consumed < window;
        }

        /** A worker: takes and runs tasks until none is left to take, or the window is full. */
        private void work() {
            while (runNext(true)) {
                // Each turn has taken and run a task.
            }
        }

        /**
         * Takes the next task and runs it, putting its result in its place; false, having taken none, when the window
         * is full or the tasks have ended. A worker that takes none is counted out under the lock that decided it.
         *
         * @param worker  true on a worker, false on the consumer
         */
        private boolean runNext(boolean worker) {
            Supplier<T> task;
            long number;
            reading.lock();
            try {
                state.lock();
                try {
                    if (!hasRoom()) {
                        if (worker) {
                            // Decided under the same lock as the consumer's call for workers, so none is missed.
                            workers--;
                        }
                        return false;
                    }
                } finally {
                    state.unlock();
                }
                number = taken;
                try {
                    if (!tasks.hasNext()) {
                        finish(number, null, worker);
                        return false;
                    }
                    task = tasks.next();
                } catch (RuntimeException | Error e) {
                    // Reading failed: the results before the failure still come first.
                    finish(number, new Failure(e), worker);
                    return false;
                }
                state.lock();
                try {
                    taken++;
                } finally {
                    state.unlock();
                }
            } finally {
                reading.unlock();
            }
            Object result;
            try {
                T value = task.get();
                result = value == null ? NOTHING : value;
            } catch (RuntimeException | Error e) {
                result = new Failure(e);
            }
            state.lock();
            try {
                finished[slot(number)] = result;
                if (number == consumed) {
                    // Only the result the consumer waits for wakes it: waking it for others costs a switch each.
                    resultIn.signal();
                }
            } finally {
                state.unlock();
            }
            return true;
        }

        /** Ends the tasks at {@code number}: with a failure in its place, or with nothing after the last task. */
        private void finish(long number, Failure failure, boolean worker) {
            state.lock();
            try {
                if (failure != null) {
                    finished[slot(number)] = failure;
                    taken = number + 1;
                }
                end = taken;
                if (worker) {
                    workers--;
                }
                resultIn.signalAll();
            } finally {
                state.unlock();
            }
        }

        private int slot(long number) {
            return (int) (number % window);
        }

        /** A task is a supplier, which throws nothing checked: what it throws is an unchecked exception or error. */
        private static RuntimeException rethrown(Throwable cause) {
            if (cause instanceof Error error) {
                throw error;
            }
            return (RuntimeException) cause;
        }
    }
}
