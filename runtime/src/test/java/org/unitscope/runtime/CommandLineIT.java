package org.unitscope.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** bin/unitscope as a user runs it: a separate JVM, exit codes, and Ctrl-C (SIGINT) during a run. */
class CommandLineIT {
    @TempDir
    Path tmp;

    private Process start(String... args) throws IOException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Dist.get().home().resolve("bin/unitscope").toString());
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectError(tmp.resolve("stderr.txt").toFile())
                .redirectOutput(tmp.resolve("stdout.txt").toFile());
        pb.environment().put("UNITSCOPE_JAVA_OPTS", "-Xmx2g");
        return pb.start();
    }

    private String read(String name) throws IOException {
        return Files.readString(tmp.resolve(name), StandardCharsets.UTF_8);
    }

    @Test
    void commandsExitWithTheirStatus() throws Exception {
        Process p = start("layers", "--model", "synthetic-v1");
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(read("stderr.txt")).isZero();
        assertThat(read("stdout.txt")).contains("4 layers, 50 channels");

        Process bad = start("layers", "--model", "no-such-net");
        assertThat(bad.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(bad.exitValue()).isEqualTo(1);
        assertThat(read("stderr.txt")).contains("no model backend 'no-such-net'");
    }

    @Test
    void theInteractiveShellTakesCommandsAndExits() throws Exception {
        Process p = new ProcessBuilder(Dist.get().home().resolve("bin/unitscope").toString()).redirectErrorStream(true)
                .redirectOutput(tmp.resolve("shell.txt").toFile()).start();
        try (var in = p.getOutputStream()) {
            in.write("unitscope:estimators\nunitscope:layers --model synthetic-v1\nexit 0\n".getBytes(StandardCharsets.UTF_8));
        }
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).as(read("shell.txt")).isTrue();
        assertThat(read("shell.txt")).contains("unitscope workbench ready in").contains("awa 0.1.0")
                .contains("4 layers, 50 channels").doesNotContain("Command not found");
    }

    @Test
    void ctrlCStopsARunAndKeepsWhatItDid() throws Exception {
        Path config = Dist.writeConfig(tmp, "{\"model\": \"synthetic-v1\", \"stimulus\": {\"id\": \"gratings\", \"orientationCount\": 180,"
                + " \"sfCount\": 16, \"phaseCount\": 16}, \"metrics\": [\"orientation\"], \"batchSize\": 32}");
        Path out = tmp.resolve("interrupted");
        Process p = start("run", "--config", config.toString(), "--out", out.toString());
        long deadline = System.currentTimeMillis() + 120_000;
        while (!read("stderr.txt").contains("probe ") && System.currentTimeMillis() < deadline && p.isAlive()) {
            Thread.sleep(200);
        }
        assertThat(read("stderr.txt")).contains("probe ");
        new ProcessBuilder("kill", "-INT", Long.toString(p.pid())).start().waitFor();
        assertThat(Dist.ended(p, 90)).isTrue();
        assertThat(p.exitValue()).as("the documented 'incomplete', not the signal's 130").isEqualTo(3);
        String manifest = Files.readString(out.resolve("manifest.json"));
        assertThat(manifest).contains("\"status\": \"incomplete\"").contains("shutting down");
        assertThat(out.resolve("responses.npz")).exists();
        assertThat(Files.readString(out.resolve("summary.txt"))).startsWith("INCOMPLETE");
    }
}
