package org.unitscope.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A disk that fills up while a run writes (a 200 KB tmpfs, mounted in a private mount namespace by {@code unshare}):
 * the run says so, naming the file and the cause, and the results that were already there are not lost.
 */
class DiskFullIT {
    @TempDir
    Path tmp;

    private static final String SMALL = "{\"name\": \"small\", \"model\": \"synthetic-v1\", \"stimulus\": {\"id\": \"gratings\","
            + " \"orientationCount\": 12, \"sfCount\": 4, \"phaseCount\": 4}, \"metrics\": [\"orientation\"]}";
    /** 2,304 stimuli: responses.npz alone is about 250 KB, more than the disk. */
    private static final String LARGER = "{\"name\": \"larger\", \"model\": \"synthetic-v1\", \"stimulus\": {\"id\": \"gratings\","
            + " \"orientationCount\": 36, \"sfCount\": 8, \"phaseCount\": 8}, \"metrics\": [\"orientation\"]}";

    private static boolean privateMountsWork() throws Exception {
        Process p = new ProcessBuilder("unshare", "-rm", "true").redirectErrorStream(true).start();
        return p.waitFor(20, TimeUnit.SECONDS) && p.exitValue() == 0;
    }

    @Test
    void aReplacingRunThatFillsTheDiskNamesTheCauseAndTheEarlierResultsStay() throws Exception {
        assumeTrue(privateMountsWork(), "needs 'unshare -rm' (user and mount namespaces) to mount a small tmpfs");
        Files.writeString(tmp.resolve("small.json"), SMALL);
        Files.writeString(tmp.resolve("larger.json"), LARGER);
        Path disk = Files.createDirectories(tmp.resolve("disk"));
        String bin = Dist.get().home().resolve("bin/unitscope").toString();
        // inside the namespace: mount, a run that fits, a replacing run that does not, then copy what is left out
        String script = String.join("\n", "set -u", "mount -t tmpfs -o size=200k tmpfs " + disk,
                bin + " run --config " + tmp.resolve("small.json") + " --out " + disk.resolve("r") + " > " + tmp.resolve("first.txt") + " 2>&1",
                "echo $? > " + tmp.resolve("first.rc"),
                bin + " run --config " + tmp.resolve("larger.json") + " --out " + disk.resolve("r") + " --overwrite > " + tmp.resolve("second.txt") + " 2>&1",
                "echo $? > " + tmp.resolve("second.rc"),
                "cp -a " + disk.resolve("r") + " " + tmp.resolve("after"), "");
        ProcessBuilder pb = new ProcessBuilder("unshare", "-rm", "sh", "-c", script).redirectErrorStream(true)
                .redirectOutput(tmp.resolve("namespace.txt").toFile());
        pb.environment().put("UNITSCOPE_JAVA_OPTS", "-Xmx1g");
        Process p = pb.start();
        assertThat(p.waitFor(300, TimeUnit.SECONDS)).isTrue();
        String first = Files.readString(tmp.resolve("first.txt"), StandardCharsets.UTF_8);
        String second = Files.readString(tmp.resolve("second.txt"), StandardCharsets.UTF_8);
        assertThat(Files.readString(tmp.resolve("first.rc")).trim()).as(first).isEqualTo("0");
        assertThat(Files.readString(tmp.resolve("second.rc")).trim()).as(second).isNotEqualTo("0");
        // the first file that does not fit is named: a probe checkpoint chunk or a result file, whichever is written first
        assertThat(second).as("the cause and the file, in words").containsIgnoringCase("no space left on device")
                .contains("cannot write " + disk.resolve("r")).contains("the results already in " + disk.resolve("r") + " are unchanged");
        Path after = tmp.resolve("after");
        assertThat(Files.readString(after.resolve("manifest.json"))).contains("\"name\": \"small\"").contains("\"status\": \"complete\"");
        assertThat(Dist.readCsv(after.resolve("units.csv"))).isNotEmpty();
        try (var s = Files.list(after)) {
            assertThat(s.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".tmp")).toList()).isEmpty();
        }
    }
}
