package org.unitscope.gui.internal.model;

import java.util.Arrays;
import java.util.List;

/**
 * The workbench's perspectives: which views they show and how they are first laid out (before the user rearranges them;
 * a rearranged layout is saved per perspective in the workspace, see {@link Workspace#layoutFile(Perspective)}).
 */
public enum Perspective {
    RUNS("runs", "Runs", false, List.of(new Placement(ViewIds.EDITOR, null, Side.CENTER, 0),
            new Placement(ViewIds.PROGRESS, ViewIds.EDITOR, Side.SOUTH, 0.35), new Placement(ViewIds.PLUGINS, ViewIds.EDITOR, Side.EAST, 0.3))),
    UNITS("units", "Units", false, List.of(new Placement(ViewIds.RESULTS, null, Side.CENTER, 0),
            new Placement(ViewIds.COMPARE, ViewIds.RESULTS, Side.SOUTH, 0.3))),
    /** Results with the receptive-field charts in front, and progress (RF runs are the long ones). */
    RECEPTIVE_FIELDS("receptive-fields", "Receptive fields", true, List.of(new Placement(ViewIds.RESULTS, null, Side.CENTER, 0),
            new Placement(ViewIds.PROGRESS, ViewIds.RESULTS, Side.SOUTH, 0.25)));

    /** Where a view goes when a perspective is first laid out. */
    public enum Side { CENTER, NORTH, SOUTH, EAST, WEST }

    /**
     * One step of a default layout: {@code view} docked on {@code side} of {@code nextTo} (null: the first view, filling
     * the window), taking {@code proportion} of the space.
     */
    public record Placement(String view, String nextTo, Side side, double proportion) {
    }

    private final String id;
    private final String title;
    private final boolean receptiveFieldCharts;
    private final List<Placement> placements;

    Perspective(String id, String title, boolean receptiveFieldCharts, List<Placement> placements) {
        this.id = id;
        this.title = title;
        this.receptiveFieldCharts = receptiveFieldCharts;
        this.placements = placements;
    }

    /** The id used in file names and the session. */
    public String id() {
        return id;
    }

    public String title() {
        return title;
    }

    /** Whether the results view shows its receptive-field charts when the perspective comes to front. */
    public boolean receptiveFieldCharts() {
        return receptiveFieldCharts;
    }

    /** The default layout, the first placement filling the window. */
    public List<Placement> placements() {
        return placements;
    }

    /** The views of the default layout. */
    public List<String> views() {
        return placements.stream().map(Placement::view).toList();
    }

    /** The first view, which others dock next to. */
    public String anchor() {
        return placements.get(0).view();
    }

    /** The perspective with this id, or {@link #RUNS} for an unknown or missing one (an older session). */
    public static Perspective byId(String id) {
        return Arrays.stream(values()).filter(p -> p.id.equals(id)).findFirst().orElse(RUNS);
    }
}
