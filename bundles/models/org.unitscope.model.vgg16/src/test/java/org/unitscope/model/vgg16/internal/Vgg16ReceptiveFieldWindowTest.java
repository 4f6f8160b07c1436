package org.unitscope.model.vgg16.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.unitscope.api.model.Readout;
import org.unitscope.api.model.RfWindow;
import org.unitscope.djl.Preprocessing;

/**
 * The window a probe reports is where the read-out unit looks: a pixel just outside it changes nothing, a pixel on
 * its edge changes the unit. Checked on the cropped probe, in its own input coordinates, for several layers.
 */
class Vgg16ReceptiveFieldWindowTest {
    private static Vgg16Model model;

    @BeforeAll
    static void build() {
        Vgg16Weights he = HeInitialization.weights(new Vgg16Topology(3, new int[] {8, 8, 8, 8, 8}), 3);
        SplittableRandom r = new SplittableRandom(5);
        Vgg16Weights w = new Vgg16Weights("test", "test", null, "none");
        he.layers().forEach((name, t) -> {
            float[] bias = new float[t.out()];
            for (int i = 0; i < bias.length; i++) {
                bias[i] = (float) (r.nextDouble() * 0.2);
            }
            w.put(name, new Vgg16Weights.Tensors(t.kernel(), bias, t.out(), t.in()));
        });
        model = new Vgg16Model(w, 224, Preprocessing.NONE, "test");
    }

    @AfterAll
    static void close() {
        model.close();
    }

    @ParameterizedTest
    @CsvSource({"block1_conv2, centre", "block2_conv2, centre", "block3_conv1, centre", "block3_conv3, 10;40", "block4_conv1, centre"})
    void onlyPixelsInsideTheWindowMatter(String layer, String where) {
        Readout readout = where.equals("centre") ? Readout.centre() : Readout.at(Integer.parseInt(where.split(";")[0]),
                Integer.parseInt(where.split(";")[1]));
        try (Vgg16Probe p = model.openProbe(List.of(layer), readout, true)) {
            RfWindow win = p.receptiveField(layer).orElseThrow();
            int side = p.inputSize();
            assertThat(win.size()).isEqualTo(model.description().layer(layer).orElseThrow().rf().size());
            float[] base = new float[3 * side * side];
            SplittableRandom r = new SplittableRandom(9);
            for (int i = 0; i < base.length; i++) {
                base[i] = (float) r.nextDouble();
            }
            float[] reference = p.forward(base, 1).get(layer);
            int mid = win.row() + win.size() / 2;
            int midCol = win.col() + win.size() / 2;
            int[][] outside = {{win.row() - 1, midCol}, {win.row() + win.size(), midCol}, {mid, win.col() - 1}, {mid, win.col() + win.size()}};
            int[][] edge = {{win.row(), midCol}, {win.row() + win.size() - 1, midCol}, {mid, win.col()}, {mid, win.col() + win.size() - 1}};
            for (int[] px : outside) {
                if (px[0] >= 0 && px[0] < side && px[1] >= 0 && px[1] < side) {
                    assertThat(p.forward(poke(base, side, px), 1).get(layer)).as("%s outside at %d,%d", layer, px[0], px[1])
                            .containsExactly(reference);
                }
            }
            for (int[] px : edge) {
                assertThat(px[0]).isBetween(0, side - 1);
                assertThat(px[1]).isBetween(0, side - 1);
                assertThat(p.forward(poke(base, side, px), 1).get(layer)).as("%s edge at %d,%d", layer, px[0], px[1])
                        .isNotEqualTo(reference);
            }
        }
    }

    /** The image with one pixel (all channels) pushed far above the rest: it becomes every max-pool's winner. */
    private static float[] poke(float[] base, int side, int[] px) {
        float[] x = base.clone();
        for (int c = 0; c < 3; c++) {
            x[(c * side + px[0]) * side + px[1]] = 100f;
        }
        return x;
    }
}
