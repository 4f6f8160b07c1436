package org.unitscope.djl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.LambdaBlock;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.unitscope.api.model.Preprocessing;
import org.unitscope.api.model.Readout;

/** Readouts and preprocessing on the PyTorch engine, checked against values computed by hand. */
class BlockProbeTest {
    private static NDManager manager;

    @BeforeAll
    static void engine() {
        manager = DjlRuntime.engine().newBaseManager();
    }

    @AfterAll
    static void close() {
        manager.close();
    }

    /** A "network" whose one layer is its (preprocessed) input: the readout is then checkable by hand. */
    private static BlockProbe identity(Readout readout, Preprocessing pre, int channels, int side) {
        LambdaBlock block = new LambdaBlock(list -> new NDList(list.singletonOrThrow().duplicate()));
        return new BlockProbe(manager, block, List.of("input"), new int[] {channels}, readout, side, channels, pre);
    }

    private static float[] ramp(int n) {
        float[] x = new float[n];
        for (int i = 0; i < n; i++) {
            x[i] = i / (float) n;
        }
        return x;
    }

    @Test
    void centreReadoutTakesTheMiddlePixelOfEachChannel() {
        int side = 5;
        float[] x = ramp(2 * 2 * side * side); // 2 stimuli, 2 channels
        try (BlockProbe p = identity(Readout.centre(), Preprocessing.NONE, 2, side)) {
            float[] out = p.forward(x, 2).get("input");
            assertThat(out).hasSize(4);
            for (int n = 0; n < 2; n++) {
                for (int c = 0; c < 2; c++) {
                    assertThat(out[n * 2 + c]).isEqualTo(x[((n * 2 + c) * side + 2) * side + 2]);
                }
            }
        }
    }

    @Test
    void meanAndPositionReadouts() {
        int side = 4;
        float[] x = ramp(side * side);
        double mean = 0;
        for (float v : x) {
            mean += v / x.length;
        }
        try (BlockProbe m = identity(Readout.mean(), Preprocessing.NONE, 1, side);
                BlockProbe at = identity(Readout.at(1, 3), Preprocessing.NONE, 1, side)) {
            assertThat((double) m.forward(x, 1).get("input")[0]).isCloseTo(mean, org.assertj.core.data.Offset.offset(1e-6));
            assertThat(at.forward(x, 1).get("input")[0]).isEqualTo(x[1 * side + 3]);
            assertThatThrownBy(() -> identity(Readout.at(4, 0), Preprocessing.NONE, 1, side).forward(x, 1))
                    .hasMessageContaining("outside");
        }
    }

    @Test
    void caffeAndTorchPreprocessingMatchTheirDefinitions() {
        // one RGB pixel (r, g, b) = (0.2, 0.4, 0.6)
        float[] rgb = {0.2f, 0.4f, 0.6f};
        try (BlockProbe caffe = identity(Readout.centre(), Preprocessing.CAFFE, 3, 1);
                BlockProbe torch = identity(Readout.centre(), Preprocessing.TORCH, 3, 1)) {
            float[] c = caffe.forward(rgb, 1).get("input");
            // BGR order, 0..255, minus the BGR means
            assertThat(c[0]).isCloseTo(0.6f * 255 - 103.939f, org.assertj.core.data.Offset.offset(1e-3f));
            assertThat(c[1]).isCloseTo(0.4f * 255 - 116.779f, org.assertj.core.data.Offset.offset(1e-3f));
            assertThat(c[2]).isCloseTo(0.2f * 255 - 123.68f, org.assertj.core.data.Offset.offset(1e-3f));
            float[] t = torch.forward(rgb, 1).get("input");
            assertThat(t[0]).isCloseTo((0.2f - 0.485f) / 0.229f, org.assertj.core.data.Offset.offset(1e-5f));
            assertThat(t[1]).isCloseTo((0.4f - 0.456f) / 0.224f, org.assertj.core.data.Offset.offset(1e-5f));
            assertThat(t[2]).isCloseTo((0.6f - 0.406f) / 0.225f, org.assertj.core.data.Offset.offset(1e-5f));
        }
        assertThatThrownBy(() -> identity(Readout.centre(), Preprocessing.CAFFE, 1, 1).forward(new float[1], 1))
                .hasMessageContaining("3 (RGB) channels");
        assertThat(Preprocessing.parse("Caffe")).isEqualTo(Preprocessing.CAFFE);
        assertThatThrownBy(() -> Preprocessing.parse("keras")).hasMessageContaining("none, centred, caffe, torch");
    }

