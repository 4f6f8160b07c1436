package org.unitscope.stimulus.noise.internal;

import java.util.Arrays;

/**
 * 2-D DFT of a real n x n row-major plane and back, separable (1-D transforms over rows and columns, with the
 * conventions of {@link Dft1d}). Real input makes the spectrum Hermitian, X(-ky, -kx) = conj X(ky, kx), which
 * halves the work: two real rows share one complex transform, only columns 0..n/2 are transformed, and the
 * other columns follow by symmetry. About 2n line transforms per direction pair instead of 4n.
 */
final class RealDft2d {
    private final int n;
    private final Dft1d line;

    RealDft2d(int n) {
        this.n = n;
        this.line = new Dft1d(n);
    }

    /** Spectrum of {@code x} into (re, im), all n x n bins. */
    void forward(double[] x, double[] re, double[] im) {
        double[] zr = new double[n];
        double[] zi = new double[n];
        for (int r = 0; r < n; r += 2) {
            int a = r * n;
            if (r + 1 == n) {
                // odd n: the last row has no partner
                System.arraycopy(x, a, re, a, n);
                Arrays.fill(im, a, a + n, 0);
                line.transform(re, im, a, 1, false);
                continue;
            }
            int b = a + n;
            // Z = DFT(row r + i row r+1); then DFT(row r) = (Z_k + conj Z_-k)/2, DFT(row r+1) = (Z_k - conj Z_-k)/2i
            System.arraycopy(x, a, zr, 0, n);
            System.arraycopy(x, b, zi, 0, n);
            line.transform(zr, zi, 0, 1, false);
            for (int k = 0; k < n; k++) {
                int m = k == 0 ? 0 : n - k;
                re[a + k] = 0.5 * (zr[k] + zr[m]);
                im[a + k] = 0.5 * (zi[k] - zi[m]);
                re[b + k] = 0.5 * (zi[k] + zi[m]);
                im[b + k] = -0.5 * (zr[k] - zr[m]);
            }
        }
        int half = n / 2;
        for (int kx = 0; kx <= half; kx++) {
            line.transform(re, im, kx, n, false);
        }
        for (int ky = 0; ky < n; ky++) {
            int my = ky == 0 ? 0 : n - ky;
            for (int kx = half + 1; kx < n; kx++) {
                re[ky * n + kx] = re[my * n + (n - kx)];
                im[ky * n + kx] = -im[my * n + (n - kx)];
            }
        }
    }

    /**
     * The real plane whose spectrum is (re, im), into {@code out}; (re, im) is used as scratch. Only the
     * Hermitian part of the spectrum counts: columns above n/2 are taken as the conjugates of their mirrors.
     */
    void inverse(double[] re, double[] im, double[] out) {
        int half = n / 2;
        for (int kx = 0; kx <= half; kx++) {
            line.transform(re, im, kx, n, true);
        }
        // after the column pass each row is Hermitian in kx: W(y, -kx) = conj W(y, kx)
        for (int y = 0; y < n; y++) {
            for (int kx = half + 1; kx < n; kx++) {
                re[y * n + kx] = re[y * n + (n - kx)];
                im[y * n + kx] = -im[y * n + (n - kx)];
            }
        }
        double[] zr = new double[n];
        double[] zi = new double[n];
        for (int r = 0; r < n; r += 2) {
            int a = r * n;
            if (r + 1 == n) {
                line.transform(re, im, a, 1, true);
                System.arraycopy(re, a, out, a, n);
                continue;
            }
            int b = a + n;
            // both rows invert to real values: IDFT(W_r + i W_r+1) = w_r + i w_r+1
            for (int k = 0; k < n; k++) {
                zr[k] = re[a + k] - im[b + k];
                zi[k] = im[a + k] + re[b + k];
            }
            line.transform(zr, zi, 0, 1, true);
            System.arraycopy(zr, 0, out, a, n);
            System.arraycopy(zi, 0, out, b, n);
        }
    }
}
