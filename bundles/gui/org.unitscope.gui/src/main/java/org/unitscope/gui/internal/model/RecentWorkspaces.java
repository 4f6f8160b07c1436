package org.unitscope.gui.internal.model;

import com.google.gson.Gson;
import com.google.gson.JsonParseException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.unitscope.math.io.AtomicFiles;

/**
 * The workspaces opened last, most recent first (at most {@link #MAX}), kept in a small JSON file of the user's
 * ({@code ~/.unitscope/recent-workspaces.json}), written like the session: temporary file, then an atomic rename.
 */
public final class RecentWorkspaces {
    public static final int MAX = 8;
    private static final Gson GSON = new Gson();
    private final Path file;

    public RecentWorkspaces(Path file) {
        this.file = file;
    }

    /** The list, or an empty one when there is no file or it cannot be read. */
    public List<Path> list() {
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        try {
            String[] paths = GSON.fromJson(Files.readString(file), String[].class);
            return paths == null ? List.of() : Arrays.stream(paths).map(Path::of).toList();
        } catch (IOException | JsonParseException e) {
            return List.of();
        }
    }

    /** Puts {@code workspace} first and saves the list; failures to save are reported to the caller. */
    public List<Path> opened(Path workspace) throws IOException {
        Path w = workspace.toAbsolutePath().normalize();
        List<Path> out = new ArrayList<>();
        out.add(w);
        list().stream().filter(p -> !p.equals(w)).limit(MAX - 1).forEach(out::add);
        AtomicFiles.writeString(file, GSON.toJson(out.stream().map(Path::toString).toArray(String[]::new)));
        return out;
    }
}
