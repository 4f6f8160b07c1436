package org.unitscope.gui.internal.model;

import java.util.List;

/**
 * What a workspace's session restores: the window's bounds, the view in front, the views open, the run, layer and unit
 * selected in the results browser, the units filter, and the run the editor showed last.
 */
public record SessionState(int x, int y, int width, int height, String activeView, List<String> openViews,
        String selectedRun, String selectedLayer, int selectedUnit, String filter, String editedRun) {

    public static final SessionState DEFAULT = new SessionState(40, 40, 1280, 820, "Run editor",
            List.of("Run editor", "Progress", "Results", "Compare", "Plugins"), null, null, -1, "", null);

    public SessionState {
        openViews = openViews == null ? DEFAULT_VIEWS : List.copyOf(openViews);
        if (width <= 0 || height <= 0) {
            width = 1280;
            height = 820;
        }
        filter = filter == null ? "" : filter;
    }

    private static final List<String> DEFAULT_VIEWS = List.of("Run editor", "Progress", "Results", "Compare", "Plugins");

    public SessionState withSelection(String run, String layer, int unit) {
        return new SessionState(x, y, width, height, activeView, openViews, run, layer, unit, filter, editedRun);
    }

    public SessionState withWindow(int nx, int ny, int w, int h, String view) {
        return new SessionState(nx, ny, w, h, view, openViews, selectedRun, selectedLayer, selectedUnit, filter, editedRun);
    }

    public SessionState withFilter(String f) {
        return new SessionState(x, y, width, height, activeView, openViews, selectedRun, selectedLayer, selectedUnit, f, editedRun);
    }

    public SessionState withEditedRun(String run) {
        return new SessionState(x, y, width, height, activeView, openViews, selectedRun, selectedLayer, selectedUnit, filter, run);
    }
}
