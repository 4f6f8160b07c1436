package org.unitscope.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unitscope.math.gabor.Gabor;
import org.unitscope.math.stats.Correlation;

/**
 * Reverse correlation end to end in the real framework, against the synthetic V1 network's known cells (SCIENCE.md,
 * "Ground truth"): seeded white noise, the "awa" and "awc" estimators on the patch under each cell's receptive field,
 * and the prediction of the cells' grating tuning from the reconstructed receptive fields.
 */
class ReceptiveFieldIT extends OnTheWorkbench {
    private static final int SIZE = 31;

    @TempDir
    Path tmp;

    @Test
    void simpleCellAwaAtFullResolutionRecoversItsGabor() throws Exception {
        Path config = Dist.writeConfig(tmp, "{\"model\": {\"id\": \"synthetic-v1\", \"size\": 31},"
                + " \"layers\": [\"simple\"], \"stimulus\": {\"id\": \"noise\", \"type\": \"gaussian\", \"count\": 20000},"
                + " \"metrics\": [], \"estimators\": [\"awa\"], \"receptiveField\": {\"grid\": 0}, \"seed\": 7}");
        Path out = tmp.resolve("awa");
        Dist.Result r = Dist.run(cli, "run", "--config", config.toString(), "--out", out.toString());
        assertThat(r.code()).as(r.all()).isZero();
        assertThat(r.all()).contains("reverse correlation: 20,000 stimuli").contains("d = 961");
        assertThat(Files.readString(out.resolve("manifest.json"))).contains("\"receptive_field\"").contains("\"dimension\": 961");
        assertThat(npy(out.resolve("rf.npz"), "simple.patch")).containsExactly(0, 0, 31, 31, 1, 31, 31, 1);
        double[] awa = npy(out.resolve("rf.npz"), "simple.awa.awa");
        double[] p = npy(out.resolve("rf.npz"), "simple.awa.p");
        int d = SIZE * SIZE;
        assertThat(awa).hasSize(16 * d);
        List<Map<String, String>> units = Dist.readCsv(out.resolve("units.csv"));
        for (int u = 0; u < 16; u++) {
            double[] a = java.util.Arrays.copyOfRange(awa, u * d, (u + 1) * d);
            assertThat(Correlation.pearson(a, pooled(gabor(units.get(u), 0), 1))).as("simple cell %d", u).isGreaterThanOrEqualTo(0.9);
            assertThat(p[u]).as("AWA p of simple cell %d", u).isEqualTo(1.0 / 100);
        }
        assertThat(Files.size(out.resolve("rf/simple.awa.png"))).isPositive();
    }

