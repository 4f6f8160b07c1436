package org.unitscope.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** VGG16 inside the real framework: geometry, the shipped reference network, weight files, errors. */
class Vgg16IT extends OnTheWorkbench {

    @TempDir
    Path tmp;

    static Path fixture(String name) {
        return Path.of(System.getProperty("unitscope.vgg16.fixtures"), name);
    }

    static String sha256(Path p) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p)));
    }

    @Test
    void layersPrintsTheGeometryOfTheSourcePaper() {
        Dist.Result r = Dist.run(cli, "layers", "--model", "vgg16");
        assertThat(r.code()).as(r.all()).isZero();
        assertThat(r.out()).contains("VGG16, untrained").containsPattern("block1_conv1\\s+64\\s+224\\s+3\\s+1\\s+0\\.0")
                .containsPattern("block3_conv3\\s+256\\s+56\\s+40\\s+4\\s+1\\.5")
                .containsPattern("block4_conv3\\s+512\\s+28\\s+92\\s+8\\s+3\\.5")
                .containsPattern("block5_conv3\\s+512\\s+14\\s+196\\s+16\\s+7\\.5").contains("13 layers, 4224 channels");
    }

    @Test
    void theDefaultRunUsesTheShippedReferenceNetwork() throws Exception {
        Path out = tmp.resolve("default");
        Dist.Result r = Dist.run(cli, "run", "--config", Dist.get().conf().resolve("runs/default.json").toString(), "--out", out.toString());
        assertThat(r.code()).as(r.all()).isZero();
        Path weights = Dist.get().home().resolve("models/fashion-mnist-vgg16-w16.params");
        String manifest = Files.readString(out.resolve("manifest.json"));
        assertThat(manifest).contains("\"sha256\": \"" + sha256(weights) + "\"").contains("\"preprocessing\": \"centred\"")
                .contains("\"weightsFormat\": \"djl-params\"").doesNotContainIgnoringCase("pretrained");
        List<Map<String, String>> units = Dist.readCsv(out.resolve("units.csv"));
        assertThat(units).hasSize(16 + 16 + 32 + 32 + 64 * 3 + 128 * 6);
        assertThat(r.out()).contains("block1_conv1: 16 units").contains("block5_conv3: 128 units");
    }

    @Test
    void kerasAndTorchScriptFilesLoadInsideTheFramework() throws Exception {
        for (String file : List.of("vgg16w4_keras_legacy.h5", "vgg16w4.weights.h5", "vgg16w4_torchvision.pt")) {
            Path f = fixture(file);
            Path config = Dist.writeConfig(tmp, "{\"model\": {\"id\": \"vgg16\", \"weights\": \"" + f + "\", \"inputSize\": 64},"
                    + " \"layers\": [\"block2_conv1\", \"block3_conv3\"], \"stimulus\": {\"id\": \"gratings\", \"phaseCount\": 4},"
                    + " \"metrics\": [\"orientation\"]}");
            Path out = tmp.resolve(file);
            Dist.Result r = Dist.run(cli, "run", "--config", config.toString(), "--out", out.toString());
            assertThat(r.code()).as(r.all()).isZero();
            assertThat(Files.readString(out.resolve("manifest.json"))).contains("\"sha256\": \"" + sha256(f) + "\"")
                    .contains(file.endsWith(".pt") ? "\"preprocessing\": \"torch\"" : "\"preprocessing\": \"caffe\"");
        }
    }

    @Test
    void aWrongWeightFileIsAClearErrorAndTheRunIsMarkedFailed() throws Exception {
        Path f = fixture("broken_wrong_shape.h5");
        Path config = Dist.writeConfig(tmp, "{\"model\": {\"id\": \"vgg16\", \"weights\": \"" + f + "\"}, \"stimulus\": \"gratings\"}");
        Path out = tmp.resolve("broken");
        Dist.Result r = Dist.run(cli, "run", "--config", config.toString(), "--out", out.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains(f.toString()).contains("block3_conv2/kernel has shape (17, 16, 3, 3), expected (16, 16, 3, 3)");
        assertThat(Files.readString(out.resolve("manifest.json"))).contains("\"status\": \"failed\"");
    }
}
