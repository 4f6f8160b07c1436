package org.unitscope.benchmarks;

import com.google.gson.GsonBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import org.unitscope.djl.TorchMomentKernel;
import org.unitscope.math.rf.ActivationWeightedSums;
import org.unitscope.math.rf.JavaMomentKernel;
import org.unitscope.math.rf.MomentKernel;
import org.unitscope.math.rf.SymmetricEigen;

/**
 * Rates of the reverse-correlation matrix work in one JVM: covariance accumulation through
 * {@link ActivationWeightedSums} with the plain-Java kernel and with the PyTorch (DJL) kernel, at d = 256 and 1024,
 * 16 units, over n = 8192 white-noise stimuli with rectified-Gaussian activations; and the symmetric
 * eigen-decomposition (EJML, with and without vectors, and the former Java tred2/tql2 for comparison) at
 * d = 256 and 1024. Writes JSON for the plain-PyTorch / NumPy baseline (benchmarks/pytorch_moment_rates.py), which
 * runs the same shapes.
 *
 * <p>Accumulation work counted: each stimulus adds a weighted d x d outer product for each of the 16 units and for
 * the ensemble (weights 1), i.e. 17 d^2 multiply-adds = 34 d^2 flop per stimulus (the Java kernel forms only the
 * upper triangle, so it does about half of that; the count is of the result, not of the method).
 * Usage: MomentRates OUT.json [seconds-per-case]
 */
public final class MomentRates {
    static final int UNITS = 16;
    static final int N = 8192;

