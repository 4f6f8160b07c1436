package org.unitscope.benchmarks;

import com.google.gson.GsonBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.unitscope.djl.TorchMomentKernel;
import org.unitscope.math.gabor.Gabor;
import org.unitscope.math.rf.ActivationWeightedSums;
import org.unitscope.math.rf.Awa;
import org.unitscope.math.rf.Awc;
import org.unitscope.math.rf.PrincipalAngles;
import org.unitscope.math.rf.SymmetricEigen;
import org.unitscope.math.stats.Correlation;

/**
 * How recovery improves with the number of stimuli N (SCIENCE.md: it is governed by d / N): a simple cell
 * ReLU(G . s) and a complex cell sqrt((G0 . s)^2 + (G90 . s)^2) with a Gabor of 30 deg, 4 cycles per patch, on white
 * Gaussian noise patches of side 16 (d = 256) and 32 (d = 1,024); the simple cell's AWA correlation with G and the
 * complex cell's principal angles between the top two AWC eigenvectors and {G0, G90}. Not a test: a table for the
 * docs and the issue. Usage: RecoveryVsStimuli OUT.json
 */
public final class RecoveryVsStimuli {
    private RecoveryVsStimuli() {
    }

    public static void main(String[] args) throws Exception {
        int[] sides = {16, 32};
        int[] counts = {5_000, 10_000, 20_000, 50_000, 100_000};
        List<Map<String, Object>> rows = new ArrayList<>();
        System.out.println("   d        N   d/N   simple AWA r   complex angles (deg)   seconds");
        for (int side : sides) {
            int d = side * side;
            double[] g0 = normalised(new Gabor(30, 4.0 / side, 0, side / 5.0, 0, 0).kernel(side));
            double[] g90 = normalised(new Gabor(30, 4.0 / side, 90, side / 5.0, 0, 0).kernel(side));
            for (int n : counts) {
                long t0 = System.nanoTime();
                try (TorchMomentKernel kernel = new TorchMomentKernel(16L << 20)) {
                    ActivationWeightedSums sums = new ActivationWeightedSums(2, d, true, kernel);
                    SplittableRandom random = new SplittableRandom(side * 1_000_003L + n);
                    int batch = 1024;
                    float[] s = new float[batch * d];
                    float[] a = new float[batch * 2];
                    for (int start = 0; start < n; start += batch) {
                        int m = Math.min(batch, n - start);
                        for (int k = 0; k < m; k++) {
                            double e = 0;
                            double o = 0;
                            for (int j = 0; j < d; j++) {
                                double x = gaussian(random);
                                s[k * d + j] = (float) x;
                                e += g0[j] * x;
                                o += g90[j] * x;
                            }
                            a[2 * k] = (float) Math.max(0, e);
                            a[2 * k + 1] = (float) Math.sqrt(e * e + o * o);
                        }
                        sums.add(s, a, m);
                    }
                    double r = Correlation.pearson(Awa.of(sums, 0).filter(), g0);
                    SymmetricEigen eig = Awc.of(sums, 1).eigen();
                    double[] angles = PrincipalAngles.degrees(new double[][] {eig.vector(d - 1), eig.vector(d - 2)},
                            new double[][] {g0, g90});
                    double seconds = (System.nanoTime() - t0) / 1e9;
                    System.out.printf(Locale.ROOT, "%4d %8d %5.3f   %12.3f   %8.1f %8.1f   %7.1f%n", d, n, d / (double) n, r, angles[0],
                            angles[1], seconds);
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("d", d);
                    row.put("n", n);
                    row.put("simple_awa_r", r);
                    row.put("complex_principal_angles_deg", angles);
                    row.put("seconds", seconds);
                    rows.add(row);
                }
            }
        }
        Path out = Path.of(args.length > 0 ? args[0] : "benchmarks/target/recovery-vs-stimuli.json");
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, new GsonBuilder().setPrettyPrinting().create().toJson(Map.of("recovery", rows)));
    }

    private static double[] normalised(float[] k) {
        double norm = 0;
        for (float v : k) {
            norm += v * v;
        }
        double[] out = new double[k.length];
        for (int i = 0; i < k.length; i++) {
            out[i] = k[i] / Math.sqrt(norm);
        }
        return out;
    }

    private static double gaussian(SplittableRandom r) {
        return Math.sqrt(-2 * Math.log(1 - r.nextDouble())) * Math.cos(2 * Math.PI * r.nextDouble());
    }

}
