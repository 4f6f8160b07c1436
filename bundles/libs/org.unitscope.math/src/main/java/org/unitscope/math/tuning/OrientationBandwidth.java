package org.unitscope.math.tuning;

/**
 * Half-width of an orientation tuning curve at 1/sqrt(2) of its peak: the usual V1 bandwidth measure, which for
 * a von Mises curve is independent of the baseline-free amplitude. The curve is the periodic piecewise-linear
 * interpolation of the samples, so its peak is the largest sample and each crossing is solved exactly on the
 * segment where the curve first drops below the level, walking away from the peak on each side.
 */
final class OrientationBandwidth {

    /** Reported when the curve never falls below the level: no orientation selectivity to measure. */
    static final double UNTUNED = 180.0;

    private OrientationBandwidth() {
    }

    /** Mean of the two one-sided half-widths in degrees; NaN when the peak is not positive. */
    static double halfWidth(PeriodicCurve curve) {
        int peak = curve.largest();
        double top = curve.value(peak);
        if (!(top > 0)) {
            return Double.NaN;
        }
        double level = top / Math.sqrt(2.0);
        double right = distanceToLevel(curve, peak, level, 1);
        double left = distanceToLevel(curve, peak, level, -1);
        if (Double.isNaN(right) || Double.isNaN(left)) {
            return UNTUNED;
        }
        return 0.5 * (right + left);
    }

    /** Distance from sample {@code start} in direction {@code step} to the first point below {@code level}. */
    private static double distanceToLevel(PeriodicCurve curve, int start, double level, int step) {
        int n = curve.size();
        double travelled = 0;
        int previous = start;
        for (int k = 1; k <= n; k++) {
            int current = Math.floorMod(start + step * k, n);
            double gap = step > 0 ? curve.gapAfter(previous) : curve.gapAfter(current);
            double before = curve.value(previous);
            double after = curve.value(current);
            if (after < level) {
                return travelled + gap * (before - level) / (before - after);
            }
            travelled += gap;
            previous = current;
        }
        return Double.NaN;
    }
}
