package org.unitscope.math.rf;

import java.util.Arrays;

/**
 * How well RF-predicted preferences match the measured ones over a population of units. Orientation is axial
 * (period 180), so angles are doubled before circular statistics. Orientation is compared only where both sides
 * are orientation-tuned ({@code pairs}); SF wherever both sides respond ({@code sfPairs}). Units that are silent or
 * untuned on either side are left out and counted ({@code untuned}: measured or predicted untuned).
 *
 * @param circularCorrelation        Fisher-Lee circular correlation of the doubled preferred
 *                                   orientations, in [-1, 1]
 * @param medianAbsDeltaOrientation  median axial |predicted - measured| in degrees, in [0, 90]
 * @param fractionWithin15           fraction of the orientation pairs with axial |delta| <= 15 degrees
 * @param medianAbsLog2SfRatio       median |log2(predicted SF / measured SF)| in octaves, over {@code sfPairs}
 * @param pairs                      units whose orientation was compared (tuned on both sides)
 * @param sfPairs                    units whose SF was compared
 * @param untuned                    units responsive on both sides but untuned on at least one
 */
public record PreferenceAgreement(double circularCorrelation, double medianAbsDeltaOrientation,
        double fractionWithin15, double medianAbsLog2SfRatio, int pairs, int sfPairs, int untuned) {

    public static PreferenceAgreement of(GratingPreference[] measured, GratingPreference[] predicted) {
        if (measured.length != predicted.length) {
            throw new IllegalArgumentException("populations of different sizes");
        }
        int n = 0;
        int nSf = 0;
        int untuned = 0;
        double[] a = new double[measured.length];
        double[] b = new double[measured.length];
        double[] logRatio = new double[measured.length];
        for (int i = 0; i < measured.length; i++) {
            GratingPreference m = measured[i];
            GratingPreference p = predicted[i];
            if (m.silent() || p.silent()) {
                continue;
            }
            logRatio[nSf++] = Math.abs(Math.log(p.sf() / m.sf()) / Math.log(2.0));
            if (m.untuned() || p.untuned()) {
                untuned++;
                continue;
            }
            a[n] = m.orientationDeg();
            b[n] = p.orientationDeg();
            n++;
        }
        double sfError = nSf == 0 ? Double.NaN : median(Arrays.copyOf(logRatio, nSf));
        if (n == 0) {
            return new PreferenceAgreement(Double.NaN, Double.NaN, Double.NaN, sfError, 0, nSf, untuned);
        }
        double[] delta = new double[n];
        int within = 0;
        for (int i = 0; i < n; i++) {
            delta[i] = axialDifference(a[i], b[i]);
            if (delta[i] <= 15.0) {
                within++;
            }
        }
        return new PreferenceAgreement(circularCorrelation(doubled(a, n), doubled(b, n)), median(delta),
                (double) within / n, sfError, n, nSf, untuned);
    }

    /** |a - b| on the 180-degree circle, in [0, 90]. */
    public static double axialDifference(double a, double b) {
        double d = Math.abs(a - b) % 180.0;
        return Math.min(d, 180.0 - d);
    }

    private static double[] doubled(double[] deg, int n) {
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = Math.toRadians(2.0 * deg[i]);
        }
        return out;
    }

    /**
     * Fisher-Lee circular correlation, sum_{i<j} sin(a_i - a_j) sin(b_i - b_j) / sqrt(sum sin^2(a_i - a_j) sum
     * sin^2(b_i - b_j)): it needs no circular means, so it stays defined when the preferences cover the circle evenly
     * (as a population of orientation-tuned units does), where the Jammalamadaka-SenGupta form, built on the means,
     * was measured to give 0.06 for 16 units all predicted within 1 degree. NaN if degenerate.
     */
    static double circularCorrelation(double[] a, double[] b) {
        double sab = 0;
        double saa = 0;
        double sbb = 0;
        for (int i = 0; i < a.length; i++) {
            for (int j = i + 1; j < a.length; j++) {
                double x = Math.sin(a[i] - a[j]);
                double y = Math.sin(b[i] - b[j]);
                sab += x * y;
                saa += x * x;
                sbb += y * y;
            }
        }
        double denominator = Math.sqrt(saa * sbb);
        return denominator > 0 ? sab / denominator : Double.NaN;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : 0.5 * (sorted[n / 2 - 1] + sorted[n / 2]);
    }
}
