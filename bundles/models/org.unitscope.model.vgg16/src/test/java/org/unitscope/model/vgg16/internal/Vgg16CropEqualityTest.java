package org.unitscope.model.vgg16.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.unitscope.api.model.Readout;
import org.unitscope.api.model.Preprocessing;
import org.unitscope.math.grating.Aperture;
import org.unitscope.math.grating.Grating;

/**
 * The main speed lever must change nothing: for every VGG16 layer, the centre units computed on the crop that
 * covers their receptive field (network truncated after the layer) equal those computed on the full 224 px
 * image, on random images and on gratings (relative error <= 1e-5). Standard widths, He weights plus random
 * biases (so padding and biases both matter).
 */
class Vgg16CropEqualityTest {
    private static final int N = 224;
    private static Vgg16Model model;
    private static float[] images;
    private static final int COUNT = 3;

    @BeforeAll
    static void build() {
        Vgg16Weights he = HeInitialization.weights(Vgg16Topology.standard(3), 7);
        SplittableRandom r = new SplittableRandom(11);
        Vgg16Weights w = new Vgg16Weights("test", "test", null, Preprocessing.TORCH);
        he.layers().forEach((name, t) -> {
            float[] bias = new float[t.out()];
            for (int i = 0; i < bias.length; i++) {
                bias[i] = (float) (r.nextDouble() - 0.5) * 0.2f;
            }
            w.put(name, new Vgg16Weights.Tensors(t.kernel(), bias, t.out(), t.in()));
        });
        model = new Vgg16Model(w, N, Preprocessing.TORCH, "test");
        images = new float[COUNT * 3 * N * N];
        for (int i = 0; i < 2 * 3 * N * N; i++) {
            images[i] = (float) r.nextDouble();
        }
        float[] plane = new float[N * N];
        new Grating(30, 0.05, 45, 0.8, 0.5).render(N, Aperture.NONE, plane, 0);
        for (int c = 0; c < 3; c++) {
            System.arraycopy(plane, 0, images, (2 * 3 + c) * N * N, N * N);
        }
    }

    @AfterAll
    static void close() {
        model.close();
    }

    @Test
    void croppedAndTruncatedEqualsFullImageForEveryLayer() {
        List<String> all = model.description().layerNames();
        Map<String, float[]> full;
        try (Vgg16Probe p = model.openProbe(all, Readout.centre(), false)) {
            assertThat(p.inputSize()).isEqualTo(N);
            full = p.forward(images, COUNT);
        }
        for (String layer : all) {
            try (Vgg16Probe p = model.openProbe(List.of(layer), Readout.centre(), true)) {
                float[] cropped = p.forward(p.plan().cut(images, COUNT, 3, N), COUNT).get(layer);
                double error = relativeError(cropped, full.get(layer));
                System.out.printf("%s: crop %d px, relative error %.2e%n", layer, p.inputSize(), error);
                assertThat(error).as("%s (crop %d px)", layer, p.inputSize()).isLessThanOrEqualTo(1e-5);
                if (!layer.startsWith("block5")) {
                    assertThat(p.inputSize()).as(layer).isLessThan(N);
                }
            }
        }
    }

    @Test
    void onePassServesSeveralLayersWithTheCropOfTheDeepest() {
        List<String> some = List.of("block2_conv1", "block3_conv3", "block4_conv2");
        Map<String, float[]> full;
        try (Vgg16Probe p = model.openProbe(some, Readout.centre(), false)) {
            full = p.forward(images, COUNT);
        }
        try (Vgg16Probe p = model.openProbe(some, Readout.centre(), true)) {
            Map<String, float[]> cropped = p.forward(p.plan().cut(images, COUNT, 3, N), COUNT);
            for (String l : some) {
                assertThat(relativeError(cropped.get(l), full.get(l))).as(l).isLessThanOrEqualTo(1e-5);
            }
        }
    }

    @Test
    void positionReadoutCropsAroundThatUnit() {
        Readout at = Readout.at(3, 20);
        Map<String, float[]> full;
        try (Vgg16Probe p = model.openProbe(List.of("block3_conv2"), at, false)) {
            full = p.forward(images, COUNT);
        }
        try (Vgg16Probe p = model.openProbe(List.of("block3_conv2"), at, true)) {
            assertThat(p.inputSize()).isLessThan(N);
            float[] cropped = p.forward(p.plan().cut(images, COUNT, 3, N), COUNT).get("block3_conv2");
            assertThat(relativeError(cropped, full.get("block3_conv2"))).isLessThanOrEqualTo(1e-5);
        }
    }

    /** max |a - b| / max |b|. */
    static double relativeError(float[] a, float[] b) {
        assertThat(a).hasSameSizeAs(b);
        double diff = 0;
        double scale = 0;
        for (int i = 0; i < a.length; i++) {
            diff = Math.max(diff, Math.abs(a[i] - b[i]));
            scale = Math.max(scale, Math.abs(b[i]));
        }
        assertThat(scale).isPositive();
        return diff / scale;
    }
}
