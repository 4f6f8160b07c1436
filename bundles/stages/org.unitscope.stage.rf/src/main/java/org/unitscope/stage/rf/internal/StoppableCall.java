package org.unitscope.stage.rf.internal;

import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * An estimator call that takes no stop request (an accumulator's {@code finish()}: the AWC's eigen-decompositions, for
 * minutes) made stoppable: it runs on a thread of its own while the stage's thread polls the stop flag. At a stop the
 * thread is interrupted (the SPI's shuffled accumulators read that as "stop" between eigen-decompositions) and, if it
 * has not ended shortly after, left behind, so the stage can still write the layers it finished.
 */
final class StoppableCall {
    private static final long POLL_MILLIS = 10;
    /** How long an interrupted call may take to end before it is left behind. */
    static final long INTERRUPT_GRACE_MILLIS = 200;

    private StoppableCall() {
    }

    /** The call's value; {@link CancellationException} when stopped before it returned. */
    static <T> T call(String name, BooleanSupplier stop, Supplier<T> body) {
        FutureTask<T> task = new FutureTask<>(body::get);
        Thread t = new Thread(task, "unitscope-rf-" + name);
        t.setDaemon(true); // left behind at a stop, it must not keep the JVM alive
        t.setContextClassLoader(Thread.currentThread().getContextClassLoader());
        t.start();
        while (true) {
            try {
                return task.get(POLL_MILLIS, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                if (stop.getAsBoolean()) {
                    t.interrupt();
                    awaitBriefly(task);
                    throw new CancellationException("stopped during " + name);
                }
            } catch (ExecutionException e) {
                if (stop.getAsBoolean()) {
                    throw new CancellationException("stopped during " + name);
                }
                throw unchecked(e.getCause());
            } catch (InterruptedException e) {
                t.interrupt();
                Thread.currentThread().interrupt();
                throw new CancellationException("interrupted during " + name);
            }
        }
    }

    private static void awaitBriefly(FutureTask<?> task) {
        try {
            task.get(INTERRUPT_GRACE_MILLIS, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException | CancellationException e) {
            // stopped either way: what it threw or that it still runs no longer matters
        }
    }

    private static RuntimeException unchecked(Throwable t) {
        if (t instanceof RuntimeException r) {
            return r;
        }
        if (t instanceof Error e) {
            throw e;
        }
        return new IllegalStateException(t);
    }
}
