package org.unitscope.math.stats;

/**
 * Mean and sums of squared deviations. A sample whose values are all identical gets exactly that value as
 * its mean and exactly 0 as its spread: the tests downstream tell "no variance at all" (F undefined or
 * infinite, d' undefined) apart from "a little variance", which rounding noise would otherwise blur.
 */
final class Moments {

    private Moments() {
    }

    static double mean(double[] v) {
        if (v.length == 0) {
            throw new IllegalArgumentException("mean of no values");
        }
        if (constant(v)) {
            return v[0];
        }
        double sum = 0;
        for (double x : v) {
            sum += x;
        }
        double m = sum / v.length;
        // second pass: corrects the rounding of the first sum
        double residual = 0;
        for (double x : v) {
            residual += x - m;
        }
        return m + residual / v.length;
    }

    /** sum (x - mean)^2. */
    static double squaredDeviations(double[] v, double mean) {
        double ss = 0;
        for (double x : v) {
            double d = x - mean;
            ss += d * d;
        }
        return ss;
    }

    /** Sample variance with the n - 1 denominator; 0 for a single value, whose spread cannot be seen. */
    static double sampleVariance(double[] v) {
        return v.length < 2 ? 0.0 : squaredDeviations(v, mean(v)) / (v.length - 1);
    }

    static boolean constant(double[] v) {
        for (double x : v) {
            if (x != v[0]) {
                return false;
            }
        }
        return true;
    }
}