    @Test
    void awcRecoversComplexCellsAndTheReceptiveFieldsPredictEveryCellsTuning() throws Exception {
        Path config = Dist.writeConfig(tmp, "{\"model\": {\"id\": \"synthetic-v1\", \"size\": 31},"
                + " \"layers\": [\"simple\", \"complex\"], \"stimulus\": {\"id\": \"noise\", \"type\": \"gaussian\", \"count\": 20000},"
                + " \"metrics\": [], \"estimators\": [\"awa\", {\"id\": \"awc\", \"shuffles\": 39}],"
                + " \"receptiveField\": {\"grid\": 16},"
                + " \"prediction\": {\"id\": \"gratings\", \"orientationCount\": 12, \"sfCount\": 8, \"phaseCount\": 8}, \"seed\": 5}");
        Path out = tmp.resolve("awc");
        Dist.Result r = Dist.run(cli, "run", "--config", config.toString(), "--out", out.toString());
        assertThat(r.code()).as(r.all()).isZero();
        Path npz = out.resolve("rf.npz");
        assertThat(npy(npz, "complex.patch")).containsExactly(0, 0, 31, 31, 2, 16, 16, 1);
        int d = 16 * 16;
        List<Map<String, String>> units = Dist.readCsv(out.resolve("units.csv"));
        double[] complexAxes = npy(npz, "complex.awc.axes");
        double[] complexExc = npy(npz, "complex.awc.excitatory");
        double[] complexAwaP = npy(npz, "complex.awa.p");
        int significantComplexAwa = 0;
        for (int u = 0; u < 16; u++) {
            Map<String, String> t = units.get(16 + u);
            assertThat(complexAxes[2 * u]).as("excitatory axes of complex cell %d", u).isEqualTo(2);
            int k = 4 * d * u;
            double[][] found = {java.util.Arrays.copyOfRange(complexExc, k, k + d), java.util.Arrays.copyOfRange(complexExc, k + d, k + 2 * d)};
            double[][] truth = {toDouble(pooled(gabor(t, 0), 2)), toDouble(pooled(gabor(t, 90), 2))};
            double[] angles = org.unitscope.math.rf.PrincipalAngles.degrees(found, truth);
            assertThat(angles[1]).as("largest principal angle of complex cell %d", u).isLessThan(15.0);
            significantComplexAwa += complexAwaP[u] <= 0.05 ? 1 : 0;
        }
        // a complex cell's AWA is ~0: not significant, up to the test's level over 16 cells
        assertThat(significantComplexAwa).isLessThanOrEqualTo(2);

        double[] simpleAwa = npy(npz, "simple.awa.awa");
        double[] simpleAxes = npy(npz, "simple.awc.axes");
        for (int u = 0; u < 16; u++) {
            float[] truth = pooled(gabor(units.get(u), 0), 2);
            assertThat(Correlation.pearson(java.util.Arrays.copyOfRange(simpleAwa, u * d, (u + 1) * d), truth)).as("simple %d", u)
                    .isGreaterThanOrEqualTo(0.9);
            assertThat(simpleAxes[2 * u] + simpleAxes[2 * u + 1]).as("AWC axes of simple cell %d", u).isBetween(1.0, 2.0);
        }

        // prediction: every cell's tuning from its receptive field agrees with its measured tuning
        List<Map<String, String>> rows = Dist.readCsv(out.resolve("prediction.csv"));
        assertThat(rows.stream().filter(x -> x.get("estimator").equals("awc"))).hasSize(32);
        assertThat(rows.stream().filter(x -> x.get("estimator").equals("awa") && x.get("layer").equals("simple"))).hasSize(16);
        for (Map<String, String> row : rows) {
            if (row.get("estimator").equals("awa") && row.get("layer").equals("complex")) {
                continue;
            }
            assertThat(Double.parseDouble(row.get("abs_delta_orientation"))).as(row.toString()).isLessThanOrEqualTo(15.0);
            assertThat(Double.parseDouble(row.get("sf_error_octaves"))).as(row.toString()).isLessThanOrEqualTo(0.6);
        }
        List<Map<String, String>> summary = Dist.readCsv(out.resolve("prediction-summary.csv"));
        assertThat(summary).anySatisfy(x -> assertThat(x).containsEntry("layer", "complex").containsEntry("estimator", "awc")
                .containsEntry("fraction_within_15", "1.000000"));
        for (String png : List.of("rf/simple.awa.png", "rf/complex.awc.png", "rf/complex.awc.spectrum.png", "rf/prediction.awc.orientation.png")) {
            assertThat(javax.imageio.ImageIO.read(out.resolve(png).toFile())).as(png).isNotNull();
        }
    }

    @Test
    void unitsSplitIntoPassesUnderAMemoryBudgetGiveIdenticalResults() throws Exception {
        String base = "{\"model\": {\"id\": \"synthetic-v1\", \"size\": 31}, \"layers\": [\"complex\"],"
                + " \"stimulus\": {\"id\": \"noise\", \"type\": \"binary\", \"count\": 3000}, \"metrics\": [],"
                + " \"estimators\": [\"awa\", {\"id\": \"awc\", \"shuffles\": 39}], \"seed\": 3, \"receptiveField\": {\"grid\": 8";
        Path one = tmp.resolve("one");
        Path many = tmp.resolve("many");
        Dist.Result a = Dist.run(cli, "run", "--config", Dist.writeConfig(tmp.resolve("a"), base + "}}").toString(), "--out", one.toString());
        // the command line's --max-memory overrides the description's budget
        Dist.Result b = Dist.run(cli, "run", "--config", Dist.writeConfig(tmp.resolve("b"), base + ", \"maxMemory\": \"1g\"}}").toString(),
                "--out", many.toString(), "--max-memory", "3m");
        assertThat(a.code()).as(a.all()).isZero();
        assertThat(b.code()).as(b.all()).isZero();
        assertThat(a.all()).contains("-> 1 pass(es)");
        assertThat(b.all()).contains("budget 3.0 MB -> 9 pass(es)");
        assertThat(Files.readAllBytes(many.resolve("rf.npz"))).isEqualTo(Files.readAllBytes(one.resolve("rf.npz")));
    }

