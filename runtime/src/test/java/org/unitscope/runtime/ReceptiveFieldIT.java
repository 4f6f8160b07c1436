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

/**
 * Reverse correlation end to end in the real framework: seeded white noise through the synthetic V1 network, the
 * "awa" estimator on the patch under each simple cell's receptive field; the AWA must correlate >= 0.9 with the
 * cell's true Gabor (SCIENCE.md: 0.954 expected at d = 1,024, N = 20,000).
 */
class ReceptiveFieldIT extends OnTheWorkbench {

    @TempDir
    Path tmp;

    @Test
    void simpleCellAwaRecoversItsGabor() throws Exception {
        Path config = Dist.writeConfig(tmp, "{\"model\": {\"id\": \"synthetic-v1\", \"size\": 31},"
                + " \"layers\": [\"simple\"], \"stimulus\": {\"id\": \"noise\", \"type\": \"gaussian\", \"count\": 20000},"
                + " \"metrics\": [], \"estimators\": [\"awa\"], \"seed\": 7}");
        Path out = tmp.resolve("awa");
        Dist.Result r = Dist.run(cli, "run", "--config", config.toString(), "--out", out.toString());
        assertThat(r.code()).as(r.all()).isZero();
        assertThat(Files.readString(out.resolve("manifest.json"))).contains("\"estimators\"").contains("\"dimension\": 961");
        double[] window = npy(out.resolve("rf.npz"), "simple.window");
        assertThat(window).containsExactly(0, 0, 31, 1);
        double[] awa = npy(out.resolve("rf.npz"), "simple.awa.awa");
        int d = 31 * 31;
        assertThat(awa).hasSize(16 * d);
        List<Map<String, String>> units = Dist.readCsv(out.resolve("units.csv"));
        for (int u = 0; u < 16; u++) {
            Map<String, String> t = units.get(u);
            float[] g = new Gabor(Double.parseDouble(t.get("true_orientation_deg")), Double.parseDouble(t.get("true_sf_cpp")),
                    Double.parseDouble(t.get("true_phase_deg")), Double.parseDouble(t.get("true_sigma_px")), 0, 0).kernel(31);
            double[] a = java.util.Arrays.copyOfRange(awa, u * d, (u + 1) * d);
            assertThat(correlation(a, g)).as("simple cell %d", u).isGreaterThanOrEqualTo(0.9);
        }
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

    static double correlation(double[] x, float[] y) {
        double mx = 0;
        double my = 0;
        for (int i = 0; i < x.length; i++) {
            mx += x[i] / x.length;
            my += y[i] / (double) y.length;
        }
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < x.length; i++) {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
            syy += (y[i] - my) * (y[i] - my);
        }
        return sxy / Math.sqrt(sxx * syy);
    }
}