    private MomentRates() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "moment-rates.json");
        double seconds = args.length > 1 ? Double.parseDouble(args[1]) : 3.0;
        List<Map<String, Object>> accumulation = new ArrayList<>();
        List<Map<String, Object>> eigen = new ArrayList<>();
        try (TorchMomentKernel torch = new TorchMomentKernel()) {
            for (int dim : new int[] {256, 1024}) {
                float[] stimuli = gaussian(N * dim, 1);
                float[] activations = gaussian(N * UNITS, 2); // negative half clamped to 0 by the sums
                for (Map.Entry<String, MomentKernel> k : List.of(Map.entry("java", (MomentKernel) new JavaMomentKernel()),
                        Map.entry("torch", (MomentKernel) torch))) {
                    double rate = stimuliPerSecond(k.getValue(), stimuli, activations, dim, seconds);
                    double gflops = 2.0 * dim * dim * (UNITS + 1) * rate / 1e9;
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("dim", dim);
                    row.put("units", UNITS);
                    row.put("n", N);
                    row.put("kernel", k.getKey());
                    row.put("batch", k.getValue().preferredBatch(dim, UNITS));
                    row.put("stimuli_per_s", round(rate));
                    row.put("gflop_per_s", round(gflops));
                    accumulation.add(row);
                    System.out.printf(Locale.ROOT, "accumulate d=%4d units=%d %-5s %10.1f stimuli/s %7.2f GFLOP/s%n", dim,
                            UNITS, k.getKey(), rate, gflops);
                }
            }
        }
        for (int d : new int[] {256, 1024}) {
            double[] m = symmetric(d, 3);
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("d", d);
            row.put("ejml_vectors_s", round4(secondsPer(() -> SymmetricEigen.of(m, d), seconds)));
            row.put("ejml_values_s", round4(secondsPer(() -> SymmetricEigen.values(m, d), seconds)));
            row.put("tred2_tql2_vectors_s", round4(secondsPer(() -> LegacyEigen.of(m, d), seconds)));
            eigen.add(row);
            System.out.printf(Locale.ROOT, "eigen d=%4d  EJML vectors %.3f s  EJML values %.3f s  tred2/tql2 vectors %.3f s%n",
                    d, row.get("ejml_vectors_s"), row.get("ejml_values_s"), row.get("tred2_tql2_vectors_s"));
        }
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("what", "unitscope reverse-correlation matrix work: covariance accumulation (ActivationWeightedSums with"
                + " the Java and the DJL PyTorch kernel, float64, CPU) and symmetric eigen-decomposition (EJML)");
        doc.put("flop_convention", "2 d^2 (units + 1) flop per stimulus: a weighted d x d outer product per unit and for"
                + " the ensemble");
        doc.put("threads", Runtime.getRuntime().availableProcessors());
        doc.put("accumulation", accumulation);
        doc.put("eigen", eigen);
        Files.writeString(out, new GsonBuilder().setPrettyPrinting().create().toJson(doc) + "\n");
        System.out.println("written " + out.toAbsolutePath());
    }

    /**
     * Stimuli per second through {@link ActivationWeightedSums#add}, fed 1024 stimuli at a time (cycling over the n),
     * after three warm-up calls, until {@code seconds} have passed (at least one call).
     */
    static double stimuliPerSecond(MomentKernel kernel, float[] stimuli, float[] activations, int dim, double seconds) {
        int chunk = 1024;
        ActivationWeightedSums sums = new ActivationWeightedSums(UNITS, dim, true, kernel);
        float[] s = Arrays.copyOf(stimuli, chunk * dim);
        float[] a = Arrays.copyOf(activations, chunk * UNITS);
        for (int warm = 0; warm < 3; warm++) { // warm-up: the JIT, the engine's allocations
            sums.add(s, a, chunk);
        }
        long done = 0;
        int offset = 0;
        long start = System.nanoTime();
        do {
            System.arraycopy(stimuli, offset * dim, s, 0, chunk * dim);
            System.arraycopy(activations, offset * UNITS, a, 0, chunk * UNITS);
            sums.add(s, a, chunk);
            done += chunk;
            offset = (offset + chunk) % N;
        } while (System.nanoTime() - start < seconds * 1e9);
        return done / ((System.nanoTime() - start) / 1e9);
    }

    /** Median seconds per call after one warm-up call, repeating until {@code seconds} have passed (at least 2). */
    static double secondsPer(Supplier<?> body, double seconds) {
        body.get();
        List<Double> times = new ArrayList<>();
        long start = System.nanoTime();
        do {
            long t = System.nanoTime();
            body.get();
            times.add((System.nanoTime() - t) / 1e9);
        } while (times.size() < 2 || System.nanoTime() - start < seconds * 1e9);
        times.sort(null);
        return times.get(times.size() / 2);
    }

    static float[] gaussian(int n, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        float[] v = new float[n];
        for (int i = 0; i < n; i += 2) {
            // Box-Muller
            double u = 1 - r.nextDouble();
            double radius = Math.sqrt(-2 * Math.log(u));
            double angle = 2 * Math.PI * r.nextDouble();
            v[i] = (float) (radius * Math.cos(angle));
            if (i + 1 < n) {
                v[i + 1] = (float) (radius * Math.sin(angle));
            }
        }
        return v;
    }

    /** A random symmetric d x d matrix (Gaussian entries), like an AWC in scale and spread. */
    static double[] symmetric(int d, long seed) {
        float[] g = gaussian(d * d, seed);
        double[] m = new double[d * d];
        for (int i = 0; i < d; i++) {
            for (int j = 0; j <= i; j++) {
                m[i * d + j] = m[j * d + i] = g[i * d + j];
            }
        }
        return m;
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }

    private static double round4(double v) {
        return Math.round(v * 10000) / 10000.0;
    }

    /**
     * The former {@code SymmetricEigen} (EISPACK tred2 / tql2 as in JAMA, QL rotations on eigenvector rows), kept
     * here only as the speed reference for EJML.
     */
    static final class LegacyEigen {
        private LegacyEigen() {
        }

        /** Ascending eigenvalues; the eigenvectors are computed (rows) but only the values returned. */
        static double[] of(double[] matrix, int n) {
            double[][] v = new double[n][n];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    v[i][j] = matrix[i * n + j];
                }
            }
            double[] d = new double[n];
            double[] e = new double[n];
            tred2(n, v, d, e);
            double[][] rows = transpose(v);
            tql2(n, rows, d, e);
            sort(n, d, rows);
            return d;
        }

        private static double[][] transpose(double[][] a) {
            int n = a.length;
            double[][] t = new double[n][n];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    t[j][i] = a[i][j];
                }
            }
            return t;
        }

        /** Householder reduction to tridiagonal form: d the diagonal, e the sub-diagonal, v the transformation. */
        private static void tred2(int n, double[][] v, double[] d, double[] e) {
            for (int j = 0; j < n; j++) {
                d[j] = v[n - 1][j];
            }
            for (int i = n - 1; i > 0; i--) {
                double scale = 0.0;
                double h = 0.0;
                for (int k = 0; k < i; k++) {
                    scale += Math.abs(d[k]);
                }
                if (scale == 0.0) {
                    e[i] = d[i - 1];
                    for (int j = 0; j < i; j++) {
                        d[j] = v[i - 1][j];
                        v[i][j] = 0.0;
                        v[j][i] = 0.0;
                    }
                } else {
                    for (int k = 0; k < i; k++) {
                        d[k] /= scale;
                        h += d[k] * d[k];
                    }
                    double f = d[i - 1];
                    double g = Math.sqrt(h);
                    if (f > 0) {
                        g = -g;
                    }
                    e[i] = scale * g;
                    h -= f * g;
                    d[i - 1] = f - g;
                    for (int j = 0; j < i; j++) {
                        e[j] = 0.0;
                    }
                    for (int j = 0; j < i; j++) {
                        f = d[j];
                        v[j][i] = f;
                        g = e[j] + v[j][j] * f;
                        for (int k = j + 1; k <= i - 1; k++) {
                            g += v[k][j] * d[k];
                            e[k] += v[k][j] * f;
                        }
                        e[j] = g;
                    }
                    f = 0.0;
                    for (int j = 0; j < i; j++) {
                        e[j] /= h;
                        f += e[j] * d[j];
                    }
                    double hh = f / (h + h);
                    for (int j = 0; j < i; j++) {
                        e[j] -= hh * d[j];
                    }
                    for (int j = 0; j < i; j++) {
                        f = d[j];
                        g = e[j];
                        for (int k = j; k <= i - 1; k++) {
                            v[k][j] -= f * e[k] + g * d[k];
                        }
                        d[j] = v[i - 1][j];
                        v[i][j] = 0.0;
                    }
                }
                d[i] = h;
            }
            for (int i = 0; i < n - 1; i++) {
                v[n - 1][i] = v[i][i];
                v[i][i] = 1.0;
                double h = d[i + 1];
                if (h != 0.0) {
                    for (int k = 0; k <= i; k++) {
                        d[k] = v[k][i + 1] / h;
                    }
                    for (int j = 0; j <= i; j++) {
                        double g = 0.0;
                        for (int k = 0; k <= i; k++) {
                            g += v[k][i + 1] * v[k][j];
                        }
                        for (int k = 0; k <= i; k++) {
                            v[k][j] -= g * d[k];
                        }
                    }
                }
                for (int k = 0; k <= i; k++) {
                    v[k][i + 1] = 0.0;
                }
            }
            for (int j = 0; j < n; j++) {
                d[j] = v[n - 1][j];
                v[n - 1][j] = 0.0;
            }
            v[n - 1][n - 1] = 1.0;
            e[0] = 0.0;
        }

        /** Implicit QL on the tridiagonal (d, e); rows[k] accumulates eigenvector k. */
        private static void tql2(int n, double[][] rows, double[] d, double[] e) {
            for (int i = 1; i < n; i++) {
                e[i - 1] = e[i];
            }
            e[n - 1] = 0.0;
            double f = 0.0;
            double tst1 = 0.0;
            double eps = Math.ulp(1.0);
            int maxIterations = 60 * n + 60;
            int iterations = 0;
            for (int l = 0; l < n; l++) {
                tst1 = Math.max(tst1, Math.abs(d[l]) + Math.abs(e[l]));
                int m = l;
                while (m < n - 1 && Math.abs(e[m]) > eps * tst1) {
                    m++;
                }
                if (m > l) {
                    do {
                        if (++iterations > maxIterations) {
                            throw new ArithmeticException("QL iteration did not converge");
                        }
                        double g = d[l];
                        double p = (d[l + 1] - g) / (2.0 * e[l]);
                        double r = Math.hypot(p, 1.0);
                        if (p < 0) {
                            r = -r;
                        }
                        d[l] = e[l] / (p + r);
                        d[l + 1] = e[l] * (p + r);
                        double dl1 = d[l + 1];
                        double h = g - d[l];
                        for (int i = l + 2; i < n; i++) {
                            d[i] -= h;
                        }
                        f += h;
                        p = d[m];
                        double c = 1.0;
                        double c2 = c;
                        double c3 = c;
                        double el1 = e[l + 1];
                        double s = 0.0;
                        double s2 = 0.0;
                        for (int i = m - 1; i >= l; i--) {
                            c3 = c2;
                            c2 = c;
                            s2 = s;
                            g = c * e[i];
                            h = c * p;
                            r = Math.hypot(p, e[i]);
                            e[i + 1] = s * r;
                            s = e[i] / r;
                            c = p / r;
                            p = c * d[i] - s * g;
                            d[i + 1] = h + s * (c * g + s * d[i]);
                            double[] lo = rows[i];
                            double[] hi = rows[i + 1];
                            for (int k = 0; k < n; k++) {
                                double t = hi[k];
                                hi[k] = s * lo[k] + c * t;
                                lo[k] = c * lo[k] - s * t;
                            }
                        }
                        p = -s * s2 * c3 * el1 * e[l] / dl1;
                        e[l] = s * p;
                        d[l] = c * p;
                    } while (Math.abs(e[l]) > eps * tst1);
                }
                d[l] += f;
                e[l] = 0.0;
            }
        }

        private static void sort(int n, double[] d, double[][] rows) {
            for (int i = 0; i < n - 1; i++) {
                int k = i;
                for (int j = i + 1; j < n; j++) {
                    if (d[j] < d[k]) {
                        k = j;
                    }
                }
                if (k != i) {
                    double t = d[k];
                    d[k] = d[i];
                    d[i] = t;
                    double[] row = rows[k];
                    rows[k] = rows[i];
                    rows[i] = row;
                }
            }
        }
    }
}
