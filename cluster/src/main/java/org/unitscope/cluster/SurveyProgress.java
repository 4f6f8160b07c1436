package org.unitscope.cluster;

import java.io.PrintStream;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerTaskEnd;

/**
 * The survey's progress line, like a local run's: runs done / total, elapsed, ETA. Counted on the driver from Spark's
 * task-end events (one task per run); a task that failed and will be retried is not counted as done.
 */
final class SurveyProgress extends SparkListener {
    private final int total;
    private final long t0 = System.nanoTime();
    private final AtomicInteger done = new AtomicInteger();
    private final PrintStream out;
    private final String prefix;
    private final String noun;

    SurveyProgress(int total, PrintStream out) {
        this(total, out, "survey", "runs");
    }

    /** The same line for other jobs: "rf: 3/7 shards done, ...". */
    SurveyProgress(int total, PrintStream out, String prefix, String noun) {
        this.total = total;
        this.out = out;
        this.prefix = prefix;
        this.noun = noun;
    }

    @Override
    public void onTaskEnd(SparkListenerTaskEnd end) {
        if (end.taskInfo() != null && end.taskInfo().successful()) {
            out.println(line(done.incrementAndGet(), (System.nanoTime() - t0) / 1e9));
        }
    }

    /**
     * Waits up to {@code millis} for the task-end events of {@code tasks} successful tasks (a lost run's task has none):
     * Spark delivers them on its listener thread, possibly after the job's result is back.
     */
    void await(int tasks, long millis) throws InterruptedException {
        long end = System.nanoTime() + millis * 1_000_000;
        while (done.get() < tasks && System.nanoTime() < end) {
            Thread.sleep(20);
        }
    }

    String line(int runsDone, double elapsed) {
        String eta = runsDone == 0 ? "?" : duration(elapsed / runsDone * (total - runsDone));
        return String.format(Locale.ROOT, "%s: %d/%d %s done, elapsed %s, ETA %s", prefix, runsDone, total, noun, duration(elapsed), eta);
    }

    /**
     * "0 s", "0.4 s" (tenths under 10 s, so that a phase shorter than a second still gives its readers a rate),
     * "37 s", "2 min 5 s", "1 h 3 min".
     */
    static String duration(double seconds) {
        long tenths = Math.round(Math.max(0, seconds) * 10);
        if (tenths < 100 && tenths % 10 != 0) {
            return String.format(Locale.ROOT, "%.1f s", tenths / 10.0);
        }
        long s = Math.round(seconds);
        return s < 60 ? s + " s" : s < 3600 ? (s / 60) + " min " + (s % 60) + " s" : (s / 3600) + " h " + (s % 3600 / 60) + " min";
    }
}
