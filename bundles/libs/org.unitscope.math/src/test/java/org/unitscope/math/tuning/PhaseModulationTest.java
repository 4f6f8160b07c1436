package org.unitscope.math.tuning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class PhaseModulationTest {
    private static final double[] EIGHT = {0, 45, 90, 135, 180, 225, 270, 315};

    @Test
    void aHalfWaveRectifiedSinusoidOverEightPhasesIsSimpleWithTheHandComputedRatio() {
        double[] r = new double[8];
        for (int p = 0; p < 8; p++) {
            r[p] = Math.max(0, Math.sin(Math.toRadians(EIGHT[p])));
        }
        // F0 = (1 + sqrt 2) / 8; sum r e^{i phi} = 2i, so F1 = 2 * 2 / 8 = 1/2; F1/F0 = 4 (sqrt 2 - 1), pi/2 in the limit
        PhaseModulation m = PhaseModulation.of(EIGHT, r);
        assertThat(m.f0()).isCloseTo((1 + Math.sqrt(2)) / 8, within(1e-12));
        assertThat(m.f1()).isCloseTo(0.5, within(1e-12));
        assertThat(m.ratio()).isCloseTo(4 * (Math.sqrt(2) - 1), within(1e-12));
        assertThat(m.simpleLike()).isTrue();
    }

    @Test
    void aPhaseInvariantUnitIsComplex() {
        PhaseModulation m = PhaseModulation.of(EIGHT, new double[] {3, 3, 3, 3, 3, 3, 3, 3});
        assertThat(m.f1()).isCloseTo(0.0, within(1e-12));
        assertThat(m.ratio()).isCloseTo(0.0, within(1e-12));
        assertThat(m.simpleLike()).isFalse();
    }

    @Test
    void aFullSinusoidAboveZeroHasRatioAmplitudeOverMean() {
        double[] r = new double[4];
        double[] four = {0, 90, 180, 270};
        for (int p = 0; p < 4; p++) {
            r[p] = 2 + 1.5 * Math.cos(Math.toRadians(four[p] - 30));
        }
        assertThat(PhaseModulation.of(four, r).ratio()).isCloseTo(0.75, within(1e-12));
    }

    @Test
    void aSilentUnitHasNoRatioAndUnevenPhasesAreRefused() {
        assertThat(PhaseModulation.of(EIGHT, new double[8]).ratio()).isNaN();
        assertThat(PhaseModulation.coversCircleEvenly(new double[] {0, 180})).isFalse();
        assertThatThrownBy(() -> PhaseModulation.of(new double[] {0, 90, 270}, new double[] {1, 2, 3}))
                .hasMessageContaining("evenly covering 360");
    }
}
