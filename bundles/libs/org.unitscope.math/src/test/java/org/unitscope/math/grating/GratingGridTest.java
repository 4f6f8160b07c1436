package org.unitscope.math.grating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class GratingGridTest {

    private final double[] ori = {0, 45, 90, 135};
    private final double[] sfs = {0.05, 0.1, 0.2};
    private final double[] phases = {0, 72, 144, 216, 288};
    private final GratingGrid grid = new GratingGrid(ori, sfs, phases);

    @Test
    void indexRoundTripsOverTheWholeGrid() {
        assertThat(grid.size()).isEqualTo(4 * 3 * 5);
        boolean[] seen = new boolean[grid.size()];
        for (int o = 0; o < ori.length; o++) {
            for (int s = 0; s < sfs.length; s++) {
                for (int p = 0; p < phases.length; p++) {
                    int i = (o * sfs.length + s) * phases.length + p;
                    assertThat(grid.index(o, s, p)).isEqualTo(i);
                    assertThat(grid.orientationIndex(i)).isEqualTo(o);
                    assertThat(grid.sfIndex(i)).isEqualTo(s);
                    assertThat(grid.phaseIndex(i)).isEqualTo(p);
                    assertThat(grid.orientation(i)).isEqualTo(ori[o]);
                    assertThat(grid.sf(i)).isEqualTo(sfs[s]);
                    assertThat(grid.phase(i)).isEqualTo(phases[p]);
                    Grating g = grid.grating(i, 0.8, 0.5);
                    assertThat(g).isEqualTo(new Grating(ori[o], sfs[s], phases[p], 0.8, 0.5));
                    assertThat(seen[i]).isFalse();
                    seen[i] = true;
                }
            }
        }
        assertThatThrownBy(() -> grid.orientation(60)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> grid.sf(-1)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void axesAreDefensiveCopies() {
        double[] input = {0.1, 0.2};
        GratingGrid g = new GratingGrid(new double[] {0}, input, new double[] {0});
        input[0] = 99;
        g.sfs()[1] = 99;
        assertThat(g.sfs()).containsExactly(0.1, 0.2);
        assertThat(g.orientations()).containsExactly(0.0);
        assertThat(g.phases()).containsExactly(0.0);
    }

    @Test
    void rejectsEmptyAxesAndNonPositiveSf() {
        assertThatThrownBy(() -> new GratingGrid(new double[0], sfs, phases))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new GratingGrid(ori, new double[0], phases))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new GratingGrid(ori, sfs, new double[0]))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new GratingGrid(ori, new double[] {0.1, 0}, phases))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new GratingGrid(ori, new double[] {-0.1}, phases))
                .isInstanceOf(IllegalArgumentException.class);
        // above Nyquist is allowed (it aliases, but it is a legitimate request)
        assertThat(new GratingGrid(ori, new double[] {0.7}, phases).sf(0)).isEqualTo(0.7);
    }

    @Test
    void logSpacedHitsBothEndsWithAConstantRatio() {
        double[] v = GratingGrid.logSpaced(0.01, 0.5, 8);
        assertThat(v).hasSize(8);
        assertThat(v[0]).isEqualTo(0.01);
        assertThat(v[7]).isEqualTo(0.5);
        double ratio = Math.pow(0.5 / 0.01, 1.0 / 7);
        for (int k = 1; k < v.length; k++) {
            assertThat(v[k] / v[k - 1]).isCloseTo(ratio, within(1e-12));
        }
        assertThat(GratingGrid.logSpaced(0.3, 0.5, 1)).containsExactly(0.3);
        assertThatThrownBy(() -> GratingGrid.logSpaced(0, 0.5, 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> GratingGrid.logSpaced(0.1, 0.5, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void evenOrientationsAndPhases() {
        assertThat(GratingGrid.evenOrientations(4)).containsExactly(0, 45, 90, 135);
        assertThat(GratingGrid.evenOrientations(12)).hasSize(12).contains(15.0, 165.0).doesNotContain(180.0);
        assertThat(GratingGrid.evenPhases(4)).containsExactly(0, 90, 180, 270);
        assertThat(GratingGrid.evenPhases(1)).containsExactly(0);
    }

    @Test
    void defaultSfsRunFromOneCyclePerReceptiveFieldToNyquist() {
        double[] v = GratingGrid.defaultSfs(16, 4);
        assertThat(v[0]).isEqualTo(1.0 / 16);
        assertThat(v[3]).isEqualTo(0.5);
        assertThat(v[1] / v[0]).isCloseTo(2.0, within(1e-12)); // 3 octaves in 3 steps
        for (int rf : new int[] {1, 2}) {
            double[] tiny = GratingGrid.defaultSfs(rf, 3);
            assertThat(tiny[0]).isEqualTo(0.25);
            assertThat(tiny[1]).isCloseTo(Math.sqrt(0.125), within(1e-12));
            assertThat(tiny[2]).isEqualTo(0.5);
        }
    }
}
