package org.unitscope.math.grating;

import java.util.Arrays;

/**
 * A full factorial grating design: every orientation x spatial frequency x phase. Stimulus {@code i} is laid out
 * with orientation outermost and phase innermost, {@code i = (o * nSf + s) * nPhase + p}, so that a batch of
 * consecutive stimuli shares orientation and spatial frequency. Spatial frequencies above 0.5 cycles/pixel
 * (Nyquist) are accepted but alias to a lower frequency on the pixel grid.
 */
public final class GratingGrid {

    private final double[] orientations;
    private final double[] sfs;
    private final double[] phases;

    /** Copies the three axes; none may be empty, every value must be finite and every SF positive. */
    public GratingGrid(double[] orientationsDeg, double[] sfsCyclesPerPixel, double[] phasesDeg) {
        this.orientations = checkedCopy("orientations", orientationsDeg);
        this.sfs = checkedCopy("spatial frequencies", sfsCyclesPerPixel);
        this.phases = checkedCopy("phases", phasesDeg);
        for (double sf : sfs) {
            if (sf <= 0) {
                throw new IllegalArgumentException("spatial frequencies must be > 0: " + sf);
            }
        }
    }

    private static double[] checkedCopy(String name, double[] values) {
        if (values == null || values.length == 0) {
            throw new IllegalArgumentException(name + " must not be empty");
        }
        for (double v : values) {
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException(name + " must be finite: " + v);
            }
        }
        return values.clone();
    }

    /** Number of stimuli. */
    public int size() {
        return orientations.length * sfs.length * phases.length;
    }

    /** Stimulus index of orientation {@code o}, spatial frequency {@code s} and phase {@code p}. */
    public int index(int o, int s, int p) {
        if (o < 0 || o >= orientations.length || s < 0 || s >= sfs.length || p < 0 || p >= phases.length) {
            throw new IndexOutOfBoundsException("(" + o + ", " + s + ", " + p + ") outside the grid");
        }
        return (o * sfs.length + s) * phases.length + p;
    }

    public int orientationIndex(int i) {
        return checked(i) / (sfs.length * phases.length);
    }

    public int sfIndex(int i) {
        return (checked(i) / phases.length) % sfs.length;
    }

    public int phaseIndex(int i) {
        return checked(i) % phases.length;
    }

    public double orientation(int i) {
        return orientations[orientationIndex(i)];
    }

    public double sf(int i) {
        return sfs[sfIndex(i)];
    }

    public double phase(int i) {
        return phases[phaseIndex(i)];
    }

    public double[] orientations() {
        return orientations.clone();
    }

    public double[] sfs() {
        return sfs.clone();
    }

    public double[] phases() {
        return phases.clone();
    }

    /** The grating shown as stimulus {@code i}. */
    public Grating grating(int i, double contrast, double mean) {
        return new Grating(orientation(i), sf(i), phase(i), contrast, mean);
    }

    private int checked(int i) {
        if (i < 0 || i >= size()) {
            throw new IndexOutOfBoundsException("stimulus " + i + " outside [0, " + size() + ")");
        }
        return i;
    }

    /** {@code count} orientations evenly covering [0, 180): orientation is periodic with period 180. */
    public static double[] evenOrientations(int count) {
        return evenlySpaced(count, 180.0);
    }

    /** {@code count} phases evenly covering [0, 360). */
    public static double[] evenPhases(int count) {
        return evenlySpaced(count, 360.0);
    }

    private static double[] evenlySpaced(int count, double period) {
        if (count < 1) {
            throw new IllegalArgumentException("count must be >= 1: " + count);
        }
        double[] values = new double[count];
        for (int k = 0; k < count; k++) {
            values[k] = k * period / count;
        }
        return values;
    }

    /**
     * {@code count} values from {@code lo} to {@code hi} (both included) with a constant ratio between
     * neighbours: tuning to spatial frequency is roughly symmetric on a log axis. {@code count == 1} gives
     * {@code {lo}}.
     */
    public static double[] logSpaced(double lo, double hi, int count) {
        if (!(lo > 0) || !(hi > 0) || Double.isInfinite(lo) || Double.isInfinite(hi)) {
            throw new IllegalArgumentException("bounds must be finite and > 0: " + lo + ", " + hi);
        }
        if (count < 1) {
            throw new IllegalArgumentException("count must be >= 1: " + count);
        }
        double[] values = new double[count];
        values[0] = lo;
        if (count == 1) {
            return values;
        }
        double logLo = Math.log(lo);
        double logStep = (Math.log(hi) - logLo) / (count - 1);
        for (int k = 1; k < count - 1; k++) {
            values[k] = Math.exp(logLo + k * logStep);
        }
        values[count - 1] = hi;
        return values;
    }

    /**
     * Default spatial frequencies for units whose receptive field is {@code rfSize} pixels wide: from one cycle
     * per receptive field up to Nyquist (0.5 cycles/pixel), log-spaced. A receptive field of at most 2 pixels
     * cannot hold a full non-aliased cycle below Nyquist (and {@code rfSize == 2} would collapse the range to a
     * single value), so it gets the octave below Nyquist, [0.25, 0.5], instead.
     */
    public static double[] defaultSfs(int rfSize, int count) {
        if (rfSize < 1) {
            throw new IllegalArgumentException("rfSize must be >= 1: " + rfSize);
        }
        double lo = rfSize <= 2 ? 0.25 : 1.0 / rfSize;
        return logSpaced(lo, 0.5, count);
    }

    @Override
    public String toString() {
        return "GratingGrid[orientations=" + Arrays.toString(orientations) + ", sfs=" + Arrays.toString(sfs)
                + ", phases=" + Arrays.toString(phases) + "]";
    }
}
