package org.unitscope.math.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void writesTheContentAndLeavesNoTemporaryFile(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("units.csv");
        AtomicFiles.write(target, out -> {
            out.write("a,b\n".getBytes(StandardCharsets.US_ASCII));
            out.write(new byte[] {'1', ',', '2', '\n'});
        });
        assertThat(Files.readString(target)).isEqualTo("a,b\n1,2\n");
        assertThat(names(dir)).containsExactly("units.csv");
    }

    @Test
    void replacesAnExistingFile(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("summary.txt");
        Files.writeString(target, "old content that is longer than the new one");
        AtomicFiles.writeString(target, "new ü");
        assertThat(Files.readString(target, StandardCharsets.UTF_8)).isEqualTo("new ü");
        assertThat(names(dir)).containsExactly("summary.txt");
    }

    @Test
    void largeContentIsWrittenWhole(@TempDir Path dir) throws IOException {
        byte[] big = new byte[(1 << 16) * 3 + 17];
        for (int i = 0; i < big.length; i++) {
            big[i] = (byte) (i * 31 + 7);
        }
        Path target = dir.resolve("responses.npz");
        AtomicFiles.write(target, out -> {
            for (byte b : big) {
                out.write(b);
            }
        });
        assertThat(Files.readAllBytes(target)).isEqualTo(big);
    }

    @Test
    void createsMissingFolders(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("runs/2024/r1/units.csv");
        AtomicFiles.writeString(target, "x");
        assertThat(Files.readString(target)).isEqualTo("x");
        assertThat(names(target.getParent())).containsExactly("units.csv");
    }

    @Test
    void failingContentKeepsTheOldFileAndLeavesNoTemporaryFile(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("curves.npz");
        Files.writeString(target, "previous");
        IOException boom = new IOException("disk on fire");
        assertThatThrownBy(() -> AtomicFiles.write(target, out -> {
            out.write(new byte[100_000]); // more than the buffer: some bytes reach the temporary file
            throw boom;
        })).hasCause(boom).hasMessage("cannot write " + target + ": disk on fire");
        assertThat(Files.readString(target)).isEqualTo("previous");
        assertThat(names(dir)).containsExactly("curves.npz");
    }

    @Test
    void failingContentWithoutAnOldFileCreatesNothing(@TempDir Path dir) {
        Path target = dir.resolve("units.csv");
        assertThatThrownBy(() -> AtomicFiles.write(target, out -> {
            out.write(1);
            throw new IOException("nope");
        })).isInstanceOf(IOException.class).hasMessage("cannot write " + target + ": nope");
        assertThat(target).doesNotExist();
        assertThat(dir.toFile().list()).isEmpty();
    }

    @Test
    void runtimeFailureAlsoCleansUp(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("a.txt");
        Files.writeString(target, "keep");
        assertThatThrownBy(() -> AtomicFiles.write(target, out -> {
            throw new IllegalStateException("bug");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(Files.readString(target)).isEqualTo("keep");
        assertThat(names(dir)).containsExactly("a.txt");
    }
}
