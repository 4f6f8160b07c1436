package org.unitscope.engine.internal.checkpoint;

import java.util.function.LongSupplier;

/**
 * How often the probe appends its rows to the checkpoints: at the first batch boundary after {@code seconds} of work
 * since the last chunk (default {@value #DEFAULT_SECONDS} s; the system property {@value #PROPERTY}, e.g. through
 * {@code UNITSCOPE_JAVA_OPTS=-Dunitscope.checkpoint.seconds=10}; 0 = after every batch, a negative value = never but at
 * the end of the probe pass and when it is stopped). A kill loses at most that much probing.
 */
public final class CheckpointInterval {
    public static final String PROPERTY = "unitscope.checkpoint.seconds";
    public static final double DEFAULT_SECONDS = 30;

    private final long nanos;
    private final LongSupplier clock;
    private long last;

    public CheckpointInterval(double seconds, LongSupplier clock) {
        this.nanos = seconds < 0 ? Long.MAX_VALUE : (long) (seconds * 1e9);
        this.clock = clock;
        this.last = clock.getAsLong();
    }

    /** From the system property, or the default when it is absent or not a number. */
    public static CheckpointInterval fromSystem() {
        double seconds = DEFAULT_SECONDS;
        String text = System.getProperty(PROPERTY);
        if (text != null) {
            try {
                seconds = Double.parseDouble(text.trim());
            } catch (NumberFormatException e) {
                // a typo must not stop a run: the default keeps it safe
            }
        }
        return new CheckpointInterval(seconds, System::nanoTime);
    }

    /** Whether a chunk is due now; if so, the clock starts again. */
    public boolean due() {
        long now = clock.getAsLong();
        if (nanos != Long.MAX_VALUE && now - last >= nanos) {
            last = now;
            return true;
        }
        return false;
    }
}
