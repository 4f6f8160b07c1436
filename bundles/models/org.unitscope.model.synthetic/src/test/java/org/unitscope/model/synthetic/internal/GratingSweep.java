package org.unitscope.model.synthetic.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.unitscope.api.model.Probe;
import org.unitscope.math.grating.Aperture;
import org.unitscope.math.grating.Grating;
import org.unitscope.math.grating.GratingGrid;

/**
 * Full-contrast gratings (mean 0.5, no aperture) through a real probe, each condition shown at 8 evenly spaced
 * phases, and the responses averaged over phase: the raw tuning data, read without any tuning metric.
 */
final class GratingSweep {
    static final double[] PHASES = GratingGrid.evenPhases(8);
    private static final int BATCH = 256;

    /** One grating condition: orientation in degrees, SF in cycles/pixel. */
    record Condition(double orientationDeg, double sf) {
    }

    private GratingSweep() {
    }

    /** Per layer of the probe: [condition][unit] responses averaged over the phases. */
    static Map<String, double[][]> phaseAveraged(Probe probe, List<Condition> conditions) {
        int side = probe.inputSize();
        int total = conditions.size() * PHASES.length;
        Map<String, double[][]> out = new LinkedHashMap<>();
        for (String l : probe.layers()) {
            out.put(l, new double[conditions.size()][probe.channels(l)]);
        }
        for (int start = 0; start < total; start += BATCH) {
            int n = Math.min(BATCH, total - start);
            float[] pixels = new float[n * side * side];
            for (int i = 0; i < n; i++) {
                Condition c = conditions.get((start + i) / PHASES.length);
                new Grating(c.orientationDeg(), c.sf(), PHASES[(start + i) % PHASES.length], 1.0, 0.5)
                        .render(side, Aperture.NONE, pixels, i * side * side);
            }
            for (Map.Entry<String, float[]> e : probe.forward(pixels, n).entrySet()) {
                accumulate(out.get(e.getKey()), e.getValue(), start, n);
            }
        }
        return out;
    }

    private static void accumulate(double[][] sums, float[] r, int start, int n) {
        int units = sums[0].length;
        for (int i = 0; i < n; i++) {
            double[] row = sums[(start + i) / PHASES.length];
            for (int u = 0; u < units; u++) {
                row[u] += r[i * units + u] / (double) PHASES.length;
            }
        }
    }

    /**
     * Where a sampled curve peaks, refined by the vertex of the parabola through the largest sample and its two
     * neighbours (wrapping around when {@code periodic}); {@code x} evenly spaced. An end sample is not refined.
     */
    static double peak(double[] x, double[] y, boolean periodic) {
        int n = y.length;
        int best = 0;
        for (int i = 1; i < n; i++) {
            if (y[i] > y[best]) {
                best = i;
            }
        }
        if (!periodic && (best == 0 || best == n - 1)) {
            return x[best];
        }
        double a = y[(best - 1 + n) % n];
        double b = y[best];
        double c = y[(best + 1) % n];
        double step = x[1] - x[0];
        return x[best] + 0.5 * (a - c) / (a - 2 * b + c) * step;
    }

    static double circularDistance(double a, double b) {
        double d = Math.abs(a - b) % 180.0;
        return Math.min(d, 180.0 - d);
    }

    static double log2(double v) {
        return Math.log(v) / Math.log(2);
    }
}
