package org.unitscope.model.vgg16.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.unitscope.api.model.LayerInfo;
import org.unitscope.api.model.Readout;
import org.unitscope.djl.CropPlan;

/** The geometry composed from the layers equals the receptive-field table of the source paper (SCIENCE.md). */
class Vgg16GeometryTest {

    @Test
    void receptiveFieldsJumpsAndMapsAt224() {
        List<LayerInfo> layers = Vgg16Topology.standard(3).layers(224);
        assertThat(layers).extracting(LayerInfo::name).containsExactly("block1_conv1", "block1_conv2", "block2_conv1",
                "block2_conv2", "block3_conv1", "block3_conv2", "block3_conv3", "block4_conv1", "block4_conv2", "block4_conv3",
                "block5_conv1", "block5_conv2", "block5_conv3");
        assertThat(layers).extracting(l -> l.rf().size()).containsExactly(3, 5, 10, 14, 24, 32, 40, 60, 76, 92, 132, 164, 196);
        assertThat(layers).extracting(l -> l.rf().jump()).containsExactly(1, 1, 2, 2, 4, 4, 4, 8, 8, 8, 16, 16, 16);
        assertThat(layers).extracting(LayerInfo::mapSize).containsExactly(224, 224, 112, 112, 56, 56, 56, 28, 28, 28, 14, 14, 14);
        assertThat(layers).extracting(LayerInfo::channels).containsExactly(64, 64, 128, 128, 256, 256, 256, 512, 512, 512, 512, 512, 512);
        assertThat(layers.stream().mapToInt(LayerInfo::channels).sum()).isEqualTo(4224);
        // a 2x2/2 pool over pixels 0 and 1 is centred on 0.5; each later pool adds half of its input jump
        assertThat(layers).extracting(l -> l.rf().start()).containsExactly(0.0, 0.0, 0.5, 0.5, 1.5, 1.5, 1.5, 3.5, 3.5, 3.5, 7.5, 7.5, 7.5);
    }

    @Test
    void cropsCoverTheReceptiveFieldAlignedToTheJump() {
        List<LayerInfo> layers = Vgg16Topology.standard(3).layers(224);
        CropPlan first = CropPlan.of(List.of(layers.get(0)), 224, Readout.centre());
        assertThat(first.size()).isEqualTo(3);                       // RF of block1_conv1
        assertThat(first.originRow()).isEqualTo(110);                 // centre unit 111, RF 110..112
        assertThat(first.units().get("block1_conv1")).containsExactly(1, 1);
        CropPlan b3 = CropPlan.of(List.of(layers.get(6)), 224, Readout.centre());
        // unit 27 of block3 sits at 1.5 + 27*4 = 109.5, RF 90..129; origin rounded down to a multiple of 4
        assertThat(b3.originRow()).isEqualTo(88);
        assertThat(b3.originRow() % 4).isZero();
        assertThat(b3.size() % 4).isZero();
        assertThat(b3.originRow() + b3.size()).isGreaterThanOrEqualTo(130);
        CropPlan b5 = CropPlan.of(List.of(layers.get(12)), 224, Readout.centre());
        assertThat(b5.size()).isLessThan(224);
        assertThat(CropPlan.of(layers, 224, Readout.mean()).size()).isEqualTo(224);
    }

    @Test
    void multiplyAddsOfTheWholeConvolutionalPartMatchVgg16() {
        // VGG16's 13 convolutions at 224 px: 15.35 G multiply-adds (the commonly quoted ~15.5 GFLOPs includes the classifier)
        assertThat(Vgg16Topology.standard(3).macs(224, "block5_conv3") / 1e9).isBetween(15.3, 15.4);
    }
}
