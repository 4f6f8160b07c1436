package org.unitscope.engine.internal.folder;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Rewrites the run's manifest every few seconds with the time its owner was last seen alive, so a run whose process
 * died (its manifest still says "running") can be told from a live one by anyone reading the folder, and by how long.
 */
public final class Heartbeat implements AutoCloseable {
    /** Seconds between beats unless the system property {@code unitscope.heartbeat.seconds} says otherwise. */
    public static final long DEFAULT_SECONDS = 10;

    private final ScheduledExecutorService timer;

    private Heartbeat(ScheduledExecutorService timer) {
        this.timer = timer;
    }

    /** Calls {@code beat} now and every {@code seconds}; a beat that throws is retried at the next. */
    public static Heartbeat start(Runnable beat, double seconds) {
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "unitscope-heartbeat");
            t.setDaemon(true);
            return t;
        });
        long period = Math.max(1, Math.round(seconds * 1000));
        timer.scheduleAtFixedRate(() -> {
            try {
                beat.run();
            } catch (RuntimeException e) {
                // a full disk or a vanished folder: the run itself reports it; the next beat tries again
            }
        }, 0, period, TimeUnit.MILLISECONDS);
        return new Heartbeat(timer);
    }

    public static double configuredSeconds() {
        return Double.parseDouble(System.getProperty("unitscope.heartbeat.seconds", Long.toString(DEFAULT_SECONDS)));
    }

    /** Stops beating; returns once no beat is in flight, so nothing is written after it. */
    @Override
    public void close() {
        timer.shutdown();
        try {
            timer.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
