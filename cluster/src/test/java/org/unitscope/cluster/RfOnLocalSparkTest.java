package org.unitscope.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.unitscope.cluster.ClusterInThisJvm.Result;

/**
 * Sharded reverse correlation on {@code local[2]}: the synthetic network's RF run split into 1, 2 and 7 shards gives the
 * rf.npz and units.csv of {@code bin/unitscope run} of the same description, byte for byte; a shard that throws is
 * reported with the run, its layers and its stimuli. Needs runtime/target/unitscope (the reactor builds it first).
 */
class RfOnLocalSparkTest {
    private static final Path HOME = Path.of(System.getProperty("unitscope.home", "../runtime/target/unitscope")).toAbsolutePath().normalize();
    private static final Path WORK = Path.of(System.getProperty("unitscope.cluster.work", "target/rf-tests"));

    private static final int STIMULI = 1000;
    private static final int BATCH = 50;

    /** 1,000 noise stimuli in blocks of 128 (8 blocks: 7 shards get 1 or 2 each); AWA and AWC on both layers. */
    private static final String RUN = "{\"name\": \"sharded rf test\", \"model\": {\"id\": \"synthetic-v1\", \"size\": 31},"
            + " \"layers\": [\"simple\", \"complex\"], \"readout\": \"centre\","
            + " \"stimulus\": {\"id\": \"noise\", \"type\": \"gaussian\", \"count\": 1000}, \"metrics\": [],"
            + " \"estimators\": [{\"id\": \"awa\", \"shuffles\": 19}, {\"id\": \"awc\", \"shuffles\": 19, \"alpha\": 0.1}],"
            + " \"receptiveField\": {\"grid\": 8, \"channels\": \"mean\", \"maxMemory\": \"256m\", \"blockSize\": 128},"
            + " \"seed\": 3, \"batchSize\": 50}";

    @Test
    void aShardedRfRunOfTheSyntheticNetworkEqualsTheSingleJvmRunBitForBitWithOneTwoAndSevenShards() throws Exception {
        Path dir = fresh("identical");
        Path config = dir.resolve("rf.json");
        Files.writeString(config, RUN);
        Path alone = dir.resolve("alone");
        assertThat(UnitscopeRun.run(HOME, config, alone)).isZero();
        for (int shards : new int[] {1, 2, 7}) {
            Path out = dir.resolve("shards-" + shards);
            Result r = rf(config, shards, out, "local[2]");
            assertThat(r.code()).as(r.err()).isZero();
            assertThat(r.out()).contains("rf: " + shards + "/" + shards + " shards done").contains("rf complete: ");
            // the fold's own progress: its 8 blocks folded, as the workbench's progress bar reads it
            assertThat(r.out()).contains("rf fold: 0/8 rf pass 1 of 1 folding the shards blocks done, elapsed 0 s, ETA ?")
                    .containsPattern("rf fold: 8/8 rf pass 1 of 1 folding the shards blocks done, elapsed [0-9.]+ s, ETA 0 s")
                    .containsPattern("rf fold: 1000/1000 probe from probe parts done, elapsed");
            for (String file : new String[] {"rf.npz", "units.csv", "responses.npz"}) {
                assertThat(Files.readAllBytes(out.resolve("run").resolve(file))).as(shards + " shards: " + file)
                        .isEqualTo(Files.readAllBytes(alone.resolve(file)));
            }
            JsonObject m = JsonParser.parseString(Files.readString(out.resolve("rf-cluster.json"))).getAsJsonObject();
            assertThat(m.getAsJsonArray("shard_runs")).hasSize(shards);
            assertThat(m.getAsJsonArray("probe_runs")).hasSize(shards);
            assertThat(m.get("probe_seconds").getAsDouble()).isPositive();
            assertThat(Files.list(out.resolve("shards")).filter(p -> p.toString().endsWith(".rfpart")).count()).isEqualTo(shards);
            assertThat(Files.list(out.resolve("probed")).filter(p -> p.toString().endsWith(".rfprobe")).count()).isEqualTo(shards);
            assertEachStimulusWasProbedOnceInItsShardOnly(out, shards);
        }
    }

