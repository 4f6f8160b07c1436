package org.unitscope.stage.rf.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.unitscope.api.model.RfWindow;
import org.unitscope.api.run.RfOptions;

class PatchGeometryTest {

    @Test
    void aWindowLargerThanTheImageIsClippedToIt() {
        PatchGeometry g = PatchGeometry.of(new RfWindow(-82, -82, 196), 32, 1, new RfOptions(0, true, 0));
        assertThat(g.top()).isZero();
        assertThat(g.height()).isEqualTo(32);
        assertThat(g.width()).isEqualTo(32);
        assertThat(g.dimension()).isEqualTo(32 * 32);
    }

    @Test
    void blocksAverageThePixelsTheyCoverIncludingPartialEdgeBlocks() {
        // a 5 x 5 window at (1, 1) of a 7 x 7 image whose pixel value is row * 10 + col, grid 2 -> blocks of 3 px
        int side = 7;
        float[] image = new float[side * side];
        for (int r = 0; r < side; r++) {
            for (int c = 0; c < side; c++) {
                image[r * side + c] = r * 10 + c;
            }
        }
        PatchGeometry g = PatchGeometry.of(new RfWindow(1, 1, 5), side, 1, new RfOptions(2, true, 0));
        assertThat(g.block()).isEqualTo(3);
        assertThat(g.rows()).isEqualTo(2);
        float[] out = new float[g.dimension()];
        g.cut(image, 0, side, 1, out, 0);
        // block (0,0): rows 1-3, cols 1-3 -> mean 20 + 2 = 22; block (1,1): rows 4-5, cols 4-5 -> 45 + 4.5 = 49.5
        assertThat(out[0]).isEqualTo(22f);
        assertThat(out[3]).isEqualTo(49.5f);
        assertThat(out[1]).isEqualTo(20f + 4.5f);
    }

    @Test
    void channelsArePooledOrKept() {
        int side = 4;
        float[] image = new float[3 * side * side];
        for (int c = 0; c < 3; c++) {
            java.util.Arrays.fill(image, c * side * side, (c + 1) * side * side, c);
        }
        PatchGeometry pooled = PatchGeometry.of(new RfWindow(0, 0, 2), side, 3, new RfOptions(0, true, 0));
        float[] p = new float[pooled.dimension()];
        pooled.cut(image, 0, side, 3, p, 0);
        assertThat(p).containsOnly(1f);
        PatchGeometry all = PatchGeometry.of(new RfWindow(0, 0, 2), side, 3, new RfOptions(0, false, 0));
        float[] a = new float[all.dimension()];
        all.cut(image, 0, side, 3, a, 0);
        assertThat(a).containsExactly(0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2);
    }

    @Test
    void aWindowOutsideTheImageIsAnError() {
        assertThatThrownBy(() -> PatchGeometry.of(new RfWindow(40, 40, 3), 32, 1, RfOptions.DEFAULT)).hasMessageContaining("outside");
    }
}
