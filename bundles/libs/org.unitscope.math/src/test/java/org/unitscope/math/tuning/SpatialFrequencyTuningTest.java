package org.unitscope.math.tuning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.unitscope.math.grating.GratingGrid;

class SpatialFrequencyTuningTest {

    /** Full width at half height of exp(-u^2 / (2 s^2)): 2 s sqrt(2 ln 2). */
    private static double fwhm(double s) {
        return 2 * s * Math.sqrt(2 * Math.log(2));
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }

    @Test
    void logGaussianCurveGivesItsCentreAndWidth() {
        double[] sfs = GratingGrid.logSpaced(1.0 / 64, 0.5, 16); // 5 octaves, 1/3-octave steps
        double s = 0.8;
        // on a sample, between two samples, and a third of the way between two samples
        for (double f0 : new double[] {sfs[7], Math.sqrt(sfs[5] * sfs[6]), sfs[9] * Math.pow(2, 1.0 / 9)}) {
            SpatialFrequencyTuning t = SpatialFrequencyTuning.of(sfs, logGaussian(sfs, f0, s), 0.25);
            assertThat(t.preferredSf() / f0).as("f0=%f", f0).isCloseTo(1.0, within(0.02));
            // the bandwidth is read off the unsmoothed curve: the log-Gaussian's own, not sqrt(s^2 + 0.25^2)
            assertThat(t.bandwidthOctaves()).isCloseTo(fwhm(s), within(0.05));
            assertThat(t.passClass()).isEqualTo(PassClass.BAND_PASS);
            // the cut-offs sit half a bandwidth either side of the centre on the log axis
            assertThat(log2(t.lowCutoff() / f0)).isCloseTo(-fwhm(s) / 2, within(0.05));
            assertThat(log2(t.highCutoff() / f0)).isCloseTo(fwhm(s) / 2, within(0.05));
        }
    }

    @Test
    void withoutSmoothingTheBandwidthIsTheCurvesOwn() {
        double[] sfs = GratingGrid.logSpaced(0.01, 0.5, 12);
        for (double s : new double[] {0.6, 1.0}) {
            double f0 = 0.06;
            SpatialFrequencyTuning t = SpatialFrequencyTuning.of(sfs, logGaussian(sfs, f0, s), 0);
            assertThat(t.bandwidthOctaves()).isCloseTo(fwhm(s), within(0.05));
            assertThat(t.passClass()).isEqualTo(PassClass.BAND_PASS);
            assertThat(t.bandwidthOctaves()).isCloseTo(log2(t.highCutoff() / t.lowCutoff()), within(1e-12));
        }
    }

    @Test
    void smoothingDoesNotMoveThePeakOfASymmetricCurve() {
        // samples symmetric about f0 on the log axis, f0 itself not a sample
        double[] sfs = GratingGrid.logSpaced(0.02, 0.32, 9); // 4 octaves, half-octave steps
        double f0 = Math.sqrt(0.02 * 0.32);
        for (double smoothing : new double[] {0.1, 0.5, 1.0, 2.0}) {
            SpatialFrequencyTuning t = SpatialFrequencyTuning.of(sfs, logGaussian(sfs, f0, 0.7), smoothing);
            assertThat(log2(t.preferredSf() / f0)).isCloseTo(0.0, within(0.006));
        }
    }

    @Test
    void orderOfTheSamplesDoesNotMatter() {
        double[] sfs = {0.5, 0.01, 0.1, 0.03, 0.2, 0.05, 0.3, 0.02};
        double[] sorted = sfs.clone();
        java.util.Arrays.sort(sorted);
        SpatialFrequencyTuning a = SpatialFrequencyTuning.of(sfs, logGaussian(sfs, 0.07, 0.9), 0.2);
        SpatialFrequencyTuning b = SpatialFrequencyTuning.of(sorted, logGaussian(sorted, 0.07, 0.9), 0.2);
        assertThat(a).isEqualTo(b);
    }

    @Test
    void decreasingCurveIsLowPass() {
        double[] sfs = GratingGrid.logSpaced(0.01, 0.5, 10);
        double[] r = new double[sfs.length];
        for (int k = 0; k < r.length; k++) {
            r[k] = 1 / (1 + Math.pow(sfs[k] / 0.05, 2));
        }
        SpatialFrequencyTuning t = SpatialFrequencyTuning.of(sfs, r, 0);
        assertThat(t.passClass()).isEqualTo(PassClass.LOW_PASS);
        assertThat(t.preferredSf()).isCloseTo(0.01, within(1e-9));
        assertThat(t.lowCutoff()).isNaN();
        assertThat(t.bandwidthOctaves()).isNaN();
        // the peak is r(0.01) = 1/1.04, half of it 1/2.08: 1 + (f/0.05)^2 = 2.08  <=>  f = 0.05 sqrt(1.08)
        double expected = 0.05 * Math.sqrt(1.08);
        assertThat(log2(t.highCutoff() / expected)).isCloseTo(0.0, within(0.05));
    }

