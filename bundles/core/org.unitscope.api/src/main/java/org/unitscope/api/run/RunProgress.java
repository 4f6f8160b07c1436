package org.unitscope.api.run;

/** Progress of the current phase: done of total items, rate in items per second, estimated seconds left. */
public record RunProgress(String phase, long done, long total, double ratePerSecond, double etaSeconds) {

    /**
     * "probe 384/768 (50%) 812.3/s ETA 0:00:01" (items per second: stimuli, or steps in training); the rate is "--/s"
     * when unknown (NaN or infinite: no time has passed yet), as the ETA is "--:--".
     */
    public String line() {
        String rate = Double.isFinite(ratePerSecond) ? String.format(java.util.Locale.ROOT, "%.1f", ratePerSecond) : "--";
        return String.format(java.util.Locale.ROOT, "%s %d/%d (%d%%) %s/s ETA %s", phase, done, total,
                total == 0 ? 100 : done * 100 / total, rate, clock(etaSeconds));
    }

    /** A duration as hours:minutes:seconds, "1:02:03"; "--:--" when unknown (negative, NaN or infinite). */
    public static String clock(double seconds) {
        long s = Double.isFinite(seconds) ? Math.round(seconds) : -1;
        return s < 0 ? "--:--" : String.format(java.util.Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60);
    }
}
