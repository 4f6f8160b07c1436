package org.unitscope.engine.internal;

import org.unitscope.api.run.RunProgress;

/** Rate and ETA of a phase, from the wall clock. */
final class ProgressMeter {
    private final String phase;
    private final long total;
    private final long start = System.nanoTime();

    ProgressMeter(String phase, long total) {
        this.phase = phase;
        this.total = total;
    }

    RunProgress at(long done) {
        double seconds = Math.max(1e-9, (System.nanoTime() - start) / 1e9);
        double rate = done / seconds;
        double eta = rate > 0 ? (total - done) / rate : Double.NaN;
        return new RunProgress(phase, done, total, rate, eta);
    }

    double seconds() {
        return (System.nanoTime() - start) / 1e9;
    }
}
