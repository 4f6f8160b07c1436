package org.unitscope.gui.internal.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.data.statistics.StatisticalCategoryDataset;
import org.jfree.data.xy.IntervalXYDataset;
import org.jfree.data.xy.XYDataset;
import org.jfree.data.xy.XYZDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unitscope.gui.internal.model.CategoryResponses;
import org.unitscope.gui.internal.model.LayerComparison;
import org.unitscope.gui.internal.model.LayerSummary;
import org.unitscope.gui.internal.model.RunFiles;
import org.unitscope.gui.internal.model.RunResults;

/** The unit, layer and comparison charts plot what the run's files hold; a chart without data says why. */
class UnitDetailChartsTest {
    @TempDir
    Path dir;

    private RunResults grating() throws Exception {
        return RunFiles.gratingResults(dir);
    }

    private RunResults category() throws Exception {
        return RunFiles.categoryResults(dir);
    }

    @Test
    void thePhaseChartHoldsThePhaseResponsesAndTheRatioOfUnitsCsv() throws Exception {
        JFreeChart c = UnitDetailCharts.phase(grating(), 0, "L", 0, "L unit 0: phase");
        XYDataset d = c.getXYPlot().getDataset();
        for (int i = 0; i < 4; i++) {
            assertThat(d.getXValue(0, i)).isEqualTo(RunFiles.PHASE[i]);
            assertThat(d.getYValue(0, i)).isCloseTo(RunFiles.simple(45, 0.2, RunFiles.PHASE[i]), within(1e-6));
        }
        assertThat(c.getTitle().getText()).contains("F1/F0 = 1.00").contains("45°").contains("units.csv");
        JFreeChart silent = UnitDetailCharts.phase(grating(), 1, "L", 1, "L unit 1: phase");
        assertThat(silent.getTitle().getText()).as("a silent unit: F0 = 0, computed").contains("F1/F0 undefined");
        assertThat(UnitDetailCharts.phase(category(), 0, "C", 0, "C unit 0").getTitle().getText()).contains("not a grating run");
    }

    @Test
    void categoryBarsCarryTheMeansAndErrorsByName() throws Exception {
        RunResults r = category();
        JFreeChart c = UnitDetailCharts.categories(CategoryResponses.of(r, 0, "C", 0), "C unit 0: categories");
        StatisticalCategoryDataset d = (StatisticalCategoryDataset) c.getCategoryPlot().getDataset();
        assertThat(d.getColumnKeys()).containsExactly("shirt", "bag", "boot");
        assertThat(d.getMeanValue(0, 1).doubleValue()).isEqualTo(3.15);
        assertThat(d.getStdDevValue(0, 1).doubleValue()).isGreaterThan(0);
        assertThat(UnitDetailCharts.categories(CategoryResponses.of(grating(), 0, "L", 0), "L unit 0").getTitle().getText())
                .contains("no categories in this run");
    }

    @Test
    void awcAxesAreTilesOfTheEigenvectorsLabelledWithEigenvalues() throws Exception {
        JFreeChart c = UnitDetailCharts.awcAxes(grating(), "L", 0, "L unit 0: AWC axes");
        XYZDataset d = (XYZDataset) c.getXYPlot().getDataset();
        assertThat(d.getSeriesCount()).isEqualTo(2);
        assertThat(String.valueOf(d.getSeriesKey(0))).startsWith("E1").contains("4");
        assertThat(String.valueOf(d.getSeriesKey(1))).startsWith("S1").contains("-1.5");
        assertThat(d.getZValue(0, 5)).isEqualTo(6);
        assertThat(d.getZValue(1, 5)).isEqualTo(-5);
        assertThat(UnitDetailCharts.awcAxes(grating(), "L", 1, "L unit 1").getTitle().getText()).contains("no significant AWC axis");
    }

    @Test
    void predictionScattersTheLayerAndMarksTheUnit() throws Exception {
        JFreeChart c = UnitDetailCharts.prediction(grating(), "L", 0, "L unit 0: orientation", true);
        XYDataset d = c.getXYPlot().getDataset();
        assertThat(d.getSeriesKey(0)).isEqualTo("awa (layer)");
        assertThat(d.getItemCount(0)).as("the units tuned on both sides").isEqualTo(1);
        assertThat(d.getSeriesKey(2)).isEqualTo("awa: this unit");
        assertThat(d.getXValue(2, 0)).isEqualTo(45);
        assertThat(d.getYValue(2, 0)).isEqualTo(50);
        JFreeChart sf = UnitDetailCharts.prediction(grating(), "L", 2, "L unit 2: SF", false);
        assertThat(sf.getXYPlot().getDataset().getItemCount(0)).isEqualTo(2);
        assertThat(UnitDetailCharts.prediction(category(), "C", 0, "C unit 0", true).getTitle().getText()).contains("no prediction");
    }

