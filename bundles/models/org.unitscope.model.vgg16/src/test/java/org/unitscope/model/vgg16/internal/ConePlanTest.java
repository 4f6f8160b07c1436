package org.unitscope.model.vgg16.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.unitscope.api.model.LayerOp;
import org.unitscope.api.model.Readout;

/** The cone's windows and cuts, worked out by hand for VGG16 (geometry only, no engine). */
class ConePlanTest {
    private static final Vgg16Topology VGG = Vgg16Topology.standard(3);

    /** Every conv layer read at the same map unit, {@code at} giving it from the map side. */
    private static ConePlan everyLayer(int input, java.util.function.IntUnaryOperator at) {
        Map<Integer, int[]> readouts = new HashMap<>();
        List<org.unitscope.api.model.LayerInfo> layers = VGG.layers(input);
        for (Vgg16Topology.Conv c : VGG.convs()) {
            int u = at.applyAsInt(layers.get(c.index()).mapSize());
            readouts.put(VGG.stage(c), new int[] {u, u});
        }
        return ConePlan.of(VGG.ops(), input, readouts);
    }

    private static Span held(ConePlan cone, String layer) {
        return cone.rows(VGG.stage(VGG.conv(layer)));
    }

    @Test
    void centreUnitsOfAllLayersAt224NeedHalfOfBlock4AndOneUnitOfBlock5Conv3() {
        ConePlan cone = everyLayer(224, Readout::centreIndex);
        assertThat(held(cone, "block5_conv3")).isEqualTo(new Span(6, 6));
        assertThat(held(cone, "block5_conv1")).isEqualTo(new Span(4, 8));
        assertThat(held(cone, "block4_conv3")).isEqualTo(new Span(6, 19));   // 14 of 28: what pool4 reads for 3..9
        assertThat(held(cone, "block4_conv1")).isEqualTo(new Span(4, 21));
        assertThat(held(cone, "block3_conv3")).isEqualTo(new Span(6, 45));
        assertThat(held(cone, "block2_conv2")).isEqualTo(new Span(6, 97));
        assertThat(held(cone, "block1_conv2")).isEqualTo(new Span(8, 199));
        assertThat(held(cone, "block1_conv1")).isEqualTo(new Span(7, 200));
        // the input is held whole; the first convolution reads 6..201 (the 196 px receptive field) without padding
        assertThat(cone.rows(0)).isEqualTo(new Span(0, 223));
        assertThat(cone.rowCut(0)).isEqualTo(new AxisCut(6, 196, 0, 0, 194));
        assertThat(cone.share(VGG.stage(VGG.conv("block4_conv3")))).isEqualTo(0.25);
    }

    @Test
    void aReadoutOnTheBorderKeepsThePaddingOnThatSideOnly() {
        ConePlan cone = everyLayer(224, side -> 0);
        // block5_conv3's unit 0 reads 0..1 of block5_conv2, ..., 0..3 of pool4, 0..7 of block4_conv3, ...
        assertThat(held(cone, "block4_conv3")).isEqualTo(new Span(0, 7));
        assertThat(held(cone, "block1_conv1")).isEqualTo(new Span(0, 104));
        for (int op = 0; op < cone.last(); op++) {
            AxisCut cut = cone.rowCut(op);
            boolean conv = cone.op(op).equals(Vgg16Topology.CONV);
            // convolutions pad the top border (as the full map does), then drop the one output the padding adds below
            assertThat(cut.pad()).as("op %d", op).isEqualTo(conv ? 1 : 0);
            assertThat(cut.keepFrom()).isZero();
            assertThat(cut.cutsOutput(cone.op(op))).as("op %d", op).isEqualTo(conv);
            assertThat(cut.outLength(cone.op(op))).isEqualTo(cut.keepLength() + (conv ? 1 : 0));
        }
    }

    @Test
    void aReadoutOnTheFarBorderKeepsThatPaddingAndDropsTheFirstOutput() {
        ConePlan cone = ConePlan.of(VGG.ops(), 97, Map.of(VGG.stage(VGG.conv("block1_conv2")), new int[] {96, 96}));
        assertThat(cone.rows(1)).isEqualTo(new Span(95, 96));
        // the first convolution reads 94..96 padded by one on both sides: outputs 95..97 of which 95..96 are kept
        assertThat(cone.rowCut(0)).isEqualTo(new AxisCut(94, 3, 1, 1, 2));
        assertThat(cone.rowCut(0).outLength(Vgg16Topology.CONV)).isEqualTo(3);
        assertThat(cone.rowCut(1)).isEqualTo(new AxisCut(0, 2, 1, 1, 1));
    }

    @Test
    void onlyTheReadOutLayersReachDeterminesTheDepth() {
        Vgg16Topology.Conv b3 = VGG.conv("block3_conv2");
        ConePlan cone = ConePlan.of(VGG.ops(), 224, Map.of(VGG.stage(b3), new int[] {27, 3}));
        assertThat(cone.last()).isEqualTo(VGG.stage(b3));
        assertThat(cone.rows(cone.last())).isEqualTo(Span.of(27));
        assertThat(cone.cols(cone.last())).isEqualTo(Span.of(3));
        assertThat(cone.cols(VGG.stage(VGG.conv("block3_conv1")))).isEqualTo(new Span(2, 4));
        assertThat(cone.cols(VGG.stage(VGG.conv("block2_conv2")))).isEqualTo(new Span(2, 11));
    }

    @Test
    void wholeMapsCutNothing() {
        ConePlan whole = ConePlan.whole(VGG.ops(), 97, VGG.ops().size());
        for (int op = 0; op < whole.last(); op++) {
            AxisCut cut = whole.rowCut(op);
            assertThat(cut.cutsInput(whole.size(op))).as("op %d", op).isFalse();
            assertThat(cut.cutsOutput(whole.op(op))).as("op %d", op).isFalse();
            assertThat(cut.pad()).isEqualTo(whole.op(op).padding());
        }
    }

    @Test
    void oneSidedPaddingOfAStridedOperationIsRefused() {
        LayerOp strided = new LayerOp(3, 2, 1);
        // outputs 3..4 of a 9-wide map read 5..9: padding only below, by one, which a stride of 2 cannot absorb
        assertThatThrownBy(() -> AxisCut.of(strided, new Span(0, 8), new Span(3, 4), 9)).hasMessageContaining("stride grid");
        assertThatThrownBy(() -> AxisCut.of(Vgg16Topology.CONV, new Span(3, 9), new Span(2, 5), 10)).hasMessageContaining("held");
    }
}
