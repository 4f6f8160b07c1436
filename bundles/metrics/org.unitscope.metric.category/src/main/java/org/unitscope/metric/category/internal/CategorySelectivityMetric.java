package org.unitscope.metric.category.internal;

import java.util.Arrays;
import java.util.List;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.osgi.service.metatype.annotations.Option;
import org.unitscope.api.ExclusiveMax;
import org.unitscope.api.ExclusiveMin;
import org.unitscope.api.Parameters;
import org.unitscope.api.UnitscopeException;
import org.unitscope.api.UnitscopeService;
import org.unitscope.api.metric.Curve;
import org.unitscope.api.metric.MetricResult;
import org.unitscope.api.metric.ResponseTable;
import org.unitscope.api.metric.TuningMetric;
import org.unitscope.math.stats.CategorySelectivity;

/**
 * Category selectivity of every unit (docs/SCIENCE.md): best category, selectivity index, d' of the best
 * category against the rest, one-way ANOVA across categories, lifetime sparseness and the top images.
 * A unit is "selective" when its ANOVA p-value survives the chosen correction over the layer's responsive
 * units (unresponsive units are not tested, so they neither count in the family nor can be selective).
 */
@Component(service = TuningMetric.class)
@UnitscopeService(id = "category", version = "1.0.0", config = CategorySelectivityMetric.Config.class)
public class CategorySelectivityMetric implements TuningMetric {

    @ObjectClassDefinition(name = "Category selectivity: best category, selectivity index, d', ANOVA, lifetime sparseness, top images")
    @interface Config {
        @AttributeDefinition(description = "how many of each unit's strongest images to list in cat_top_images", min = "0")
        int topK() default 5;

        @AttributeDefinition(description = "significance level of the ANOVA after the correction (q for fdr)", min = "0", max = "1")
        @ExclusiveMin
        @ExclusiveMax
        double alpha() default 0.05;

        @AttributeDefinition(description = "multiple-comparison correction over the layer's units: fdr (Benjamini-Hochberg),"
                + " bonferroni or none", options = {@Option(value = "fdr"), @Option(value = "bonferroni"), @Option(value = "none")})
        String correction() default "fdr";

        @AttributeDefinition(description = "a unit whose |response| never exceeds this is 'unresponsive' and gets no statistics",
                min = "0")
        double unresponsiveBelow() default 1e-6;
    }

    @Override
    public List<String> requiredLabels() {
        return List.of(CategoryDesign.CATEGORY);
    }

    @Override
    public MetricResult compute(ResponseTable table, Parameters p) {
        Config config = p.as(Config.class);
        int topK = config.topK();
        double alpha = config.alpha();
        double floor = config.unresponsiveBelow();
        Correction correction = Correction.parse(config.correction());
        checkParameters(topK, alpha, floor);
        CategoryDesign design = CategoryDesign.of(table.labels());
        int[] category = design.category();
        int n = table.units();
        UnitColumns columns = new UnitColumns(n);
        double[][] means = new double[n][];
        int[] best = new int[n];
        boolean[] responsive = new boolean[n];
        for (int u = 0; u < n; u++) {
            double[] r = table.unit(u);
            CategorySelectivity s = selectivity(table, u, r, category, design.categories(), topK);
            means[u] = s.means();
            best[u] = s.best();
            responsive[u] = responds(r, floor);
            if (responsive[u]) {
                columns.responsive(u, s, design);
            }
        }
        boolean[] selective = correct(columns.p, responsive, correction, alpha);
        columns.selective(selective);
        double[] axis = new double[design.categories()];
        Arrays.setAll(axis, c -> c);
        LayerSummary summary = new LayerSummary(design, best, selective, responsive, columns.si, columns.sparseness,
                correction, alpha);
        return new MetricResult(columns.scalars(), columns.texts(),
                List.of(new Curve("category_means", "category", axis, means)), summary.text(), summary.figures());
    }

    private static CategorySelectivity selectivity(ResponseTable table, int unit, double[] r, int[] category,
            int categories, int topK) {
        try {
            return CategorySelectivity.of(r, category, categories, topK);
        } catch (IllegalArgumentException e) {
            throw new UnitscopeException("category: layer '" + table.layer() + "', unit " + unit + ": " + e.getMessage(), e);
        }
    }

    private static void checkParameters(int topK, double alpha, double floor) {
        if (topK < 0) {
            throw new UnitscopeException("parameter 'topK' of 'category' must be >= 0, not " + topK);
        }
        if (!(alpha > 0 && alpha <= 1)) {
            throw new UnitscopeException("parameter 'alpha' of 'category' must be in (0, 1], not " + alpha);
        }
        if (!(floor >= 0)) {
            throw new UnitscopeException("parameter 'unresponsiveBelow' of 'category' must be >= 0, not " + floor);
        }
    }

    /** Whether any |response| exceeds the floor (the same rule as the grating metrics). */
    private static boolean responds(double[] r, double floor) {
        for (double v : r) {
            if (Math.abs(v) > floor) {
                return true;
            }
        }
        return false;
    }

    /** The correction applied to the responsive units' p-values only; the others stay not selective. */
    private static boolean[] correct(double[] p, boolean[] responsive, Correction correction, double alpha) {
        int m = 0;
        for (boolean r : responsive) {
            m += r ? 1 : 0;
        }
        double[] tested = new double[m];
        int[] unitOf = new int[m];
        for (int u = 0, i = 0; u < p.length; u++) {
            if (responsive[u]) {
                tested[i] = p[u];
                unitOf[i++] = u;
            }
        }
        boolean[] significant = correction.significant(tested, alpha);
        boolean[] out = new boolean[p.length];
        for (int i = 0; i < m; i++) {
            out[unitOf[i]] = significant[i];
        }
        return out;
    }
}
