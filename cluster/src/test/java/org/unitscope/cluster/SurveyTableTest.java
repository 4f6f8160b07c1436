package org.unitscope.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SurveyTableTest {
    @TempDir
    Path out;

    @Test
    void eachLayerOfEachCompleteRunIsOneRowWithFractionsOverAllUnitsAndTheMedianCvOfTheTunedOnes() throws IOException {
        Files.createDirectories(out.resolve("a"));
        Files.writeString(out.resolve("a/units.csv"), """
                layer,channel,circ_var,ori_status,sf_class,phase_class
                simple,0,0.1,tuned,band-pass,simple
                simple,1,0.3,tuned,low-pass,complex
                simple,2,0.9,untuned,band-pass,complex
                simple,3,,unresponsive,unresponsive,
                dog,0,0.5,tuned,band-pass,simple
                """);
        SurveyRun a = new SurveyRun("a", "{\"model\": {\"id\": \"synthetic-v1\"}}", 1L);
        SurveyRun failed = new SurveyRun("b", "{\"model\": \"vgg16\"}", null);

        SurveyTable.write(out, List.of(a, failed), List.of(outcome("a", "complete"), outcome("b", "failed")));

        assertThat(Files.readAllLines(out.resolve("survey.csv"))).containsExactly(SurveyTable.HEADER,
                "a,synthetic-v1,,simple,4,1,2,0.5000,0.2000,0.5000,0.2500",
                "a,synthetic-v1,,dog,1,0,1,1.0000,0.5000,1.0000,1.0000");
    }

    @Test
    void aRunWithoutGratingMetricsLeavesTheirFiguresEmpty() throws IOException {
        Files.createDirectories(out.resolve("rf"));
        Files.writeString(out.resolve("rf/units.csv"), "layer,channel\nblock1_conv1,0\nblock1_conv1,1\n");

        SurveyTable.write(out, List.of(new SurveyRun("rf", "{\"model\": \"vgg16\"}", 1L)), List.of(outcome("rf", "complete")));

        assertThat(Files.readAllLines(out.resolve("survey.csv"))).last().isEqualTo("rf,vgg16,,block1_conv1,2,,,,,,");
    }

    private static RunOutcome outcome(String name, String status) {
        return new RunOutcome(name, status, "complete".equals(status) ? 0 : 1, "", 1.0, "local/driver", 1, 0);
    }
}
