package org.unitscope.plot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.statistics.StatisticalCategoryDataset;
import org.junit.jupiter.api.Test;

class BarChartsTest {

    @Test
    void meansCarryTheirErrorsByCategoryName() {
        JFreeChart c = BarCharts.means("unit 3: categories", "mean response", List.of("shirt", "bag"), new double[] {1.5, 0.25},
                new double[] {0.1, 0.05}, 0);
        StatisticalCategoryDataset d = (StatisticalCategoryDataset) c.getCategoryPlot().getDataset();
        assertThat(d.getColumnKeys()).containsExactly("shirt", "bag");
        assertThat(d.getMeanValue(0, 0).doubleValue()).isEqualTo(1.5);
        assertThat(d.getStdDevValue(0, 1).doubleValue()).isEqualTo(0.05);
        assertThatThrownBy(() -> BarCharts.means("t", "y", List.of("a"), new double[] {1, 2}, null, -1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void groupedBarsHoldOneRowPerSeriesAndGapsForNan() {
        JFreeChart c = BarCharts.grouped("tuned", "fraction", List.of("A", "B"), List.of("l1", "l2"),
                new double[][] {{0.5, 1}, {Double.NaN, 0.25}});
        CategoryDataset d = c.getCategoryPlot().getDataset();
        assertThat(d.getValue("A", "l2").doubleValue()).isEqualTo(1);
        assertThat(d.getValue("B", "l1")).isNull();
        assertThat(d.getValue("B", "l2").doubleValue()).isEqualTo(0.25);
    }
}
