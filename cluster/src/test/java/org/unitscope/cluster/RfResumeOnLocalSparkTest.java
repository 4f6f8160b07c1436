package org.unitscope.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.unitscope.cluster.ClusterInThisJvm.Result;

/**
 * {@code unitscope-cluster rf --resume} on {@code local[2]}: a finished sharded run, one of its shard files deleted,
 * resumed. Needs runtime/target/unitscope (the reactor builds it first).
 */
class RfResumeOnLocalSparkTest {
    private static final Path HOME = Path.of(System.getProperty("unitscope.home", "../runtime/target/unitscope")).toAbsolutePath().normalize();
    private static final Path WORK = Path.of(System.getProperty("unitscope.cluster.work", "target/rf-tests"));

    /** 512 noise stimuli in blocks of 128, AWA on one layer; no maxMemory, so the resume must reuse the first budget. */
    private static final String RUN = "{\"name\": \"rf resume test\", \"model\": {\"id\": \"synthetic-v1\", \"size\": 31},"
            + " \"layers\": [\"simple\"], \"stimulus\": {\"id\": \"noise\", \"type\": \"gaussian\", \"count\": 512}, \"metrics\": [],"
            + " \"estimators\": [{\"id\": \"awa\", \"shuffles\": 9}], \"receptiveField\": {\"grid\": 8, \"blockSize\": 128},"
            + " \"seed\": 5, \"batchSize\": 64}";

    @Test
    void aResumeReprobesAndResumsOnlyTheDeletedPartsAndFoldsTheSameRfNpz() throws Exception {
        Path dir = fresh("resume");
        Path config = dir.resolve("rf.json");
        Files.writeString(config, RUN);
        Path out = dir.resolve("out");
        Result first = rf(config, out, false);
        assertThat(first.code()).as(first.err()).isZero();
        byte[] rf = Files.readAllBytes(out.resolve("run/rf.npz"));
        byte[] units = Files.readAllBytes(out.resolve("run/units.csv"));
        byte[] kept = Files.readAllBytes(RfShardTask.Phase.SUMS.file(out, 0));
        Files.delete(RfShardTask.Phase.SUMS.file(out, 1));
        Files.delete(RfShardTask.Phase.PROBE.file(out, 0));

        Result resumed = rf(config, out, true);

        assertThat(resumed.code()).as(resumed.err()).isZero();
        assertThat(resumed.out()).contains("rf: --resume: 1 of 2 shard file(s) kept (header, key and end mark checked), 1 to run: [1]")
                .contains("rf: --resume: 1 of 2 probe part(s) kept, 1 to probe: [0]")
                .contains("rf probe: 1/1 shards done").contains("rf: 1/1 shards done").contains("rf complete: ");
        assertThat(Files.readAllBytes(out.resolve("run/rf.npz"))).isEqualTo(rf);
        assertThat(Files.readAllBytes(out.resolve("run/units.csv"))).isEqualTo(units);
        assertThat(Files.readAllBytes(RfShardTask.Phase.SUMS.file(out, 0))).as("the kept shard").isEqualTo(kept);
        assertThat(RfShardTask.Phase.SUMS.file(out, 1)).isRegularFile();
        assertThat(RfShardTask.Phase.PROBE.file(out, 0)).isRegularFile();
    }

    private static Result rf(Path config, Path out, boolean resume) {
        List<String> args = new ArrayList<>(List.of("rf", "--config", config.toString(), "--shards", "2", "--out", out.toString(),
                "--master", "local[2]", "--unitscope", HOME.toString()));
        if (resume) {
            args.add("--resume");
        }
        return ClusterInThisJvm.execute(args.toArray(String[]::new));
    }

    private static Path fresh(String name) throws IOException {
        return ClusterInThisJvm.fresh(WORK.resolve(name));
    }
}
