package org.unitscope.math.rf;

import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * A unit rebuilt from its reconstructed receptive field, to be shown the same stimuli as the measured unit:
 * the AWA as a linear filter with a rectifier, ReLU(w . s), or the leading AWC axes as an energy model,
 * sqrt(sum_j (w_j . s)^2), which is phase invariant like a complex cell. Stimuli are mean-removed patches of
 * the filters' dimension.
 */
public final class ReceptiveFieldModel implements ToDoubleFunction<float[]> {

    private final double[][] filters;
    private final boolean energy;

    private ReceptiveFieldModel(double[][] filters, boolean energy) {
        int d = filters[0].length;
        for (double[] f : filters) {
            if (f.length != d) {
                throw new IllegalArgumentException("filters of different lengths");
            }
        }
        this.filters = filters;
        this.energy = energy;
    }

    /** ReLU(w . s), w typically the AWA. */
    public static ReceptiveFieldModel linear(double[] filter) {
        return new ReceptiveFieldModel(new double[][] {filter.clone()}, false);
    }

    /** sqrt(sum_j (w_j . s)^2) over at least one axis, typically the leading excitatory AWC eigenvectors. */
    public static ReceptiveFieldModel energy(List<double[]> axes) {
        if (axes == null || axes.isEmpty()) {
            throw new IllegalArgumentException("need at least one axis");
        }
        return new ReceptiveFieldModel(axes.stream().map(double[]::clone).toArray(double[][]::new), true);
    }

    public int dim() {
        return filters[0].length;
    }

    @Override
    public double applyAsDouble(float[] stimulus) {
        if (stimulus.length != dim()) {
            throw new IllegalArgumentException("stimulus of length " + stimulus.length + ", filters " + dim());
        }
        double sumSquares = 0;
        double first = 0;
        for (int k = 0; k < filters.length; k++) {
            double p = 0;
            for (int j = 0; j < stimulus.length; j++) {
                p += filters[k][j] * stimulus[j];
            }
            if (k == 0) {
                first = p;
            }
            sumSquares += p * p;
        }
        return energy ? Math.sqrt(sumSquares) : Math.max(0.0, first);
    }

    /**
     * The same unit seeing raw patches: {@code mean} (the stimulus mean the filters were estimated against) is
     * removed first, as the AWA and AWC were computed on mean-removed stimuli.
     */
    public ToDoubleFunction<float[]> centredOn(double[] mean) {
        if (mean.length != dim()) {
            throw new IllegalArgumentException("mean of length " + mean.length + ", filters " + dim());
        }
        double[] m = mean.clone();
        return patch -> {
            float[] centred = new float[patch.length];
            for (int j = 0; j < patch.length; j++) {
                centred[j] = (float) (patch[j] - m[j]);
            }
            return applyAsDouble(centred);
        };
    }
}
