package org.unitscope.model.synthetic.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.unitscope.api.Parameters;
import org.unitscope.api.model.LayerInfo;
import org.unitscope.api.model.LoadedModel;
import org.unitscope.api.model.Probe;
import org.unitscope.api.model.Readout;
import org.unitscope.math.grating.Aperture;
import org.unitscope.math.grating.GratingGrid;
import org.unitscope.math.tuning.GratingDesign;
import org.unitscope.math.tuning.GratingResponses;
import org.unitscope.math.tuning.OrientationTuning;
import org.unitscope.math.tuning.SpatialFrequencyTuning;

/**
 * Ground truth, in a plain JVM through DJL's PyTorch engine: gratings on the synthetic V1 network recover
 * every simple and complex cell's orientation within half a grid step and SF within one grid step.
 */
class SyntheticV1GroundTruthTest {
    private static final double[] ORIENTATIONS = {0, 20, 45, 70, 90, 110, 135, 160};
    private static final double[] SFS = {0.08, 0.15};
    private static LoadedModel model;
    private static GratingGrid grid;
    private static Map<String, float[]> responses;

    @BeforeAll
    static void runGratings() {
        SyntheticV1Backend backend = new SyntheticV1Backend();
        model = backend.load(Parameters.resolve(backend.info(), Map.of()));
        grid = new GratingGrid(GratingGrid.evenOrientations(12), GratingGrid.defaultSfs(31, 8), GratingGrid.evenPhases(8));
        try (Probe probe = model.openProbe(List.of("simple", "complex"), Readout.centre())) {
            int side = probe.inputSize();
            float[] pixels = new float[grid.size() * side * side];
            for (int i = 0; i < grid.size(); i++) {
                grid.grating(i, 1.0, 0.5).render(side, Aperture.NONE, pixels, i * side * side);
            }
            responses = probe.forward(pixels, grid.size());
        }
    }

    @AfterAll
    static void close() {
        model.close();
    }

    @Test
    void geometryIsComputedFromTheKernel() {
        LayerInfo simple = model.description().layer("simple").orElseThrow();
        assertThat(simple.rf().size()).isEqualTo(31);
        assertThat(simple.rf().jump()).isEqualTo(1);
        assertThat(simple.channels()).isEqualTo(ORIENTATIONS.length * SFS.length);
        assertThat(model.description().weightsSha256()).hasSize(64);
        // the centre unit (31 of 0..62) sees the 31 px kernel around it: pixels 16..46
        try (Probe p = model.openProbe(List.of("simple", "complex"), Readout.centre())) {
            assertThat(model.description().readoutWindow("complex", Readout.centre(), p.inputCrop()))
                    .contains(new org.unitscope.api.model.RfWindow(16, 16, 31));
            assertThat(model.description().readoutWindow("simple", Readout.mean(), p.inputCrop())).isEmpty();
        }
    }

    @Test
    void everyCellsOrientationAndSpatialFrequencyAreRecovered() {
        double halfOrientationStep = 180.0 / 12 / 2;
        double sfStepOctaves = Math.log(0.5 * 31) / Math.log(2) / 7;
        for (String layer : List.of("simple", "complex")) {
            GratingResponses[] units = tabulate(layer);
            for (int u = 0; u < units.length; u++) {
                double trueOri = ORIENTATIONS[u / SFS.length];
                double trueSf = SFS[u % SFS.length];
                assertThat(model.groundTruth(layer, u)).containsEntry("orientation_deg", trueOri).containsEntry("sf_cpp", trueSf);
                OrientationTuning o = OrientationTuning.of(units[u].orientations(), units[u].orientationCurve());
                SpatialFrequencyTuning s = SpatialFrequencyTuning.of(units[u].sfs(), units[u].sfCurve(), 0.25);
                assertThat(circularDistance(o.preferredDeg(), trueOri)).as("%s %d orientation %f vs %f", layer, u, o.preferredDeg(), trueOri)
                        .isLessThanOrEqualTo(halfOrientationStep);
                assertThat(Math.abs(Math.log(s.preferredSf() / trueSf) / Math.log(2))).as("%s %d SF %f vs %f", layer, u, s.preferredSf(), trueSf)
                        .isLessThanOrEqualTo(sfStepOctaves);
                assertThat(o.circularVariance()).isLessThan(0.5);
            }
        }
    }

    @Test
    void simpleCellsArePhaseSensitiveAndComplexCellsAreNot() {
        int units = ORIENTATIONS.length * SFS.length;
        for (int u = 0; u < units; u++) {
            assertThat(phaseModulation("simple", u)).as("simple %d", u).isGreaterThan(0.9);
            assertThat(phaseModulation("complex", u)).as("complex %d", u).isLessThan(0.1);
        }
    }

    /** (max - min) / max over phase, at the grid condition closest to the unit's own orientation and SF. */
    private static double phaseModulation(String layer, int unit) {
        float[] r = responses.get(layer);
        int units = r.length / grid.size();
        double trueOri = ORIENTATIONS[unit / SFS.length];
        double trueSf = SFS[unit % SFS.length];
        int bestO = nearest(grid.orientations(), trueOri, true);
        int bestS = nearest(grid.sfs(), trueSf, false);
        double max = Double.NEGATIVE_INFINITY;
        double min = Double.POSITIVE_INFINITY;
        for (int p = 0; p < grid.phases().length; p++) {
            double v = r[grid.index(bestO, bestS, p) * units + unit];
            max = Math.max(max, v);
            min = Math.min(min, v);
        }
        return (max - min) / max;
    }

    private static int nearest(double[] values, double target, boolean circular) {
        int best = 0;
        for (int i = 1; i < values.length; i++) {
            double di = circular ? circularDistance(values[i], target) : Math.abs(Math.log(values[i] / target));
            double db = circular ? circularDistance(values[best], target) : Math.abs(Math.log(values[best] / target));
            if (di < db) {
                best = i;
            }
        }
        return best;
    }

    private static GratingResponses[] tabulate(String layer) {
        double[] ori = new double[grid.size()];
        double[] sf = new double[grid.size()];
        double[] ph = new double[grid.size()];
        for (int i = 0; i < grid.size(); i++) {
            ori[i] = grid.orientation(i);
            sf[i] = grid.sf(i);
            ph[i] = grid.phase(i);
        }
        GratingDesign design = GratingDesign.of(ori, sf, ph);
        float[] r = responses.get(layer);
        int units = r.length / grid.size();
        GratingResponses[] out = new GratingResponses[units];
        for (int u = 0; u < units; u++) {
            double[] col = new double[grid.size()];
            for (int i = 0; i < grid.size(); i++) {
                col[i] = r[i * units + u];
            }
            out[u] = design.tabulate(col);
        }
        return out;
    }

    static double circularDistance(double a, double b) {
        double d = Math.abs(a - b) % 180.0;
        return Math.min(d, 180.0 - d);
    }
}
