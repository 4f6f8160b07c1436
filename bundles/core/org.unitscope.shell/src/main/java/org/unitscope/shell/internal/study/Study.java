package org.unitscope.shell.internal.study;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.unitscope.api.UnitscopeException;

/**
 * A study: run descriptions run one after the other into sub-folders of one results folder ({@code conf/study/*.json}).
 * Each part names its run description (a path relative to the study file) and its role, which says which of the
 * {@code reproduce} options apply to it ({@link StudyOptions}).
 */
public record Study(String name, List<Part> parts) {

    /** What a part measures: the natural-image option replaces only the stimulus of the category part. */
    public enum Role { TUNING, CATEGORIES, RECEPTIVE_FIELDS }

    /** One run of the study, into the sub-folder {@code name}. */
    public record Part(String name, Role role, Path run) {
        public Part {
            if (name == null || !name.matches("[a-z0-9][a-z0-9-]*")) {
                throw new IllegalArgumentException("a study part needs a name of lower-case letters, digits and '-', not " + name);
            }
        }
    }

    public Study {
        parts = List.copyOf(parts);
        if (parts.isEmpty() || parts.stream().map(Part::name).distinct().count() != parts.size()) {
            throw new IllegalArgumentException("a study needs at least one part and distinct part names: " + parts);
        }
    }

    /**
     * Reads a study file.
     *
     * @throws UnitscopeException naming the file and what is wrong in it
     */
    public static Study read(Path file) {
        try {
            JsonObject o = JsonParser.parseString(Files.readString(file)).getAsJsonObject();
            List<Part> parts = new ArrayList<>();
            for (JsonElement e : o.getAsJsonArray("parts")) {
                parts.add(part(e.getAsJsonObject(), file));
            }
            return new Study(o.get("name").getAsString(), parts);
        } catch (IOException e) {
            throw new UnitscopeException("cannot read the study " + file + ": " + e.getMessage(), e);
        } catch (JsonParseException | IllegalStateException | NullPointerException | UnsupportedOperationException e) {
            throw new UnitscopeException("study " + file + ": expected {\"name\": ..., \"parts\": [{\"name\", \"role\", \"run\"}, ...]}"
                    + " (" + e.getMessage() + ")", e);
        } catch (IllegalArgumentException e) {
            throw new UnitscopeException("study " + file + ": " + e.getMessage(), e);
        }
    }

    private static Part part(JsonObject o, Path file) {
        String role = o.get("role").getAsString();
        try {
            return new Part(o.get("name").getAsString(), Role.valueOf(role.toUpperCase(Locale.ROOT).replace('-', '_')),
                    file.toAbsolutePath().getParent().resolve(o.get("run").getAsString()).normalize());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(e.getMessage().startsWith("a study") ? e.getMessage()
                    : "role '" + role + "' is not one of tuning, categories, receptive-fields", e);
        }
    }
}
