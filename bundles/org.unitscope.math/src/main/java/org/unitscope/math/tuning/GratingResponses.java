package org.unitscope.math.tuning;

/**
 * One unit's responses to a grating design, averaged over repeats per condition. Phase is collapsed either by
 * the mean (a linear, simple-cell-like unit averages to its response to the mean luminance) or by the maximum
 * (the response to the best-aligned phase). Rows are spatial frequencies, columns orientations.
 */
public final class GratingResponses {

    private final double[] orientations;
    private final double[] sfs;
    private final double[][] mean;
    private final double[][] max;
    private final double[] raw;
    private final int bestSf;
    private final int bestOrientation;

    /** {@code perPhase[sf][orientation][phase]}: mean over repeats of each condition. */
    GratingResponses(double[] orientations, double[] sfs, double[][][] perPhase, double[] raw) {
        this.orientations = orientations;
        this.sfs = sfs;
        this.raw = raw.clone();
        int nSf = perPhase.length;
        int nOri = perPhase[0].length;
        this.mean = new double[nSf][nOri];
        this.max = new double[nSf][nOri];
        for (int s = 0; s < nSf; s++) {
            for (int o = 0; o < nOri; o++) {
                double sum = 0;
                double best = Double.NEGATIVE_INFINITY;
                for (double v : perPhase[s][o]) {
                    sum += v;
                    best = Math.max(best, v);
                }
                mean[s][o] = sum / perPhase[s][o].length;
                max[s][o] = best;
            }
        }
        int bs = 0;
        int bo = 0;
        for (int s = 0; s < nSf; s++) {
            for (int o = 0; o < nOri; o++) {
                if (mean[s][o] > mean[bs][bo]) {
                    bs = s;
                    bo = o;
                }
            }
        }
        this.bestSf = bs;
        this.bestOrientation = bo;
    }

    /**
     * [sfIndex][orientationIndex]: mean over phases of the mean over repeats at each phase (each phase weighs
     * the same even when repeats are unbalanced).
     */
    public double[][] meanOverPhase() {
        return copy(mean);
    }

    /** [sfIndex][orientationIndex]: largest over phases of the mean over repeats at each phase. */
    public double[][] maxOverPhase() {
        return copy(max);
    }

    /** SF index of the largest {@link #meanOverPhase()} entry (the first in row-major order on ties). */
    public int bestSfIndex() {
        return bestSf;
    }

    /** Orientation index of the largest {@link #meanOverPhase()} entry (the first in row-major order on ties). */
    public int bestOrientationIndex() {
        return bestOrientation;
    }

    /** Orientation tuning curve at the best SF, in the order of {@link #orientations()}. */
    public double[] orientationCurve() {
        return mean[bestSf].clone();
    }

    /** SF tuning curve at the best orientation, in the order of {@link #sfs()}. */
    public double[] sfCurve() {
        double[] curve = new double[mean.length];
        for (int s = 0; s < curve.length; s++) {
            curve[s] = mean[s][bestOrientation];
        }
        return curve;
    }

    /** The design's distinct orientations, ascending: the x axis of {@link #orientationCurve()}. */
    public double[] orientations() {
        return orientations.clone();
    }

    /** The design's distinct SFs, ascending: the x axis of {@link #sfCurve()}. */
    public double[] sfs() {
        return sfs.clone();
    }

    /**
     * True when no single response exceeds {@code epsilon} in absolute value: such a unit has no tuning at all,
     * and the metrics would only describe noise or report an arbitrary preferred stimulus.
     */
    public boolean unresponsive(double epsilon) {
        if (!(epsilon >= 0)) {
            throw new IllegalArgumentException("epsilon must be >= 0: " + epsilon);
        }
        for (double r : raw) {
            if (Math.abs(r) > epsilon) {
                return false;
            }
        }
        return true;
    }

    private static double[][] copy(double[][] a) {
        double[][] c = new double[a.length][];
        for (int k = 0; k < a.length; k++) {
            c[k] = a[k].clone();
        }
        return c;
    }
}
