package org.unitscope.gui.internal.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.Marker;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYDataset;
import org.jfree.data.xy.XYZDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unitscope.math.io.NpyArray;
import org.unitscope.math.io.NpzReader;
import org.unitscope.math.io.NpzWriter;

/** The receptive-field charts plot exactly what rf.npz holds, read back from a real .npz file. */
class RfChartsTest {

    /** Two units, 2 x 3 patches of 1 channel; unit 1's AWA is 10 r + c, negated in the last column. */
    private static Map<String, NpzReader.Array> rf(Path dir, boolean full) throws Exception {
        double[] awa = new double[2 * 6];
        for (int r = 0; r < 2; r++) {
            for (int c = 0; c < 3; c++) {
                awa[6 + r * 3 + c] = (c == 2 ? -1 : 1) * (10 * r + c);
            }
        }
        Map<String, NpyArray> arrays = new LinkedHashMap<>();
        arrays.put("L.patch", NpyArray.of(new double[] {0, 0, 2, 3, 1, 2, 3, 1}, 8));
        arrays.put("L.awa.awa", NpyArray.of(awa, 2, 1, 2, 3));
        arrays.put("L.awa.p", NpyArray.of(new double[] {0.5, 0.01}, 2));
        if (full) {
            arrays.put("L.awc.eigenvalues", NpyArray.of(new double[] {6, 5, 4, 3, 2, 1, 9, 1, 0, -1, -2, -8}, 2, 6));
        } else {
            arrays.put("L.awc.eigenvalues_highest", NpyArray.of(new double[] {6, 5, 9, 1}, 2, 2));
            arrays.put("L.awc.eigenvalues_lowest", NpyArray.of(new double[] {1, 2, -8, -2}, 2, 2));
        }
        arrays.put("L.awc.null_interval", NpyArray.of(new double[] {-1, 1, -3, 4}, 2, 2));
        Path file = dir.resolve(full ? "full.npz" : "extremes.npz");
        try (OutputStream out = Files.newOutputStream(file)) {
            NpzWriter.write(out, arrays);
        }
        return NpzReader.read(file);
    }

    @Test
    void theAwaMapHoldsEachPixelOfTheUnitAtItsRowAndColumnWithItsP(@TempDir Path dir) throws Exception {
        JFreeChart chart = RfCharts.awa(rf(dir, true), "L", 1, "L unit 1: AWA");
        XYZDataset data = (XYZDataset) ((XYPlot) chart.getPlot()).getDataset();
        assertThat(data.getItemCount(0)).isEqualTo(6);
        for (int k = 0; k < 6; k++) {
            int r = (int) data.getYValue(0, k);
            int c = (int) data.getXValue(0, k);
            assertThat(data.getZValue(0, k)).isEqualTo((c == 2 ? -1 : 1) * (10.0 * r + c));
        }
        assertThat(chart.getTitle().getText()).contains("p = 0.01");
    }

    @Test
    void theFullSpectrumIsDrawnByRankWithTheNullIntervalAsMarkers(@TempDir Path dir) throws Exception {
        JFreeChart chart = RfCharts.spectrum(rf(dir, true), "L", 1, "L unit 1");
        XYPlot plot = (XYPlot) chart.getPlot();
        XYDataset data = plot.getDataset();
        double[] expected = {9, 1, 0, -1, -2, -8};
        for (int k = 0; k < 6; k++) {
            assertThat(data.getXValue(0, k)).isEqualTo(k + 1.0);
            assertThat(data.getYValue(0, k)).isEqualTo(expected[k]);
        }
        assertThat(markers(plot)).containsExactly(-3.0, 4.0);
    }

    @Test
    void extremeEigenvaluesSitAtTheirRanksWithAGapBetween(@TempDir Path dir) throws Exception {
        XYDataset data = ((XYPlot) RfCharts.spectrum(rf(dir, false), "L", 1, "L unit 1").getPlot()).getDataset();
        // d = 2 x 3 x 1 = 6: the 2 largest at ranks 1, 2, a gap, the 2 smallest at ranks 5, 6
        assertThat(data.getItemCount(0)).isEqualTo(5);
        assertThat(data.getYValue(0, 0)).isEqualTo(9);
        assertThat(data.getYValue(0, 1)).isEqualTo(1);
        assertThat(Double.isNaN(data.getYValue(0, 2))).isTrue();
        assertThat(data.getXValue(0, 3)).isEqualTo(5);
        assertThat(data.getYValue(0, 3)).isEqualTo(-2);
        assertThat(data.getXValue(0, 4)).isEqualTo(6);
        assertThat(data.getYValue(0, 4)).isEqualTo(-8);
    }

    @Test
    void aRunWithoutReceptiveFieldsSaysSo() {
        assertThat(RfCharts.awa(Map.of(), "L", 0, "L unit 0: AWA").getTitle().getText()).contains("no AWA");
        assertThat(RfCharts.spectrum(Map.of(), "L", 0, "L unit 0").getTitle().getText()).contains("no AWC");
    }

    private static List<Double> markers(XYPlot plot) {
        java.util.Collection<?> range = plot.getRangeMarkers(org.jfree.chart.ui.Layer.FOREGROUND);
        return range.stream().map(m -> ((ValueMarker) (Marker) m).getValue()).toList();
    }
}
