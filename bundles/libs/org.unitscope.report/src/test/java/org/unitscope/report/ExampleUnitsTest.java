package org.unitscope.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unitscope.math.io.NpyArray;
import org.unitscope.math.io.NpzWriter;

class ExampleUnitsTest {
    @TempDir
    Path tmp;

    private static Map<String, String> unit(int channel, String status, String cv, String peak) {
        return Map.of("channel", String.valueOf(channel), "ori_status", status, "circ_var", cv, "peak_response", peak);
    }

    @Test
    void theExampleIsTheSharpestTunedUnitAndTheLowestChannelOnATie() {
        assertThat(ExampleUnits.choose(List.of(unit(0, "multi-peaked", "0.1", "9"), unit(1, "tuned", "0.4", "1"),
                unit(2, "tuned", "0.2", "1"), unit(3, "tuned", "0.2", "5")))).isEqualTo(2);
    }

    @Test
    void aLayerWithoutTunedUnitsShowsItsStrongestUnitAndAnEmptyLayerNone() {
        assertThat(ExampleUnits.choose(List.of(unit(0, "unresponsive", "", ""), unit(1, "multi-peaked", "0.8", "3"),
                unit(2, "untuned", "0.95", "3")))).isEqualTo(1);
        assertThat(ExampleUnits.choose(List.of(unit(0, "unresponsive", "", ""), unit(1, "unresponsive", "", "")))).isZero();
        assertThat(ExampleUnits.choose(List.of())).isEqualTo(-1);
    }

    @Test
    void theExamplesCurveAndSpectrumAreTheRowsOfTheResultsFiles() throws Exception {
        Path run = Files.createDirectories(tmp.resolve("run"));
        Files.writeString(run.resolve("manifest.json"), "{\"status\": \"complete\", \"unitscope\": {}, \"run\": {\"name\": \"r\", \"seed\": 1},"
                + " \"model\": {\"id\": \"m\"}, \"layers\": [{\"name\": \"c\"}], \"stimulus\": {\"id\": \"gratings\"},"
                + " \"metrics\": [{\"id\": \"orientation\"}]}");
        Files.writeString(run.resolve("units.csv"), "layer,channel,ori_status,circ_var,peak_response\nc,0,tuned,0.5,1\nc,1,tuned,0.1,1\n");
        double[][] curves = {{1, 2, 3, 4}, {4, 3, 2, 9}};
        try (OutputStream out = Files.newOutputStream(run.resolve("curves.npz"))) {
            NpzWriter.write(out, Map.of("c.orientation_tuning", NpyArray.of(curves), "c.orientation_tuning.axis",
                    NpyArray.of(new double[] {0, 45, 90, 135}, 4)));
        }
        try (OutputStream out = Files.newOutputStream(run.resolve("rf.npz"))) {
            NpzWriter.write(out, Map.of("c.awc.eigenvalues", NpyArray.of(new double[][] {{1, 2, 3}, {0.5, 3, 0.1}}),
                    "c.awc.null_interval", NpyArray.of(new double[][] {{0, 1}, {0.2, 2}}),
                    // units x channels x 2 x 2: unit 1's AWA is the mean of its two channels
                    "c.awa.awa", NpyArray.of(new double[] {0, 0, 0, 0, 0, 0, 0, 0, 1, 2, 3, 4, 3, 4, 5, 6}, 2, 2, 2, 2)));
        }
        HtmlReport.write(StudyResults.read(run), tmp.resolve("report"));
        var figures = JsonParser.parseString(Files.readString(tmp.resolve("report/report.json"))).getAsJsonObject().getAsJsonArray("figures");
        JsonObject curve = figures.asList().stream().map(f -> f.getAsJsonObject())
                .filter(f -> f.get("id").getAsString().equals("example-orientation_tuning-c")).findFirst().orElseThrow();
        assertThat(curve.get("caption").getAsString()).startsWith("unit 1:");
        assertThat(curve.getAsJsonObject("data").getAsJsonArray("y").toString()).isEqualTo("[4.0,3.0,2.0,9.0]");
        JsonObject spectrum = figures.asList().stream().map(f -> f.getAsJsonObject())
                .filter(f -> f.get("id").getAsString().equals("example-spectrum-c")).findFirst().orElseThrow();
        assertThat(spectrum.getAsJsonObject("data").getAsJsonArray("eigenvalues").toString()).as("unit 1, ascending").isEqualTo("[0.1,0.5,3.0]");
        assertThat(spectrum.getAsJsonObject("data").getAsJsonArray("null_interval").toString()).isEqualTo("[0.2,2.0]");
        JsonObject rf = figures.asList().stream().map(f -> f.getAsJsonObject())
                .filter(f -> f.get("id").getAsString().equals("example-rf-c")).findFirst().orElseThrow();
        double n = Math.sqrt(4 + 9 + 16 + 25);
        assertThat(rf.getAsJsonObject("data").getAsJsonArray("AWA").asList().stream().mapToDouble(e -> e.getAsDouble()).toArray())
                .as("channel mean, unit norm").containsExactly(new double[] {2 / n, 3 / n, 4 / n, 5 / n}, org.assertj.core.data.Offset.offset(1e-12));
    }

    @Test
    void aTopImageIsReadBackFromTheIdxFileItCameFrom() throws Exception {
        Path idx = tmp.resolve("images-idx3-ubyte.gz");
        try (var out = new java.io.DataOutputStream(new java.util.zip.GZIPOutputStream(Files.newOutputStream(idx)))) {
            out.writeInt(0x00000803);
            out.writeInt(3);
            out.writeInt(2);
            out.writeInt(2);
            out.write(new byte[] {0, 0, 0, 0, 10, 20, 30, 40, (byte) 200, (byte) 210, (byte) 220, (byte) 230});
        }
        var img = TopImages.idxImage(idx, 2);
        assertThat(new int[] {img.getWidth(), img.getHeight()}).containsExactly(2, 2);
        assertThat(img.getRaster().getSample(0, 0, 0)).isEqualTo(200);
        assertThat(img.getRaster().getSample(1, 1, 0)).isEqualTo(230);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> TopImages.idxImage(idx, 3)).hasMessageContaining("image 3 of 3");
    }
}