    @Test
    void aBudgetTooSmallForOneUnitFailsBeforeProbingWithWhatToChange() throws Exception {
        Path config = Dist.writeConfig(tmp, "{\"model\": {\"id\": \"synthetic-v1\", \"size\": 31}, \"layers\": [\"complex\"],"
                + " \"stimulus\": {\"id\": \"noise\", \"count\": 100}, \"metrics\": [], \"estimators\": [\"awc\"],"
                + " \"receptiveField\": {\"grid\": 0, \"maxMemory\": \"64m\"}}");
        Dist.Result r = Dist.run(cli, "run", "--config", config.toString(), "--out", tmp.resolve("small").toString());
        assertThat(r.code()).isNotZero();
        assertThat(r.all()).contains("one unit of complex needs").contains("d = 961").contains("--max-memory");
        assertThat(r.all()).doesNotContain("probe 100/100");
    }

    @Test
    void awcAtFullResolutionRunsMatrixFreeAgreesWithTheFullSpectrumAndGivesTheSameBytesWhateverTheBudget() throws Exception {
        String config = "{\"model\": {\"id\": \"synthetic-v1\", \"size\": 21, \"rf\": 21, \"orientations\": [0, 90]},"
                + " \"layers\": [\"complex\"], \"stimulus\": {\"id\": \"noise\", \"type\": \"gaussian\", \"count\": 4000},"
                + " \"metrics\": [], \"estimators\": [{\"id\": \"awc\", \"shuffles\": 19, \"alpha\": 0.1, \"matrixFreeFrom\": %d}],"
                + " \"receptiveField\": {\"grid\": 0}, \"seed\": 4}";
        Path held = tmp.resolve("held");
        Path mapped = tmp.resolve("mapped");
        Path dense = tmp.resolve("dense");
        Dist.Result a = Dist.run(cli, "run", "--config", Dist.writeConfig(tmp.resolve("a"), config.formatted(0)).toString(),
                "--out", held.toString());
        // 30 MB holds one unit's Krylov blocks but not also the patch matrix: it is memory-mapped, units go one by one
        Dist.Result b = Dist.run(cli, "run", "--config", Dist.writeConfig(tmp.resolve("b"), config.formatted(0)).toString(),
                "--out", mapped.toString(), "--max-memory", "30m");
        // the same units through the d x d sums (full spectrum)
        Dist.Result c = Dist.run(cli, "run", "--config", Dist.writeConfig(tmp.resolve("c"), config.formatted(600)).toString(),
                "--out", dense.toString());
        for (Dist.Result r : List.of(a, b, c)) {
            assertThat(r.code()).as(r.all()).isZero();
        }
        assertThat(a.all()).contains("complex awc (matrix-free): patch matrix 4,000 x 441").contains("in memory");
        assertThat(b.all()).contains("memory-mapped from a temporary file").contains("1 unit(s) per group, 4 group(s)");
        assertThat(c.all()).doesNotContain("matrix-free");
        assertThat(Files.readAllBytes(mapped.resolve("rf.npz"))).isEqualTo(Files.readAllBytes(held.resolve("rf.npz")));
        assertThat(Files.readString(held.resolve("manifest.json"))).contains("\"matrix_free\"");
        assertThat(javax.imageio.ImageIO.read(held.resolve("rf/complex.awc.spectrum.png").toFile())).isNotNull();

        int d = 21 * 21;
        Path npz = held.resolve("rf.npz");
        double[] highest = npy(npz, "complex.awc.eigenvalues_highest");
        double[] lowest = npy(npz, "complex.awc.eigenvalues_lowest");
        double[] spectrum = npy(dense.resolve("rf.npz"), "complex.awc.eigenvalues");
        assertThat(npy(npz, "complex.awc.converged")).containsOnly(1.0);
        assertThat(npy(npz, "complex.awc.axes")).containsExactly(npy(dense.resolve("rf.npz"), "complex.awc.axes"));
        double[] exc = npy(npz, "complex.awc.excitatory");
        double[] denseExc = npy(dense.resolve("rf.npz"), "complex.awc.excitatory");
        double[] axes = npy(npz, "complex.awc.axes");
        for (int u = 0; u < 4; u++) {
            double scale = Math.max(Math.abs(spectrum[u * d]), Math.abs(spectrum[u * d + d - 1]));
            for (int i = 0; i < 8; i++) {
                assertThat(Math.abs(highest[u * 8 + i] - spectrum[u * d + i])).as("unit %d, eigenvalue %d", u, i).isLessThan(1e-6 * scale);
                assertThat(Math.abs(lowest[u * 8 + i] - spectrum[u * d + d - 1 - i])).isLessThan(1e-6 * scale);
            }
            int n = (int) axes[2 * u];
            assertThat(n).as("excitatory axes of complex cell %d", u).isPositive();
            double[][] found = new double[n][];
            double[][] reference = new double[n][];
            for (int k = 0; k < n; k++) {
                found[k] = java.util.Arrays.copyOfRange(exc, (4 * u + k) * d, (4 * u + k + 1) * d);
                reference[k] = java.util.Arrays.copyOfRange(denseExc, (4 * u + k) * d, (4 * u + k + 1) * d);
            }
            assertThat(org.unitscope.math.rf.PrincipalAngles.degrees(found, reference)[n - 1]).as("complex cell %d", u).isLessThan(0.1);
        }
    }

