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
import org.unitscope.math.tuning.OrientationTuning;

/**
 * Orientation tuning at each unit's best spatial frequency, responses averaged over phase: preferred
 * orientation (vector sum), circular variance (Ringach 2002), OSI, bandwidth (half-width at 1/sqrt(2)).
 */
@Component(service = TuningMetric.class)
public class OrientationTuningMetric implements TuningMetric {
    static final ServiceInfo INFO = new ServiceInfo("orientation", "1.0.0",
            "Orientation tuning: preferred orientation, circular variance, OSI, bandwidth",
            List.of(ParameterSpec.real("unresponsiveBelow", 1e-6,
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
        int n = table.units();
        double[] pref = GratingTables.nans(n);
        double[] cv = GratingTables.nans(n);
        double[] osi = GratingTables.nans(n);
        double[] bw = GratingTables.nans(n);
        double[] bestSf = GratingTables.nans(n);
        double[] peak = new double[n];
        String[] status = new String[n];
        double[] orientations = t.design.orientations();
        double[][] curve = new double[n][];
        double[][] curveMax = new double[n][];
        for (int u = 0; u < n; u++) {
            GratingResponses r = t.units[u];
            curve[u] = r.orientationCurve();
            curveMax[u] = r.maxOverPhase()[r.bestSfIndex()];
            peak[u] = r.meanOverPhase()[r.bestSfIndex()][r.bestOrientationIndex()];
            if (t.unresponsive[u]) {
                status[u] = "unresponsive";
                continue;
            }
            status[u] = "responsive";
            OrientationTuning o = OrientationTuning.of(orientations, curve[u]);
            pref[u] = o.preferredDeg();
            cv[u] = o.circularVariance();
            osi[u] = o.osi();
            bw[u] = o.bandwidthDeg();
            bestSf[u] = t.design.sfs()[r.bestSfIndex()];
        }
        Map<String, double[]> scalars = new LinkedHashMap<>();
        scalars.put("pref_ori_deg", pref);
        scalars.put("circ_var", cv);
        scalars.put("osi", osi);
        scalars.put("ori_bw_deg", bw);
        scalars.put("ori_best_sf_cpp", bestSf);
        scalars.put("peak_response", peak);
        String summary = String.format(Locale.ROOT, "orientation: %d units, %d unresponsive, median CV %.3f, median OSI %.3f, median bandwidth %.1f deg",
                n, t.unresponsiveCount(), GratingTables.median(cv), GratingTables.median(osi), GratingTables.median(bw));
        return new MetricResult(scalars, Map.of("ori_status", status),
                List.of(new Curve("orientation_tuning", "orientation_deg", orientations, curve),
                        new Curve("orientation_tuning_max_phase", "orientation_deg", orientations, curveMax)),
                summary);
    }
}