    /** The four constants give, bit for bit, what the free-text labels computed before they became values. */
    @Test
    void theConstantsComputeExactlyTheFormulasTheyReplace() {
        float[] x = ramp(2 * 3 * 4 * 4);
        try (NDManager m = manager.newSubManager()) {
            NDArray in = m.create(x, new Shape(2, 3, 4, 4));
            NDArray rgbMean = m.create(new float[] {0.485f, 0.456f, 0.406f}).reshape(1, 3, 1, 1);
            NDArray rgbStd = m.create(new float[] {0.229f, 0.224f, 0.225f}).reshape(1, 3, 1, 1);
            NDArray bgrMean = m.create(new float[] {103.939f, 116.779f, 123.68f}).reshape(1, 3, 1, 1);
            assertThat(Preprocessor.apply(Preprocessing.NONE, in).toFloatArray()).containsExactly(x);
            assertThat(Preprocessor.apply(Preprocessing.CENTRED, in).toFloatArray()).containsExactly(in.sub(0.5f).toFloatArray());
            assertThat(Preprocessor.apply(Preprocessing.CAFFE, in).toFloatArray())
                    .containsExactly(in.mul(255f).flip(1).sub(bgrMean).toFloatArray());
            assertThat(Preprocessor.apply(Preprocessing.TORCH, in).toFloatArray())
                    .containsExactly(in.sub(rgbMean).div(rgbStd).toFloatArray());
        }
    }

    @Test
    void aPreprocessingOfOnesOwnIsAppliedFromItsValues() {
        Preprocessing gray = Preprocessing.normalized("gray-net", new float[] {0.25f}, new float[] {0.5f});
        Preprocessing bgr = new Preprocessing("bgr-only", Preprocessing.ChannelOrder.BGR, 2f, List.of(0f), List.of(1f));
        try (BlockProbe g = identity(Readout.centre(), gray, 1, 1); BlockProbe b = identity(Readout.centre(), bgr, 3, 1)) {
            assertThat(g.forward(new float[] {0.75f}, 1).get("input")).containsExactly(1f);
            assertThat(b.forward(new float[] {0.1f, 0.2f, 0.3f}, 1).get("input")).containsExactly(0.6f, 0.4f, 0.2f);
        }
        assertThatThrownBy(() -> identity(Readout.centre(), Preprocessing.TORCH, 2, 1).forward(new float[2], 1))
                .hasMessageContaining("torch preprocessing needs 3 (RGB) channels, the input has 2");
    }

    @Test
    void nativeMemoryIsReleasedAfterEachBatch() {
        try (BlockProbe p = identity(Readout.centre(), Preprocessing.NONE, 1, 8)) {
            p.forward(ramp(64), 1);
            long before = manager.getManagedArrays().size();
            for (int i = 0; i < 50; i++) {
                p.forward(ramp(64 * 4), 4);
            }
            assertThat(manager.getManagedArrays().size()).isEqualTo(before);
        }
    }

    @Test
    void parameterDigestChangesWithTheWeights() {
        ai.djl.nn.core.Linear a = ai.djl.nn.core.Linear.builder().setUnits(2).build();
        a.initialize(manager, ai.djl.ndarray.types.DataType.FLOAT32, new Shape(1, 3));
        NDArray w = a.getParameters().get("weight").getArray();
        w.set(new float[] {1, 2, 3, 4, 5, 6});
        String first = ParameterDigest.sha256(a);
        assertThat(first).hasSize(64).isEqualTo(ParameterDigest.sha256(a));
        w.set(new float[] {1, 2, 3, 4, 5, 7});
        assertThat(ParameterDigest.sha256(a)).isNotEqualTo(first);
    }
}
