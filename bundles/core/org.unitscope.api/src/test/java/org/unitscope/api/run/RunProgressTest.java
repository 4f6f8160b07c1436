package org.unitscope.api.run;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RunProgressTest {

    @Test
    void lineShowsCountPercentageRateAndEta() {
        String line = new RunProgress("probe", 384, 768, 812.25, 3725).line();
        assertThat(line).startsWith("probe ");
        assertThat(line).contains("384/768");
        assertThat(line).contains("(50%)");
        assertThat(line).contains("812.3/s");
        // 3725 s = 1 h + 2 min + 5 s
        assertThat(line).endsWith("ETA 1:02:05");
        assertThat(line).isEqualTo("probe 384/768 (50%) 812.3/s ETA 1:02:05");
    }

    @Test
    void etaIsRoundedToTheSecond() {
        assertThat(new RunProgress("p", 1, 3, 1, 59.6).line()).endsWith("ETA 0:01:00");
        assertThat(new RunProgress("p", 1, 3, 1, 0.4).line()).endsWith("ETA 0:00:00");
        // 36000 + 59*60 + 59 = 39599 s
        assertThat(new RunProgress("p", 1, 3, 1, 39599).line()).endsWith("ETA 10:59:59");
    }

    @Test
    void percentageRoundsDown() {
        assertThat(new RunProgress("p", 1, 3, 1, 1).line()).contains("1/3 (33%)");
        assertThat(new RunProgress("p", 2, 3, 1, 1).line()).contains("2/3 (66%)");
        assertThat(new RunProgress("p", 3, 3, 1, 0).line()).contains("3/3 (100%)");
    }

    @Test
    void emptyPhaseIsComplete() {
        assertThat(new RunProgress("load", 0, 0, 0, 0).line()).contains("0/0 (100%)");
    }

    @Test
    void unknownEtaIsDashes() {
        assertThat(new RunProgress("p", 0, 10, 0, Double.NaN).line()).endsWith("ETA --:--");
        assertThat(new RunProgress("p", 0, 10, 0, Double.POSITIVE_INFINITY).line()).endsWith("ETA --:--");
    }

    @Test
    void unknownRateIsDashesNotNaN() {
        assertThat(new RunProgress("rf", 2, 2, Double.NaN, 0).line()).isEqualTo("rf 2/2 (100%) --/s ETA 0:00:00");
        assertThat(new RunProgress("rf", 2, 2, Double.POSITIVE_INFINITY, 0).line()).isEqualTo("rf 2/2 (100%) --/s ETA 0:00:00");
    }

    @Test
    void clockShowsHoursMinutesSecondsAndDashesWhenUnknown() {
        assertThat(RunProgress.clock(3 * 3600 + 25 * 60 + 7.4)).isEqualTo("3:25:07");
        assertThat(RunProgress.clock(0)).isEqualTo("0:00:00");
        assertThat(RunProgress.clock(Double.NaN)).isEqualTo("--:--");
        assertThat(RunProgress.clock(-1)).isEqualTo("--:--");
        assertThat(RunProgress.clock(Double.POSITIVE_INFINITY)).isEqualTo("--:--");
    }
}
