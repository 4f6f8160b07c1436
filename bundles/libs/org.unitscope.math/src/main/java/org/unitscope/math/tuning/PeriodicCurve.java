package org.unitscope.math.tuning;

import java.util.Arrays;

/**
 * A tuning curve on a periodic axis (orientation: period 180 degrees), linearly interpolated between its
 * samples and across the wrap-around. Samples may come in any order and spacing; samples at the same angle
 * (modulo the period) are averaged.
 */
final class PeriodicCurve {

    private final double period;
    /** Distinct sample angles, sorted, in [0, period). */
    private final double[] angles;
    private final double[] values;

    PeriodicCurve(double[] anglesIn, double[] valuesIn, double period) {
        this.period = period;
        int n = anglesIn.length;
        Integer[] order = new Integer[n];
        double[] reduced = new double[n];
        for (int k = 0; k < n; k++) {
            order[k] = k;
            reduced[k] = reduce(anglesIn[k]);
        }
        Arrays.sort(order, (a, b) -> Double.compare(reduced[a], reduced[b]));
        double[] a = new double[n];
        double[] v = new double[n];
        int[] count = new int[n];
        int m = -1;
        for (int k = 0; k < n; k++) {
            int idx = order[k];
            if (m < 0 || reduced[idx] != a[m]) {
                m++;
                a[m] = reduced[idx];
            }
            v[m] += valuesIn[idx];
            count[m]++;
        }
        this.angles = Arrays.copyOf(a, m + 1);
        this.values = new double[m + 1];
        for (int k = 0; k <= m; k++) {
            values[k] = v[k] / count[k];
        }
    }

    /** Angle mapped into [0, period). */
    double reduce(double angle) {
        double r = angle % period;
        if (r < 0) {
            r += period;
        }
        return r >= period ? 0.0 : r;
    }

    int size() {
        return angles.length;
    }

    double angle(int k) {
        return angles[k];
    }

    double value(int k) {
        return values[k];
    }

    /** The sample values in angular order (a copy). */
    double[] values() {
        return values.clone();
    }

    /** Index of the largest sample, the first in angular order on ties. */
    int largest() {
        int best = 0;
        for (int k = 1; k < values.length; k++) {
            if (values[k] > values[best]) {
                best = k;
            }
        }
        return best;
    }

    double period() {
        return period;
    }

    /** Angular distance from sample {@code k} forward to sample {@code k + 1} (wrapping). */
    double gapAfter(int k) {
        int next = (k + 1) % angles.length;
        double gap = angles[next] - angles[k];
        return gap > 0 ? gap : gap + period;
    }

    /** Linearly interpolated value at any angle. */
    double valueAt(double angle) {
        int n = angles.length;
        if (n == 1) {
            return values[0];
        }
        double a = reduce(angle);
        int pos = Arrays.binarySearch(angles, a);
        if (pos >= 0) {
            return values[pos];
        }
        int right = -pos - 1;
        int left = right - 1;
        double leftAngle;
        if (right == n || left < 0) {
            // between the last sample and the first one, across the wrap-around
            left = n - 1;
            right = 0;
            leftAngle = angles[left] - (a >= angles[left] ? 0 : period);
        } else {
            leftAngle = angles[left];
        }
        double fraction = (a - leftAngle) / gapAfter(left);
        return values[left] + fraction * (values[right] - values[left]);
    }
}
