package org.unitscope.model.synthetic.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.unitscope.model.synthetic.internal.GratingSweep.circularDistance;
import static org.unitscope.model.synthetic.internal.GratingSweep.log2;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.unitscope.api.Parameters;
import org.unitscope.api.model.LoadedModel;
import org.unitscope.api.model.Probe;
import org.unitscope.api.model.Readout;
import org.unitscope.math.grating.GratingGrid;
import org.unitscope.model.synthetic.internal.GratingSweep.Condition;

/**
 * Simple and complex cells whose orientations and SFs lie between the default grid points, through the real
 * DJL probe: on a 1-degree orientation sweep and a 0.066-octave SF sweep their phase-averaged responses peak at
 * the orientation and SF they were built with.
 */
class OffGridGroundTruthTest {
    private static final double[] ORIENTATIONS = {7, 37, 82, 128};
    private static final double[] SFS = {0.085, 0.125};
    /** 1-degree steps over the half circle. */
    private static final double[] FINE_ORIENTATIONS = GratingGrid.evenOrientations(180);
    /** 0.04 to 0.25 c/px: 2.64 octaves in 40 steps of 0.066 octave. */
    private static final double[] FINE_SFS = GratingGrid.logSpaced(0.04, 0.25, 41);
    /**
     * Peaks are read off by the parabola through the best sample and its neighbours, so they can be held to a
     * fraction of a step: a tenth of the orientation step, a sixth of the SF step (measured: at most 0.041 deg and
     * 0.0054 octave).
     */
    private static final double ORIENTATION_TOLERANCE_DEG = 0.1;
    private static final double SF_TOLERANCE_OCTAVES = 0.011;

    private static LoadedModel model;
    private static Map<String, double[][]> byOrientation;
    private static Map<String, double[][]> bySf;

    @BeforeAll
    static void sweep() {
        SyntheticV1Backend backend = new SyntheticV1Backend();
        // a 31 px input is the centre unit's whole receptive field: the same response, a quarter of the work
        model = backend.load(Parameters.resolve(backend.info(), Map.of("size", 31,
                "orientations", List.of(7.0, 37.0, 82.0, 128.0), "sfs", List.of(0.085, 0.125))));
        List<Condition> oriented = new ArrayList<>();
        for (double f : SFS) {
            for (double o : FINE_ORIENTATIONS) {
                oriented.add(new Condition(o, f));
            }
        }
        List<Condition> swept = new ArrayList<>();
        for (double o : ORIENTATIONS) {
            for (double f : FINE_SFS) {
                swept.add(new Condition(o, f));
            }
        }
        try (Probe probe = model.openProbe(List.of("simple", "complex"), Readout.centre())) {
            byOrientation = GratingSweep.phaseAveraged(probe, oriented);
            bySf = GratingSweep.phaseAveraged(probe, swept);
        }
    }

    @AfterAll
    static void close() {
        model.close();
    }

    @Test
    void offGridCellsPeakAtTheirTrueOrientationOnAOneDegreeSweep() {
        for (String layer : List.of("simple", "complex")) {
            for (int u = 0; u < ORIENTATIONS.length * SFS.length; u++) {
                int s = u % SFS.length;
                double[] curve = new double[FINE_ORIENTATIONS.length];
                for (int o = 0; o < curve.length; o++) {
                    curve[o] = byOrientation.get(layer)[s * FINE_ORIENTATIONS.length + o][u];
                }
                double peak = GratingSweep.peak(FINE_ORIENTATIONS, curve, true);
                double truth = ORIENTATIONS[u / SFS.length];
                assertThat(circularDistance(peak, truth)).as("%s %d peaks at %f, built at %f", layer, u, peak, truth)
                        .isLessThanOrEqualTo(ORIENTATION_TOLERANCE_DEG);
            }
        }
    }

    @Test
    void offGridCellsPeakAtTheirTrueSpatialFrequencyOnAFineSweep() {
        double[] logSfs = new double[FINE_SFS.length];
        for (int i = 0; i < logSfs.length; i++) {
            logSfs[i] = log2(FINE_SFS[i]);
        }
        for (String layer : List.of("simple", "complex")) {
            for (int u = 0; u < ORIENTATIONS.length * SFS.length; u++) {
                int o = u / SFS.length;
                double[] curve = new double[FINE_SFS.length];
                for (int i = 0; i < curve.length; i++) {
                    curve[i] = bySf.get(layer)[o * FINE_SFS.length + i][u];
                }
                double errorOctaves = Math.abs(GratingSweep.peak(logSfs, curve, false) - log2(SFS[u % SFS.length]));
                assertThat(errorOctaves).as("%s %d", layer, u).isLessThanOrEqualTo(SF_TOLERANCE_OCTAVES);
            }
        }
    }

    @Test
    void theTruthReportedIsTheOffGridDesign() {
        for (int u = 0; u < ORIENTATIONS.length * SFS.length; u++) {
            for (String layer : List.of("simple", "complex")) {
                assertThat(model.groundTruth(layer, u)).containsEntry("orientation_deg", ORIENTATIONS[u / SFS.length])
                        .containsEntry("sf_cpp", SFS[u % SFS.length]);
            }
        }
    }
}