    @Test
    void layerHistogramsCountTheCellsOfUnitsCsv() throws Exception {
        RunResults r = grating();
        LayerSummary s = LayerSummary.of(r.units(), "L", r.info());
        IntervalXYDataset ori = (IntervalXYDataset) LayerCharts.orientation(s).getXYPlot().getDataset();
        assertThat(ori.getYValue(0, 3)).as("45° in the bin [45, 60)").isEqualTo(1);
        double total = 0;
        for (int i = 0; i < ori.getItemCount(0); i++) {
            total += ori.getYValue(0, i);
        }
        assertThat(total).isEqualTo(1);
        IntervalXYDataset cv = (IntervalXYDataset) LayerCharts.circularVariance(s).getXYPlot().getDataset();
        assertThat(cv.getYValue(0, 5)).isEqualTo(1);
        assertThat(cv.getYValue(0, 19)).isEqualTo(1);
        IntervalXYDataset sf = (IntervalXYDataset) LayerCharts.preferredSf(s).getXYPlot().getDataset();
        assertThat(sf.getStartXValue(0, 0)).isLessThanOrEqualTo(0.1);
        JFreeChart f = LayerCharts.fractions(s);
        assertThat(f.getCategoryPlot().getDataset().getValue("fraction", "orientation-tuned").doubleValue()).isEqualTo(1.0 / 4);
        assertThat(f.getSubtitle(0).toString()).isNotNull();
    }

    @Test
    void compareChartsShowBothRunsPerLayer() throws Exception {
        RunResults a = grating();
        RunResults b = category();
        var rows = LayerComparison.compare(a.units(), a.units(), "circ_var");
        JFreeChart f = CompareCharts.tunedFractions(rows, "a", "b");
        assertThat(f.getCategoryPlot().getDataset().getValue("B: b", "L").doubleValue()).isEqualTo(1.0 / 4);
        JFreeChart d = CompareCharts.distribution(a.units(), b.units(), "L", "circ_var", "a", "b");
        IntervalXYDataset h = (IntervalXYDataset) d.getXYPlot().getDataset();
        assertThat(h.getSeriesCount()).isEqualTo(2);
        assertThat(h.getYValue(0, 5) + h.getYValue(0, 19) + h.getYValue(0, 17)).isEqualTo(3);
        assertThat(d.getTitle().getText()).contains("3 vs 0 units");
    }

    @Test
    void everyChartExportsAsPngSvgAndPdf() throws Exception {
        JFreeChart c = UnitDetailCharts.awcAxes(grating(), "L", 0, "L unit 0: AWC axes");
        for (String ext : new String[] {"png", "svg", "pdf"}) {
            ChartExport.write(dir.resolve("out/axes." + ext), c, 500, 320);
        }
        var png = ImageIO.read(dir.resolve("out/axes.png").toFile());
        assertThat(png.getWidth()).isEqualTo(500);
        assertThat(png.getHeight()).isEqualTo(320);
        var xml = DocumentBuilderFactory.newInstance();
        xml.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        var svg = xml.newDocumentBuilder().parse(dir.resolve("out/axes.svg").toFile());
        assertThat(svg.getDocumentElement().getTextContent()).contains("L unit 0: AWC axes");
        byte[] pdf = Files.readAllBytes(dir.resolve("out/axes.pdf"));
        assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        assertThat(pdf.length).isGreaterThan(2_000);
        try (var files = Files.list(dir.resolve("out"))) {
            assertThat(files.map(p -> p.getFileName().toString())).as("no temporary file left").containsExactlyInAnyOrder("axes.png",
                    "axes.svg", "axes.pdf");
        }
        assertThat(ChartExport.fileName(c, org.unitscope.plot.ChartFiles.Format.SVG)).isEqualTo("L_unit_0_AWC_axes_E_excitatory_S_suppressive_.svg");
    }
}
