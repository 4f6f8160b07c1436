package org.unitscope.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.unitscope.cluster.ClusterInThisJvm.Result;

/**
 * The matrix-free AWC of a sharded run on {@code local[2]}: the fold's passes run on Spark over patch shards that the
 * executors regenerate from the description ({@code rf-patches}), and rf.npz and units.csv equal {@code bin/unitscope
 * run} of the same description byte for byte with 1, 2 and 3 shards. Needs runtime/target/unitscope.
 */
class RfMatrixFreeOnLocalSparkTest {
    private static final Path HOME = Path.of(System.getProperty("unitscope.home", "../runtime/target/unitscope")).toAbsolutePath().normalize();
    private static final List<String> LAYERS = List.of("simple", "complex");
    private static final Path WORK = Path.of(System.getProperty("unitscope.cluster.work", "target/rf-tests"));

    /**
     * d = 8 x 8 = 64 >= matrixFreeFrom 16: awc takes the matrix-free path on both layers; 256 stimuli in 4 blocks of 64
     * rows.
     */
    private static final String RUN = "{\"name\": \"matrix-free sharded test\", \"model\": {\"id\": \"synthetic-v1\", \"size\": 31},"
            + " \"layers\": [\"simple\", \"complex\"], \"readout\": \"centre\","
            + " \"stimulus\": {\"id\": \"noise\", \"type\": \"gaussian\", \"count\": 256}, \"metrics\": [],"
            + " \"estimators\": [{\"id\": \"awa\", \"shuffles\": 19},"
            + " {\"id\": \"awc\", \"shuffles\": 19, \"alpha\": 0.1, \"matrixFreeFrom\": 16, \"passBlock\": 64}],"
            + " \"receptiveField\": {\"grid\": 8, \"maxMemory\": \"64m\", \"blockSize\": 64}, \"seed\": 1, \"batchSize\": 32}";

    @Test
    void theMatrixFreeAwcOfAShardedRunEqualsTheSingleJvmRunBitForBitWithOneTwoAndThreeShards() throws Exception {
        Path dir = fresh("matrix-free");
        Path config = dir.resolve("rf.json");
        Files.writeString(config, RUN);
        Path alone = dir.resolve("alone");
        assertThat(UnitscopeRun.run(HOME, config, alone)).isZero();
        assertThat(Files.readString(dir.resolve("alone.log"))).as("the single run takes the matrix-free path").contains("rf awc simple: ")
                .contains("rf awc complex: ");
        for (int shards : new int[] {1, 2, 3}) {
            Path out = dir.resolve("shards-" + shards);
            long t0 = System.nanoTime();
            Result r = rf(config, shards, out);
            System.out.printf("matrix-free rf in %d shard(s) on local[2]: %.1f s%n", shards, (System.nanoTime() - t0) / 1e9);
            assertThat(r.code()).as(r.err()).isZero();
            for (String file : new String[] {"rf.npz", "units.csv"}) {
                assertThat(Files.readAllBytes(out.resolve("run").resolve(file))).as(shards + " shards: " + file)
                        .isEqualTo(Files.readAllBytes(alone.resolve(file)));
            }
            JsonObject m = JsonParser.parseString(Files.readString(out.resolve("rf-cluster.json"))).getAsJsonObject();
            assertThat(m.get("matrix_free_passes").getAsLong()).as("passes run on the executors").isPositive();
            for (String layer : LAYERS) {
                PatchesLog.assertEachShardRegeneratedOnce(out, shards, layer, 256);
            }
            assertThat(Files.readString(out.resolve("logs/fold.log"))).as("the fold's matrix-free estimate").contains("rf awc simple: ")
                    .contains("rf awc complex: ");
        }
    }

    private static Result rf(Path config, int shards, Path out) {
        return ClusterInThisJvm.execute("rf", "--config", config.toString(), "--shards", String.valueOf(shards), "--out", out.toString(),
                "--master", "local[2]", "--unitscope", HOME.toString());
    }

    private static Path fresh(String name) throws IOException {
        return ClusterInThisJvm.fresh(WORK.resolve(name));
    }
}
