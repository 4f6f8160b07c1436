package org.unitscope.engine.internal.folder;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.unitscope.api.UnitscopeException;

/**
 * The one-owner lock of a results folder: an OS lock on {@value #FILE} inside it, holding the owner's process id, host
 * and start. The OS drops the lock when its process dies, however it dies, so a lock that can be taken is never
 * stale; the file itself is never deleted (deleting a lock file races with a process that has just opened it).
 */
final class ResultsFolderLock implements AutoCloseable {
    static final String FILE = ".unitscope.lock";

    private final FileChannel channel;
    private final FileLock lock;

    private ResultsFolderLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Takes the lock of {@code dir} (which must exist) for {@code owner}.
     *
     * @throws UnitscopeException naming the owner when another run holds it
     */
    static ResultsFolderLock take(Path dir, FolderOwner owner, String heartbeat) throws IOException {
        Path file = dir.resolve(FILE);
        FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = ch.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null; // a run of this same process holds it
        }
        if (lock == null) {
            String holder = read(ch);
            ch.close();
            FolderOwner other = FolderOwner.parse(holder);
            throw new UnitscopeException(dir + " is the results folder of a run still going ("
                    + (other == null ? "its owner is not recorded" : other.describe()) + (heartbeat == null ? "" : "; last heartbeat " + heartbeat)
                    + "). Two runs must not write one folder: wait for it to end, stop it, or choose another results folder.");
        }
        ch.truncate(0);
        ch.write(ByteBuffer.wrap(owner.toJson().getBytes(StandardCharsets.UTF_8)), 0);
        ch.force(true);
        return new ResultsFolderLock(ch, lock);
    }

    private static String read(FileChannel ch) throws IOException {
        long size = Math.min(ch.size(), 4096);
        ByteBuffer b = ByteBuffer.allocate((int) size);
        ch.read(b, 0);
        return new String(b.array(), 0, b.position(), StandardCharsets.UTF_8);
    }

    /** The owner named in the lock file of {@code dir}, or null (no file, or empty). */
    static FolderOwner recorded(Path dir) {
        try {
            return FolderOwner.parse(Files.readString(dir.resolve(FILE)));
        } catch (IOException e) {
            return null;
        }
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
        } finally {
            channel.close();
        }
    }
}
