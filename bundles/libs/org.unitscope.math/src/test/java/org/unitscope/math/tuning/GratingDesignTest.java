package org.unitscope.math.tuning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class GratingDesignTest {

    private static final double[] ORI = {0, 45, 90, 135};
    private static final double[] SF = {0.05, 0.1, 0.2};
    private static final double[] PHASE = {0, 90, 180, 270};

    /** Mean response per condition, with a unique maximum at sf index 1, orientation index 2. */
    private static double amplitude(int s, int o) {
        return 1 + s + 0.5 * o + (s == 1 && o == 2 ? 5 : 0);
    }

    /** One stimulus: indices and the repeat number. */
    private record Stimulus(int o, int s, int p, int repeat) {
    }

    /** Every condition twice, shuffled. */
    private static List<Stimulus> shuffledDesign() {
        List<Stimulus> stimuli = new ArrayList<>();
        for (int repeat = 0; repeat < 2; repeat++) {
            for (int o = 0; o < ORI.length; o++) {
                for (int s = 0; s < SF.length; s++) {
                    for (int p = 0; p < PHASE.length; p++) {
                        stimuli.add(new Stimulus(o, s, p, repeat));
                    }
                }
            }
        }
        Collections.shuffle(stimuli, new Random(42));
        return stimuli;
    }

    private static GratingDesign designOf(List<Stimulus> stimuli) {
        double[] o = new double[stimuli.size()];
        double[] s = new double[stimuli.size()];
        double[] p = new double[stimuli.size()];
        for (int k = 0; k < o.length; k++) {
            o[k] = ORI[stimuli.get(k).o()];
            s[k] = SF[stimuli.get(k).s()];
            p[k] = PHASE[stimuli.get(k).p()];
        }
        return GratingDesign.of(o, s, p);
    }

    /**
     * A simple-cell-like response: amplitude(s, o) + 2 sin(phase + 30 deg) + (repeat 0 ? +0.3 : -0.3). Over the four
     * phases the sinusoid sums to 0 and over the two repeats the noise sums to 0, so the mean over phase is
     * amplitude(s, o); the best phase is 90 (sin 120 deg), so the max over phase is amplitude + 2 sin(120 deg).
     */
    private static double[] responses(List<Stimulus> stimuli) {
        double[] r = new double[stimuli.size()];
        for (int k = 0; k < r.length; k++) {
            Stimulus st = stimuli.get(k);
            r[k] = amplitude(st.s(), st.o()) + 2 * Math.sin(Math.toRadians(PHASE[st.p()] + 30))
                    + (st.repeat() == 0 ? 0.3 : -0.3);
        }
        return r;
    }

    @Test
    void recoversTheLevelsFromShuffledLabels() {
        GratingDesign design = designOf(shuffledDesign());
        assertThat(design.orientations()).containsExactly(ORI);
        assertThat(design.sfs()).containsExactly(SF);
        assertThat(design.phases()).containsExactly(PHASE);
        assertThat(design.phaseCount()).isEqualTo(4);
        assertThat(design.stimulusCount()).isEqualTo(2 * 4 * 3 * 4);
    }

    @Test
    void meanOverPhaseOfASinusoidInPhaseIsItsMean() {
        List<Stimulus> stimuli = shuffledDesign();
        GratingResponses t = designOf(stimuli).tabulate(responses(stimuli));
        double[][] mean = t.meanOverPhase();
        double[][] max = t.maxOverPhase();
        assertThat(mean).hasDimensions(SF.length, ORI.length);
        for (int s = 0; s < SF.length; s++) {
            for (int o = 0; o < ORI.length; o++) {
                assertThat(mean[s][o]).isCloseTo(amplitude(s, o), within(1e-12));
                assertThat(max[s][o]).isCloseTo(amplitude(s, o) + 2 * Math.sin(Math.toRadians(120)), within(1e-12));
            }
        }
    }

    @Test
    void bestIndicesAndCurves() {
        List<Stimulus> stimuli = shuffledDesign();
        GratingResponses t = designOf(stimuli).tabulate(responses(stimuli));
        assertThat(t.bestSfIndex()).isEqualTo(1);
        assertThat(t.bestOrientationIndex()).isEqualTo(2);
        double[] oriCurve = t.orientationCurve();
        double[] sfCurve = t.sfCurve();
        for (int o = 0; o < ORI.length; o++) {
            assertThat(oriCurve[o]).isCloseTo(amplitude(1, o), within(1e-12));
        }
        for (int s = 0; s < SF.length; s++) {
            assertThat(sfCurve[s]).isCloseTo(amplitude(s, 2), within(1e-12));
        }
        assertThat(t.orientations()).containsExactly(ORI);
        assertThat(t.sfs()).containsExactly(SF);
    }

    @Test
    void unbalancedRepeatsWeighEachPhaseEqually() {
        // phase 0 shown three times (response +1), phase 180 once (response -1): mean over phase is 0
        GratingDesign design = GratingDesign.of(new double[] {0, 0, 0, 0}, new double[] {0.1, 0.1, 0.1, 0.1},
                new double[] {0, 180, 0, 0});
        GratingResponses t = design.tabulate(new double[] {1, -1, 1, 1});
        assertThat(t.meanOverPhase()[0][0]).isCloseTo(0.0, within(1e-12));
        assertThat(t.maxOverPhase()[0][0]).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void unresponsiveDetection() {
        List<Stimulus> stimuli = shuffledDesign();
        GratingDesign design = designOf(stimuli);
        double[] zeros = new double[stimuli.size()];
        assertThat(design.tabulate(zeros).unresponsive(0)).isTrue();
        double[] tiny = new double[stimuli.size()];
        java.util.Arrays.fill(tiny, -1e-9);
        assertThat(design.tabulate(tiny).unresponsive(1e-6)).isTrue();
        assertThat(design.tabulate(tiny).unresponsive(0)).isFalse();
        double[] one = zeros.clone();
        one[17] = -1e-3; // a single suppressed response is a response
        assertThat(design.tabulate(one).unresponsive(1e-6)).isFalse();
        assertThat(design.tabulate(responses(stimuli)).unresponsive(1e-6)).isFalse();
    }

    @Test
    void rejectsIncompleteDesignsAndWrongLengths() {
        // orientation 90 only ever shown at SF 0.2: (90, 0.1) is missing
        assertThatThrownBy(() -> GratingDesign.of(new double[] {0, 0, 90}, new double[] {0.1, 0.2, 0.2},
                new double[] {0, 0, 0})).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> GratingDesign.of(new double[] {0, 90}, new double[] {0.1}, new double[] {0, 0}))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> GratingDesign.of(new double[0], new double[0], new double[0]))
                .isInstanceOf(IllegalArgumentException.class);
        GratingDesign design = designOf(shuffledDesign());
        assertThatThrownBy(() -> design.tabulate(new double[3])).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void nearlyEqualLabelsAreOneLevel() {
        double sf = 0.1;
        double sfViaArithmetic = 0.3 / 3; // 0.09999999999999999
        GratingDesign design = GratingDesign.of(new double[] {0, 90, 0, 90}, new double[] {sf, sf, sfViaArithmetic,
                sfViaArithmetic}, new double[] {0, 0, 0, 0});
        assertThat(design.sfs()).hasSize(1);
        GratingResponses t = design.tabulate(new double[] {1, 2, 3, 4});
        assertThat(t.meanOverPhase()[0]).containsExactly(2.0, 3.0);
    }

    @Test
    void blankStimuliStayOutOfTheDesignAndGiveTheBaseline() {
        double nan = Double.NaN;
        // two gratings x two phases, then two blanks whose other labels are NaN
        double[] o = {0, 0, 90, 90, nan, nan};
        double[] s = {0.1, 0.1, 0.1, 0.1, nan, nan};
        double[] p = {0, 180, 0, 180, nan, nan};
        double[] blank = {0, 0, 0, 0, 1, 1};
        GratingDesign design = GratingDesign.of(o, s, p, blank);
        assertThat(design.blankCount()).isEqualTo(2);
        assertThat(design.orientations()).containsExactly(0, 90);
        GratingResponses t = design.tabulate(new double[] {4, 2, 1, 1, 0.5, 1.5});
        assertThat(t.blankResponse()).isCloseTo(1.0, within(1e-12));
        assertThat(t.orientationCurve()).containsExactly(3.0, 1.0);
        GratingResponses changes = t.minus(t.blankResponse());
        assertThat(changes.orientationCurve()).containsExactly(2.0, 0.0);
        assertThat(changes.blankResponse()).isCloseTo(0.0, within(1e-12));
        assertThat(changes.phaseCurve()).containsExactly(3.0, 1.0);
        assertThat(GratingDesign.of(new double[] {0, 0}, new double[] {0.1, 0.1}, new double[] {0, 180}).tabulate(new double[] {1, 2})
                .blankResponse()).isNaN();
        assertThatThrownBy(() -> GratingDesign.of(new double[] {nan}, new double[] {nan}, new double[] {nan}, new double[] {1}))
                .hasMessageContaining("no grating");
    }
}
