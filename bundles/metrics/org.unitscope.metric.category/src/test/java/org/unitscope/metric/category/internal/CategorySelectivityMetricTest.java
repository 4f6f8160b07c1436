package org.unitscope.metric.category.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.unitscope.api.Parameters;
import org.unitscope.api.UnitscopeException;
import org.unitscope.api.metric.Curve;
import org.unitscope.api.metric.MetricResult;
import org.unitscope.api.metric.ResponseTable;
import org.unitscope.api.stimulus.LabelTable;
import org.unitscope.math.stats.FDistribution;

/**
 * 12 images of 4 categories, interleaved (image i has category i % 4), whose "image" label runs backwards
 * (stimulus i shows file(11 - i)), and five units of known selectivity:
 * <ol start="0">
 * <li>responds 2.5 to category 2 (Pullover) only</li>
 * <li>constant 0.3</li>
 * <li>silent (unresponsive)</li>
 * <li>categories 0-2 give 1, 2, 3 (one each), category 3 gives 1 + d, 2 + d, 3 + d with d = 3</li>
 * <li>the same with d = 2.375</li>
 * </ol>
 * For units 3 and 4 by hand: category means 2, 2, 2, 2 + d; grand mean 2 + d/4;
 * SS_between = 3 [3 (d/4)^2 + (3d/4)^2] = 9 d^2 / 4; SS_within = 4 * 2 = 8; F = (9 d^2/4 / 3) / (8 / 8) = 3 d^2 / 4
 * with (3, 8) degrees of freedom: d = 3 -> F = 6.75, p = 0.0139; d = 2.375 -> F = 4.2305, p = 0.0457.
 * SI = d / (4 + d); d' = d / sqrt((1 + 0.75) / 2) (best: var of {1,2,3} = 1; rest: nine values 1,2,3 -> 6/8).
 * FDR over the 4 responsive units (q = 0.05): sorted p 0, 0.0139, 0.0457, 1 against 0.0125, 0.025, 0.0375,
 * 0.05 -> units 0 and 3; Bonferroni (0.0125) -> unit 0; uncorrected -> units 0, 3 and 4.
 */
class CategorySelectivityMetricTest {

    private static final List<String> CATEGORIES = List.of("T-shirt", "Trouser", "Pullover", "Dress");
    private static final int IMAGES = 12;
    private static final double D3 = 3;
    private static final double D4 = 2.375;

    private final CategorySelectivityMetric metric = new CategorySelectivityMetric();

    @Test
    void describesItself() {
        assertThat(metric.info().id()).isEqualTo("category");
        assertThat(metric.info().version()).isEqualTo("1.0.0");
        assertThat(metric.requiredLabels()).containsExactly("category");
        assertThat(params(Map.of()).asMap()).containsEntry("topK", 5).containsEntry("alpha", 0.05)
                .containsEntry("correction", "fdr").containsEntry("unresponsiveBelow", 1e-6);
    }

    @Test
    void everyColumnOfTheFiveUnits() {
        MetricResult m = metric.compute(table(true, true), params(Map.of()));
        assertThat(m.scalars().keySet()).containsExactly("cat_best", "cat_si", "cat_dprime", "cat_anova_f", "cat_anova_p",
                "cat_sparseness", "cat_selective");
        assertThat(m.texts().keySet()).containsExactly("cat_best_name", "cat_top_images", "cat_status");

        assertThat(m.scalars().get("cat_best")).containsExactly(new double[] {2, 0, Double.NaN, 3, 3}, within(0.0));
        assertThat(m.texts().get("cat_best_name")).containsExactly("Pullover", "T-shirt", "", "Dress", "Dress");
        assertThat(m.texts().get("cat_status"))
                .containsExactly("responsive", "responsive", "unresponsive", "responsive", "responsive");

        double[] si = m.scalars().get("cat_si");
        assertThat(si[0]).isEqualTo(1.0);
        assertThat(si[1]).isEqualTo(0.0);
        assertThat(si[2]).isNaN();
        assertThat(si[3]).isCloseTo(D3 / (4 + D3), within(1e-12));
        assertThat(si[4]).isCloseTo(D4 / (4 + D4), within(1e-12));

        double[] dPrime = m.scalars().get("cat_dprime");
        assertThat(dPrime[0]).isNaN();
        assertThat(dPrime[1]).isNaN();
        assertThat(dPrime[2]).isNaN();
        assertThat(dPrime[3]).isCloseTo(D3 / Math.sqrt(0.875), within(1e-12));
        assertThat(dPrime[4]).isCloseTo(D4 / Math.sqrt(0.875), within(1e-12));

        double[] f = m.scalars().get("cat_anova_f");
        double[] p = m.scalars().get("cat_anova_p");
        assertThat(f[0]).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(p[0]).isEqualTo(0.0);
        assertThat(f[1]).isNaN();
        assertThat(p[1]).isEqualTo(1.0);
        assertThat(f[2]).isNaN();
        assertThat(p[2]).isNaN();
        assertThat(f[3]).isCloseTo(6.75, within(1e-12));
        assertThat(f[4]).isCloseTo(3 * D4 * D4 / 4, within(1e-12));
        assertThat(p[3]).isCloseTo(new FDistribution(3, 8).survival(6.75), within(1e-15)).isBetween(0.0125, 0.025);
        assertThat(p[4]).isCloseTo(new FDistribution(3, 8).survival(3 * D4 * D4 / 4), within(1e-15)).isBetween(0.0375, 0.05);

        double[] s = m.scalars().get("cat_sparseness");
        assertThat(s[0]).isCloseTo(9.0 / 11, within(1e-12)); // 3 of 12 images at the same value: (12 - 3) / (12 - 1)
        assertThat(s[1]).isCloseTo(0.0, within(1e-12));
        assertThat(s[2]).isNaN();
        assertThat(s[3]).isCloseTo(SPARSENESS_3, within(1e-12));
        assertThat(s[4]).isCloseTo(SPARSENESS_4, within(1e-12));

        assertThat(m.scalars().get("cat_selective")).containsExactly(1, 0, 0, 1, 0);
    }

