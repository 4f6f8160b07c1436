package org.unitscope.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * A sharded run splits the matrix-free AWC's passes by blocks of patch rows: a description whose awc takes the
 * matrix-free path without 'passBlock' is refused, naming the estimator, the layer and the parameter, before any sums.
 */
class RfMatrixFreeNeedsPassBlockTest {
    private static final Path HOME = Path.of(System.getProperty("unitscope.home", "../runtime/target/unitscope")).toAbsolutePath().normalize();
    private static final Path WORK = Path.of(System.getProperty("unitscope.cluster.work", "target/rf-tests"));

    @Test
    void aShardedRunWhoseMatrixFreeAwcHasNoPassBlockIsRefusedNamingPassBlock() throws Exception {
        Path dir = WORK.resolve("matrix-free-no-pass-block").toAbsolutePath();
        Files.createDirectories(dir);
        Path config = dir.resolve("rf.json");
        // d = 8 x 8 = 64 >= matrixFreeFrom 16: the matrix-free path; no passBlock
        Files.writeString(config, "{\"name\": \"matrix-free test\", \"model\": {\"id\": \"synthetic-v1\", \"size\": 31},"
                + " \"layers\": [\"simple\"], \"stimulus\": {\"id\": \"noise\", \"type\": \"gaussian\", \"count\": 128}, \"metrics\": [],"
                + " \"estimators\": [{\"id\": \"awc\", \"shuffles\": 19, \"alpha\": 0.1, \"matrixFreeFrom\": 16}],"
                + " \"receptiveField\": {\"grid\": 8, \"maxMemory\": \"64m\", \"blockSize\": 64}, \"seed\": 1, \"batchSize\": 32}");
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        Path out = dir.resolve("out-" + System.nanoTime());
        int code = SurveyCommand.execute(new String[] {"rf", "--config", config.toString(), "--shards", "1", "--out",
            out.toString(), "--master", "local[1]", "--unitscope", HOME.toString()},
                new PrintStream(o, true, StandardCharsets.UTF_8), new PrintStream(e, true, StandardCharsets.UTF_8));
        String err = e.toString(StandardCharsets.UTF_8);
        System.out.print(o.toString(StandardCharsets.UTF_8) + err);

        assertThat(code).isEqualTo(1);
        assertThat(err).contains("'awc' on layer simple takes the matrix-free path (d = 64)")
                .contains("give the estimator's 'passBlock'");
        assertThat(out.resolve("run")).doesNotExist();
    }
}