    /**
     * The probe is split: probe part K sends only its blocks' stimuli through the network (plus, at its ends, the rest of
     * the single run's batches that straddle them: fewer than two batches), the kept rows add up to every stimulus once,
     * and neither the shards that sum nor the fold run send any stimulus through the network.
     */
    private static void assertEachStimulusWasProbedOnceInItsShardOnly(Path out, int shards) throws IOException {
        Pattern probed = Pattern.compile("(\\d+) stimuli through the network \\((\\d+) kept\\)");
        int kept = 0;
        for (int k = 0; k < shards; k++) {
            Matcher m = probed.matcher(Files.readString(out.resolve("logs").resolve("probe-" + k + ".log")));
            assertThat(m.find()).as("probe-" + k + ".log says what it probed").isTrue();
            int forwarded = Integer.parseInt(m.group(1));
            int own = Integer.parseInt(m.group(2));
            assertThat(forwarded).as("probe part " + k + " of " + shards).isLessThan(own + 2 * BATCH).isGreaterThanOrEqualTo(own);
            kept += own;
            assertThat(Files.readString(out.resolve("logs").resolve("shard-" + k + ".log"))).as("shard " + k + " of " + shards)
                    .contains("0 stimuli through the network");
        }
        assertThat(kept).isEqualTo(STIMULI);
        JsonObject fold = JsonParser.parseString(Files.readString(out.resolve("run").resolve("manifest.json"))).getAsJsonObject();
        assertThat(fold.get("stimuli_forwarded").getAsInt()).as("the fold run's forward passes").isZero();
        assertThat(fold.getAsJsonObject("responses_from_probe_parts").getAsJsonArray("files")).hasSize(shards);
    }

    @Test
    void aShardThatThrowsIsReportedWithTheRunItsLayersAndItsStimulusRange() throws Exception {
        Path dir = fresh("failing");
        Path config = dir.resolve("rf.json");
        Files.writeString(config, RUN);
        // stimulus 700 is in block 5 (stimuli 640..767), which is shard 1's of 2 (blocks 4..7)
        System.setProperty("unitscope.test.rfShardFailsAt", "700");
        Result r;
        try {
            r = rf(config, 2, dir.resolve("out"), "local[2,2]");
        } finally {
            System.clearProperty("unitscope.test.rfShardFailsAt");
        }
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("rf shard 1 of 2 of run 'sharded rf test' (layers [simple, complex]) failed")
                .contains("blocks 4..7, stimuli 512..999").contains("block 5 (stimuli 640..767)");
        assertThat(dir.resolve("out/run")).doesNotExist();
    }

    @Test
    void aProbePartThatThrowsIsReportedWithTheRunItsLayersAndItsStimulusRange() throws Exception {
        Path dir = fresh("failing-probe");
        Path config = dir.resolve("rf.json");
        Files.writeString(config, RUN);
        // stimulus 700 is in the batch of stimuli 700..749 of probe part 1 of 2 (blocks 4..7)
        System.setProperty("unitscope.test.rfProbeFailsAt", "700");
        Result r;
        try {
            r = rf(config, 2, dir.resolve("out"), "local[2,2]");
        } finally {
            System.clearProperty("unitscope.test.rfProbeFailsAt");
        }
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("rf probe 1 of 2 of run 'sharded rf test' (layers [simple, complex]) failed")
                .contains("blocks 4..7, stimuli 512..999").contains("batch of stimuli 700..749");
        assertThat(dir.resolve("out/shards/part-00000.rfpart")).doesNotExist();
        assertThat(dir.resolve("out/run")).doesNotExist();
    }

    @Test
    void aDescriptionThatOnlyAnEstimatorsOwnCheckOrAMissingEstimatorRefusesIsRefusedOnTheDriverBeforeAnyTask() throws Exception {
        // the probe parts leave the estimators out: without the driver's check these surfaced in the sums phase, after the probe
        String tooFewShuffles = RUN.replace("{\"id\": \"awc\", \"shuffles\": 19, \"alpha\": 0.1}", "{\"id\": \"awc\", \"shuffles\": 9}");
        String missing = RUN.replace("{\"id\": \"awa\", \"shuffles\": 19}", "{\"id\": \"awz\"}");
        assertThat(tooFewShuffles).isNotEqualTo(RUN);
        assertThat(missing).isNotEqualTo(RUN);
        Map<String, String> cases = Map.of(
                "shuffles", "awc: parameters 'shuffles' (9) and 'alpha' (0.05) cannot reach level alpha",
                "missing", "no receptive-field estimator 'awz' is installed; present: [awa, awc]");
        for (Map.Entry<String, String> c : cases.entrySet()) {
            Path dir = fresh("refused-" + c.getKey());
            Path config = dir.resolve("rf.json");
            Files.writeString(config, c.getKey().equals("shuffles") ? tooFewShuffles : missing);
            Result r = rf(config, 2, dir.resolve("out"), "local[2,2]");
            assertThat(r.code()).as(r.err()).isEqualTo(1);
            assertThat(r.err()).contains("unitscope-cluster rf: " + config + " does not resolve: " + c.getValue())
                    .contains("no task was started").doesNotContain("Exception");
            assertThat(r.out()).doesNotContain("rf probe");
            assertThat(dir.resolve("out/probed")).as("no probe part written").doesNotExist();
            assertThat(dir.resolve("out/run")).doesNotExist();
        }
    }

    private static Result rf(Path config, int shards, Path out, String master) {
        return ClusterInThisJvm.execute("rf", "--config", config.toString(), "--shards", String.valueOf(shards), "--out", out.toString(),
                "--master", master, "--unitscope", HOME.toString());
    }


    private static Path fresh(String name) throws IOException {
        return ClusterInThisJvm.fresh(WORK.resolve(name));
    }
}
