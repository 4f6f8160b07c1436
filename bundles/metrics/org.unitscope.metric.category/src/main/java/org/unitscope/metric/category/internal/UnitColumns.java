package org.unitscope.metric.category.internal;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;
import org.unitscope.math.stats.CategorySelectivity;

/**
 * The per-unit columns of units.csv that this metric writes. Unresponsive units keep NaN statistics, empty
 * texts and cat_selective 0: a unit that never responds has no category preference to report.
 */
final class UnitColumns {
    final double[] best;
    final double[] si;
    final double[] dPrime;
    final double[] f;
    final double[] p;
    final double[] sparseness;
    final double[] selective;
    final String[] bestName;
    final String[] topImages;
    final String[] status;

    UnitColumns(int units) {
        best = nans(units);
        si = nans(units);
        dPrime = nans(units);
        f = nans(units);
        p = nans(units);
        sparseness = nans(units);
        selective = new double[units];
        bestName = filled(units, "");
        topImages = filled(units, "");
        status = filled(units, "unresponsive");
    }

    void responsive(int u, CategorySelectivity s, CategoryDesign design) {
        status[u] = "responsive";
        best[u] = s.best();
        si[u] = s.si();
        dPrime[u] = s.dPrime();
        f[u] = s.anova().f();
        p[u] = s.anova().p();
        sparseness[u] = s.sparseness();
        bestName[u] = design.name(s.best());
        StringJoiner ids = new StringJoiner(";");
        for (int stimulus : s.topImages()) {
            ids.add(design.imageId(stimulus));
        }
        topImages[u] = ids.toString();
    }

    void selective(boolean[] isSelective) {
        for (int u = 0; u < selective.length; u++) {
            selective[u] = isSelective[u] ? 1 : 0;
        }
    }

    Map<String, double[]> scalars() {
        Map<String, double[]> out = new LinkedHashMap<>();
        out.put("cat_best", best);
        out.put("cat_si", si);
        out.put("cat_dprime", dPrime);
        out.put("cat_anova_f", f);
        out.put("cat_anova_p", p);
        out.put("cat_sparseness", sparseness);
        out.put("cat_selective", selective);
        return out;
    }

    Map<String, String[]> texts() {
        Map<String, String[]> out = new LinkedHashMap<>();
        out.put("cat_best_name", bestName);
        out.put("cat_top_images", topImages);
        out.put("cat_status", status);
        return out;
    }

    private static double[] nans(int n) {
        double[] a = new double[n];
        Arrays.fill(a, Double.NaN);
        return a;
    }

    private static String[] filled(int n, String value) {
        String[] a = new String[n];
        Arrays.fill(a, value);
        return a;
    }
}
