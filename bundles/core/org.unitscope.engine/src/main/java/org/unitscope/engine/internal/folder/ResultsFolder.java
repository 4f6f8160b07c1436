package org.unitscope.engine.internal.folder;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.unitscope.api.UnitscopeException;
import org.unitscope.api.run.ExistingResults;

/**
 * A run's hold on its results folder, from before its first file to after its last: the lock ({@link
 * ResultsFolderLock}), the check of what the folder holds ({@link FolderContents}), where the run writes (the folder,
 * or a generation that replaces it: {@link Generations}), and the clean-up of what killed processes left.
 */
public final class ResultsFolder implements AutoCloseable {
    /** Where a run keeps the work a resumed run need not redo (engine.internal.checkpoint). */
    static final String CHECKPOINTS = ".checkpoint";
    private final Path dir;
    private final Path target;
    private final ResultsFolderLock lock;
    private final FolderOwner owner;

    private ResultsFolder(Path dir, Path target, ResultsFolderLock lock, FolderOwner owner) {
        this.dir = dir;
        this.target = target;
        this.lock = lock;
        this.owner = owner;
    }

    /**
     * Takes {@code dir} for a new run (creating it): an empty folder is written directly; one holding a run is refused or
     * replaced through a generation, as {@code existing} says; one holding other files is refused.
     *
     * @throws UnitscopeException naming the owner, the run that is there, or the files in the way
     */
    public static ResultsFolder forNewRun(Path dir, ExistingResults existing, Consumer<String> messages) throws IOException {
        Files.createDirectories(dir);
        FolderOwner self = FolderOwner.self();
        ResultsFolderLock lock = ResultsFolderLock.take(dir, self, FolderContents.of(dir).heartbeat());
        try {
            tidy(dir, messages);
            FolderContents c = FolderContents.of(dir);
            if (c.empty()) {
                Generations.discardNext(dir);
                return new ResultsFolder(dir, dir, lock, self);
            }
            refuseForeign(dir, c);
            if (existing == ExistingResults.REFUSE) {
                throw new UnitscopeException(dir + " already holds the results of " + c.describeRun() + ". Choose another results "
                        + "folder, or replace them (--overwrite: they stay until the new run completes)"
                        + (c.complete() ? "" : ", or continue that run (--resume " + dir + ")") + unfinishedReplacement(dir) + ".");
            }
            Generations.discardNext(dir);
            Path next = Files.createDirectories(dir.resolve(Generations.NEXT));
            messages.accept(dir + " holds the results of " + c.describeRun() + ": they stay until this run completes, which writes to "
                    + next + " and then replaces them");
            return new ResultsFolder(dir, next, lock, self);
        } catch (IOException | RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    /**
     * Takes {@code dir} to continue the run it holds (or the replacing generation in it, when one is unfinished).
     *
     * @throws UnitscopeException when there is no run there, or it is complete, or another process holds it
     */
    public static ResultsFolder forResume(Path dir, Consumer<String> messages) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new UnitscopeException("cannot resume " + dir + ": there is no such folder");
        }
        FolderOwner self = FolderOwner.self();
        ResultsFolderLock lock = ResultsFolderLock.take(dir, self, FolderContents.of(dir).heartbeat());
        try {
            tidy(dir, messages);
            Path next = dir.resolve(Generations.NEXT);
            FolderContents replacing = FolderContents.of(next);
            if (replacing.holdsRun() && !replacing.complete()) {
                return new ResultsFolder(dir, next, lock, self);
            }
            FolderContents c = FolderContents.of(dir);
            if (!c.holdsRun()) {
                throw new UnitscopeException("cannot resume " + dir + ": it holds no unitscope run (no " + FolderContents.MANIFEST + ")");
            }
            if (c.complete()) {
                Generations.deleteTree(dir.resolve(CHECKPOINTS)); // a run killed after its last word left them: nothing needs them
                throw new UnitscopeException("nothing to resume in " + dir + ": it holds a complete " + c.describeRun());
            }
            return new ResultsFolder(dir, dir, lock, self);
        } catch (IOException | RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    private static void tidy(Path dir, Consumer<String> messages) throws IOException {
        Generations.recover(dir);
        int stale = StaleTemporaryFiles.remove(dir);
        if (stale > 0) {
            messages.accept("removed " + stale + " temporary file(s) that a killed run left in " + dir);
        }
    }

    private static void refuseForeign(Path dir, FolderContents c) {
        if (!c.holdsRun()) {
            List<String> some = c.visible().subList(0, Math.min(5, c.visible().size()));
            throw new UnitscopeException(dir + " is not empty and holds no unitscope run (it has " + String.join(", ", some)
                    + (c.visible().size() > some.size() ? ", ..." : "") + "): choose an empty or new folder for the results");
        }
    }

    private static String unfinishedReplacement(Path dir) throws IOException {
        FolderContents next = FolderContents.of(dir.resolve(Generations.NEXT));
        return next.holdsRun() ? "; an unfinished run that was to replace them is in " + dir.resolve(Generations.NEXT)
                + " (--resume " + dir + " continues it)" : "";
    }

    /** The folder the user named. */
    public Path dir() {
        return dir;
    }

    /** Where this run writes: the folder, or the generation that will replace its content. */
    public Path target() {
        return target;
    }

    public FolderOwner owner() {
        return owner;
    }

    public boolean replacing() {
        return !target.equals(dir);
    }

    /**
     * The run has ended: a complete replacing generation is swapped in, a failed one discarded (the old results
     * stay), an incomplete one kept for resume. Returns where the run's files are now.
     */
    public Path ended(boolean complete, boolean failed) throws IOException {
        if (!replacing()) {
            return dir;
        }
        if (complete) {
            Generations.swapIn(dir);
            return dir;
        }
        if (failed) {
            Generations.discardNext(dir);
            return dir;
        }
        return target;
    }

    @Override
    public void close() throws IOException {
        lock.close();
    }
}
