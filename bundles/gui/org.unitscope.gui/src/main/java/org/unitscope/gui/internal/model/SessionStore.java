package org.unitscope.gui.internal.model;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonParseException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.unitscope.math.io.AtomicFiles;

/** Reads and writes a workspace's session file; a write goes to a temporary sibling and is renamed over the file. */
public final class SessionStore {
    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().serializeNulls().create();
    private final Path file;

    public SessionStore(Path file) {
        this.file = file;
    }

    /** The stored session, or the default one when there is none or it cannot be read. */
    public SessionState load() {
        if (!Files.isRegularFile(file)) {
            return SessionState.DEFAULT;
        }
        try {
            SessionState s = GSON.fromJson(Files.readString(file), SessionState.class);
            return s == null ? SessionState.DEFAULT : s;
        } catch (IOException | JsonParseException e) {
            return SessionState.DEFAULT;
        }
    }

    public void save(SessionState state) throws IOException {
        AtomicFiles.writeString(file, GSON.toJson(state));
    }
}