    // sum r and sum r^2 over the 12 images: unit 3: 3 (1+2+3) + (4+5+6) = 33, 3 (1+4+9) + (16+25+36) = 119;
    // unit 4: 18 + (3.375 + 4.375 + 5.375) = 31.125, 42 + (11.390625 + 19.140625 + 28.890625) = 101.421875
    private static final double SPARSENESS_3 = (1 - Math.pow(33.0 / 12, 2) / (119.0 / 12)) / (11.0 / 12);
    private static final double SPARSENESS_4 = (1 - Math.pow(31.125 / 12, 2) / (101.421875 / 12)) / (11.0 / 12);

    @Test
    void topImagesAreNamedThroughTheImageLabel() {
        MetricResult m = metric.compute(table(true, true), params(Map.of()));
        // unit 0: stimuli 2, 6, 10 (category 2), then the zeros 0, 1 -> files 9, 5, 1, 11, 10
        // unit 1: all equal -> stimuli 0..4; unit 3: 6, 5, 4 at stimuli 11, 7, 3, then the first 3s at 8, 9
        assertThat(m.texts().get("cat_top_images")).containsExactly("file09;file05;file01;file11;file10",
                "file11;file10;file09;file08;file07", "", "file00;file04;file08;file03;file02",
                "file00;file04;file08;file03;file02");
        MetricResult two = metric.compute(table(true, true), params(Map.of("topK", 2)));
        assertThat(two.texts().get("cat_top_images")[0]).isEqualTo("file09;file05");
    }

    @Test
    void withoutNamesCategoriesAndImagesAreNumbers() {
        MetricResult noImageLabel = metric.compute(table(false, false), params(Map.of()));
        assertThat(noImageLabel.texts().get("cat_best_name")).containsExactly("2", "0", "", "3", "3");
        assertThat(noImageLabel.texts().get("cat_top_images")[0]).isEqualTo("2;6;10;0;1");
        MetricResult imageIndices = metric.compute(tableWithUnnamedImages(), params(Map.of()));
        assertThat(imageIndices.texts().get("cat_top_images")[0]).isEqualTo("9;5;1;11;10");
    }

    @Test
    void correctionDecidesWhichUnitsAreSelective() {
        ResponseTable t = table(true, true);
        assertThat(metric.compute(t, params(Map.of("correction", "bonferroni"))).scalars().get("cat_selective"))
                .containsExactly(1, 0, 0, 0, 0);
        assertThat(metric.compute(t, params(Map.of("correction", "none"))).scalars().get("cat_selective"))
                .containsExactly(1, 0, 0, 1, 1);
        // alpha 0.1 with fdr: thresholds 0.025, 0.05, 0.075, 0.1 -> unit 4 (p 0.0457 at rank 3) joins
        assertThat(metric.compute(t, params(Map.of("alpha", 0.1))).scalars().get("cat_selective"))
                .containsExactly(1, 0, 0, 1, 1);
    }

