package org.unitscope.model.synthetic.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.unitscope.api.Parameters;
import org.unitscope.api.model.LoadedModel;
import org.unitscope.api.model.Probe;
import org.unitscope.api.model.Readout;
import org.unitscope.math.images.IdxFile;

/**
 * On real data (Fashion-MNIST from Debian's dataset-fashion-mnist; scripts/prerequisites installs it): template units
 * built from the training set's category means respond most, on the held-out test set, to their own category; the
 * constant unit responds equally to all.
 */
class TemplateGroundTruthTest {
    private static final Path DATA = Path.of("/usr/share/datasets/fashion-mnist");

    @Test
    void eachTemplateUnitPrefersItsCategoryOnTheTestSet() throws IOException {
        assertThat(DATA.resolve("t10k-images-idx3-ubyte.gz")).as("install dataset-fashion-mnist (scripts/prerequisites)").exists();
        SyntheticTemplatesBackend backend = new SyntheticTemplatesBackend();
        IdxFile images = IdxFile.read(DATA.resolve("t10k-images-idx3-ubyte.gz"));
        IdxFile labels = IdxFile.read(DATA.resolve("t10k-labels-idx1-ubyte.gz"));
        int n = 2000;
        try (LoadedModel m = backend.load(Parameters.resolve(backend.info(), Map.of()));
                Probe p = m.openProbe(List.of("template"), Readout.centre())) {
            int side = p.inputSize();
            int units = p.channels("template");
            assertThat(units).isEqualTo(11);
            float[] pixels = new float[n * side * side];
            for (int i = 0; i < n; i++) {
                images.image(i, side, pixels, i * side * side);
            }
            float[] r = p.forward(pixels, n).get("template");
            double[][] sum = new double[units][10];
            int[] count = new int[10];
            for (int i = 0; i < n; i++) {
                int c = labels.value(i);
                count[c]++;
                for (int u = 0; u < units; u++) {
                    sum[u][c] += r[i * units + u];
                }
            }
            for (int u = 0; u < 10; u++) {
                int best = 0;
                for (int c = 1; c < 10; c++) {
                    if (sum[u][c] / count[c] > sum[u][best] / count[best]) {
                        best = c;
                    }
                }
                assertThat(best).as("template unit %d", u).isEqualTo(u);
                assertThat(m.groundTruth("template", u)).containsEntry("category", (double) u);
            }
            for (int c = 0; c < 10; c++) {
                assertThat(sum[10][c] / count[c]).as("constant unit, category %d", c).isEqualTo(1.0);
            }
        }
        assertThat(Files.size(DATA.resolve("t10k-images-idx3-ubyte.gz"))).isPositive();
    }
}
