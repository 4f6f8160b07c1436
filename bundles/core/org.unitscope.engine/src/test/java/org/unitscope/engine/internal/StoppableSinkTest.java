package org.unitscope.engine.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unitscope.api.stage.ResultSink;
import org.unitscope.math.io.AtomicFiles;

class StoppableSinkTest {
    @TempDir
    Path dir;

    private final AtomicBoolean stop = new AtomicBoolean();
    /** The folder as the run writes it: each file through a temporary sibling, renamed when whole. */
    private final ResultSink folder = (name, content) -> AtomicFiles.write(dir.resolve(name), content::writeTo);

    @Test
    void withoutAStopEveryByteIsWritten() throws IOException {
        StoppableSink sink = new StoppableSink(folder, stop::get);
        byte[] data = new byte[300_000];
        for (int i = 0; i < data.length; i++) {
            data[i] = (byte) (i * 31);
        }
        sink.write("a.bin", out -> {
            out.write(data, 0, 1000);
            out.write(data[1000]);
            out.write(data, 1001, data.length - 1001);
        });
        assertThat(Files.readAllBytes(dir.resolve("a.bin"))).isEqualTo(data);
        assertThat(sink.stoppedAt()).isNull();
    }

    @Test
    void aStopWhileAFileIsWrittenGivesItUpLeavingNeitherItNorATemporaryFileAndKeepsTheFilesBefore() throws IOException {
        StoppableSink sink = new StoppableSink(folder, stop::get);
        sink.writeString("units.csv", "layer,channel\n");
        assertThatThrownBy(() -> sink.write("responses.npz", out -> {
            for (int chunk = 0; chunk < 100; chunk++) {
                out.write(new byte[4096]);
                if (chunk == 3) {
                    stop.set(true); // a signal arrives while the file is being written
                }
            }
        })).isInstanceOf(IOException.class).hasRootCauseInstanceOf(InterruptedIOException.class)
                .hasMessageContaining("responses.npz");

        assertThat(sink.stoppedAt()).isEqualTo("responses.npz");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()).toList()).containsExactly("units.csv");
        }
        assertThat(Files.readString(dir.resolve("units.csv"))).isEqualTo("layer,channel\n");
    }

    @Test
    void afterAStopNoFurtherFileIsStarted() {
        stop.set(true);
        StoppableSink sink = new StoppableSink(folder, stop::get);
        assertThatThrownBy(() -> sink.writeString("summary.json", "{}")).isInstanceOf(InterruptedIOException.class)
                .hasMessage("stopped while writing summary.json: not written");
        assertThat(dir.resolve("summary.json")).doesNotExist();
    }
}
