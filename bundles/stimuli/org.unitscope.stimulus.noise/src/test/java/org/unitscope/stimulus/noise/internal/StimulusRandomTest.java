package org.unitscope.stimulus.noise.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class StimulusRandomTest {

    @Test
    void theGeneratorIsSplitMix64ValueForValue() {
        // Vigna's reference splitmix64.c seeded with 0: the published first outputs
        StimulusRandom r = new StimulusRandom(0, StimulusRandom.GOLDEN_GAMMA);
        assertThat(r.nextLong()).isEqualTo(0xe220a8397b1dcdafL);
        assertThat(r.nextLong()).isEqualTo(0x6e789e6aa1b965f4L);
        assertThat(r.nextLong()).isEqualTo(0x06c45d188009454fL);
        assertThat(r.nextLong()).isEqualTo(0xf88bb8a8724c81ecL);
    }

    @Test
    void aStimulusStreamDependsOnSeedAndIndexOnly() {
        StimulusRandom a = StimulusRandom.forStimulus(7, 123);
        StimulusRandom other = StimulusRandom.forStimulus(7, 999);
        other.nextLong(); // drawing from another stimulus's stream must not matter
        StimulusRandom b = StimulusRandom.forStimulus(7, 123);
        for (int k = 0; k < 100; k++) {
            assertThat(a.nextLong()).isEqualTo(b.nextLong());
        }
        assertThat(StimulusRandom.forStimulus(7, 124).nextLong()).isNotEqualTo(StimulusRandom.forStimulus(7, 123).nextLong());
        assertThat(StimulusRandom.forStimulus(8, 123).nextLong()).isNotEqualTo(StimulusRandom.forStimulus(7, 123).nextLong());
    }

    @Test
    void neighbouringStreamsAreUncorrelated() {
        // first Gaussian of stimulus i against that of stimulus i+1: independent streams give correlation ~ 0
        int n = 100_000;
        double[] a = new double[n];
        double[] b = new double[n];
        for (int i = 0; i < n; i++) {
            a[i] = StimulusRandom.forStimulus(0, i).nextGaussian();
            b[i] = StimulusRandom.forStimulus(0, i + 1L).nextGaussian();
        }
        assertThat(NoiseFixtures.correlation(a, b)).isCloseTo(0, within(5 / Math.sqrt(n)));
    }

    @Test
    void gaussianHasUnitMomentsAndUniformIsInRange() {
        StimulusRandom r = StimulusRandom.forStimulus(3, 0);
        int n = 1_000_000;
        double s = 0;
        double s2 = 0;
        double s4 = 0;
        for (int i = 0; i < n; i++) {
            double g = r.nextGaussian();
            s += g;
            s2 += g * g;
            s4 += g * g * g * g;
        }
        // standard errors: mean 1/sqrt(n), variance sqrt(2/n), fourth moment sqrt(96/n); 5 sigma each
        assertThat(s / n).isCloseTo(0, within(5 / Math.sqrt(n)));
        assertThat(s2 / n).isCloseTo(1, within(5 * Math.sqrt(2.0 / n)));
        assertThat(s4 / n).isCloseTo(3, within(5 * Math.sqrt(96.0 / n)));
        for (int i = 0; i < 10_000; i++) {
            assertThat(r.nextDouble()).isGreaterThanOrEqualTo(0).isLessThan(1);
        }
    }
}
