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
import org.unitscope.math.tuning.OrientationTuning;
import org.unitscope.spi.grating.GratingMetric;
import org.unitscope.spi.grating.GratingParameters;
import org.unitscope.spi.grating.GratingTables;
import org.unitscope.spi.grating.GratingUnit;
import org.unitscope.spi.grating.UnitColumns;

/**
 * Orientation tuning at each unit's best spatial frequency, responses averaged over phase: preferred
 * orientation (vector sum), circular variance (Ringach 2002), OSI from the peak, bandwidth (half-width at
 * 1/sqrt(2)), the number of peaks and the tuned / untuned / multi-peaked verdict; and each unit's blank response.
 */
@Component(service = TuningMetric.class)
@UnitscopeService(id = "orientation", version = "2.0.0", config = OrientationTuningMetric.Config.class)
public class OrientationTuningMetric extends GratingMetric {

    @ObjectClassDefinition(name = "Orientation tuning: preferred orientation, circular variance, OSI, bandwidth, peaks, tuned or not")
    @interface Config {
        @AttributeDefinition(description = GratingParameters.UNRESPONSIVE_DOC, min = "0")
        double unresponsiveBelow() default GratingParameters.UNRESPONSIVE_BELOW;

        @AttributeDefinition(description = "a unit with a circular variance at least this high (or not exactly one peak) is"
                + " untuned: no preferred orientation or bandwidth", min = "0", max = "1")
        double untunedCv() default OrientationTuning.DEFAULT_UNTUNED_CV;

        @AttributeDefinition(description = GratingParameters.BASELINE_DOC,
                options = {@Option(value = GratingParameters.NONE), @Option(value = GratingParameters.BLANK)})
        String baseline() default GratingParameters.NONE;
    }

    @Override
    public MetricResult compute(ResponseTable table, Parameters p) {
        GratingTables t = GratingTables.of(table, p);
        OrientationColumns c = new OrientationColumns(table.units());
        double[] orientations = t.orientations();
        double untunedCv = p.as(Config.class).untunedCv();
        for (int u = 0; u < table.units(); u++) {
            GratingUnit r = t.unit(u);
            c.curve[u] = r.orientationCurve();
            c.curveMax[u] = r.orientationCurveMaxOverPhase();
            c.peakResponse[u] = r.bestResponse();
            c.blankResponse[u] = t.blankResponse(u);
            c.measuredBest[u] = r.bestResponse() + (t.subtracted() ? t.blankResponse(u) : 0);
            if (t.unresponsive(u)) {
                c.status[u] = "unresponsive";
                continue;
            }
            c.set(u, OrientationTuning.of(orientations, c.curve[u], untunedCv), t.sfs()[r.bestSfIndex()]);
        }
        return new MetricResult(c.scalars(), Map.of("ori_status", c.status),
                List.of(new Curve("orientation_tuning", "orientation_deg", orientations, c.curve),
                        new Curve("orientation_tuning_max_phase", "orientation_deg", orientations, c.curveMax)),
                c.summary(t.unresponsiveCount()));
    }

    /** The metric's per-unit columns while they are filled. */
    private static final class OrientationColumns {
        final double[] pref;
        final double[] cv;
        final double[] osi;
        final double[] bandwidth;
        final double[] peaks;
        final double[] tuned;
        final double[] bestSf;
        final double[] peakResponse;
        final double[] blankResponse;
        /** The best grating's response as measured (before any baseline), to compare with the blank's. */
        final double[] measuredBest;
        final String[] status;
        final double[][] curve;
        final double[][] curveMax;

        OrientationColumns(int n) {
            pref = UnitColumns.nans(n);
            cv = UnitColumns.nans(n);
            osi = UnitColumns.nans(n);
            bandwidth = UnitColumns.nans(n);
            peaks = UnitColumns.nans(n);
            tuned = UnitColumns.nans(n);
            bestSf = UnitColumns.nans(n);
            peakResponse = new double[n];
            blankResponse = new double[n];
            measuredBest = new double[n];
            status = new String[n];
            curve = new double[n][];
            curveMax = new double[n][];
        }

        void set(int u, OrientationTuning o, double sf) {
            pref[u] = o.preferredDeg();
            cv[u] = o.circularVariance();
            osi[u] = o.osi();
            bandwidth[u] = o.bandwidthDeg();
            peaks[u] = o.peaks();
            tuned[u] = o.tuned() ? 1 : 0;
            bestSf[u] = sf;
            status[u] = o.tuned() ? "tuned" : o.peaks() > 1 ? "multi-peaked" : "untuned";
        }

        Map<String, double[]> scalars() {
            Map<String, double[]> s = new LinkedHashMap<>();
            s.put("pref_ori_deg", pref);
            s.put("circ_var", cv);
            s.put("osi", osi);
            s.put("ori_bw_deg", bandwidth);
            s.put("ori_peaks", peaks);
            s.put("ori_tuned", tuned);
            s.put("ori_best_sf_cpp", bestSf);
            s.put("peak_response", peakResponse);
            s.put("blank_response", blankResponse);
            return s;
        }

        /** Counts by verdict; medians over the tuned units only (untuned ones have no orientation to summarise). */
        String summary(int unresponsive) {
            int n = status.length;
            double[] tunedCv = cv.clone();
            double[] tunedOsi = osi.clone();
            int tunedCount = 0;
            int multi = 0;
            int blankAboveBest = 0;
            for (int u = 0; u < n; u++) {
                tunedCount += "tuned".equals(status[u]) ? 1 : 0;
                multi += "multi-peaked".equals(status[u]) ? 1 : 0;
                blankAboveBest += blankResponse[u] > measuredBest[u] ? 1 : 0;
                if (!"tuned".equals(status[u])) {
                    tunedCv[u] = Double.NaN;
                    tunedOsi[u] = Double.NaN;
                }
            }
            return "orientation: " + n + " units: " + tunedCount + " tuned, " + (n - unresponsive - tunedCount - multi)
                    + " untuned, " + multi + " multi-peaked, " + unresponsive + " unresponsive; "
                    + UnitColumns.median("CV", tunedCv, "%.3f") + ", " + UnitColumns.median("OSI", tunedOsi, "%.3f")
                    + ", " + UnitColumns.median("bandwidth", bandwidth, "%.1f deg") + "; "
                    + blankAboveBest + " respond more to the blank than to their best grating";
        }
    }
}
