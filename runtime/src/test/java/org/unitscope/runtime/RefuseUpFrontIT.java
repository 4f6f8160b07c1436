package org.unitscope.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs that cannot fit are refused by bin/unitscope before any work (issue 14): in seconds, with exit code 1, a message
 * giving the need and what would work, and no results folder left behind. Before, 2,000,000 noise stimuli on the
 * reference network died of OutOfMemoryError after 30 s with the manifest at "running".
 */
class RefuseUpFrontIT {
    @TempDir
    Path tmp;

    private record Ended(int exit, String stderr, double seconds) {
    }

    private Ended run(String heap, String... args) throws Exception {
        long t0 = System.nanoTime();
        RunningProcess p = RunningProcess.start(Files.createTempFile(tmp, "stderr", ".txt"), heap, args);
        int exit = p.exit(120);
        return new Ended(exit, p.stderr(), (System.nanoTime() - t0) / 1e9);
    }

    private Path config(String stimulus, String extra) throws IOException {
        return Dist.writeConfig(tmp.resolve("configs"), "{\"model\": {\"id\": \"vgg16\", \"weights\": "
                + "\"models/fashion-mnist-vgg16-w16.params\"}, \"stimulus\": " + stimulus + ", \"metrics\": []" + extra + "}");
    }

    @Test
    void twoMillionNoiseStimuliOnTheReferenceNetworkAreRefusedInSecondsAndLeaveNoFolder() throws Exception {
        Path out = tmp.resolve("results/too-many");
        // with spilling off: by default these responses now go to a memory-mapped file (SpillIT)
        Ended e = run("-Xmx1g -Dunitscope.responses.spill=never", "run", "--config", config("{\"id\": \"noise\", \"count\": 2000000}", "").toString(), "--out",
                out.toString());
        assertThat(e.exit()).as(e.stderr()).isEqualTo(1);
        assertThat(e.stderr()).contains("run failed: this run needs ").contains("2,000,000 stimuli x 1,056 units x 4 bytes")
                .contains("give Java a larger heap with UNITSCOPE_JAVA_OPTS=-Xmx").contains(", or use at most ")
                .contains("nothing was written: " + out + " was not created").doesNotContain("OutOfMemoryError");
        assertThat(out).doesNotExist();
        assertThat(tmp.resolve("results")).doesNotExist();
        // the JVM, the framework and libtorch start in most of this; the refusal itself follows the model load
        assertThat(e.seconds()).as("seconds to the refusal").isLessThan(60);
    }

    @Test
    void aStimulusCountOfTwoToTheThirtyOneMinusOneIsRefusedNamingTheStimulusSetAndTheJavaLimit() throws Exception {
        Path out = tmp.resolve("max-int");
        Ended e = run("-Xmx1g", "run", "--config", config("{\"id\": \"noise\", \"count\": 2147483647}", "").toString(), "--out",
                out.toString());
        assertThat(e.exit()).as(e.stderr()).isEqualTo(1);
        assertThat(e.stderr()).contains("run failed: stimulus set 'noise' with {count=2147483647} needs an array longer than the "
                + "2147483639 values Java allows even to open: ask for fewer stimuli").doesNotContain("OutOfMemoryError");
        assertThat(out).doesNotExist();
    }

    @Test
    void aBillionStimuliAreRefusedInsteadOfCrashing() throws Exception {
        Path out = tmp.resolve("billion");
        Ended e = run("-Xmx1g", "run", "--config", config("{\"id\": \"noise\", \"count\": 1000000000}", "").toString(), "--out",
                out.toString());
        assertThat(e.exit()).as(e.stderr()).isEqualTo(1);
        assertThat(e.stderr()).contains("run failed: stimulus set 'noise' with {count=1000000000} does not fit")
                .doesNotContain("crashed");
        assertThat(out).doesNotExist();
    }

    @Test
    void aBatchOf1082128IsRefusedWithItsSizeNotANegativeNumber() throws Exception {
        Path out = tmp.resolve("batch");
        Ended e = run("-Xmx1g", "run", "--config", config("{\"id\": \"noise\", \"count\": 100}", ", \"batchSize\": 1082128").toString(),
                "--out", out.toString());
        assertThat(e.exit()).as(e.stderr()).isEqualTo(1);
        assertThat(e.stderr()).contains("run failed: batchSize 1082128: one batch of").doesNotContain("-1264");
        assertThat(out).doesNotExist();
    }

    @Test
    void aMemoryBudgetAboveTheMachinesMemoryIsRefused() throws Exception {
        Ended e = run("-Xmx1g", "run", "--config", config("{\"id\": \"noise\", \"count\": 100}", "").toString(), "--out",
                tmp.resolve("budget").toString(), "--max-memory", "1t");
        assertThat(e.exit()).as(e.stderr()).isEqualTo(1);
        assertThat(e.stderr()).contains("--max-memory 1t (1024.00 GB) is more than this machine's");
        assertThat(tmp.resolve("budget")).doesNotExist();
    }
}
