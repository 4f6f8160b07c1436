package org.unitscope.gui.internal.model;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The plugins folder FileInstall watches, as the shell's {@code plugins install FILE.jar} and {@code plugins remove ID}
 * use it: a jar copied in (under a hidden name, then renamed, so FileInstall never reads half a file) is started within
 * seconds; a jar deleted is uninstalled. Every failure is a {@link PluginFolderException} with a message for the user.
 */
public final class PluginFolder {
    private final Path folder;

    public PluginFolder(Path folder) {
        this.folder = folder.toAbsolutePath().normalize();
    }

    /** A problem the user can act on: the message says what and why, without a stack trace. */
    public static final class PluginFolderException extends IOException {
        private static final long serialVersionUID = 1L;

        PluginFolderException(String message) {
            super(message);
        }
    }

    public Path folder() {
        return folder;
    }

    /** Copies a bundle jar into the folder; returns where it went. */
    public Path install(Path jar) throws PluginFolderException {
        if (!Files.isRegularFile(jar)) {
            throw new PluginFolderException("cannot install " + jar + ": no such file");
        }
        String bsn = symbolicName(jar);
        if (bsn == null) {
            throw new PluginFolderException("cannot install " + jar.getFileName() + ": not an OSGi bundle (a jar with a "
                    + "Bundle-SymbolicName in its manifest)");
        }
        Path dest = folder.resolve(jar.getFileName());
        try {
            Files.createDirectories(folder);
            Path tmp = folder.resolve("." + jar.getFileName() + ".part");
            Files.copy(jar, tmp, StandardCopyOption.REPLACE_EXISTING);
            move(tmp, dest);
        } catch (IOException e) {
            throw new PluginFolderException("cannot copy " + jar.getFileName() + " into " + folder + ": " + e.getMessage());
        }
        return dest;
    }

    /** Deletes the plugin jar whose file name or Bundle-SymbolicName is {@code id}; returns the file deleted. */
    public Path remove(String id) throws PluginFolderException {
        Path jar = find(id).orElseThrow(() -> new PluginFolderException("'" + id + "' is not a plugin: no jar of that name or "
                + "bundle in " + folder + " (bundles of the workbench itself cannot be removed)"));
        try {
            Files.delete(jar);
        } catch (IOException e) {
            throw new PluginFolderException("cannot delete " + jar + ": " + e.getMessage());
        }
        return jar;
    }

    public Optional<Path> find(String id) throws PluginFolderException {
        if (!Files.isDirectory(folder)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.toString().endsWith(".jar"))
                    .filter(p -> p.getFileName().toString().equals(id) || id.equals(symbolicName(p))).findFirst();
        } catch (IOException e) {
            throw new PluginFolderException("cannot read " + folder + ": " + e.getMessage());
        }
    }

    private static void move(Path tmp, Path dest) throws IOException {
        try {
            Files.move(tmp, dest, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, dest, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    static String symbolicName(Path jar) {
        try (JarFile f = new JarFile(jar.toFile())) {
            String bsn = f.getManifest() == null ? null : f.getManifest().getMainAttributes().getValue("Bundle-SymbolicName");
            return bsn == null ? null : bsn.split(";")[0].trim();
        } catch (IOException e) {
            return null;
        }
    }
}
