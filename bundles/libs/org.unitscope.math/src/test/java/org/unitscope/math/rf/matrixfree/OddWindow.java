package org.unitscope.math.rf.matrixfree;

import java.util.Random;
import org.unitscope.math.gabor.Gabor;

/**
 * The uneven-block geometry of issue 11: white pixel noise on a 31 px window, averaged over 2 px blocks into 16 x 16
 * cells, so the last row and column of cells average 2 pixels (the corner 1) instead of 4 and have 2-4 times the
 * variance. Units see the pixels; the patches are the cells.
 */
final class OddWindow {
    static final int PIXELS = 31;
    static final int BLOCK = 2;
    static final int CELLS = 16;
    static final int D = CELLS * CELLS;

    final int n;
    final float[] pixels;
    final float[] cells;

    OddWindow(int n, long seed) {
        this.n = n;
        Random random = new Random(seed);
        int p = PIXELS * PIXELS;
        pixels = new float[n * p];
        for (int k = 0; k < pixels.length; k++) {
            pixels[k] = (float) random.nextGaussian();
        }
        cells = new float[n * D];
        for (int i = 0; i < n; i++) {
            for (int y = 0; y < PIXELS; y++) {
                for (int x = 0; x < PIXELS; x++) {
                    cells[i * D + cell(y, x)] += pixels[i * p + y * PIXELS + x] / area(cell(y, x));
                }
            }
        }
    }

    static int cell(int y, int x) {
        return (y / BLOCK) * CELLS + x / BLOCK;
    }

    /** Pixels in a cell: 4, 2 on the last row or column, 1 in the corner. */
    static int area(int cell) {
        int h = cell / CELLS == CELLS - 1 ? 1 : BLOCK;
        int w = cell % CELLS == CELLS - 1 ? 1 : BLOCK;
        return h * w;
    }

    static boolean edge(int cell) {
        return area(cell) < BLOCK * BLOCK;
    }

    /** Share of a vector's energy in the edge cells. */
    static double edgeShare(double[] v) {
        double edge = 0;
        double all = 0;
        for (int c = 0; c < D; c++) {
            all += v[c] * v[c];
            if (edge(c)) {
                edge += v[c] * v[c];
            }
        }
        return edge / all;
    }

    PatchSource source() {
        return PatchSource.of(cells, n, D);
    }

    static final double SF = 0.08;

    /** A Gabor like the synthetic network's at its lower default SF: 0.08 c/px, sigma = 0.45 cycles, phase 90. */
    static Gabor gabor(double orientation) {
        return new Gabor(orientation, SF, 90, 0.45 / SF, 0, 0);
    }

    /**
     * A pixel filter in cell coordinates: the sum of its weights over each cell, the regression of the unit's drive on
     * the cell values (what a whitened estimate recovers). {@code mean} instead gives the block average, which is
     * C_0 times that and what the unwhitened estimates point to.
     */
    static double[] inCells(float[] pixelFilter, boolean mean) {
        double[] out = new double[D];
        for (int y = 0; y < PIXELS; y++) {
            for (int x = 0; x < PIXELS; x++) {
                out[cell(y, x)] += pixelFilter[y * PIXELS + x];
            }
        }
        if (mean) {
            for (int c = 0; c < D; c++) {
                out[c] /= area(c);
            }
        }
        return out;
    }

    double drive(int i, float[] filter) {
        int p = PIXELS * PIXELS;
        double s = 0;
        for (int k = 0; k < p; k++) {
            s += pixels[i * p + k] * filter[k];
        }
        return s;
    }

    float[] energy(double orientation) {
        float[] g0 = gabor(orientation).kernel(PIXELS);
        float[] g90 = gabor(orientation).quadrature().kernel(PIXELS);
        float[] a = new float[n];
        for (int i = 0; i < n; i++) {
            a[i] = (float) Math.hypot(drive(i, g0), drive(i, g90));
        }
        return a;
    }

    float[] plaid(double orientation) {
        float[] a = energy(orientation);
        float[] b = energy(orientation + 90);
        for (int i = 0; i < n; i++) {
            a[i] += b[i];
        }
        return a;
    }

    float[] simple(double orientation) {
        float[] g = gabor(orientation).kernel(PIXELS);
        float[] a = new float[n];
        for (int i = 0; i < n; i++) {
            a[i] = (float) Math.max(0, drive(i, g));
        }
        return a;
    }

    static double[][] plaidTruth(double orientation, boolean mean) {
        return new double[][] {inCells(gabor(orientation).kernel(PIXELS), mean),
            inCells(gabor(orientation).quadrature().kernel(PIXELS), mean),
            inCells(gabor(orientation + 90).kernel(PIXELS), mean),
            inCells(gabor(orientation + 90).quadrature().kernel(PIXELS), mean)};
    }

    static double[][] simpleTruth(double orientation, boolean mean) {
        return new double[][] {inCells(gabor(orientation).kernel(PIXELS), mean)};
    }

    /** Independent of the stimuli: a rectified Gaussian. */
    float[] independent(long seed) {
        Random random = new Random(seed);
        float[] a = new float[n];
        for (int i = 0; i < n; i++) {
            a[i] = (float) Math.max(0, random.nextGaussian());
        }
        return a;
    }
}
