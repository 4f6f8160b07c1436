package org.unitscope.stage.rf.internal;

import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.unitscope.api.UnitscopeException;
import org.unitscope.api.rf.RfAccumulator;

/**
 * The shard files of a folder, checked to cover blocks 0 .. blocks - 1 once each and to describe this run's work (the
 * same key), read in block order: pass by pass, each file's sections of that pass.
 */
final class ShardFolder implements Closeable {
    private final List<ShardFile> files;

    private ShardFolder(List<ShardFile> files) {
        this.files = files;
    }

    static ShardFolder open(Path folder, String key, int blocks) throws IOException {
        if (!Files.isDirectory(folder)) {
            throw new UnitscopeException("no folder of shard files: " + folder);
        }
        List<Path> paths;
        try (Stream<Path> s = Files.list(folder)) {
            paths = s.filter(p -> p.getFileName().toString().endsWith(ShardFile.SUFFIX)).sorted().toList();
        }
        List<ShardFile> files = new ArrayList<>();
        try {
            for (Path p : paths) {
                ShardFile f = ShardFile.open(p);
                files.add(f);
                if (!f.key().equals(key)) {
                    throw new UnitscopeException(p + " holds the sums of other work than this run's:\n  file: " + f.key()
                            + "\n  run:  " + key);
                }
            }
            files.sort(Comparator.comparingInt(ShardFile::fromBlock));
            checkCover(folder, files, blocks);
        } catch (IOException | RuntimeException e) {
            for (ShardFile f : files) {
                f.close();
            }
            throw e;
        }
        return new ShardFolder(files);
    }

    /** Every block once, in contiguous ranges. */
    private static void checkCover(Path folder, List<ShardFile> files, int blocks) {
        int next = 0;
        for (ShardFile f : files) {
            if (f.fromBlock() != next) {
                throw new UnitscopeException(String.format(java.util.Locale.ROOT, "the shard files in %s do not cover blocks"
                        + " 0..%d once each: %s starts at block %d, expected %d", folder, blocks - 1, f.path().getFileName(),
                        f.fromBlock(), next));
            }
            next = f.toBlock();
        }
        if (next != blocks) {
            throw new UnitscopeException(String.format(java.util.Locale.ROOT, "the shard files in %s cover blocks 0..%d of the"
                    + " run's %d block(s)", folder, next - 1, blocks));
        }
    }

    /** Adds every block of pass {@code pass} to the totals in block order; {@code done} hears each block's end. */
    void fold(int pass, List<RfAccumulator> totals, java.util.function.IntConsumer done) throws IOException {
        for (ShardFile f : files) {
            for (int b = f.fromBlock(); b < f.toBlock(); b++) {
                try {
                    f.foldNext(pass, b, totals);
                } catch (EOFException e) {
                    throw new UnitscopeException(f.path() + " is truncated: it ends before block " + b + " of pass " + pass, e);
                }
                done.accept(b);
            }
        }
    }

    /** After the last pass: every file read to its end mark. */
    void checkEnds() throws IOException {
        for (ShardFile f : files) {
            try {
                f.checkEnd();
            } catch (EOFException e) {
                throw new UnitscopeException(f.path() + " is truncated: it ends before its end mark", e);
            }
        }
    }

    @Override
    public void close() throws IOException {
        for (ShardFile f : files) {
            f.close();
        }
    }
}
