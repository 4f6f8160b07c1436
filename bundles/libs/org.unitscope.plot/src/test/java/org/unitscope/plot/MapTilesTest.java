package org.unitscope.plot;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.data.xy.XYZDataset;
import org.junit.jupiter.api.Test;

class MapTilesTest {

    @Test
    void tilesSitSideBySideWithTheirValuesAndOneSymmetricScale() {
        double[] a = {1, 2, 3, 4, 5, 6};
        double[] b = {-8, 0, 0, 0, 0, 0};
        JFreeChart c = MapTiles.chart("axes", List.of(new MapTiles.Tile("E1", a), new MapTiles.Tile("S1", b)), 2, 3);
        XYZDataset d = (XYZDataset) c.getXYPlot().getDataset();
        assertThat(d.getSeriesKey(1)).isEqualTo("S1");
        assertThat(d.getZValue(0, 5)).isEqualTo(6);
        assertThat(d.getXValue(0, 5)).isEqualTo(2);
        assertThat(d.getYValue(0, 5)).isEqualTo(1);
        assertThat(d.getXValue(1, 0)).as("the second tile starts after the first and a gap").isEqualTo(3 + MapTiles.GAP);
        assertThat(d.getZValue(1, 0)).isEqualTo(-8);
        DivergingPaintScale scale = (DivergingPaintScale) ((XYBlockRenderer) c.getXYPlot().getRenderer()).getPaintScale();
        assertThat(scale.getUpperBound()).isEqualTo(8);
    }
}
