package org.unitscope.stimulus.noise.internal;

/**
 * 1/f noise: white Gaussian noise filtered in the 2-D frequency domain by the amplitude 1/|f|^exponent
 * (zero at DC), so the power spectrum falls as |f|^(-2 exponent); exponent 1 matches the amplitude spectrum of
 * natural images. Each plane is then scaled to exactly the requested RMS around zero, so every stimulus has
 * the same contrast energy whatever its random low-frequency content.
 */
final class PinkPlane implements PlaneNoise {
    private final int size;
    private final double rms;
    private final RealDft2d dft;
    private final double[] amplitude;

    PinkPlane(int size, double exponent, double rms) {
        if (size < 2) {
            throw new IllegalArgumentException("pink noise needs a plane of at least 2 x 2 pixels (only DC otherwise)");
        }
        this.size = size;
        this.rms = rms;
        this.dft = new RealDft2d(size);
        this.amplitude = amplitudes(size, exponent);
    }

    /**
     * |f|^-exponent on the DFT grid, f in cycles/px with signed frequencies (index k > n/2 is k - n), so the
     * filter is symmetric under f -> -f and real input stays real.
     */
    static double[] amplitudes(int n, double exponent) {
        double[] a = new double[n * n];
        for (int ky = 0; ky < n; ky++) {
            double fy = signedFrequency(ky, n);
            for (int kx = 0; kx < n; kx++) {
                double fx = signedFrequency(kx, n);
                double f = StrictMath.sqrt(fx * fx + fy * fy);
                a[ky * n + kx] = f == 0 ? 0 : StrictMath.pow(f, -exponent);
            }
        }
        return a;
    }

    /** Frequency in cycles/px of DFT index k: k/n up to the Nyquist index n/2, (k - n)/n above it. */
    static double signedFrequency(int k, int n) {
        return (k <= n / 2 ? k : k - n) / (double) n;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public void draw(StimulusRandom rng, double[] plane) {
        int n = size * size;
        double[] re = new double[n];
        double[] im = new double[n];
        WhiteValues.gaussian(rng, 1.0, plane, n);
        dft.forward(plane, re, im);
        for (int j = 0; j < n; j++) {
            re[j] *= amplitude[j];
            im[j] *= amplitude[j];
        }
        dft.inverse(re, im, plane);
        // DC is zero up to rounding; removing the rest makes the RMS the standard deviation around the mean
        double sum = 0;
        for (int j = 0; j < n; j++) {
            sum += plane[j];
        }
        double centre = sum / n;
        double squares = 0;
        for (int j = 0; j < n; j++) {
            double d = plane[j] - centre;
            squares += d * d;
        }
        double scale = squares > 0 ? rms / Math.sqrt(squares / n) : 0;
        for (int j = 0; j < n; j++) {
            plane[j] = (plane[j] - centre) * scale;
        }
    }
}
