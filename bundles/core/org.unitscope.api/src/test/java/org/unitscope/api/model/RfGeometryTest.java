package org.unitscope.api.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RfGeometryTest {

    /** VGG16's feature layers: convs are 3x3 stride 1 pad 1, pools 2x2 stride 2 pad 0. */
    private static Map<String, RfGeometry> vgg16() {
        int[] convsPerBlock = {2, 2, 3, 3, 3};
        Map<String, RfGeometry> out = new LinkedHashMap<>();
        RfGeometry g = RfGeometry.input();
        for (int b = 0; b < convsPerBlock.length; b++) {
            for (int c = 0; c < convsPerBlock[b]; c++) {
                g = g.then(3, 1, 1);
                out.put("block" + (b + 1) + "_conv" + (c + 1), g);
            }
            g = g.then(2, 2, 0);
            out.put("block" + (b + 1) + "_pool", g);
        }
        return out;
    }

    @Test
    void vgg16ConvSizesAndJumpsMatchThePaperTable() {
        Map<String, RfGeometry> g = vgg16();
        List<Integer> sizes = new ArrayList<>();
        List<Integer> jumps = new ArrayList<>();
        g.forEach((name, geo) -> {
            if (name.contains("conv")) {
                sizes.add(geo.size());
                jumps.add(geo.jump());
            }
        });
        assertThat(sizes).containsExactly(3, 5, 10, 14, 24, 32, 40, 60, 76, 92, 132, 164, 196);
        assertThat(jumps).containsExactly(1, 1, 2, 2, 4, 4, 4, 8, 8, 8, 16, 16, 16);
    }

    @Test
    void vgg16Starts() {
        Map<String, RfGeometry> g = vgg16();
        assertThat(g.get("block1_conv1").start()).isEqualTo(0.0);
        assertThat(g.get("block1_conv2").start()).isEqualTo(0.0);
        // unit 0 of a 2x2/2 pool covers pixels 0 and 1: centre 0.5
        assertThat(g.get("block1_pool").start()).isEqualTo(0.5);
        assertThat(g.get("block1_pool").size()).isEqualTo(6);
        assertThat(g.get("block1_pool").jump()).isEqualTo(2);
        // padded 3x3 convs keep the start; the second pool covers block-1 pool units 0 and 1 (0.5 and 2.5)
        assertThat(g.get("block2_conv2").start()).isEqualTo(0.5);
        assertThat(g.get("block2_pool").start()).isEqualTo(1.5);
        assertThat(g.get("block5_pool").size()).isEqualTo(212);
        assertThat(g.get("block5_pool").jump()).isEqualTo(32);
        // a 224 input pooled 5 times gives 7 units 32 px apart, symmetric about the image centre 111.5
        RfGeometry last = g.get("block5_pool");
        assertThat(last.start()).isEqualTo(15.5);
        assertThat((last.centreOf(0) + last.centreOf(6)) / 2).isEqualTo(111.5);
    }

    @Test
    void unpaddedConvShiftsTheStartByHalfTheKernel() {
        RfGeometry g = RfGeometry.input().then(5, 1, 0);
        assertThat(g).isEqualTo(new RfGeometry(5, 1, 2.0));
        assertThat(g.centreOf(3)).isEqualTo(5.0);
    }

    @Test
    void centreOfUsesStartAndJump() {
        RfGeometry g = new RfGeometry(10, 4, 1.5);
        assertThat(g.centreOf(0)).isEqualTo(1.5);
        assertThat(g.centreOf(10)).isEqualTo(41.5);
    }

    @Test
    void rejectsNonPositiveSizeOrJump() {
        assertThatThrownBy(() -> new RfGeometry(0, 1, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RfGeometry(1, 0, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
