package org.unitscope.model.torchscript.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.unitscope.api.UnitscopeException;
import org.unitscope.api.model.LayerInfo;
import org.unitscope.api.model.LayerStack;
import org.unitscope.api.model.LoadedModel;
import org.unitscope.api.model.RfGeometry;

/**
 * The impulse measurement recovers tinynet's analytic receptive fields exactly (the table in
 * make_torchscript_fixture.py); a given {@code rf} replaces it; a field that the image border may cut is refused.
 */
class ImpulseGeometryTest {
    /** conv1 5/1/0, conv2 10/2/0.5, conv3 14/4/0.5: the fixture script's docstring table. */
    private static final List<RfGeometry> ANALYTIC = List.of(new RfGeometry(5, 1, 0.0), new RfGeometry(10, 2, 0.5),
            new RfGeometry(14, 4, 0.5));

    /** tinynet's layers as the fixture script builds them: conv 5x5 p2, pool 2, conv 3x3 p1, conv 3x3 s2 p1. */
    private static final List<String> PATHS = List.of("k5p2", "k5p2 > k2s2 > k3p1", "k5p2 > k2s2 > k3p1 > k3s2p1");

    @Test
    void theTableFollowsFromTheLayers() {
        LayerStack conv1 = LayerStack.input(32).conv(5, 1, 2);
        LayerStack conv2 = conv1.pool(2, 2).conv(3, 1, 1);
        LayerStack conv3 = conv2.conv(3, 2, 1);
        assertThat(List.of(conv1.rf(), conv2.rf(), conv3.rf())).isEqualTo(ANALYTIC);
        assertThat(List.of(conv1.mapSize(), conv2.mapSize(), conv3.mapSize())).containsExactly(32, 16, 8);
        assertThat(PATHS.stream().map(p -> LayerStack.input(32).then(p).rf()).toList()).isEqualTo(ANALYTIC);
    }

    /** The architecture stated once as paths of layers gives the measured geometry, and the map sides are checked. */
    @Test
    void aGivenPathOfLayersGivesTheGeometry() {
        try (LoadedModel m = TinyNets.load(TinyNets.tinynet("rf", PATHS))) {
            assertThat(m.description().layers().stream().map(LayerInfo::rf).toList()).isEqualTo(ANALYTIC);
            assertThat(m.description().provenance()).containsEntry("rf", "parameter");
        }
    }

    /** Without the pool, conv2's path gives a 32x32 map where the module returns 16x16: not the module's layers. */
    @Test
    void aPathThatDisagreesWithTheModulesMapsIsRefused() {
        assertThatThrownBy(() -> TinyNets.load(TinyNets.tinynet("rf", List.of("k5p2", "k5p2 > k3p1", "k5p2 > k2s2 > k3p1 > k3s2p1"))))
                .isInstanceOf(UnitscopeException.class).hasMessageContaining("parameter 'rf'").hasMessageContaining("layer 'conv2'")
                .hasMessageContaining("32x32").hasMessageContaining("16x16");
        assertThatThrownBy(() -> TinyNets.load(TinyNets.tinynet("rf", List.of("k5p2", "k5p2 > k2s2 > k3q1", "k3"))))
                .isInstanceOf(UnitscopeException.class).hasMessageContaining("layer 'conv2'").hasMessageContaining("k3q1");
    }

    /** 32: even side; 37: odd side (pooling drops a column); 61: units far from the border. */
    @ParameterizedTest
    @ValueSource(ints = {32, 37, 61})
    void measuredGeometryEqualsTheAnalyticOne(int side) {
        try (LoadedModel m = TinyNets.load(TinyNets.tinynet("inputSize", side))) {
            assertThat(m.description().layers().stream().map(LayerInfo::rf).toList()).as("side %d", side).isEqualTo(ANALYTIC);
        }
    }

    @Test
    void aGivenRfReplacesTheMeasurement() {
        List<String> given = List.of("3/1/0", "7/2/1.5", "9/3/-2");
        try (LoadedModel m = TinyNets.load(TinyNets.tinynet("rf", given))) {
            assertThat(m.description().layers().stream().map(LayerInfo::rf).toList())
                    .containsExactly(new RfGeometry(3, 1, 0.0), new RfGeometry(7, 2, 1.5), new RfGeometry(9, 3, -2.0));
            assertThat(m.description().provenance()).containsEntry("rf", "parameter");
        }
    }

    /** At side 16, conv3's centre unit (1 of a 4x4 map) sees input columns -2..11: cut by the border. */
    @Test
    void aFieldTheBorderMayCutIsRefused() {
        assertThatThrownBy(() -> TinyNets.load(TinyNets.tinynet("inputSize", 16)))
                .isInstanceOf(UnitscopeException.class)
                .hasMessageContaining("tinynet.pt").hasMessageContaining("layer 'conv3'")
                .hasMessageContaining("border").hasMessageContaining("'rf'");
    }

    /** A 1x1 map has no neighbouring unit to measure the jump with. */
    @Test
    void aOneByOneMapIsRefused() {
        // side 4: conv1 4x4, pool 2x2, conv2 2x2, conv3 1x1
        assertThatThrownBy(() -> TinyNets.load(TinyNets.tinynet("inputSize", 4)))
                .isInstanceOf(UnitscopeException.class).hasMessageContaining("layer 'conv3'").hasMessageContaining("1x1");
    }
}
