package org.unitscope.shell.internal.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.unitscope.api.run.RunProgress;

/** unitscope-cluster's lines, as SurveyProgress and RfCommand print them, read as a local run's progress. */
class ProgressLineTest {

    @Test
    void aSurveyLineGivesItsPhaseDoneTotalRateAndEta() {
        RunProgress p = ProgressLine.parse("survey: 7/13 runs done, elapsed 37 s, ETA 32 s").orElseThrow();
        assertThat(p.phase()).isEqualTo("survey");
        assertThat(p.done()).isEqualTo(7);
        assertThat(p.total()).isEqualTo(13);
        assertThat(p.ratePerSecond()).isCloseTo(7 / 37.0, within(1e-12));
        assertThat(p.etaSeconds()).isEqualTo(32.0);
        assertThat(p.line()).isEqualTo("survey 7/13 (53%) 0.2/s ETA 0:00:32");
    }

    @Test
    void anRfLineWithMinutesAndHoursIsReadInSeconds() {
        RunProgress p = ProgressLine.parse("rf: 3/7 shards done, elapsed 1 h 2 min, ETA 3 min 5 s").orElseThrow();
        assertThat(p.phase()).isEqualTo("rf");
        assertThat(p.done()).isEqualTo(3);
        assertThat(p.total()).isEqualTo(7);
        assertThat(p.ratePerSecond()).isCloseTo(3 / 3720.0, within(1e-12));
        assertThat(p.etaSeconds()).isEqualTo(185.0);
    }

    @Test
    void aPhaseShorterThanASecondStillGivesARateAndOneOfNoTimeGivesNone() {
        RunProgress quick = ProgressLine.parse("rf: 2/2 shards done, elapsed 0.4 s, ETA 0 s").orElseThrow();
        assertThat(quick.ratePerSecond()).isCloseTo(5.0, within(1e-12));
        assertThat(quick.line()).isEqualTo("rf 2/2 (100%) 5.0/s ETA 0:00:00");
        assertThat(ProgressLine.parse("rf: 2/2 shards done, elapsed 0 s, ETA 0 s").orElseThrow().line())
                .isEqualTo("rf 2/2 (100%) --/s ETA 0:00:00");
    }

    @Test
    void aPhaseWithASpaceInItsNameIsReadToo() {
        RunProgress p = ProgressLine.parse("rf probe: 2/4 shards done, elapsed 10 s, ETA 10 s").orElseThrow();
        assertThat(p.phase()).isEqualTo("rf probe");
        assertThat(p.done()).isEqualTo(2);
        assertThat(p.total()).isEqualTo(4);
    }

    @Test
    void theFoldOfAShardedRfRunIsAPhaseOfItsOwn() {
        RunProgress p = ProgressLine.parse("rf fold: 3/8 rf pass 1 of 1 folding the shards blocks done, elapsed 6 s, ETA 10 s").orElseThrow();
        assertThat(p.phase()).isEqualTo("rf fold");
        assertThat(p.done()).isEqualTo(3);
        assertThat(p.total()).isEqualTo(8);
        assertThat(p.ratePerSecond()).isCloseTo(0.5, within(1e-12));
        assertThat(p.etaSeconds()).isEqualTo(10.0);
        assertThat(p.line()).isEqualTo("rf fold 3/8 (37%) 0.5/s ETA 0:00:10");
        assertThat(ProgressLine.parse("rf fold: 0/16 rf awc simple units done, elapsed 0 s, ETA ?").orElseThrow().etaSeconds()).isNaN();
    }

    @Test
    void anUnknownEtaIsNotANumberAndTheLastLineHasNoTimeLeft() {
        assertThat(ProgressLine.parse("survey: 0/3 runs done, elapsed 0 s, ETA ?").orElseThrow().etaSeconds()).isNaN();
        RunProgress last = ProgressLine.parse("survey: 3/3 runs done, elapsed 49 s, ETA 0 s").orElseThrow();
        assertThat(last.etaSeconds()).isZero();
        assertThat(last.done()).isEqualTo(last.total());
    }

    @Test
    void theOtherLinesOfUnitscopeClusterAreNotProgress() {
        assertThat(ProgressLine.parse("survey: 13 runs from s.json on local[2] into /tmp/out")).isEmpty();
        assertThat(ProgressLine.parse("survey complete: 13/13 runs complete in 49 s; /tmp/out/survey.csv, /tmp/out/survey.json")).isEmpty();
        assertThat(ProgressLine.parse("rf: 2 shard(s) summed in 9 s; folding them into /tmp/out/run")).isEmpty();
        assertThat(ProgressLine.parse("survey: run 'broken' failed (exit 1): error: no model backend 'x' (log: l)")).isEmpty();
    }

    @Test
    void durationsAreReadInEveryFormUnitscopeClusterAndARunPrint() {
        assertThat(ProgressLine.seconds("59 s")).isEqualTo(59.0);
        assertThat(ProgressLine.seconds("2 min 5 s")).isEqualTo(125.0);
        assertThat(ProgressLine.seconds("1 h 3 min")).isEqualTo(3780.0);
        assertThat(ProgressLine.seconds("0:01:05")).isEqualTo(65.0);
        assertThat(ProgressLine.seconds("?")).isNaN();
    }
}
