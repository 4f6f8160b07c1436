package org.unitscope.gui.internal.model;

import java.util.List;

/**
 * What a workspace's session restores: the window's bounds, the view in front (a view id; sessions written before
 * docking stored its tab title), the views open, the run, layer and unit selected in the results browser, the units
 * filter, the run the editor showed last, the perspective in front (its id) and the views plugins contributed (so a
 * placeholder can name the plugin of one that is gone). The layouts themselves are files beside the session
 * ({@link Workspace#layoutFile(Perspective)}). Fields missing from an older file take their defaults.
 */
public record SessionState(int x, int y, int width, int height, String activeView, List<String> openViews,
        String selectedRun, String selectedLayer, int selectedUnit, String filter, String editedRun, String perspective,
        List<ContributedViews.View> contributedViews) {

    private static final List<String> DEFAULT_VIEWS = ViewIds.BUILT_IN;

    public static final SessionState DEFAULT = new SessionState(40, 40, 1280, 820, ViewIds.EDITOR, DEFAULT_VIEWS, null, null, -1, "",
            null, Perspective.RUNS.id(), List.of());

    public SessionState {
        openViews = openViews == null ? DEFAULT_VIEWS : List.copyOf(openViews);
        if (width <= 0 || height <= 0) {
            width = 1280;
            height = 820;
        }
        filter = filter == null ? "" : filter;
        activeView = ViewIds.fromSession(activeView);
        perspective = Perspective.byId(perspective).id();
        contributedViews = contributedViews == null ? List.of() : List.copyOf(contributedViews);
    }

    public SessionState withSelection(String run, String layer, int unit) {
        return new SessionState(x, y, width, height, activeView, openViews, run, layer, unit, filter, editedRun, perspective,
                contributedViews);
    }

    public SessionState withWindow(int nx, int ny, int w, int h, String view) {
        return new SessionState(nx, ny, w, h, view, openViews, selectedRun, selectedLayer, selectedUnit, filter, editedRun,
                perspective, contributedViews);
    }

    public SessionState withFilter(String f) {
        return new SessionState(x, y, width, height, activeView, openViews, selectedRun, selectedLayer, selectedUnit, f, editedRun,
                perspective, contributedViews);
    }

    public SessionState withEditedRun(String run) {
        return new SessionState(x, y, width, height, activeView, openViews, selectedRun, selectedLayer, selectedUnit, filter, run,
                perspective, contributedViews);
    }

    /** The perspective in front, the views open in it and the contributed views seen. */
    public SessionState withDocking(Perspective p, List<String> open, List<ContributedViews.View> contributed) {
        return new SessionState(x, y, width, height, activeView, open, selectedRun, selectedLayer, selectedUnit, filter, editedRun,
                p.id(), contributed);
    }
}
