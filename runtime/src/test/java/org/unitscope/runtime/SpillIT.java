package org.unitscope.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Responses that do not fit the heap are spilled to memory-mapped files instead of failing (issue 14): bin/unitscope
 * with a 96 MB heap probes 60,000 noise stimuli into 436 units (100 MB of responses) and estimates their receptive
 * fields; the plan says where the responses went, the run completes, leaves no spilled file, and writes the same
 * units.csv, responses.npz and rf.npz, byte for byte, as the run with a 1 GB heap that held them in memory. A third run
 * spills with the large heap (unitscope.responses.spill=always), so that the time and peak memory of the spill can be
 * compared with the heap's on equal terms; the figures are printed.
 */
class SpillIT {
    private static final String ORIENTATIONS = "[0,5,10,15,20,25,30,35,40,45,50,55,60,65,70,75,80,85,90,95,100,105,110,115,120,"
            + "125,130,135,140,145,150,155,160,165,170,175]";
    /** 4 layers: 3 x 144 units (36 orientations x 4 SFs) + 4 DoG units, on 5 px inputs (a cheap probe). */
    private static final String CONFIG = "{\"model\": {\"id\": \"synthetic-v1\", \"size\": 5, \"rf\": 5, \"orientations\": "
            + ORIENTATIONS + ", \"sfs\": [0.08, 0.12, 0.15, 0.2]}, \"stimulus\": {\"id\": \"noise\", \"type\": \"gaussian\", "
            + "\"count\": 60000}, \"metrics\": [], \"estimators\": [{\"id\": \"awa\", \"shuffles\": 9, \"alpha\": 0.1}], "
            + "\"receptiveField\": {\"grid\": 5, \"maxMemory\": \"16m\"}, \"seed\": 5, \"batchSize\": 1000}";
    private static final List<String> COMPARED = List.of("units.csv", "responses.npz", "rf.npz");

    @TempDir
    Path tmp;

    private record Ended(int exit, String stderr, double seconds, long peakRssKb) {
    }

    private Ended run(String javaOpts, Path config, Path out) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Dist.get().home().resolve("bin/unitscope").toString(), "run", "--config",
                config.toString(), "--out", out.toString()));
        Path err = Files.createTempFile(tmp, "stderr", ".txt");
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectError(err.toFile()).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        pb.environment().put("UNITSCOPE_JAVA_OPTS", javaOpts);
        long t0 = System.nanoTime();
        Process p = pb.start();
        long peak = 0;
        // bin/unitscope execs java: the process is the JVM; VmHWM is its peak resident set so far
        while (!p.waitFor(200, java.util.concurrent.TimeUnit.MILLISECONDS)) {
            peak = Math.max(peak, peakRss(p.pid()));
            if (System.nanoTime() - t0 > 900e9) {
                assertThat(Dist.ended(p, 1)).isTrue();
            }
        }
        return new Ended(p.exitValue(), Files.readString(err, StandardCharsets.UTF_8), (System.nanoTime() - t0) / 1e9, peak);
    }

    private static long peakRss(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (java.io.IOException | RuntimeException e) {
            // the process ended between two looks
        }
        return 0;
    }

    @Test
    void responsesThatDoNotFitA96MegabyteHeapAreSpilledAndTheResultsEqualABigHeapRunByteForByte() throws Exception {
        Path config = Dist.writeConfig(tmp, CONFIG);
        Path heap = tmp.resolve("heap");
        Path small = tmp.resolve("small-heap");
        Path forced = tmp.resolve("forced");

        Ended big = run("-Xmx1g", config, heap);
        Ended spilled = run("-Xmx96m", config, small);
        Ended alwaysSpill = run("-Xmx1g -Dunitscope.responses.spill=always", config, forced);

        assertThat(big.exit()).as(big.stderr()).isZero();
        assertThat(spilled.exit()).as(spilled.stderr()).isZero();
        assertThat(alwaysSpill.exit()).as(alwaysSpill.stderr()).isZero();
        assertThat(big.stderr()).doesNotContain("spilled");
        assertThat(spilled.stderr()).contains("responses need 104.6 MB")
                .contains("responses: 99.8 MB, spilled to a memory-mapped file " + small.resolve(".responses") + "/ (heap 96.0 MB)")
                .doesNotContain("OutOfMemoryError");
        assertThat(Files.readString(heap.resolve("manifest.json"))).contains("\"held\": \"heap\"");
        assertThat(Files.readString(small.resolve("manifest.json"))).contains("\"held\": \"memory-mapped\"")
                .contains("\"status\": \"complete\"");
        for (Path dir : List.of(small, forced)) {
            for (String f : COMPARED) {
                assertThat(Files.readAllBytes(dir.resolve(f))).as(dir.getFileName() + "/" + f).isEqualTo(Files.readAllBytes(heap.resolve(f)));
            }
            assertThat(dir.resolve(".responses")).as("the spilled files are removed at the end").doesNotExist();
        }
        System.out.printf(Locale.ROOT, "SpillIT: heap 1g: %.1f s, peak RSS %d MB; spilled with heap 96m: %.1f s, peak RSS %d MB; "
                + "spilled with heap 1g: %.1f s, peak RSS %d MB (load average %s)%n", big.seconds(), big.peakRssKb() / 1024,
                spilled.seconds(), spilled.peakRssKb() / 1024, alwaysSpill.seconds(), alwaysSpill.peakRssKb() / 1024,
                Files.readString(Path.of("/proc/loadavg")).trim());
    }
}