    @Test
    void increasingCurveIsHighPass() {
        double[] sfs = GratingGrid.logSpaced(0.01, 0.5, 10);
        double[] r = new double[sfs.length];
        for (int k = 0; k < r.length; k++) {
            r[k] = 1 / (1 + Math.pow(0.1 / sfs[k], 2));
        }
        SpatialFrequencyTuning t = SpatialFrequencyTuning.of(sfs, r, 0.1);
        assertThat(t.passClass()).isEqualTo(PassClass.HIGH_PASS);
        assertThat(t.preferredSf()).isCloseTo(0.5, within(1e-9));
        assertThat(t.highCutoff()).isNaN();
        assertThat(t.lowCutoff()).isBetween(0.05, 0.2);
        assertThat(t.bandwidthOctaves()).isNaN();
    }

    @Test
    void flatCurveIsBroadband() {
        double[] sfs = GratingGrid.logSpaced(0.01, 0.5, 8);
        SpatialFrequencyTuning t = SpatialFrequencyTuning.of(sfs, new double[] {2, 2, 2, 2, 2, 2, 2, 2}, 0.3);
        assertThat(t.passClass()).isEqualTo(PassClass.BROADBAND);
        assertThat(t.bandwidthOctaves()).isNaN();
        assertThat(t.lowCutoff()).isNaN();
        assertThat(t.highCutoff()).isNaN();
        assertThat(t.preferredSf()).isBetween(0.01 * (1 - 1e-9), 0.5 * (1 + 1e-9));
    }

    @Test
    void noPositiveResponseGivesNaN() {
        SpatialFrequencyTuning t = SpatialFrequencyTuning.of(new double[] {0.1, 0.2, 0.4},
                new double[] {0, -1, 0}, 0.2);
        assertThat(t.preferredSf()).isNaN();
        assertThat(t.bandwidthOctaves()).isNaN();
        assertThat(t.passClass()).isEqualTo(PassClass.BROADBAND);
    }

    @Test
    void rejectsBadInput() {
        assertThatThrownBy(() -> SpatialFrequencyTuning.of(new double[] {0.1, 0}, new double[] {1, 2}, 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SpatialFrequencyTuning.of(new double[] {0.1, 0.2}, new double[] {1}, 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SpatialFrequencyTuning.of(new double[] {0.1, 0.2}, new double[] {1, 2}, -0.1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SpatialFrequencyTuning.of(new double[] {0.1, 0.1}, new double[] {1, 2}, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void passClassLabels() {
        assertThat(PassClass.LOW_PASS.label()).isEqualTo("low-pass");
        assertThat(PassClass.BAND_PASS.label()).isEqualTo("band-pass");
        assertThat(PassClass.HIGH_PASS.label()).isEqualTo("high-pass");
        assertThat(PassClass.BROADBAND.label()).isEqualTo("broadband");
    }

    @Test
    void aSinglePeakAtTheSecondSfIsBandPassWithItsOwnCutoffs() {
        // the block3_conv2 channel 5: [0, 1, 0, ...] on 8 SFs an octave apart
        double[] sfs = {0.01, 0.02, 0.04, 0.08, 0.16, 0.32, 0.64, 1.28};
        SpatialFrequencyTuning t = SpatialFrequencyTuning.of(sfs, new double[] {0, 1, 0, 0, 0, 0, 0, 0}, 0.25);
        assertThat(t.passClass()).isEqualTo(PassClass.BAND_PASS);
        // half height is crossed half-way (in octaves) to each neighbour: 1 octave in all
        assertThat(log2(t.lowCutoff() / 0.01)).isCloseTo(0.5, within(1e-12));
        assertThat(log2(t.highCutoff() / 0.02)).isCloseTo(0.5, within(1e-12));
        assertThat(t.bandwidthOctaves()).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void classComesFromTheEndsOfTheUnsmoothedCurve() {
        double[] sfs = {0.01, 0.02, 0.04, 0.08, 0.16};
        assertThat(SpatialFrequencyTuning.of(sfs, new double[] {0.5, 1, 0.2, 0.1, 0.4}, 0.25).passClass()).isEqualTo(PassClass.LOW_PASS);
        assertThat(SpatialFrequencyTuning.of(sfs, new double[] {0.49, 1, 0.2, 0.1, 0.4}, 0.25).passClass()).isEqualTo(PassClass.BAND_PASS);
        assertThat(SpatialFrequencyTuning.of(sfs, new double[] {0.1, 0.2, 0.4, 0.9, 1}, 0.25).passClass()).isEqualTo(PassClass.HIGH_PASS);
        assertThat(SpatialFrequencyTuning.of(sfs, new double[] {0.6, 0.2, 1, 0.2, 0.5}, 0.25).passClass()).isEqualTo(PassClass.BROADBAND);
        SpatialFrequencyTuning lowPass = SpatialFrequencyTuning.of(sfs, new double[] {1, 0.8, 0.3, 0.1, 0}, 0.25);
        assertThat(lowPass.passClass()).isEqualTo(PassClass.LOW_PASS);
        assertThat(lowPass.lowCutoff()).isNaN();
        assertThat(lowPass.bandwidthOctaves()).isNaN();
        // 0.8 at 0.02, 0.3 at 0.04: half (0.5) is 0.6 of the way in octaves
        assertThat(log2(lowPass.highCutoff() / 0.02)).isCloseTo(0.6, within(1e-12));
    }

    private static double[] logGaussian(double[] sfs, double f0, double s) {
        double[] r = new double[sfs.length];
        for (int k = 0; k < r.length; k++) {
            double u = log2(sfs[k] / f0);
            r[k] = Math.exp(-u * u / (2 * s * s));
        }
        return r;
    }
}
