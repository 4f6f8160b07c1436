package org.unitscope.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.unitscope.cluster.ClusterInThisJvm.Result;

/**
 * {@code unitscope-cluster rf --resume} on {@code local[2]}: a finished sharded run, one of its shard files deleted or
 * damaged, resumed. Needs runtime/target/unitscope (the reactor builds it first).
 */
class RfResumeOnLocalSparkTest {
    private static final Path HOME = Path.of(System.getProperty("unitscope.home", "../runtime/target/unitscope")).toAbsolutePath().normalize();
    private static final Path WORK = Path.of(System.getProperty("unitscope.cluster.work", "target/rf-tests"));

    /** 512 noise stimuli in blocks of 128, AWA on one layer; no maxMemory, so the resume must reuse the first budget. */
    private static final String RUN = "{\"name\": \"rf resume test\", \"model\": {\"id\": \"synthetic-v1\", \"size\": 31},"
            + " \"layers\": [\"simple\"], \"stimulus\": {\"id\": \"noise\", \"type\": \"gaussian\", \"count\": 512}, \"metrics\": [],"
            + " \"estimators\": [{\"id\": \"awa\", \"shuffles\": 9}], \"receptiveField\": {\"grid\": 8, \"blockSize\": 128},"
            + " \"seed\": 5, \"batchSize\": 64}";

    /** The uninterrupted sharded run every test starts from (a copy of its folder), made once. */
    private static Path first;

    @BeforeAll
    static void uninterruptedRun() throws IOException {
        Path dir = fresh("resume-first");
        Path config = Files.writeString(dir.resolve("rf.json"), RUN);
        first = dir.resolve("out");
        Result r = rf(config, first, false);
        assertThat(r.code()).as(r.err()).isZero();
    }

    @Test
    void aResumeReprobesAndResumsOnlyTheDeletedPartsAndFoldsTheSameRfNpz() throws Exception {
        Path out = copyOfFirst("resume");
        byte[] kept = Files.readAllBytes(RfShardTask.Phase.SUMS.file(out, 0));
        Files.delete(RfShardTask.Phase.SUMS.file(out, 1));
        Files.delete(RfShardTask.Phase.PROBE.file(out, 0));

        Result resumed = rf(out.resolveSibling("rf.json"), out, true);

        assertThat(resumed.code()).as(resumed.err()).isZero();
        assertThat(resumed.out()).containsPattern("rf: --resume: 1 of 2 shard file\\(s\\) kept \\(every section's checksum checked: "
                        + "[0-9.]+ MB in [0-9.]+ s\\), 1 to run: \\[1\\]")
                .contains("rf: --resume: 1 of 2 probe part(s) kept, 1 to probe: [0]")
                .contains("rf probe: 1/1 shards done").contains("rf: 1/1 shards done").contains("rf complete: ");
        assertSameResultsAsTheFirstRun(out);
        assertThat(Files.readAllBytes(RfShardTask.Phase.SUMS.file(out, 0))).as("the kept shard").isEqualTo(kept);
        assertThat(RfShardTask.Phase.SUMS.file(out, 1)).isRegularFile();
        assertThat(RfShardTask.Phase.PROBE.file(out, 0)).isRegularFile();
    }

    /**
     * Shard 1 sums blocks 2 and 3 (512 stimuli in blocks of 128, 2 shards) in one pass: two block sections of equal
     * size after a short header, so three quarters into the file lie in the sums of block 3, the second section.
     */
    @Test
    void aShardFileWithOneFlippedByteInABlockSectionIsNamedRedoneAndFoldedToTheSameRfNpz() throws Exception {
        Path out = copyOfFirst("damaged-section");
        Path damaged = RfShardTask.Phase.SUMS.file(out, 1);
        byte[] intact = Files.readAllBytes(damaged);
        byte[] kept = Files.readAllBytes(RfShardTask.Phase.SUMS.file(out, 0));
        byte[] flipped = intact.clone();
        flipped[flipped.length * 3 / 4] ^= 0x04;
        Files.write(damaged, flipped);
        long t0 = System.nanoTime();
        ShardFileCheck check = ShardFileCheck.of(RfShardTask.Phase.SUMS.file(out, 0));
        System.out.printf("ShardFileCheck of a real shard file: %.2f MB in %.4f s%n", kept.length / 1e6, (System.nanoTime() - t0) / 1e9);
        assertThat(check.intact()).as(check.problem()).isTrue();

        Result resumed = rf(out.resolveSibling("rf.json"), out, true);

        assertThat(resumed.code()).as(resumed.err()).isZero();
        assertThat(resumed.out()).contains("rf: --resume: " + damaged + " is damaged: the checksum of block 3 of pass 0 (block section 2 of 2)"
                        + " does not match: shard 1 runs again")
                .containsPattern("rf: --resume: 1 of 2 shard file\\(s\\) kept \\(every section's checksum checked: [0-9.]+ MB in [0-9.]+ s\\),"
                        + " 1 to run: \\[1\\]")
                .contains("rf: --resume: 2 of 2 probe part(s) kept, 0 to probe").contains("rf: 1/1 shards done").contains("rf complete: ");
        assertSameResultsAsTheFirstRun(out);
        assertThat(Files.readAllBytes(RfShardTask.Phase.SUMS.file(out, 0))).as("the kept shard").isEqualTo(kept);
        assertThat(Files.readAllBytes(damaged)).as("the redone shard, as the uninterrupted run wrote it").isEqualTo(intact);
    }

    private static void assertSameResultsAsTheFirstRun(Path out) throws IOException {
        for (String f : List.of("rf.npz", "units.csv")) {
            assertThat(Files.readAllBytes(out.resolve("run").resolve(f))).as(f).isEqualTo(Files.readAllBytes(first.resolve("run").resolve(f)));
        }
    }

    /** A copy of the first run's folder (and its description beside it) in a fresh folder: its out. */
    private static Path copyOfFirst(String name) throws IOException {
        Path dir = fresh(name);
        Files.copy(first.resolveSibling("rf.json"), dir.resolve("rf.json"));
        Path out = dir.resolve("out");
        try (Stream<Path> all = Files.walk(first)) {
            for (Path p : all.toList()) {
                Path to = out.resolve(first.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(p, to, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
        return out;
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
