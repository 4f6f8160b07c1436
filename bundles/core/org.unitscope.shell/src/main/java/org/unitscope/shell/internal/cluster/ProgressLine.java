package org.unitscope.shell.internal.cluster;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.unitscope.api.run.RunProgress;

/**
 * unitscope-cluster's progress lines, {@code WHAT: K/N [NOUN] done, elapsed X, ETA Y} ({@code survey: 7/13 runs done,
 * elapsed 37 s, ETA 32 s}, {@code rf: 3/7 shards done, ...}), read as a local run's progress: phase WHAT, K of N, the
 * rate K / elapsed and the ETA in seconds. Read generically, so phases added to unitscope-cluster later are read too.
 */
public final class ProgressLine {
    private static final Pattern LINE = Pattern.compile(
            "^([A-Za-z][\\w .-]*?): (\\d+)/(\\d+)(?: [\\w -]+?)? done, elapsed ([^,]+), ETA (.+?)\\s*$");
    private static final Pattern PART = Pattern.compile("(\\d+(?:\\.\\d+)?) ?(h|min|ms|s)\\b");
    private static final Pattern CLOCK = Pattern.compile("(\\d+):(\\d{2}):(\\d{2})");

    private ProgressLine() {
    }

    /** The progress the line reports, or empty when it is not a progress line. */
    public static Optional<RunProgress> parse(String line) {
        Matcher m = LINE.matcher(line);
        if (!m.matches()) {
            return Optional.empty();
        }
        long done = Long.parseLong(m.group(2));
        long total = Long.parseLong(m.group(3));
        double elapsed = seconds(m.group(4));
        double rate = elapsed > 0 ? done / elapsed : Double.NaN;
        return Optional.of(new RunProgress(m.group(1), done, total, rate, done >= total ? 0 : seconds(m.group(5))));
    }

    /**
     * A duration as unitscope-cluster prints it ({@code 37 s}, {@code 2 min 5 s}, {@code 1 h 3 min}) or as a clock
     * ({@code 0:01:05}); NaN when unknown ({@code ?}).
     */
    static double seconds(String text) {
        String t = text.strip();
        Matcher c = CLOCK.matcher(t);
        if (c.matches()) {
            return Long.parseLong(c.group(1)) * 3600 + Long.parseLong(c.group(2)) * 60 + Long.parseLong(c.group(3));
        }
        Matcher m = PART.matcher(t);
        double s = 0;
        int found = 0;
        while (m.find()) {
            double v = Double.parseDouble(m.group(1));
            s += switch (m.group(2)) {
                case "h" -> v * 3600;
                case "min" -> v * 60;
                case "ms" -> v / 1000;
                default -> v;
            };
            found++;
        }
        return found == 0 ? Double.NaN : s;
    }
}
