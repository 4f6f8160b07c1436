package org.unitscope.math.tuning;

/**
 * One unit's responses to a grating design, averaged over repeats per condition. Phase is collapsed either by
 * the mean (a linear, simple-cell-like unit averages to its response to the mean luminance) or by the maximum
 * (the response to the best-aligned phase). Rows are spatial frequencies, columns orientations. The best
 * condition is the largest phase-averaged response, the first in row-major order (SF outer) on ties.
 */
public final class GratingResponses {

    private final double[] orientations;
    private final double[] sfs;
    private final double[] phases;
    private final double[][][] perPhase;
    private final double[][] mean;
    private final double[][] max;
    private final double[] raw;
    private final double blank;
    private final int bestSf;
    private final int bestOrientation;

    /**
     * {@code perPhase[sf][orientation][phase]}: mean over repeats of each condition; {@code raw}: every grating
     * response; {@code blank}: the mean response to the blank stimuli, NaN when there were none.
     */
    GratingResponses(double[] orientations, double[] sfs, double[] phases, double[][][] perPhase, double[] raw,
            double blank) {
        this.orientations = orientations;
        this.sfs = sfs;
        this.phases = phases;
        this.perPhase = perPhase;
        this.raw = raw;
        this.blank = blank;
        int nSf = perPhase.length;
        int nOri = perPhase[0].length;
        this.mean = new double[nSf][nOri];
        this.max = new double[nSf][nOri];
        int bs = 0;
        int bo = 0;
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
     * The same responses minus {@code baseline} (every condition, every grating and the blank): responses as
     * changes from e.g. the blank screen's.
     */
    public GratingResponses minus(double baseline) {
        if (!Double.isFinite(baseline)) {
            throw new IllegalArgumentException("baseline must be finite: " + baseline);
        }
        double[][][] shifted = new double[perPhase.length][][];
        for (int s = 0; s < perPhase.length; s++) {
            shifted[s] = new double[perPhase[s].length][];
            for (int o = 0; o < perPhase[s].length; o++) {
                shifted[s][o] = perPhase[s][o].clone();
                for (int p = 0; p < shifted[s][o].length; p++) {
                    shifted[s][o][p] -= baseline;
                }
            }
        }
        double[] rawShifted = raw.clone();
        for (int k = 0; k < rawShifted.length; k++) {
            rawShifted[k] -= baseline;
        }
        return new GratingResponses(orientations, sfs, phases, shifted, rawShifted, blank - baseline);
    }

    /** Mean response to the blank (uniform mean-luminance) stimuli; NaN when the design had none. */
    public double blankResponse() {
        return blank;
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

    /** SF index of the best condition. */
    public int bestSfIndex() {
        return bestSf;
    }

    /** Orientation index of the best condition. */
    public int bestOrientationIndex() {
        return bestOrientation;
    }

    /** Phase-averaged response at the best condition. */
    public double bestResponse() {
        return mean[bestSf][bestOrientation];
    }

    /** Orientation tuning curve at the best SF, in the order of {@link #orientations()}. */
    public double[] orientationCurve() {
        return mean[bestSf].clone();
    }

    /** Orientation curve at the best SF, each orientation at its best phase. */
    public double[] orientationCurveMaxOverPhase() {
        return max[bestSf].clone();
    }

    /** SF tuning curve at the best orientation, in the order of {@link #sfs()}. */
    public double[] sfCurve() {
        double[] curve = new double[mean.length];
        for (int s = 0; s < curve.length; s++) {
            curve[s] = mean[s][bestOrientation];
        }
        return curve;
    }

    /** Responses over phase at the best condition, in the order of {@link #phases()}. */
    public double[] phaseCurve() {
        return perPhase[bestSf][bestOrientation].clone();
    }

    /** The design's distinct orientations, ascending: the x axis of {@link #orientationCurve()}. */
    public double[] orientations() {
        return orientations.clone();
    }

    /** The design's distinct SFs, ascending: the x axis of {@link #sfCurve()}. */
    public double[] sfs() {
        return sfs.clone();
    }

    /** The design's distinct phases in degrees, ascending: the x axis of {@link #phaseCurve()}. */
    public double[] phases() {
        return phases.clone();
    }

    /**
     * True when no grating response exceeds {@code epsilon} in absolute value: such a unit has no tuning at all,
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
