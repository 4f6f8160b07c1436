package org.unitscope.model.vgg16.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.unitscope.api.model.InputCrop;
import org.unitscope.api.model.Preprocessing;
import org.unitscope.api.model.Readout;
import org.unitscope.api.model.RfWindow;
import org.unitscope.djl.PerturbedWindow;

/**
 * The window the engine uses for a read-out unit (derived from the description's geometry, the readout and the
 * probe's crop: {@code ModelDescription.readoutWindow}) is where the unit looks: exactly the rows and columns whose
 * perturbation changes it, measured on the cropped probe in its own input coordinates, for several layers.
 */
class Vgg16ReceptiveFieldWindowTest {
    private static Vgg16Model model;
    private static Vgg16Model small;

    @BeforeAll
    static void build() {
        Vgg16Weights he = HeInitialization.weights(new Vgg16Topology(3, new int[] {8, 8, 8, 8, 8}), 3);
        SplittableRandom r = new SplittableRandom(5);
        Vgg16Weights w = new Vgg16Weights("test", "test", null, Preprocessing.NONE);
        he.layers().forEach((name, t) -> {
            float[] bias = new float[t.out()];
            for (int i = 0; i < bias.length; i++) {
                bias[i] = (float) (r.nextDouble() * 0.2);
            }
            w.put(name, new Vgg16Weights.Tensors(t.kernel(), bias, t.out(), t.in()));
        });
        model = new Vgg16Model(w, 224, Preprocessing.NONE, "test");
        small = new Vgg16Model(w, 64, Preprocessing.NONE, "test");
    }

    @AfterAll
    static void close() {
        model.close();
        small.close();
    }

    @ParameterizedTest
    @CsvSource({"block1_conv2, centre", "block2_conv2, centre", "block3_conv3, 10;40", "block4_conv1, centre"})
    void theEnginesWindowIsWherePerturbationsChangeTheUnit(String layer, String where) {
        Readout readout = where.equals("centre") ? Readout.centre() : Readout.at(Integer.parseInt(where.split(";")[0]),
                Integer.parseInt(where.split(";")[1]));
        try (Vgg16Probe p = model.openProbe(List.of(layer), readout, true)) {
            assertThat(p.inputSize()).as("the probe crops").isLessThan(224);
            RfWindow window = model.description().readoutWindow(layer, readout, p.inputCrop()).orElseThrow();
            assertThat(window.size()).isEqualTo(model.description().layer(layer).orElseThrow().rf().size());
            assertThat(PerturbedWindow.measure(p, layer, 9)).isEqualTo(PerturbedWindow.clip(window, p.inputSize()));
        }
    }

    /** The same unit with and without the crop: the window moves by the crop's origin, and both are measured right. */
    @Test
    void aCropMovesTheWindowByItsOriginOnly() {
        String layer = "block3_conv3";
        Readout readout = Readout.at(10, 12);
        try (Vgg16Probe cropped = small.openProbe(List.of(layer), readout, true);
                Vgg16Probe whole = small.openProbe(List.of(layer), readout, false)) {
            InputCrop crop = cropped.inputCrop();
            assertThat(crop.row()).as("a crop away from the corner").isPositive();
            assertThat(whole.inputCrop()).isEqualTo(InputCrop.whole(64));
            RfWindow inCrop = small.description().readoutWindow(layer, readout, crop).orElseThrow();
            RfWindow inWhole = small.description().readoutWindow(layer, readout, whole.inputCrop()).orElseThrow();
            assertThat(inCrop).isEqualTo(new RfWindow(inWhole.row() - crop.row(), inWhole.col() - crop.col(), inWhole.size()));
            assertThat(PerturbedWindow.measure(cropped, layer, 4)).isEqualTo(PerturbedWindow.clip(inCrop, cropped.inputSize()));
            assertThat(PerturbedWindow.measure(whole, layer, 4)).isEqualTo(PerturbedWindow.clip(inWhole, 64));
        }
    }
}
