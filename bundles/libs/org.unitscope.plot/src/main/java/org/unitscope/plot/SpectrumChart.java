package org.unitscope.plot;

import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Objects;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Eigenvalue spectra of activation-weighted covariances: eigenvalue against rank (rank 1 = the largest), lines and
 * points, one colour per unit, and each unit's null interval from the shuffle test as a dashed pair of horizontal
 * lines in the same colour: eigenvalues outside it are the significant axes. Up to 8 units; later
 * ones are counted and named in the subtitle ("first 8 of M units") rather than drawn, as more would be unreadable.
 */
public final class SpectrumChart {

    static final int MAX_UNITS = 8;
    static final int WIDTH = 800;
    static final int HEIGHT = 560;

    private final XYSeriesCollection data = new XYSeriesCollection();
    private final XYPlot plot;
    private final XYLineAndShapeRenderer renderer;
    private final JFreeChart chart;
    private int units;
    private TextTitle note;
    private double low = Double.POSITIVE_INFINITY;
    private double high = Double.NEGATIVE_INFINITY;

    public SpectrumChart(String title) {
        Charts.ensureHeadless();
        Objects.requireNonNull(title, "title");
        plot = Charts.linePlot(data, "rank (1 = largest)", "eigenvalue", true, true);
        ((NumberAxis) plot.getDomainAxis()).setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        renderer = (XYLineAndShapeRenderer) plot.getRenderer();
        chart = Charts.chart(title, plot, true);
    }

    /**
     * Adds a unit's spectrum.
     *
     * @param label               the unit's name in the legend
     * @param ascendingEigenvalues the eigenvalues in ascending order, as an eigen-decomposition returns them (NaNs
     *                            are left out)
     * @param nullLower           lower end of the null interval (NaN: none drawn)
     * @param nullUpper           upper end of the null interval (NaN: none drawn)
     * @throws IllegalArgumentException when the eigenvalues are not ascending or the interval's ends are reversed
     */
    public SpectrumChart addUnit(String label, double[] ascendingEigenvalues, double nullLower, double nullUpper) {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(ascendingEigenvalues, "ascendingEigenvalues");
        double previous = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < ascendingEigenvalues.length; k++) {
            double v = ascendingEigenvalues[k];
            if (v < previous) { // a descending array here would silently plot rank 1 as the smallest
                throw new IllegalArgumentException("unit '" + label + "': eigenvalues must be ascending, but value " + k
                        + " (" + v + ") is below value " + (k - 1) + " (" + previous + ")");
            }
            if (!Double.isNaN(v)) {
                previous = v;
            }
        }
        if (nullLower > nullUpper) {
            throw new IllegalArgumentException("unit '" + label + "': null interval [" + nullLower + ", " + nullUpper
                    + "] has its ends reversed");
        }
        if (data.getSeriesIndex(label) >= 0) {
            throw new IllegalArgumentException("unit '" + label + "' is already in the chart");
        }
        units++;
        if (units > MAX_UNITS) {
            if (note == null) {
                note = Charts.subtitle("");
                chart.addSubtitle(0, note);
            }
            note.setText("first " + MAX_UNITS + " of " + units + " units");
            return this;
        }
        XYSeries series = new XYSeries(label, false, true);
        int n = ascendingEigenvalues.length;
        for (int rank = 1; rank <= n; rank++) {
            double v = ascendingEigenvalues[n - rank];
            if (!Double.isNaN(v)) {
                series.add(rank, v);
                include(v);
            } else if (series.getItemCount() > 0 && series.getY(series.getItemCount() - 1) != null) {
                series.add(rank, null); // a gap (ranks not computed) breaks the line rather than bridging it
            }
        }
        int s = data.getSeriesCount();
        data.addSeries(series);
        Color colour = Charts.style(renderer, s);
        if (n > 64) { // hundreds of dots would hide the line
            renderer.setSeriesShapesVisible(s, false);
        }
        for (double bound : new double[] {nullLower, nullUpper}) {
            if (!Double.isNaN(bound)) {
                plot.addRangeMarker(new ValueMarker(bound, colour, Charts.DASHED));
                include(bound);
            }
        }
        return this;
    }

    /**
     * Adds a unit of which only the extreme eigenvalues are known (a Krylov method): the k largest at ranks 1..k and
     * the k smallest at ranks d-k+1..d, with a gap between.
     *
     * @param highestDescending the largest eigenvalues, largest first
     * @param lowestAscending   the smallest eigenvalues, smallest first
     * @param dimension         d, the number of eigenvalues the matrix has
     */
    public SpectrumChart addExtremes(String label, double[] highestDescending, double[] lowestAscending, int dimension,
            double nullLower, double nullUpper) {
        if (highestDescending.length + lowestAscending.length > dimension) {
            throw new IllegalArgumentException("unit '" + label + "': " + highestDescending.length + " + "
                    + lowestAscending.length + " extreme eigenvalues of a " + dimension + " x " + dimension + " matrix");
        }
        double[] ascending = new double[dimension];
        java.util.Arrays.fill(ascending, Double.NaN);
        System.arraycopy(lowestAscending, 0, ascending, 0, lowestAscending.length);
        for (int i = 0; i < highestDescending.length; i++) {
            ascending[dimension - 1 - i] = highestDescending[i];
        }
        return addUnit(label, ascending, nullLower, nullUpper);
    }

    /** The value axis covers the eigenvalues and the null intervals: markers alone would not widen it. */
    private void include(double v) {
        if (Double.isInfinite(v)) {
            return;
        }
        low = Math.min(low, v);
        high = Math.max(high, v);
        double pad = high > low ? 0.05 * (high - low) : Math.max(1e-12, 0.05 * Math.abs(high));
        plot.getRangeAxis().setRange(low - pad, high + pad);
    }

    public void writePng(OutputStream out) throws IOException {
        writePng(out, null);
    }

    void writePng(OutputStream out, ChartRenderingInfo info) throws IOException {
        Charts.writePng(out, chart, WIDTH, HEIGHT, info);
    }

    public JFreeChart chart() {
        return chart;
    }
}
