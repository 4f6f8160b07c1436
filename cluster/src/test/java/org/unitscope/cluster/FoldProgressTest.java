package org.unitscope.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The fold run's progress lines (as its fold.log holds them) in unitscope-cluster's format. */
class FoldProgressTest {

    private static List<String> translate(String... lines) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        FoldProgress p = new FoldProgress(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        for (String l : lines) {
            p.accept(l);
        }
        return bytes.toString(StandardCharsets.UTF_8).lines().toList();
    }

    @Test
    void eachPhasesFirstAndLastLineComeOutInTheClusterFormatAndTheOthersAreLeftOut() {
        List<String> out = translate("loading model backend 'synthetic-v1' 1.1.0",
                "probe (from probe parts) 0/256 (0%) 0.0/s ETA --:--",
                "probe (from probe parts) 256/256 (100%) 287975.7/s ETA 0:00:00",
                "rf pass 1/1 (folding the shards' blocks) 0/4 (0%) 0.0/s ETA --:--",
                "rf pass 1/1 (folding the shards' blocks) 4/4 (100%) 2862.6/s ETA 0:00:00",
                "rf awc simple: 16 units in 0:00:03 (estimated 0:00:00)",
                "writing the results");
        assertThat(out).hasSize(4);
        assertThat(out.get(0)).isEqualTo("rf fold: 0/256 probe from probe parts done, elapsed 0 s, ETA ?");
        assertThat(out.get(1)).startsWith("rf fold: 256/256 probe from probe parts done, elapsed ").endsWith(", ETA 0 s");
        assertThat(out.get(2)).isEqualTo("rf fold: 0/4 rf pass 1 of 1 folding the shards blocks done, elapsed 0 s, ETA ?");
        assertThat(out.get(3)).startsWith("rf fold: 4/4 rf pass 1 of 1 folding the shards blocks done, elapsed ");
    }

    @Test
    void theEtaOfAnUnfinishedPhaseIsTheRunsOwnInClusterUnits() {
        assertThat(FoldProgress.line("rf awc simple (units)", 3, 16, 65, 125))
                .isEqualTo("rf fold: 3/16 rf awc simple units done, elapsed 1 min 5 s, ETA 2 min 5 s");
    }

    @Test
    void durationsKeepTenthsUnderTenSecondsSoThatShortPhasesGiveARate() {
        assertThat(SurveyProgress.duration(0)).isEqualTo("0 s");
        assertThat(SurveyProgress.duration(0.04)).isEqualTo("0 s");
        assertThat(SurveyProgress.duration(0.43)).isEqualTo("0.4 s");
        assertThat(SurveyProgress.duration(3.0)).isEqualTo("3 s");
        assertThat(SurveyProgress.duration(9.94)).isEqualTo("9.9 s");
        assertThat(SurveyProgress.duration(9.96)).isEqualTo("10 s");
        assertThat(SurveyProgress.duration(37.4)).isEqualTo("37 s");
        assertThat(SurveyProgress.duration(125)).isEqualTo("2 min 5 s");
        assertThat(SurveyProgress.duration(3780)).isEqualTo("1 h 3 min");
    }
}
