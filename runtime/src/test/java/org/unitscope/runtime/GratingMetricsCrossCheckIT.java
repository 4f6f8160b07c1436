package org.unitscope.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The independent cross-check in CI: a Python program written from docs/SCIENCE.md, not from the Java code
 * (scripts/crosscheck), recomputes every grating metric of real runs from their responses.npz and compares with
 * units.csv and curves.npz. Runs: the default analysis (reference network, every conv layer), the ground-truth
 * network, and the ground-truth network with the blank as baseline and 4 phases.
 */
class GratingMetricsCrossCheckIT extends OnTheWorkbench {

    @TempDir
    Path tmp;

    @Test
    void anIndependentReimplementationAgreesWithEveryGratingMetricOfRealRuns() throws Exception {
        Path reference = run("default", Dist.get().conf().resolve("runs/default.json"));
        Path synthetic = run("synthetic", Dist.get().conf().resolve("runs/synthetic-v1.json"));
        Path blank = run("synthetic-blank", Dist.writeConfig(tmp, "{\"model\": \"synthetic-v1\","
                + " \"stimulus\": {\"id\": \"gratings\", \"orientationCount\": 16, \"sfCount\": 10, \"phaseCount\": 4},"
                + " \"metrics\": [{\"id\": \"orientation\", \"baseline\": \"blank\"}, {\"id\": \"spatial-frequency\", \"baseline\": \"blank\","
                + " \"smoothingOctaves\": 0.1}, {\"id\": \"phase-modulation\", \"baseline\": \"blank\"}], \"seed\": 2}"));

        // Debian's python3 with python3-numpy, which scripts/prerequisites installs
        String python = Files.isExecutable(Path.of("/usr/bin/python3")) ? "/usr/bin/python3" : "python3";
        List<String> command = new ArrayList<>(List.of(python, System.getProperty("unitscope.crosscheck")));
        command.addAll(List.of(reference.toString(), synthetic.toString(), blank.toString()));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        System.out.println(output);
        assertThat(p.exitValue()).as(output).isZero();
        assertThat(output).contains("3 folder(s) read, 0 unreadable").contains(" 0 mismatches");
        // every column of the three grating metrics was compared, not skipped
        for (String column : List.of("pref_ori_deg", "osi", "ori_peaks", "blank_response", "sf_class", "sf_bw_oct", "f1_f0")) {
            assertThat(output).as(column).containsPattern(column + "\\s+1056\\s");
        }
    }

    private Path run(String name, Path config) {
        Path out = tmp.resolve(name);
        Dist.Result r = Dist.run(cli, "run", "--config", config.toString(), "--out", out.toString());
        assertThat(r.code()).as(r.all()).isZero();
        assertThat(Files.isRegularFile(out.resolve("responses.npz"))).isTrue();
        return out;
    }
}
