package org.unitscope.math.tuning;

/**
 * Phase modulation of a unit's response to its best grating (Skottun et al. 1991): F0 is the mean response over
 * phase, F1 the amplitude of the first harmonic over phase, (2/P) |sum_p r_p exp(i phi_p)|. A simple cell
 * (half-wave rectified, linear in the stimulus) is modulated by the grating's phase, F1/F0 > 1 (pi/2 for a
 * half-wave rectified sinusoid); a complex cell (phase-invariant energy) is not, F1/F0 near 0. Responses are
 * clamped to 0 first, as for the other metrics.
 *
 * @param f0    mean response over phase
 * @param f1    amplitude of the first harmonic over phase
 * @param ratio F1 / F0, NaN when F0 is 0
 */
public record PhaseModulation(double f0, double f1, double ratio) {

    /** The criterion of Skottun et al.: simple-like when F1/F0 > 1. */
    public boolean simpleLike() {
        return ratio > 1.0;
    }

    /**
     * From responses at {@code phasesDeg}, which must cover 360 degrees evenly (at least 3 distinct phases, e.g.
     * 0, 90, 180, 270): otherwise the harmonic's amplitude is not what the formula gives.
     */
    public static PhaseModulation of(double[] phasesDeg, double[] responses) {
        Checks.curve("phases", phasesDeg, responses, 3);
        requireEvenlySpaced(phasesDeg);
        double[] r = Checks.rectified(responses);
        int n = r.length;
        double mean = 0;
        double re = 0;
        double im = 0;
        for (int p = 0; p < n; p++) {
            double phi = Math.toRadians(phasesDeg[p]);
            mean += r[p] / n;
            re += r[p] * Math.cos(phi);
            im += r[p] * Math.sin(phi);
        }
        double f1 = 2.0 * Math.hypot(re, im) / n;
        return new PhaseModulation(mean, f1, mean > 0 ? f1 / mean : Double.NaN);
    }

    private static void requireEvenlySpaced(double[] phasesDeg) {
        if (!coversCircleEvenly(phasesDeg)) {
            throw new IllegalArgumentException("F1/F0 needs at least 3 phases evenly covering 360 degrees, got "
                    + java.util.Arrays.toString(phasesDeg));
        }
    }

    /** Whether the phases (degrees, any order) are at least 3, evenly spaced over 360 degrees (to 1e-6 degree). */
    public static boolean coversCircleEvenly(double[] phasesDeg) {
        double[] sorted = phasesDeg.clone();
        java.util.Arrays.sort(sorted);
        double step = 360.0 / sorted.length;
        for (int p = 0; p < sorted.length; p++) {
            if (Math.abs(sorted[p] - sorted[0] - p * step) > 1e-6) {
                return false;
            }
        }
        return sorted.length >= 3;
    }
}
