package org.unitscope.gui.internal.model;

import java.util.List;
import java.util.Map;

/**
 * The persistent ids of the built-in views (saved layouts name views by these), their titles, and the tab titles older
 * session files stored as the view in front.
 */
public final class ViewIds {
    public static final String EDITOR = "runs.editor";
    public static final String PROGRESS = "runs.progress";
    public static final String RESULTS = "units.results";
    public static final String COMPARE = "units.compare";
    public static final String PLUGINS = "plugins";

    /** The built-in views in menu order. */
    public static final List<String> BUILT_IN = List.of(EDITOR, PROGRESS, RESULTS, COMPARE, PLUGINS);

    private static final Map<String, String> TITLES = Map.of(EDITOR, "Run editor", PROGRESS, "Progress", RESULTS, "Results",
            COMPARE, "Compare", PLUGINS, "Plugins");

    private ViewIds() {
    }

    public static boolean isBuiltIn(String id) {
        return TITLES.containsKey(id);
    }

    /** The title of a built-in view (its tab text). */
    public static String title(String id) {
        String t = TITLES.get(id);
        if (t == null) {
            throw new IllegalArgumentException("not a built-in view: " + id);
        }
        return t;
    }

    /** A view id from a session's "view in front": an id as now, or a tab title as sessions stored it before docking. */
    public static String fromSession(String stored) {
        if (stored == null) {
            return null;
        }
        return TITLES.entrySet().stream().filter(e -> e.getValue().equals(stored)).map(Map.Entry::getKey).findFirst().orElse(stored);
    }
}