    private static float[] gabor(Map<String, String> t, double phaseOffset) {
        // a complex cell has no phase: any quadrature pair spans its subspace
        String phase = t.get("true_phase_deg");
        return new Gabor(Double.parseDouble(t.get("true_orientation_deg")), Double.parseDouble(t.get("true_sf_cpp")),
                (phase == null || phase.isEmpty() ? 0 : Double.parseDouble(phase)) + phaseOffset, Double.parseDouble(t.get("true_sigma_px")), 0, 0).kernel(SIZE);
    }

    /** The true filter seen through the estimator's reduced basis: means of block x block pixels (partial at the edge). */
    static float[] pooled(float[] image, int block) {
        int cells = (SIZE + block - 1) / block;
        float[] out = new float[cells * cells];
        for (int gr = 0; gr < cells; gr++) {
            for (int gc = 0; gc < cells; gc++) {
                double sum = 0;
                int n = 0;
                for (int r = gr * block; r < Math.min(SIZE, (gr + 1) * block); r++) {
                    for (int c = gc * block; c < Math.min(SIZE, (gc + 1) * block); c++) {
                        sum += image[r * SIZE + c];
                        n++;
                    }
                }
                out[gr * cells + gc] = (float) (sum / n);
            }
        }
        return out;
    }

    private static double[] toDouble(float[] x) {
        double[] out = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            out[i] = x[i];
        }
        return out;
    }

    /** A float64 array from an .npz written by the engine. */
    static double[] npy(Path npz, String name) throws Exception {
        try (ZipFile zip = new ZipFile(npz.toFile())) {
            ZipEntry e = zip.getEntry(name + ".npy");
            assertThat(e).as(name).isNotNull();
            try (InputStream in = zip.getInputStream(e)) {
                ByteBuffer b = ByteBuffer.wrap(in.readAllBytes()).order(ByteOrder.LITTLE_ENDIAN);
                int header = b.getShort(8) & 0xffff;
                b.position(10 + header);
                double[] out = new double[b.remaining() / 8];
                b.asDoubleBuffer().get(out);
                return out;
            }
        }
    }

}
