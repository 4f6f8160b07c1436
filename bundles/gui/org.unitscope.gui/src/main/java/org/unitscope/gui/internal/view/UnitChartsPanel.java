package org.unitscope.gui.internal.view;

import java.awt.BorderLayout;
import java.awt.GridLayout;
import java.util.List;
import javax.swing.JComponent;
import javax.swing.JPanel;
import javax.swing.JTabbedPane;
import org.jfree.chart.ChartPanel;
import org.unitscope.gui.internal.model.CategoryResponses;
import org.unitscope.gui.internal.model.LayerSummary;
import org.unitscope.gui.internal.model.RunResults;
import org.unitscope.gui.internal.model.UnitsTable;

/**
 * The chart tabs of the results browser: for a unit its tuning curves, F1/F0 and category bars with the top images, its
 * receptive field (AWA, AWC spectrum, AWC axes) and predicted against measured tuning; for a layer its summary plots.
 * Every chart panel zooms, shows tooltips and exports (ChartPanels).
 */
final class UnitChartsPanel extends JTabbedPane {
    static final int LAYER_TAB = 4;
    final ChartPanel orientation = ChartPanels.create("results.orientation");
    final ChartPanel sf = ChartPanels.create("results.sf");
    final ChartPanel phase = ChartPanels.create("results.phase");
    final ChartPanel categories = ChartPanels.create("results.categories");
    final ChartPanel awa = ChartPanels.create("results.awa");
    final ChartPanel spectrum = ChartPanels.create("results.spectrum");
    final ChartPanel axes = ChartPanels.create("results.awcAxes");
    final ChartPanel predictedOrientation = ChartPanels.create("results.predictedOrientation");
    final ChartPanel predictedSf = ChartPanels.create("results.predictedSf");
    final ChartPanel layerOrientation = ChartPanels.create("results.layer.orientation");
    final ChartPanel layerCv = ChartPanels.create("results.layer.cv");
    final ChartPanel layerSf = ChartPanels.create("results.layer.sf");
    final ChartPanel layerFractions = ChartPanels.create("results.layer.fractions");
    private final TopImagesPanel topImages = new TopImagesPanel();

    UnitChartsPanel() {
        setName("results.charts");
        addTab("tuning", grid(1, orientation, sf));
        JPanel cat = new JPanel(new BorderLayout());
        cat.add(categories, BorderLayout.CENTER);
        cat.add(topImages, BorderLayout.SOUTH);
        addTab("F1/F0, categories", grid(1, phase, cat));
        addTab("receptive field", grid(1, awa, spectrum, axes));
        addTab("prediction", grid(1, predictedOrientation, predictedSf));
        addTab("layer", grid(2, layerOrientation, layerCv, layerSf, layerFractions));
    }

    private static JPanel grid(int rows, JComponent... parts) {
        JPanel p = new JPanel(new GridLayout(rows, 0));
        for (JComponent c : parts) {
            p.add(c);
        }
        return p;
    }

    List<ChartPanel> all() {
        return List.of(orientation, sf, phase, categories, awa, spectrum, axes, predictedOrientation, predictedSf, layerOrientation,
                layerCv, layerSf, layerFractions);
    }

    /** Shows unit {@code row} of the run (the layer tab, if shown, moves to the tuning tab). */
    void showUnit(RunResults r, int row) {
        UnitsTable t = r.units();
        String layer = t.cell(row, "layer");
        int index = t.indexInLayer(row);
        String title = layer + " unit " + t.cell(row, "channel");
        ChartPanels.show(orientation, UnitCharts.orientation(r.curves(), layer, index, title + ": orientation"));
        ChartPanels.show(sf, UnitCharts.spatialFrequency(r.curves(), layer, index, title + ": spatial frequency"));
        ChartPanels.show(phase, UnitDetailCharts.phase(r, row, layer, index, title + ": phase"));
        CategoryResponses c = CategoryResponses.of(r, row, layer, index);
        ChartPanels.show(categories, UnitDetailCharts.categories(c, title + ": categories"));
        topImages.show(c);
        ChartPanels.show(awa, RfCharts.awa(r.rf(), layer, index, title + ": AWA"));
        ChartPanels.show(spectrum, RfCharts.spectrum(r.rf(), layer, index, title + ": AWC spectrum"));
        ChartPanels.show(axes, UnitDetailCharts.awcAxes(r, layer, index, title + ": AWC axes"));
        ChartPanels.show(predictedOrientation, UnitDetailCharts.prediction(r, layer, index, title + ": predicted vs measured orientation", true));
        ChartPanels.show(predictedSf, UnitDetailCharts.prediction(r, layer, index, title + ": predicted vs measured SF", false));
        if (getSelectedIndex() == LAYER_TAB) {
            setSelectedIndex(0);
        }
    }

    /** Shows a layer's summary plots and selects their tab. */
    void showLayer(RunResults r, String layer) {
        LayerSummary s = LayerSummary.of(r.units(), layer, r.info());
        ChartPanels.show(layerOrientation, LayerCharts.orientation(s));
        ChartPanels.show(layerCv, LayerCharts.circularVariance(s));
        ChartPanels.show(layerSf, LayerCharts.preferredSf(s));
        ChartPanels.show(layerFractions, LayerCharts.fractions(s));
        setSelectedIndex(LAYER_TAB);
    }
}
