package org.unitscope.math.stats;

/** Pearson correlation: how well a recovered receptive field matches the true one, up to scale and offset. */
public final class Correlation {
    private Correlation() {
    }

    /** Pearson r of two equally long vectors; NaN when either is constant. */
    public static double pearson(double[] a, double[] b) {
        if (a.length != b.length || a.length == 0) {
            throw new IllegalArgumentException("need two non-empty vectors of equal length: " + a.length + ", " + b.length);
        }
        double ma = 0;
        double mb = 0;
        for (int i = 0; i < a.length; i++) {
            ma += a[i];
            mb += b[i];
        }
        ma /= a.length;
        mb /= b.length;
        double sab = 0;
        double saa = 0;
        double sbb = 0;
        for (int i = 0; i < a.length; i++) {
            sab += (a[i] - ma) * (b[i] - mb);
            saa += (a[i] - ma) * (a[i] - ma);
            sbb += (b[i] - mb) * (b[i] - mb);
        }
        double denominator = Math.sqrt(saa * sbb);
        return denominator > 0 ? sab / denominator : Double.NaN;
    }

    /** The same for a float vector (e.g. a rendered filter kernel). */
    public static double pearson(double[] a, float[] b) {
        double[] d = new double[b.length];
        for (int i = 0; i < b.length; i++) {
            d[i] = b[i];
        }
        return pearson(a, d);
    }
}
