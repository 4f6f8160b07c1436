package org.unitscope.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Natural images and category selectivity inside the real framework, on real data (Fashion-MNIST from Debian's
 * dataset-fashion-mnist): the template-matcher ground truth, the reference network, and bad files that are
 * skipped and listed without stopping the run.
 */
class CategoryIT extends OnTheWorkbench {

    @TempDir
    Path tmp;

    @Test
    void templateUnitsAreMostSelectiveForTheirOwnCategoryAndTheConstantUnitForNone() throws Exception {
        Path out = tmp.resolve("templates");
        Dist.Result r = Dist.run(cli, "run", "--config", Dist.get().conf().resolve("runs/templates-ground-truth.json").toString(),
                "--out", out.toString());
        assertThat(r.code()).as(r.all()).isZero();
        List<Map<String, String>> units = Dist.readCsv(out.resolve("units.csv"));
        assertThat(units).hasSize(11);
        for (Map<String, String> u : units.subList(0, 10)) {
            assertThat(Double.parseDouble(u.get("cat_best"))).as(u.toString()).isEqualTo(Double.parseDouble(u.get("true_category")));
            assertThat(u.get("cat_selective")).as(u.toString()).startsWith("1");
        }
        Map<String, String> constant = units.get(10);
        assertThat(constant.get("true_constant")).startsWith("1");
        assertThat(constant.get("cat_selective")).as(constant.toString()).startsWith("0");
        assertThat(Files.readString(out.resolve("summary.json"))).contains("\"selective_fraction\"");
        assertThat(Files.readString(out.resolve("manifest.json"))).contains("\"count\": 10000");
    }

    @Test
    void theReferenceNetworkOnFashionMnistReportsPerLayerFractions() throws Exception {
        Path config = Dist.writeConfig(tmp, "{\"model\": {\"id\": \"vgg16\", \"weights\": \"models/fashion-mnist-vgg16-w16.params\"},"
                + " \"stimulus\": {\"id\": \"idx-images\", \"imagesPerCategory\": 100, \"shuffle\": true},"
                + " \"metrics\": [\"category\"], \"seed\": 2}");
        Path out = tmp.resolve("reference");
        Dist.Result r = Dist.run(cli, "run", "--config", config.toString(), "--out", out.toString());
        assertThat(r.code()).as(r.all()).isZero();
        String figures = Files.readString(out.resolve("summary.json"));
        for (String layer : List.of("block1_conv1", "block3_conv3", "block5_conv3")) {
            assertThat(figures).contains("\"" + layer + "\"");
        }
        assertThat(figures).contains("\"best_category_counts\"").contains("Trouser");
        assertThat(Dist.readCsv(out.resolve("units.csv"))).hasSize(1056);
    }

    @Test
    void badImagesAreSkippedAndListedAndTheRunCompletes() throws Exception {
        Path root = tmp.resolve("images");
        Files.createDirectories(root.resolve("bright"));
        Files.createDirectories(root.resolve("dark"));
        for (int i = 0; i < 3; i++) {
            ImageIO.write(uniform(200 + i), "png", root.resolve("bright/b" + i + ".png").toFile());
            ImageIO.write(uniform(20 + i), "png", root.resolve("dark/d" + i + ".png").toFile());
        }
        ImageIO.write(uniform(100), "jpg", root.resolve("dark/full.jpg").toFile());
        byte[] jpeg = Files.readAllBytes(root.resolve("dark/full.jpg"));
        Files.write(root.resolve("dark/truncated.jpg"), java.util.Arrays.copyOf(jpeg, jpeg.length / 2));
        Files.write(root.resolve("bright/empty.png"), new byte[0]);
        Files.writeString(root.resolve("bright/notes.png"), "not an image");
        Path config = Dist.writeConfig(tmp, "{\"model\": \"synthetic-v1\", \"stimulus\": {\"id\": \"image-folder\", \"root\": \"" + root + "\"},"
                + " \"metrics\": [\"category\"]}");
        Path out = tmp.resolve("bad");
        Dist.Result r = Dist.run(cli, "run", "--config", config.toString(), "--out", out.toString());
        assertThat(r.code()).as(r.all()).isZero();
        assertThat(r.all()).contains("skipped");
        String manifest = Files.readString(out.resolve("manifest.json"));
        assertThat(manifest).contains("\"status\": \"complete\"").contains("empty.png").contains("notes.png").contains("truncated.jpg");
    }

    private static BufferedImage uniform(int gray) {
        BufferedImage img = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 30; y++) {
            for (int x = 0; x < 40; x++) {
                img.setRGB(x, y, (gray << 16) | (gray << 8) | gray);
            }
        }
        return img;
    }
}