    @Test
    void categoryMeansCurve() {
        Curve c = metric.compute(table(true, true), params(Map.of())).curves().get(0);
        assertThat(c.name()).isEqualTo("category_means");
        assertThat(c.axisName()).isEqualTo("category");
        assertThat(c.axis()).containsExactly(0, 1, 2, 3);
        assertThat(c.values()[0]).containsExactly(0, 0, 2.5, 0);
        assertThat(c.values()[2]).containsExactly(0, 0, 0, 0);
        assertThat(c.values()[3]).containsExactly(2, 2, 2, 2 + D3);
    }

    @Test
    void summaryAndFigures() {
        // medians over the 4 responsive units: SI {0, 0.3725, 0.4286, 1}, sparseness {0, S4, S3, 9/11}
        double medianSi = 0.5 * (D4 / (4 + D4) + D3 / (4 + D3));
        double medianSparseness = 0.5 * (SPARSENESS_4 + SPARSENESS_3);
        String medians = String.format(Locale.ROOT, "median SI %.2f, median sparseness %.2f", medianSi, medianSparseness);
        assertThat(medians).isEqualTo("median SI 0.40, median sparseness 0.24");

        MetricResult fdr = metric.compute(table(true, true), params(Map.of()));
        assertThat(fdr.summary()).isEqualTo("category: 2 of 5 units selective (fdr q = 0.05), 1 unresponsive, "
                + "best categories: Pullover 1, Dress 1; " + medians);
        Map<String, Object> figures = fdr.layerFigures();
        assertThat(figures.keySet()).containsExactly("selective_fraction", "selective_units", "units", "unresponsive_units",
                "correction", "alpha", "best_category_counts", "median_si", "median_sparseness");
        assertThat(figures).containsEntry("selective_fraction", 0.4).containsEntry("selective_units", 2)
                .containsEntry("units", 5).containsEntry("unresponsive_units", 1).containsEntry("correction", "fdr")
                .containsEntry("alpha", 0.05);
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("T-shirt", 0);
        counts.put("Trouser", 0);
        counts.put("Pullover", 1);
        counts.put("Dress", 1);
        assertThat(figures.get("best_category_counts")).isEqualTo(counts);
        assertThat((Double) figures.get("median_si")).isCloseTo(medianSi, within(1e-12));
        assertThat((Double) figures.get("median_sparseness")).isCloseTo(medianSparseness, within(1e-12));

        MetricResult none = metric.compute(table(true, true), params(Map.of("correction", "none")));
        assertThat(none.summary()).isEqualTo("category: 3 of 5 units selective (uncorrected p <= 0.05), 1 unresponsive, "
                + "best categories: Dress 2, Pullover 1; " + medians);
        MetricResult bonferroni = metric.compute(table(true, true), params(Map.of("correction", "bonferroni", "alpha", 0.01)));
        // 0.01 / 4 = 0.0025: still unit 0 alone (p = 0)
        assertThat(bonferroni.summary()).startsWith("category: 1 of 5 units selective (bonferroni alpha = 0.01), 1 unresponsive, "
                + "best categories: Pullover 1; ");
        assertThat(bonferroni.layerFigures()).containsEntry("correction", "bonferroni").containsEntry("alpha", 0.01);
    }

    @Test
    void summaryNamesTheFiveMostPreferredCategories() {
        // 7 categories x 2 images; unit c responds to category c only, unit 7 to category 5 as well
        int k = 7;
        int units = 8;
        double[] category = new double[2 * k];
        float[] r = new float[2 * k * units];
        for (int i = 0; i < category.length; i++) {
            category[i] = i % k;
            for (int u = 0; u < units; u++) {
                int preferred = u < k ? u : 5;
                r[i * units + u] = (int) category[i] == preferred ? 1f : 0f;
            }
        }
        List<String> names = List.of("c0", "c1", "c2", "c3", "c4", "c5", "c6");
        LabelTable labels = new LabelTable(List.of("category"), new double[][] {category}, Map.of("category", names));
        MetricResult m = metric.compute(new ResponseTable("conv", units, labels, r), params(Map.of()));
        assertThat(m.summary()).contains("8 of 8 units selective").contains("best categories: c5 2, c0 1, c1 1, c2 1, c3 1, ...;");
    }

