package org.unitscope.engine.internal.folder;

import com.google.gson.Gson;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** The process that owns a results folder: what the lock file holds and the manifest repeats, to name it to others. */
public record FolderOwner(long pid, String host, String started) {

    /** This process, now. */
    public static FolderOwner self() {
        return new FolderOwner(ProcessHandle.current().pid(), hostName(), Instant.now().toString());
    }

    /** Null for an empty or unreadable lock file (a lock taken by a version that wrote nothing, or torn). */
    static FolderOwner parse(String json) {
        try {
            JsonObject o = JsonParser.parseString(json).getAsJsonObject();
            return new FolderOwner(o.get("pid").getAsLong(), o.get("host").getAsString(), o.get("started").getAsString());
        } catch (RuntimeException e) {
            return null;
        }
    }

    public Map<String, Object> tree() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("pid", pid);
        m.put("host", host);
        m.put("started", started);
        return m;
    }

    String toJson() {
        return new Gson().toJson(tree()) + "\n";
    }

    /** "process 1234 on node7, started 2026-..." */
    public String describe() {
        return "process " + pid + " on " + host + ", started " + started;
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "unknown host";
        }
    }
}
