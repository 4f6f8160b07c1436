package org.unitscope.stimulus.images.internal;

/**
 * Resampling weights along one axis. Output pixel j is pixel {@code j + offset} of the source resized from
 * {@code sourceLength} to {@code resizedLength} px; output pixels outside the resized image are padding (no weights).
 * The filter is the antialiased bilinear of PIL and torchvision's Resize(antialias=True), the preprocessing networks
 * are trained with: a triangle of half-width 1 source px when enlarging (plain bilinear), widened by the shrink factor
 * when shrinking (every source pixel contributes, no aliasing). Weights are normalised; at the borders they are
 * renormalised over the pixels that exist.
 */
final class AxisWeights {
    private final int[] first;
    private final float[][] weights;
    private final int low;
    private final int high;

    AxisWeights(int sourceLength, int resizedLength, int offset, int outLength) {
        if (sourceLength < 1 || resizedLength < 1 || outLength < 1) {
            throw new IllegalArgumentException("lengths must be >= 1");
        }
        first = new int[outLength];
        weights = new float[outLength][];
        double scale = (double) sourceLength / resizedLength;
        double support = Math.max(1.0, scale);
        int lo = Integer.MAX_VALUE;
        int hi = -1;
        for (int j = 0; j < outLength; j++) {
            int r = j + offset;
            if (r < 0 || r >= resizedLength) {
                first[j] = -1;
                continue;
            }
            double centre = (r + 0.5) * scale;
            int from = Math.max(0, (int) Math.floor(centre - support));
            int to = Math.min(sourceLength - 1, (int) Math.ceil(centre + support));
            double[] w = new double[to - from + 1];
            double sum = 0;
            for (int k = from; k <= to; k++) {
                w[k - from] = Math.max(0, 1 - Math.abs(k + 0.5 - centre) / support);
                sum += w[k - from];
            }
            int a = 0;
            int b = w.length - 1;
            while (w[a] == 0) {
                a++;
            }
            while (w[b] == 0) {
                b--;
            }
            first[j] = from + a;
            weights[j] = new float[b - a + 1];
            for (int k = a; k <= b; k++) {
                weights[j][k - a] = (float) (w[k] / sum);
            }
            lo = Math.min(lo, first[j]);
            hi = Math.max(hi, first[j] + weights[j].length - 1);
        }
        low = hi < 0 ? -1 : lo;
        high = hi;
    }

    int outLength() {
        return first.length;
    }

    /** Whether output pixel j lies outside the resized image. */
    boolean padding(int j) {
        return first[j] < 0;
    }

    /** First source pixel that output pixel j reads. */
    int first(int j) {
        return first[j];
    }

    /** Weights of source pixels first(j), first(j)+1, ...; null for padding. */
    float[] weights(int j) {
        return weights[j];
    }

    /** The lowest source pixel any output pixel reads; -1 when all output is padding. */
    int low() {
        return low;
    }

    /** The highest source pixel any output pixel reads; -1 when all output is padding. */
    int high() {
        return high;
    }
}
