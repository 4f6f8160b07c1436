package org.unitscope.metric.grating.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.osgi.service.metatype.annotations.Option;
import org.unitscope.api.Parameters;
import org.unitscope.api.UnitscopeService;
import org.unitscope.api.metric.Curve;
import org.unitscope.api.metric.MetricResult;
import org.unitscope.api.metric.ResponseTable;
import org.unitscope.api.metric.TuningMetric;
import org.unitscope.math.tuning.PassClass;
import org.unitscope.math.tuning.SpatialFrequencyTuning;
import org.unitscope.spi.grating.GratingMetric;
import org.unitscope.spi.grating.GratingParameters;
import org.unitscope.spi.grating.GratingTables;
import org.unitscope.spi.grating.GratingUnit;
import org.unitscope.spi.grating.UnitColumns;

/**
 * Spatial-frequency tuning at each unit's best orientation, responses averaged over phase: preferred SF on
 * the log2-smoothed curve (also in cycles per receptive field of the unit's layer); octave bandwidth, cut-offs
 * and low/band/high-pass class on the unsmoothed curve.
 */
@Component(service = TuningMetric.class)
@UnitscopeService(id = "spatial-frequency", version = "2.0.0", config = SpatialFrequencyTuningMetric.Config.class)
public class SpatialFrequencyTuningMetric extends GratingMetric {

    @ObjectClassDefinition(name = "Spatial-frequency tuning: preferred SF, octave bandwidth, low/band/high-pass class")
    @interface Config {
        @AttributeDefinition(description = "sigma of the Gaussian smoothing on the log2 SF axis, for the preferred SF only",
                min = "0")
        double smoothingOctaves() default 0.25;

        @AttributeDefinition(description = GratingParameters.UNRESPONSIVE_DOC, min = "0")
        double unresponsiveBelow() default GratingParameters.UNRESPONSIVE_BELOW;

        @AttributeDefinition(description = GratingParameters.BASELINE_DOC,
                options = {@Option(value = GratingParameters.NONE), @Option(value = GratingParameters.BLANK)})
        String baseline() default GratingParameters.NONE;
    }

    @Override
    public MetricResult compute(ResponseTable table, Parameters p) {
        GratingTables t = GratingTables.of(table, p);
        double smoothing = p.as(Config.class).smoothingOctaves();
        int n = table.units();
        double[] pref = UnitColumns.nans(n);
        double[] prefRf = UnitColumns.nans(n);
        double[] bw = UnitColumns.nans(n);
        double[] lo = UnitColumns.nans(n);
        double[] hi = UnitColumns.nans(n);
        String[] cls = new String[n];
        double[] sfs = t.sfs();
        double[][] curve = new double[n][];
        int[] classCounts = new int[PassClass.values().length];
        for (int u = 0; u < n; u++) {
            GratingUnit r = t.unit(u);
            curve[u] = r.sfCurve();
            if (t.unresponsive(u)) {
                cls[u] = "unresponsive";
                continue;
            }
            SpatialFrequencyTuning s = SpatialFrequencyTuning.of(sfs, curve[u], smoothing);
            pref[u] = s.preferredSf();
            prefRf[u] = s.preferredSf() * table.rfSize();
            bw[u] = s.bandwidthOctaves();
            lo[u] = s.lowCutoff();
            hi[u] = s.highCutoff();
            cls[u] = s.passClass().label();
            classCounts[s.passClass().ordinal()]++;
        }
        Map<String, double[]> scalars = new LinkedHashMap<>();
        scalars.put("pref_sf_cpp", pref);
        scalars.put("pref_sf_cycles_per_rf", prefRf);
        scalars.put("sf_bw_oct", bw);
        scalars.put("sf_low_cpp", lo);
        scalars.put("sf_high_cpp", hi);
        StringBuilder summary = new StringBuilder("spatial frequency: ")
                .append(UnitColumns.median("preferred", pref, "%.4f c/px")).append(", ")
                .append(UnitColumns.median("bandwidth", bw, "%.2f oct"));
        for (PassClass c : PassClass.values()) {
            summary.append(", ").append(classCounts[c.ordinal()]).append(' ').append(c.label());
        }
        return new MetricResult(scalars, Map.of("sf_class", cls), List.of(new Curve("sf_tuning", "sf_cpp", sfs, curve)),
                summary.toString());
    }
}
