package org.unitscope.engine.internal.probe;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.CheckedOutputStream;

/**
 * A probe part's activations in one file ({@link ProbePartFile} says the layout), written batch by batch beside the
 * target as {@code .part} and moved into place only when the whole range is in: a probe that dies leaves no file a
 * later run could take for complete.
 */
public final class ProbePartWriter implements Closeable {
    private final Path target;
    private final Path part;
    private final FileChannel channel;
    private final CheckedOutputStream checked;
    private final DataOutputStream out;
    private final ProbePartHeader header;
    private int next;
    private int sections;
    private boolean committed;

    public ProbePartWriter(Path target, ProbePartHeader header) throws IOException {
        this.target = target.toAbsolutePath();
        this.header = header;
        this.next = header.from();
        if (this.target.getParent() != null) {
            Files.createDirectories(this.target.getParent());
        }
        this.part = this.target.resolveSibling(this.target.getFileName() + ".part");
        this.channel = FileChannel.open(part, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE);
        this.checked = new CheckedOutputStream(new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16), new CRC32());
        this.out = new DataOutputStream(checked);
        out.writeLong(ProbePartFile.MAGIC);
        byte[] k = header.key().getBytes(StandardCharsets.UTF_8);
        out.writeInt(k.length);
        out.write(k);
        out.writeInt(header.stimuli());
        out.writeInt(header.from());
        out.writeInt(header.to());
        out.writeInt(header.layers().size());
        for (int l = 0; l < header.layers().size(); l++) {
            out.writeUTF(header.layers().get(l));
            out.writeInt(header.units()[l]);
        }
        endSection();
    }

    /** Rows {@code first .. first + rows - 1}, the next ones of the range: per layer rows x units floats, row-major. */
    public void write(int first, int rows, List<float[]> layers) throws IOException {
        if (first != next || rows <= 0 || first + rows > header.to()) {
            throw new IllegalStateException("probe part " + target + ": rows " + first + ".." + (first + rows - 1)
                    + " do not follow row " + (next - 1) + " within " + header.from() + ".." + (header.to() - 1));
        }
        out.writeInt(first);
        out.writeInt(rows);
        for (int l = 0; l < layers.size(); l++) {
            writeFloats(layers.get(l), rows * header.units()[l]);
        }
        endSection();
        next += rows;
        sections++;
    }

    private void writeFloats(float[] values, int count) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(Math.min(count, 1 << 16) * Float.BYTES);
        for (int i = 0; i < count; i += b.capacity() / Float.BYTES) {
            int n = Math.min(b.capacity() / Float.BYTES, count - i);
            b.clear();
            b.asFloatBuffer().put(values, i, n);
            out.write(b.array(), 0, n * Float.BYTES);
        }
    }

    /** The end section (the range's failed stimuli, the section count), then flushed to disk and moved into place. */
    public void commit(Map<Integer, String> failures) throws IOException {
        if (next != header.to()) {
            throw new IllegalStateException("probe part " + target + " ends at row " + next + ", before " + header.to());
        }
        out.writeLong(ProbePartFile.END);
        Map<Integer, String> own = new java.util.TreeMap<>(failures).subMap(header.from(), header.to());
        out.writeInt(own.size());
        for (Map.Entry<Integer, String> f : own.entrySet()) {
            out.writeInt(f.getKey());
            out.writeUTF(f.getValue());
        }
        out.writeInt(sections);
        endSection();
        out.flush();
        channel.force(true);
        out.close();
        Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        committed = true;
    }

    private void endSection() throws IOException {
        out.writeLong(checked.getChecksum().getValue());
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
