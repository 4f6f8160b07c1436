package org.unitscope.stimulus.images.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import org.unitscope.api.UnitscopeException;

/**
 * A small fixed pool that runs one task per index and waits for them all. Decoding is parallel while the output stays
 * deterministic: each task writes only its own slot. Daemon threads, so a sequence nobody closed cannot keep the JVM
 * alive; {@link #close} stops them.
 */
final class DecodePool implements AutoCloseable {
    private final ExecutorService executor;
    private final int threads;

    DecodePool(int threads) {
        this.threads = Math.max(1, threads);
        AtomicInteger counter = new AtomicInteger();
        this.executor = Executors.newFixedThreadPool(this.threads, r -> {
            Thread t = new Thread(r, "unitscope-image-decode-" + counter.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /** At most 4 threads: decoding competes with the network's forward pass for the cores. */
    static int defaultThreads() {
        return Math.min(4, Runtime.getRuntime().availableProcessors());
    }

    /** Runs {@code task} for 0..n-1 on the pool's threads and returns when all are done. */
    void forEach(int n, IntConsumer task) {
        if (n <= 1) {
            for (int i = 0; i < n; i++) {
                task.accept(i);
            }
            return;
        }
        AtomicInteger next = new AtomicInteger();
        List<Future<?>> workers = new ArrayList<>();
        for (int w = 0; w < Math.min(threads, n); w++) {
            workers.add(executor.submit(() -> {
                for (int i = next.getAndIncrement(); i < n; i = next.getAndIncrement()) {
                    task.accept(i);
                }
            }));
        }
        Throwable failure = null;
        for (Future<?> f : workers) {
            try {
                f.get();
            } catch (ExecutionException e) {
                next.set(n); // the other workers stop after their current item
                failure = failure == null ? e.getCause() : failure;
            } catch (InterruptedException e) {
                next.set(n);
                workers.forEach(w -> w.cancel(true));
                Thread.currentThread().interrupt();
                throw new UnitscopeException("interrupted while decoding images", e);
            }
        }
        if (failure instanceof RuntimeException re) {
            throw re;
        }
        if (failure instanceof Error err) {
            throw err;
        }
        if (failure != null) {
            throw new IllegalStateException(failure);
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
