package org.unitscope.metric.grating.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.osgi.service.component.annotations.Component;
import org.unitscope.api.ParameterSpec;
import org.unitscope.api.Parameters;
import org.unitscope.api.ServiceInfo;
import org.unitscope.api.metric.Curve;
import org.unitscope.api.metric.MetricResult;
import org.unitscope.api.metric.ResponseTable;
import org.unitscope.api.metric.TuningMetric;
import org.unitscope.math.tuning.GratingResponses;
import org.unitscope.math.tuning.PassClass;
import org.unitscope.math.tuning.SpatialFrequencyTuning;

/**
 * Spatial-frequency tuning at each unit's best orientation, responses averaged over phase: preferred SF on
 * the log2-smoothed curve (also in cycles per receptive field), octave bandwidth at half height, pass class.
 */
@Component(service = TuningMetric.class)
public class SpatialFrequencyTuningMetric implements TuningMetric {
    static final ServiceInfo INFO = new ServiceInfo("spatial-frequency", "1.0.0",
            "Spatial-frequency tuning: preferred SF, octave bandwidth, low/band/high-pass class",
            List.of(ParameterSpec.real("smoothingOctaves", 0.25, "sigma of the Gaussian smoothing on the log2 SF axis"),
                    ParameterSpec.real("unresponsiveBelow", 1e-6,
                            "a unit whose |response| never exceeds this is 'unresponsive' and gets no tuning")));

    @Override
    public ServiceInfo info() {
        return INFO;
    }

    @Override
    public List<String> requiredLabels() {
        return List.of("orientation", "sf", "phase");
    }

    @Override
    public MetricResult compute(ResponseTable table, Parameters p) {
        GratingTables t = new GratingTables(table, p.getDouble("unresponsiveBelow"));
        double smoothing = p.getDouble("smoothingOctaves");
        int n = table.units();
        double rfPerCycle = rfSizeFromLabels(table);
        double[] pref = GratingTables.nans(n);
        double[] prefRf = GratingTables.nans(n);
        double[] bw = GratingTables.nans(n);
        double[] lo = GratingTables.nans(n);
        double[] hi = GratingTables.nans(n);
        String[] cls = new String[n];
        double[] sfs = t.design.sfs();
        double[][] curve = new double[n][];
        int[] classCounts = new int[PassClass.values().length];
        for (int u = 0; u < n; u++) {
            GratingResponses r = t.units[u];
            curve[u] = r.sfCurve();
            if (t.unresponsive[u]) {
                cls[u] = "unresponsive";
                continue;
            }
            SpatialFrequencyTuning s = SpatialFrequencyTuning.of(sfs, curve[u], smoothing);
            pref[u] = s.preferredSf();
            prefRf[u] = s.preferredSf() * rfPerCycle;
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
        StringBuilder classes = new StringBuilder();
        for (PassClass c : PassClass.values()) {
            classes.append(", ").append(classCounts[c.ordinal()]).append(' ').append(c.label());
        }
        String summary = String.format(Locale.ROOT, "spatial frequency: median preferred %.4f c/px, median bandwidth %.2f oct%s",
                GratingTables.median(pref), GratingTables.median(bw), classes);
        return new MetricResult(scalars, Map.of("sf_class", cls),
                List.of(new Curve("sf_tuning", "sf_cpp", sfs, curve)), summary);
    }

    /** The receptive-field size the stimulus set used, from its "sf_cycles_per_rf" label when present. */
    private static double rfSizeFromLabels(ResponseTable table) {
        if (!table.labels().has("sf_cycles_per_rf")) {
            return Double.NaN;
        }
        double[] sf = table.labels().column("sf");
        double[] cpr = table.labels().column("sf_cycles_per_rf");
        return sf.length == 0 ? Double.NaN : cpr[0] / sf[0];
    }
}
