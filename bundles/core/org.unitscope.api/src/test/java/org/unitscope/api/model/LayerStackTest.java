package org.unitscope.api.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LayerStackTest {

    /** VGG16 declared once: the sizes and jumps of the paper's table, and the map sides of a 224 px input. */
    @Test
    void vgg16DeclaredAsLayersGivesThePapersGeometryAndMapSides() {
        int[] convsPerBlock = {2, 2, 3, 3, 3};
        LayerStack s = LayerStack.input(224);
        List<Integer> sizes = new java.util.ArrayList<>();
        List<Integer> maps = new java.util.ArrayList<>();
        for (int b = 0; b < convsPerBlock.length; b++) {
            for (int c = 0; c < convsPerBlock[b]; c++) {
                s = s.conv(3, 1, 1);
                LayerInfo l = s.layer("block" + (b + 1) + "_conv" + (c + 1), 64);
                sizes.add(l.rf().size());
                maps.add(l.mapSize());
            }
            s = s.pool(2, 2);
        }
        assertThat(sizes).containsExactly(3, 5, 10, 14, 24, 32, 40, 60, 76, 92, 132, 164, 196);
        assertThat(maps).containsExactly(224, 224, 112, 112, 56, 56, 56, 28, 28, 28, 14, 14, 14);
        assertThat(s.mapSize()).isEqualTo(7);
        assertThat(s.rf()).isEqualTo(new RfGeometry(212, 32, 15.5));
    }

    @Test
    void eachStepEqualsRfGeometryThenAndTheConvolutionArithmetic() {
        LayerStack s = LayerStack.input(37).conv(5, 1, 2).pool(2, 2).conv(3, 2, 1);
        assertThat(s.rf()).isEqualTo(RfGeometry.input().then(5, 1, 2).then(2, 2, 0).then(3, 2, 1));
        // 37 -> 37 (same) -> 18 (floor) -> 9 (stride 2, padding 1)
        assertThat(s.mapSize()).isEqualTo(9);
        assertThat(s.ops()).containsExactly(new LayerOp(5, 1, 2), new LayerOp(2, 2, 0), new LayerOp(3, 2, 1));
        assertThat(s.toString()).isEqualTo("k5s1p2 > k2s2p0 > k3s2p1");
        assertThat(LayerStack.input(37).then(s.toString()).rf()).isEqualTo(s.rf());
        assertThat(LayerStack.input(37).then("k5p2, k2s2 k3s2p1").mapSize()).isEqualTo(9);
    }

    /** Stacks are values: two branches from one stack do not see each other's layers. */
    @Test
    void branchesFromOneStackAreIndependent() {
        LayerStack input = LayerStack.input(63);
        LayerStack wide = input.conv(31, 1, 15);
        LayerStack narrow = input.conv(5, 1, 2);
        assertThat(wide.layer("simple", 16).rf()).isEqualTo(new RfGeometry(31, 1, 0.0));
        assertThat(narrow.layer("edge", 4).rf()).isEqualTo(new RfGeometry(5, 1, 0.0));
        assertThat(input.ops()).isEmpty();
        assertThat(input.toString()).isEqualTo("input");
    }

    @Test
    void aLayerWithoutUnitsIsRefusedWithItsPath() {
        LayerStack tiny = LayerStack.input(4).pool(2, 2).pool(2, 2).pool(2, 2);
        assertThat(tiny.mapSize()).isZero();
        assertThatThrownBy(() -> tiny.layer("deep", 8)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'deep'").hasMessageContaining("side 4").hasMessageContaining("k2s2p0 > k2s2p0 > k2s2p0");
        assertThatThrownBy(() -> LayerStack.input(0)).hasMessageContaining(">= 1");
    }

    @ParameterizedTest
    @ValueSource(strings = {"3", "k", "k3x", "s1k3", "k0", "k3s0", "conv3"})
    void aMalformedLayerIsRefusedWithTheForm(String text) {
        assertThatThrownBy(() -> LayerStack.input(8).then(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("k3s1p1");
    }

    @Test
    void shortFormsDefaultToStrideOneAndNoPadding() {
        assertThat(LayerOp.parse("K7")).isEqualTo(new LayerOp(7, 1, 0));
        assertThat(LayerOp.parse(" k3p1 ")).isEqualTo(new LayerOp(3, 1, 1));
        assertThat(LayerOp.parse("k2s2")).isEqualTo(new LayerOp(2, 2, 0));
        assertThat(new LayerOp(2, 2, 0).mapSize(5)).isEqualTo(2);
        assertThat(new LayerOp(7, 1, 0).mapSize(5)).isZero();
    }
}
