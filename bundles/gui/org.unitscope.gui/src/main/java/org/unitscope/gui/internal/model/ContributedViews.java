package org.unitscope.gui.internal.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The views plugins contribute: those whose provider service is present now, and every one seen (remembered in the
 * session), so that a layout naming a view whose plugin is gone gets a placeholder that says which plugin it needs.
 */
public final class ContributedViews {

    /** A contributed view: its persistent id, title and the plugin (bundle symbolic name) that provides it. */
    public record View(String id, String title, String plugin) {
    }

    private final Map<String, View> known = new LinkedHashMap<>();
    private final Map<String, View> present = new LinkedHashMap<>();

    public ContributedViews(Collection<View> remembered) {
        remembered.forEach(v -> known.put(v.id(), v));
    }

    /** A provider appeared: its view is present (and remembered). */
    public void added(View view) {
        known.put(view.id(), view);
        present.put(view.id(), view);
    }

    /** A provider went away: its view is remembered, not present. */
    public void removed(String id) {
        present.remove(id);
    }

    public boolean isPresent(String id) {
        return present.containsKey(id);
    }

    /** The views present now, in the order they appeared. */
    public List<View> present() {
        return List.copyOf(present.values());
    }

    /** Every view seen, for the session. */
    public List<View> known() {
        return List.copyOf(known.values());
    }

    /**
     * The views of a layout (id to title) that need a placeholder: neither built in nor present. An unknown one (never
     * seen here) keeps the layout's title and an unknown plugin.
     */
    public List<View> placeholdersFor(Map<String, String> layoutViews) {
        List<View> out = new ArrayList<>();
        layoutViews.forEach((id, title) -> {
            if (!ViewIds.isBuiltIn(id) && !present.containsKey(id)) {
                out.add(known.getOrDefault(id, new View(id, title, null)));
            }
        });
        return out;
    }

    /** What a placeholder says in place of a missing view. */
    public static String placeholderText(View v) {
        String plugin = v.plugin() == null ? "the plugin that provides it" : "the plugin " + v.plugin();
        return "The view '" + v.title() + "' (" + v.id() + ") is missing: " + plugin + " is not installed.\n"
                + "It comes back here when the plugin is installed again (Plugins view: Install from file..., or a jar "
                + "dropped into plugins/).";
    }
}
