package org.unitscope.stage.rf.internal;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.CheckedOutputStream;
import org.unitscope.api.rf.RfAccumulator;

/**
 * A shard's block sums in one file ({@link ShardFile} says the layout), written beside the target as {@code .part} and
 * moved into place only when every pass is in: a shard that dies leaves no file the fold could take for complete.
 */
final class ShardFileWriter implements Closeable {
    private final Path target;
    private final Path part;
    private final FileChannel channel;
    private final CheckedOutputStream checked;
    private final DataOutputStream out;
    private int sections;
    private boolean committed;

    ShardFileWriter(Path target, String key, int fromBlock, int toBlock) throws IOException {
        this.target = target.toAbsolutePath();
        if (this.target.getParent() != null) {
            Files.createDirectories(this.target.getParent());
        }
        this.part = this.target.resolveSibling(this.target.getFileName() + ".part");
        this.channel = FileChannel.open(part, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE);
        this.checked = new CheckedOutputStream(new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16), new CRC32());
        this.out = new DataOutputStream(checked);
        out.writeLong(ShardFile.MAGIC);
        byte[] k = key.getBytes(StandardCharsets.UTF_8);
        out.writeInt(k.length);
        out.write(k);
        out.writeInt(fromBlock);
        out.writeInt(toBlock);
        endSection();
    }

    /** The sums of block {@code block} of pass {@code pass}, one accumulator per item of the pass. */
    void write(int pass, int block, List<RfAccumulator> accumulators) throws IOException {
        out.writeInt(pass);
        out.writeInt(block);
        out.writeInt(accumulators.size());
        endSection(); // the section's header has a checksum of its own: damage there is not taken for another plan
        for (RfAccumulator a : accumulators) {
            ShardFile.shardable(a).write(out);
        }
        endSection();
        sections++;
    }

    /** The end mark, then the file is flushed to disk and moved into place. */
    void commit() throws IOException {
        out.writeLong(ShardFile.END);
        out.writeInt(sections);
        endSection();
        out.flush();
        channel.force(true);
        out.close();
        Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        committed = true;
    }

    /** Each section ends with the CRC-32 of its bytes. */
    private void endSection() throws IOException {
        long crc = checked.getChecksum().getValue();
        out.writeLong(crc);
        checked.getChecksum().reset();
    }

    /** Without a commit (stopped, failed) the partial file is removed. */
    @Override
    public void close() throws IOException {
        if (!committed) {
            out.close();
            Files.deleteIfExists(part);
        }
    }
}
