package org.unitscope.model.vgg16.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.unitscope.api.model.Preprocessing;
import org.unitscope.api.model.Readout;
import org.unitscope.math.grating.Aperture;
import org.unitscope.math.grating.Grating;

/**
 * The cone changes nothing: probing all 13 VGG16 layers at once with every intermediate map cut to the cone of the
 * read-out units gives the activations of the full, uncropped forward pass (relative error <= 1e-5), at 224 px and at
 * an odd 97 px, for the centre units and for units on the maps' borders (where 'same' padding must stay where the
 * full map has it). Standard widths, He weights plus random biases (so padding and biases both matter).
 */
class Vgg16ConeCropEqualityTest {
    private static final int COUNT = 3;
    private static final double TOLERANCE = 1e-5;
    private static Vgg16Weights weights;

    @BeforeAll
    static void build() {
        Vgg16Weights he = HeInitialization.weights(Vgg16Topology.standard(3), 5);
        SplittableRandom r = new SplittableRandom(13);
        weights = new Vgg16Weights("test", "test", null, Preprocessing.TORCH);
        he.layers().forEach((name, t) -> {
            float[] bias = new float[t.out()];
            for (int i = 0; i < bias.length; i++) {
                bias[i] = (float) (r.nextDouble() - 0.5) * 0.2f;
            }
            weights.put(name, new Vgg16Weights.Tensors(t.kernel(), bias, t.out(), t.in()));
        });
    }

    @AfterAll
    static void forget() {
        weights = null;
    }

    /** Two random images and a grating, {@code n} px. */
    private static float[] images(int n) {
        SplittableRandom r = new SplittableRandom(n);
        float[] images = new float[COUNT * 3 * n * n];
        for (int i = 0; i < 2 * 3 * n * n; i++) {
            images[i] = (float) r.nextDouble();
        }
        float[] plane = new float[n * n];
        new Grating(60, 0.07, 30, 0.9, 0.5).render(n, Aperture.NONE, plane, 0);
        for (int c = 0; c < 3; c++) {
            System.arraycopy(plane, 0, images, (2 * 3 + c) * n * n, n * n);
        }
        return images;
    }

    /** Every layer's read-out through the cone equals the full pass; returns the cone for checks of its extent. */
    private static ConePlan assertConeEqualsFull(int n, Readout readout) {
        float[] images = images(n);
        try (Vgg16Model model = new Vgg16Model(weights, n, Preprocessing.TORCH, "test")) {
            List<String> all = model.description().layerNames();
            Map<String, float[]> full;
            try (Vgg16Probe p = model.probe(all, readout, Vgg16Model.Cropping.NONE)) {
                assertThat(p.inputSize()).isEqualTo(n);
                full = p.forward(images, COUNT);
            }
            try (Vgg16Probe p = model.probe(all, readout, Vgg16Model.Cropping.CONE)) {
                Map<String, float[]> cone = p.forward(p.plan().cut(images, COUNT, 3, n), COUNT);
                for (String layer : all) {
                    double error = Vgg16CropEqualityTest.relativeError(cone.get(layer), full.get(layer));
                    System.out.printf("%d px, %s, %s: relative error %.2e%n", n, readout, layer, error);
                    assertThat(error).as("%s at %d px, read-out %s", layer, n, readout).isLessThanOrEqualTo(TOLERANCE);
                }
                return p.cone();
            }
        }
    }

    private static int stage(String layer) {
        Vgg16Topology t = Vgg16Topology.standard(3);
        return t.stage(t.conv(layer));
    }

    @Test
    void coneOfTheCentreUnitsOfAllLayersAt224EqualsTheFullPass() {
        ConePlan cone = assertConeEqualsFull(224, Readout.centre());
        // the cone is in force: block4_conv3 computes 14 x 14 of its 28 x 28 (26 x 26 on the 208 px input crop),
        // block5_conv3 one unit
        assertThat(cone.rows(stage("block4_conv3")).length()).isEqualTo(14);
        assertThat(cone.cols(stage("block4_conv3")).length()).isEqualTo(14);
        assertThat(cone.share(stage("block5_conv3"))).isEqualTo(1.0 / (13 * 13));
        assertThat(cone.share(stage("block1_conv2"))).isLessThan(0.9);
    }

    @Test
    void coneOfTheCentreUnitsAtAnOddSizeEqualsTheFullPass() {
        ConePlan cone = assertConeEqualsFull(97, Readout.centre());
        assertThat(cone.share(stage("block5_conv3"))).isLessThan(1.0);
    }

    @Test
    void coneOfUnitsOnTheMapBordersEqualsTheFullPass() {
        // row 13 is block5's last row at 224 px; (0, 5) touches the top and block5's right border at 97 px
        ConePlan at224 = assertConeEqualsFull(224, Readout.at(13, 2));
        assertThat(at224.share(stage("block4_conv3"))).isLessThan(0.5);
        ConePlan at97 = assertConeEqualsFull(97, Readout.at(0, 5));
        assertThat(at97.rows(stage("block1_conv1")).lo()).isZero();
        assertThat(at97.rowCut(0).pad()).isEqualTo(1);
    }
}