    @Test
    void unresponsiveBelowMovesTheFloor() {
        // unit 0 peaks at 2.5, unit 1 at 0.3: a floor of 2.5 silences both (|r| must exceed it)
        MetricResult m = metric.compute(table(true, true), params(Map.of("unresponsiveBelow", 2.5)));
        assertThat(m.texts().get("cat_status"))
                .containsExactly("unresponsive", "unresponsive", "unresponsive", "responsive", "responsive");
        assertThat(m.scalars().get("cat_selective")).containsExactly(0, 0, 0, 1, 1); // FDR over 2 units: 0.0139, 0.0457
        assertThat(m.layerFigures()).containsEntry("unresponsive_units", 3);
    }

    @Test
    void rejectsBadParametersAndDesigns() {
        ResponseTable t = table(true, true);
        assertThatThrownBy(() -> metric.compute(t, params(Map.of("correction", "holm"))))
                .isInstanceOf(UnitscopeException.class).hasMessageContaining("correction");
        assertThatThrownBy(() -> metric.compute(t, params(Map.of("alpha", 0)))).isInstanceOf(UnitscopeException.class);
        assertThatThrownBy(() -> metric.compute(t, params(Map.of("topK", -1)))).isInstanceOf(UnitscopeException.class);

        double[] oneCategory = new double[IMAGES];
        assertThatThrownBy(() -> metric.compute(withCategories(oneCategory, Map.of()), params(Map.of())))
                .isInstanceOf(UnitscopeException.class).hasMessageContaining("at least 2 categories");
        double[] fractional = categoryColumn();
        fractional[3] = 1.5;
        assertThatThrownBy(() -> metric.compute(withCategories(fractional, Map.of()), params(Map.of())))
                .isInstanceOf(UnitscopeException.class).hasMessageContaining("stimulus 3");
        assertThatThrownBy(() -> metric.compute(withCategories(categoryColumn(), Map.of("category", List.of("a", "b"))),
                params(Map.of()))).isInstanceOf(UnitscopeException.class).hasMessageContaining("category names");

        float[] r = responses();
        r[7 * 5 + 3] = Float.NaN;
        LabelTable labels = t.labels();
        assertThatThrownBy(() -> metric.compute(new ResponseTable("fc1", 5, labels, r), params(Map.of())))
                .isInstanceOf(UnitscopeException.class).hasMessageContaining("unit 3").hasMessageContaining("fc1");
    }

    private static Parameters params(Map<String, ?> raw) {
        return Parameters.resolve(new CategorySelectivityMetric().info(), raw);
    }

    private static double[] categoryColumn() {
        double[] c = new double[IMAGES];
        for (int i = 0; i < IMAGES; i++) {
            c[i] = i % 4;
        }
        return c;
    }

    /** The five units described in the class comment; stimuli x units, row-major. */
    private static float[] responses() {
        int units = 5;
        float[] r = new float[IMAGES * units];
        for (int i = 0; i < IMAGES; i++) {
            int category = i % 4;
            int j = i / 4; // 0, 1, 2: position within the category
            r[i * units] = category == 2 ? 2.5f : 0f;
            r[i * units + 1] = 0.3f;
            r[i * units + 2] = 0f;
            r[i * units + 3] = (float) (1 + j + (category == 3 ? D3 : 0));
            r[i * units + 4] = (float) (1 + j + (category == 3 ? D4 : 0));
        }
        return r;
    }

    private static ResponseTable table(boolean names, boolean imageLabel) {
        List<String> labelNames = new ArrayList<>(List.of("category"));
        List<double[]> columns = new ArrayList<>(List.of(categoryColumn()));
        Map<String, List<String>> levels = new LinkedHashMap<>();
        if (names) {
            levels.put("category", CATEGORIES);
        }
        if (imageLabel) {
            labelNames.add("image");
            columns.add(backwardImages());
            List<String> files = new ArrayList<>();
            for (int i = 0; i < IMAGES; i++) {
                files.add(String.format(Locale.ROOT, "file%02d", i));
            }
            levels.put("image", files);
        }
        return new ResponseTable("conv", 5, new LabelTable(labelNames, columns.toArray(new double[0][]), levels), responses());
    }

    private static ResponseTable tableWithUnnamedImages() {
        LabelTable labels = new LabelTable(List.of("category", "image"), new double[][] {categoryColumn(), backwardImages()},
                Map.of("category", CATEGORIES));
        return new ResponseTable("conv", 5, labels, responses());
    }

    private static ResponseTable withCategories(double[] category, Map<String, List<String>> levels) {
        return new ResponseTable("conv", 5, new LabelTable(List.of("category"), new double[][] {category}, levels), responses());
    }

    private static double[] backwardImages() {
        double[] image = new double[IMAGES];
        for (int i = 0; i < IMAGES; i++) {
            image[i] = IMAGES - 1 - i;
        }
        return image;
    }
}
