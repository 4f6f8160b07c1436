package org.unitscope.stimulus.noise.internal;

/**
 * Discrete Fourier transform of length n, in place on a strided complex vector:
 * forward X_k = sum_j x_j exp(-2 pi i jk/n), inverse x_j = (1/n) sum_k X_k exp(+2 pi i jk/n).
 * Radix-2 FFT when n is a power of two; otherwise the direct O(n^2) sum (sizes here are <= 224, where
 * that costs milliseconds). Twiddles come from {@link StrictMath}, so results are bit-identical on every
 * machine. Immutable, so one instance serves every thread.
 */
final class Dft1d {
    private final int n;
    private final double[] cos;
    private final double[] sin;
    private final int[] bitReversed;

    Dft1d(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("DFT length must be >= 1, not " + n);
        }
        this.n = n;
        cos = new double[n];
        sin = new double[n];
        for (int k = 0; k < n; k++) {
            double angle = 2 * Math.PI * k / n;
            cos[k] = StrictMath.cos(angle);
            sin[k] = StrictMath.sin(angle);
        }
        bitReversed = isPowerOfTwo(n) ? bitReversal(n) : null;
    }

    static boolean isPowerOfTwo(int n) {
        return n > 0 && (n & (n - 1)) == 0;
    }

    /** Transforms elements {@code offset + j*stride}, j < n, of (re, im) in place. */
    void transform(double[] re, double[] im, int offset, int stride, boolean inverse) {
        if (bitReversed != null) {
            fft(re, im, offset, stride, inverse);
        } else {
            direct(re, im, offset, stride, inverse);
        }
        if (inverse) {
            double scale = 1.0 / n;
            for (int j = 0; j < n; j++) {
                re[offset + j * stride] *= scale;
                im[offset + j * stride] *= scale;
            }
        }
    }

    private void fft(double[] re, double[] im, int offset, int stride, boolean inverse) {
        for (int j = 0; j < n; j++) {
            int r = bitReversed[j];
            if (r > j) {
                swap(re, offset + j * stride, offset + r * stride);
                swap(im, offset + j * stride, offset + r * stride);
            }
        }
        double sign = inverse ? 1 : -1;
        for (int len = 2; len <= n; len <<= 1) {
            int half = len >> 1;
            int step = n / len;
            for (int start = 0; start < n; start += len) {
                for (int j = 0; j < half; j++) {
                    double wr = cos[j * step];
                    double wi = sign * sin[j * step];
                    int a = offset + (start + j) * stride;
                    int b = a + half * stride;
                    double tr = wr * re[b] - wi * im[b];
                    double ti = wr * im[b] + wi * re[b];
                    re[b] = re[a] - tr;
                    im[b] = im[a] - ti;
                    re[a] += tr;
                    im[a] += ti;
                }
            }
        }
    }

    private void direct(double[] re, double[] im, int offset, int stride, boolean inverse) {
        double[] xr = new double[n];
        double[] xi = new double[n];
        for (int j = 0; j < n; j++) {
            xr[j] = re[offset + j * stride];
            xi[j] = im[offset + j * stride];
        }
        double sign = inverse ? 1 : -1;
        for (int k = 0; k < n; k++) {
            double sr = 0;
            double si = 0;
            int index = 0; // (j * k) mod n, kept incrementally so the twiddle table is exact
            for (int j = 0; j < n; j++) {
                double wr = cos[index];
                double wi = sign * sin[index];
                sr += xr[j] * wr - xi[j] * wi;
                si += xr[j] * wi + xi[j] * wr;
                index += k;
                if (index >= n) {
                    index -= n;
                }
            }
            re[offset + k * stride] = sr;
            im[offset + k * stride] = si;
        }
    }

    private static int[] bitReversal(int n) {
        int bits = Integer.numberOfTrailingZeros(n);
        int[] r = new int[n];
        for (int j = 0; j < n; j++) {
            r[j] = bits == 0 ? 0 : Integer.reverse(j) >>> (32 - bits);
        }
        return r;
    }

    private static void swap(double[] a, int i, int j) {
        double t = a[i];
        a[i] = a[j];
        a[j] = t;
    }
}
