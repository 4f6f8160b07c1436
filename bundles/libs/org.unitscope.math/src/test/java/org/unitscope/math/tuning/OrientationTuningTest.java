package org.unitscope.math.tuning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class OrientationTuningTest {

    private static final double[] FOUR = {0, 45, 90, 135};

    @Test
    void flatCurveIsUntunedWithCircularVarianceOneNoPeakAndNoPreference() {
        OrientationTuning t = OrientationTuning.of(even(12), constant(12, 3.0));
        assertThat(t.circularVariance()).isCloseTo(1.0, within(1e-12));
        assertThat(t.osi()).isCloseTo(0.0, within(1e-12));
        assertThat(t.peaks()).isZero();
        assertThat(t.tuned()).isFalse();
        assertThat(t.preferredDeg()).isNaN();
        assertThat(t.bandwidthDeg()).isNaN();
    }

    @Test
    void deltaCurveHasCircularVarianceZero() {
        double[] r = new double[6];
        r[2] = 5; // only 60 degrees drives the unit
        OrientationTuning t = OrientationTuning.of(even(6), r);
        assertThat(t.circularVariance()).isCloseTo(0.0, within(1e-12));
        assertThat(t.preferredDeg()).isCloseTo(60.0, within(1e-9));
        assertThat(t.osi()).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void handComputedFourPointCurves() {
        // {1,0,0,0}: sum r e^{2it} = 1, sum r = 1 -> CV 0, preferred 0
        OrientationTuning a = OrientationTuning.of(FOUR, new double[] {1, 0, 0, 0});
        assertThat(a.circularVariance()).isCloseTo(0.0, within(1e-12));
        assertThat(a.preferredDeg()).isCloseTo(0.0, within(1e-9));

        // {2,1,0,1}: e^{2it} = 1, i, -1, -i -> sum = 2 + i + 0 - i = 2, sum r = 4 -> CV 0.5, preferred 0;
        // R(0) = 2, R(90) = 0 -> OSI 1
        OrientationTuning b = OrientationTuning.of(FOUR, new double[] {2, 1, 0, 1});
        assertThat(b.circularVariance()).isCloseTo(0.5, within(1e-12));
        assertThat(b.preferredDeg()).isCloseTo(0.0, within(1e-9));
        assertThat(b.osi()).isCloseTo(1.0, within(1e-12));

        // {3,2,1,2}: sum = 3 + 2i - 1 - 2i = 2, sum r = 8 -> CV 0.75; OSI (3-1)/(3+1) = 0.5;
        // bandwidth: level 3/sqrt2, reached on the 3 -> 2 segment (45 deg long) at 45 (3 - 3/sqrt2) on both sides
        OrientationTuning c = OrientationTuning.of(FOUR, new double[] {3, 2, 1, 2});
        assertThat(c.circularVariance()).isCloseTo(0.75, within(1e-12));
        assertThat(c.osi()).isCloseTo(0.5, within(1e-12));
        assertThat(c.bandwidthDeg()).isCloseTo(45 * (3 - 3 / Math.sqrt(2)), within(1e-9));

        // {1,3,1,1}: sum = 1 + 3i - 1 - i = 2i -> preferred 0.5 * 90 = 45, CV 1 - 2/6; OSI (3-1)/(3+1)
        OrientationTuning d = OrientationTuning.of(FOUR, new double[] {1, 3, 1, 1});
        assertThat(d.preferredDeg()).isCloseTo(45.0, within(1e-9));
        assertThat(d.circularVariance()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(d.osi()).isCloseTo(0.5, within(1e-12));
    }

    @Test
    void osiReadsTheInterpolatedCurveAtAnOffGridPreference() {
        // {4,2,1,1}: sum = 4 + 2i - 1 - i = 3 + i -> preferred p = 0.5 atan2(1, 3) (about 9.2 deg, off the grid).
        // OSI is read at the peak sample (4 at 0 deg), not at p: the orthogonal value at 90 is 1 -> 3/5.
        double p = 0.5 * Math.toDegrees(Math.atan2(1, 3));
        OrientationTuning t = OrientationTuning.of(FOUR, new double[] {4, 2, 1, 1});
        assertThat(t.preferredDeg()).isCloseTo(p, within(0.5e-4));
        assertThat(t.osi()).isCloseTo(0.6, within(1e-12));
        assertThat(t.peaks()).isEqualTo(1);
        assertThat(t.tuned()).isTrue();
        assertThat(t.circularVariance()).isCloseTo(1 - Math.sqrt(10) / 8, within(1e-12));
    }

    @Test
    void orderOfTheSamplesDoesNotMatter() {
        OrientationTuning sorted = OrientationTuning.of(FOUR, new double[] {4, 2, 1, 1});
        OrientationTuning shuffled = OrientationTuning.of(new double[] {90, 0, 135, 45}, new double[] {1, 4, 1, 2});
        assertThat(shuffled.preferredDeg()).isEqualTo(sorted.preferredDeg());
        assertThat(shuffled.circularVariance()).isCloseTo(sorted.circularVariance(), within(1e-12));
        assertThat(shuffled.osi()).isCloseTo(sorted.osi(), within(1e-12));
        assertThat(shuffled.bandwidthDeg()).isCloseTo(sorted.bandwidthDeg(), within(1e-9));
        // angles given outside [0, 180) mean the same orientations
        OrientationTuning wrapped = OrientationTuning.of(new double[] {180, 225, -90, 315},
                new double[] {4, 2, 1, 1});
        assertThat(wrapped.preferredDeg()).isEqualTo(sorted.preferredDeg());
        assertThat(wrapped.osi()).isCloseTo(sorted.osi(), within(1e-12));
    }

    @Test
    void preferredOrientationOfVonMisesCurvesIncludingOffGridAndWrapAround() {
        for (int n : new int[] {12, 36}) {
            for (double t0 : new double[] {0, 7.3, 44, 90, 101.25, 133.3, 172.5, 179.6}) {
                double[] ori = even(n);
                OrientationTuning t = OrientationTuning.of(ori, vonMises(ori, t0, 2.0));
                assertThat(t.preferredDeg()).isGreaterThanOrEqualTo(0.0).isLessThan(180.0);
                assertThat(circularDistance(t.preferredDeg(), t0)).as("n=%d t0=%f", n, t0).isLessThan(0.5);
            }
        }
    }

    @Test
    void bandwidthOfVonMisesCurvesMatchesTheAnalyticHalfWidth() {
        double[] ori = even(180);
        for (double kappa : new double[] {1.5, 3, 6}) {
            // exp(kappa (cos 2h - 1)) = 1/sqrt2  <=>  h = 0.5 acos(1 - ln2 / (2 kappa))
            double h = 0.5 * Math.toDegrees(Math.acos(1 - Math.log(2) / (2 * kappa)));
            for (double t0 : new double[] {0, 33.3, 170}) {
                OrientationTuning t = OrientationTuning.of(ori, vonMises(ori, t0, kappa));
                assertThat(t.bandwidthDeg()).as("kappa=%f t0=%f", kappa, t0).isCloseTo(h, within(1.0));
            }
        }
    }

    @Test
    void negativeResponsesCountAsNoResponse() {
        OrientationTuning t = OrientationTuning.of(FOUR, new double[] {1, -5, -5, -5});
        assertThat(t.circularVariance()).isCloseTo(0.0, within(1e-12));
        assertThat(t.preferredDeg()).isCloseTo(0.0, within(1e-9));
        assertThat(t.osi()).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void noPositiveResponseGivesNaN() {
        OrientationTuning t = OrientationTuning.of(FOUR, new double[] {0, 0, -1, 0});
        assertThat(t.preferredDeg()).isNaN();
        assertThat(t.circularVariance()).isNaN();
        assertThat(t.osi()).isNaN();
        assertThat(t.bandwidthDeg()).isNaN();
    }

    @Test
    void rejectsBadInput() {
        assertThatThrownBy(() -> OrientationTuning.of(FOUR, new double[] {1, 2, 3}))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> OrientationTuning.of(new double[] {0, 90}, new double[] {1, 2}))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> OrientationTuning.of(FOUR, new double[] {1, Double.NaN, 0, 0}))
                .isInstanceOf(IllegalArgumentException.class);
    }

    static double[] even(int n) {
        double[] v = new double[n];
        for (int k = 0; k < n; k++) {
            v[k] = k * 180.0 / n;
        }
        return v;
    }

    private static double[] constant(int n, double value) {
        double[] v = new double[n];
        java.util.Arrays.fill(v, value);
        return v;
    }

    private static double[] vonMises(double[] ori, double t0, double kappa) {
        double[] r = new double[ori.length];
        for (int k = 0; k < r.length; k++) {
            r[k] = Math.exp(kappa * (Math.cos(Math.toRadians(2 * (ori[k] - t0))) - 1));
        }
        return r;
    }

    @Test
    void twoEqualOrthogonalPeaksGiveOsiZeroTwoPeaksAndNoPreference() {
        // a plaid-like unit: equal peaks at 30 and 120 degrees on a 12-point grid
        double[] r = {1, 2, 6, 2, 1, 1, 1, 2, 6, 2, 1, 1};
        OrientationTuning t = OrientationTuning.of(even(12), r);
        assertThat(t.osi()).isCloseTo(0.0, within(1e-12));
        assertThat(t.peaks()).isEqualTo(2);
        assertThat(t.tuned()).isFalse();
        assertThat(t.preferredDeg()).isNaN();
        assertThat(t.bandwidthDeg()).isNaN();
        assertThat(t.circularVariance()).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void twoObliquePeaksAreMultiPeakedEvenWhenTheirVectorSumLooksTuned() {
        // peaks at 0 and 60: the vector sum points to 30, a trough; the old OSI read there went negative
        double[] r = {6, 1, 1, 1, 6, 1, 1, 1, 1, 1, 1, 1};
        OrientationTuning t = OrientationTuning.of(even(12), r);
        assertThat(t.peaks()).isEqualTo(2);
        assertThat(t.tuned()).isFalse();
        assertThat(t.circularVariance()).isLessThan(0.9);
        // R_pref 6 at 0, R_orth at 90 is 1
        assertThat(t.osi()).isCloseTo(5.0 / 7, within(1e-12));
    }

    @Test
    void aSmallSecondBumpIsNotAPeak() {
        // the bump at 120 is below half the peak; the shoulder at 45 is a peak of too little prominence
        double[] r = {10, 9, 5, 5.5, 2, 1, 1, 1, 4, 2, 1, 3};
        OrientationTuning t = OrientationTuning.of(even(12), r);
        assertThat(t.peaks()).isEqualTo(1);
        assertThat(t.tuned()).isTrue();
        assertThat(t.osi()).isBetween(0.0, 1.0);
    }

    @Test
    void aSinglePeakOnAHighPlateauIsUntunedByCircularVariance() {
        double[] r = constant(12, 10.0);
        r[3] = 12; // one clear peak (prominence 2 of 12), but CV above 0.9
        OrientationTuning t = OrientationTuning.of(even(12), r);
        assertThat(t.peaks()).isEqualTo(1);
        assertThat(t.circularVariance()).isGreaterThan(0.9);
        assertThat(t.tuned()).isFalse();
        assertThat(OrientationTuning.of(even(12), r, 0.99).tuned()).isTrue();
    }

    @Test
    void aPlateauPeakCountsOnce() {
        double[] r = {1, 5, 5, 5, 1, 1};
        assertThat(OrientationTuning.of(even(6), r).peaks()).isEqualTo(1);
        assertThat(OrientationTuning.of(even(6), r).preferredDeg()).isCloseTo(60.0, within(1e-4));
    }

    @Test
    void aPreferenceJustBelow180IsReportedAsZeroNeverAs180() {
        // responses symmetric about 0 but for a tiny excess at 165: the vector sum lands a hair below 180
        double[] r = {10, 3, 1, 0, 0, 0, 0, 0, 0, 0, 1, 3.00001};
        OrientationTuning t = OrientationTuning.of(even(12), r);
        assertThat(t.preferredDeg()).isGreaterThanOrEqualTo(0.0).isLessThan(180.0);
        assertThat(String.format(java.util.Locale.ROOT, "%.7g", t.preferredDeg())).isNotEqualTo("180.0000");
        assertThat(t.preferredDeg()).isEqualTo(0.0);
    }

    @Test
    void osiStaysInTheUnitIntervalForEveryNonNegativeCurve() {
        java.util.Random random = new java.util.Random(7);
        for (int trial = 0; trial < 2000; trial++) {
            double[] r = new double[12];
            for (int k = 0; k < r.length; k++) {
                r[k] = random.nextDouble() < 0.3 ? 0 : random.nextDouble();
            }
            OrientationTuning t = OrientationTuning.of(even(12), r);
            if (!Double.isNaN(t.osi())) {
                assertThat(t.osi()).isBetween(0.0, 1.0);
            }
            if (!Double.isNaN(t.preferredDeg())) {
                assertThat(t.preferredDeg()).isGreaterThanOrEqualTo(0.0).isLessThan(180.0);
            }
        }
    }

    private static double circularDistance(double a, double b) {
        double d = Math.abs(a - b) % 180;
        return Math.min(d, 180 - d);
    }

    @Test
    void aPreferenceAtZeroIsReportedAsZeroNotAs180() {
        double[] t = {0, 15, 30, 45, 60, 75, 90, 105, 120, 135, 150, 165};
        double[] r = new double[t.length];
        for (int i = 0; i < t.length; i++) {
            // peak a hair below 0 (at -1e-9 deg): the vector sum lands just under 180 after reduction
            r[i] = Math.exp(3 * (Math.cos(Math.toRadians(2 * (t[i] + 1e-9))) - 1));
        }
        double p = OrientationTuning.of(t, r).preferredDeg();
        org.assertj.core.api.Assertions.assertThat(p).isGreaterThanOrEqualTo(0.0).isLessThan(1e-6);
    }
}
