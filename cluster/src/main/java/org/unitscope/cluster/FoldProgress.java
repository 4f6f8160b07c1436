package org.unitscope.cluster;

import java.io.PrintStream;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fold run's progress on the command's stdout in unitscope-cluster's format, so a caller that reads it (the
 * workbench's progress bar) sees the fold work instead of the last shard's 100 %: each progress line the run prints
 * ({@code rf pass 1/1 (folding the shards' blocks) 3/8 (37%) 0.6/s ETA 0:00:02}) becomes
 * {@code rf fold: 3/8 rf pass 1 of 1 folding the shards blocks done, elapsed 5 s, ETA 2 s}. At most one line a second
 * per phase, and always a phase's first and last, so a log shows when each began and ended.
 */
final class FoldProgress implements Consumer<String> {
    /** RunProgress.line() of the api: "PHASE K/N (P%) R/s ETA H:MM:SS" (or "--:--"). */
    private static final Pattern LINE = Pattern.compile("^(.+?) (\\d+)/(\\d+) \\(\\d+%\\) \\S+/s ETA (\\S+)\\s*$");
    private static final Pattern CLOCK = Pattern.compile("(\\d+):(\\d{2}):(\\d{2})");
    private static final long MIN_GAP_NANOS = 1_000_000_000L;

    private final PrintStream out;
    private String phase;
    private long phaseStart;
    private long last;

    FoldProgress(PrintStream out) {
        this.out = out;
    }

    /** One line of the fold run's output; lines that are not progress are left to the fold's log. */
    @Override
    public synchronized void accept(String line) {
        Matcher m = LINE.matcher(line);
        if (!m.matches()) {
            return;
        }
        String name = m.group(1);
        long done = Long.parseLong(m.group(2));
        long total = Long.parseLong(m.group(3));
        long now = System.nanoTime();
        boolean first = !name.equals(phase);
        if (first) {
            phase = name;
            phaseStart = now;
        }
        if (!first && done < total && now - last < MIN_GAP_NANOS) {
            return;
        }
        last = now;
        Matcher c = CLOCK.matcher(m.group(4));
        double eta = !c.matches() ? Double.NaN
                : Long.parseLong(c.group(1)) * 3600 + Long.parseLong(c.group(2)) * 60 + Long.parseLong(c.group(3));
        out.println(line(name, done, total, (now - phaseStart) / 1e9, eta));
    }

    /** "rf fold: K/N PHASE done, elapsed X, ETA Y", the phase reduced to the words ProgressLine reads as a noun. */
    static String line(String phase, long done, long total, double elapsed, double eta) {
        String noun = phase.replaceAll("(\\d+)/(\\d+)", "$1 of $2").replaceAll("[^\\w -]", "").replaceAll("\\s+", " ").strip();
        return String.format(Locale.ROOT, "rf fold: %d/%d %s done, elapsed %s, ETA %s", done, total, noun,
                SurveyProgress.duration(elapsed), Double.isNaN(eta) ? "?" : SurveyProgress.duration(done >= total ? 0 : eta));
    }
}
