package org.unitscope.metric.category.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The layer-level account of category selectivity: how many units are selective after the correction, which
 * categories the selective units prefer (non-selective units are left out: their best category is a
 * noise argmax), and the medians of SI and sparseness over the responsive units.
 */
final class LayerSummary {
    /** Categories named in the summary line; the full counts are in the figures. */
    private static final int NAMED_CATEGORIES = 5;

    private final CategoryDesign design;
    private final int units;
    private final int selective;
    private final int unresponsive;
    private final int[] bestCounts;
    private final Correction correction;
    private final double alpha;
    private final double medianSi;
    private final double medianSparseness;

    /**
     * @param best        each unit's best category (ignored where not selective)
     * @param selective   whether each unit is selective after the correction
     * @param responsive  whether each unit responds at all
     * @param si          per-unit SI, NaN where undefined (unresponsive units included)
     * @param sparseness  per-unit lifetime sparseness, NaN where undefined
     */
    LayerSummary(CategoryDesign design, int[] best, boolean[] selective, boolean[] responsive, double[] si,
            double[] sparseness, Correction correction, double alpha) {
        this.design = design;
        this.units = best.length;
        this.correction = correction;
        this.alpha = alpha;
        this.bestCounts = new int[design.categories()];
        int s = 0;
        int r = 0;
        for (int u = 0; u < units; u++) {
            if (selective[u]) {
                s++;
                bestCounts[best[u]]++;
            }
            r += responsive[u] ? 1 : 0;
        }
        this.selective = s;
        this.unresponsive = units - r;
        this.medianSi = median(si);
        this.medianSparseness = median(sparseness);
    }

    String text() {
        return String.format(Locale.ROOT,
                "category: %d of %d units selective (%s), %d unresponsive, best categories: %s; median SI %.2f, median sparseness %.2f",
                selective, units, correction.describe(alpha), unresponsive, bestCategories(), medianSi, medianSparseness);
    }

    Map<String, Object> figures() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (int c = 0; c < bestCounts.length; c++) {
            counts.put(design.name(c), bestCounts[c]);
        }
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("selective_fraction", units == 0 ? Double.NaN : (double) selective / units);
        f.put("selective_units", selective);
        f.put("units", units);
        f.put("unresponsive_units", unresponsive);
        f.put("correction", correction.id());
        f.put("alpha", alpha);
        f.put("best_category_counts", counts);
        f.put("median_si", medianSi);
        f.put("median_sparseness", medianSparseness);
        return f;
    }

    /** "Trouser 12, Bag 9, ..." by count, most first (lower category index on ties), zero counts left out. */
    private String bestCategories() {
        List<Integer> order = new ArrayList<>();
        for (int c = 0; c < bestCounts.length; c++) {
            if (bestCounts[c] > 0) {
                order.add(c);
            }
        }
        if (order.isEmpty()) {
            return "none";
        }
        order.sort((a, b) -> bestCounts[a] != bestCounts[b] ? Integer.compare(bestCounts[b], bestCounts[a])
                : Integer.compare(a, b));
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < Math.min(NAMED_CATEGORIES, order.size()); i++) {
            out.append(i == 0 ? "" : ", ").append(design.name(order.get(i))).append(' ').append(bestCounts[order.get(i)]);
        }
        return order.size() > NAMED_CATEGORIES ? out + ", ..." : out.toString();
    }

    /** Median of the finite values, NaN if none. */
    static double median(double[] values) {
        double[] f = Arrays.stream(values).filter(Double::isFinite).sorted().toArray();
        if (f.length == 0) {
            return Double.NaN;
        }
        return f.length % 2 == 1 ? f[f.length / 2] : 0.5 * (f[f.length / 2 - 1] + f[f.length / 2]);
    }
}
