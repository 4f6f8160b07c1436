package org.unitscope.engine.internal;

import jakarta.inject.Inject;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs a run's calls into plugins on a worker thread while the run's thread waits, polling the stop flag: a call that
 * does not return within the {@link PluginTimeout}, or is still running shortly after a stop, is abandoned (its thread
 * interrupted and left behind) and named, so neither a hung plugin nor a long native call keeps a run from ending
 * within a second or two. Calls are made one at a time on one thread (a plugin may keep thread-local state from its
 * load to its forwards); after an abandoned call the next gets a fresh thread.
 */
final class PluginGuard {
    /** How long a call may finish its batch after a stop before it is abandoned. */
    static final long CALL_GRACE_MILLIS = 100;
    /** How long a whole plugin stage may take after a stop to write what it finished before it is abandoned. */
    static final long STAGE_GRACE_MILLIS = 500;
    private static final long POLL_MILLIS = 10;
    private static final AtomicInteger THREADS = new AtomicInteger();

    /** A plugin's code, as the guard calls it. */
    @FunctionalInterface
    interface Body<T> {
        T call() throws IOException;
    }

    private final StopFlag stop;
    private final PluginTimeout timeout;
    /** Per abandoned call, completed when its body really returns (a cancelled Future is "done" at once). */
    private final List<CompletableFuture<Void>> abandoned = new CopyOnWriteArrayList<>();
    private ExecutorService worker;
    private volatile Thread workerThread;

    @Inject
    PluginGuard(StopFlag stop, PluginTimeout timeout) {
        this.stop = stop;
        this.timeout = timeout;
    }

    /**
     * A call made after work was done (a forward, a render, a metric): whatever it throws stops the run with a
     * message naming the plugin and the call, and comes back as a {@link PluginFailure}, so the run ends incomplete
     * with its work kept.
     */
    <T> T call(PluginCall call, Body<T> body) {
        try {
            return await(call, body, timeout, CALL_GRACE_MILLIS);
        } catch (PluginFailure e) {
            throw e;
        } catch (IOException | RuntimeException | LinkageError e) {
            throw failed(call, e);
        }
    }

    /**
     * A call before any work (a load, an open, a stage's preparation): what it throws is passed on unchanged, so a
     * refusal stays a refusal; a timeout or a stop still abandons it.
     */
    <T> T open(PluginCall call, Body<T> body) throws IOException {
        return await(call, body, timeout, CALL_GRACE_MILLIS);
    }

    /** A whole stage of a plugin: not timed, and at a stop given {@link #STAGE_GRACE_MILLIS} to end by itself. */
    void stage(PluginCall call, Body<?> body) {
        try {
            await(call, body, new PluginTimeout(0), STAGE_GRACE_MILLIS);
        } catch (PluginFailure e) {
            throw e;
        } catch (IOException | RuntimeException | LinkageError e) {
            throw failed(call, e);
        }
    }

    private PluginFailure failed(PluginCall call, Throwable e) {
        String message = call.plugin() + " threw in " + call.what() + ": " + RunExecution.message(e);
        stop.stop(message);
        return new PluginFailure(message, e);
    }

    /** Whether a call was abandoned and may still be running. */
    boolean abandonedRunning() {
        return abandoned.stream().anyMatch(f -> !f.isDone());
    }

    /**
     * Runs {@code after} (closing the model and probe) once no abandoned call is running: at once, or on a thread of
     * its own when one still is, so native memory is never freed under a call that is using it.
     */
    void whenSettled(Runnable after) {
        shutdownWorker();
        if (!abandonedRunning()) {
            after.run();
            return;
        }
        Thread t = new Thread(() -> {
            for (CompletableFuture<Void> f : abandoned) {
                try {
                    f.get();
                } catch (InterruptedException e) {
                    return;
                } catch (ExecutionException | RuntimeException e) {
                    // its outcome no longer matters; only that it has returned
                }
            }
            after.run();
        }, "unitscope-plugin-settle");
        t.setDaemon(true);
        t.start();
    }

    private <T> T await(PluginCall call, Body<T> body, PluginTimeout limit, long grace) throws IOException {
        if (Thread.currentThread() == workerThread) {
            return body.call(); // already on the worker (a guarded call made from a guarded stage)
        }
        CompletableFuture<Void> returned = new CompletableFuture<>();
        Future<T> f = submit(body, returned);
        long start = System.nanoTime();
        long stopSeen = 0;
        while (true) {
            try {
                return f.get(POLL_MILLIS, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                // still running: check the stop flag and the clock below
            } catch (ExecutionException e) {
                throw rethrow(e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw abandon(f, returned, call, "interrupted while " + call + " had not returned", true);
            }
            long now = System.nanoTime();
            if (stop.requested()) {
                stopSeen = stopSeen == 0 ? now : stopSeen;
                if (now - stopSeen >= grace * 1_000_000) {
                    throw abandon(f, returned, call, "stopped while " + call + " had not returned", true);
                }
            } else if (!limit.none() && now - start >= limit.millis() * 1_000_000) {
                String message = call.plugin() + " did not return from " + call.what() + " within " + limit.words()
                        + " (" + PluginTimeout.PROPERTY + "): abandoned";
                stop.stop(message);
                throw abandon(f, returned, call, message, false);
            }
        }
    }

    /** {@code note}: add "abandoned CALL" to the stop's reason (a timeout's reason says so already). */
    private PluginFailure abandon(Future<?> f, CompletableFuture<Void> returned, PluginCall call, String message, boolean note) {
        if (note) {
            stop.note("abandoned " + call);
        }
        abandoned.add(returned);
        f.cancel(true);
        shutdownWorker();
        return new PluginFailure(message, null);
    }

    private synchronized <T> Future<T> submit(Body<T> body, CompletableFuture<Void> returned) {
        if (worker == null) {
            ClassLoader loader = Thread.currentThread().getContextClassLoader();
            worker = Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "unitscope-plugin-call-" + THREADS.incrementAndGet());
                t.setDaemon(true); // an abandoned call must not keep the JVM alive
                t.setContextClassLoader(loader);
                workerThread = t;
                return t;
            });
        }
        return worker.submit(() -> {
            try {
                return body.call();
            } finally {
                returned.complete(null);
            }
        });
    }

    private synchronized void shutdownWorker() {
        if (worker != null) {
            worker.shutdown(); // its thread ends when its call returns; the next call gets a fresh one
            worker = null;
        }
    }

    private static RuntimeException rethrowUnchecked(Throwable t) {
        if (t instanceof RuntimeException r) {
            return r;
        }
        if (t instanceof Error e) {
            throw e;
        }
        return new IllegalStateException(t);
    }

    /** What the plugin threw, as itself: an IOException stays one (the caller declares it). */
    private static RuntimeException rethrow(Throwable t) throws IOException {
        if (t instanceof IOException io) {
            throw io;
        }
        return rethrowUnchecked(t);
    }
}
