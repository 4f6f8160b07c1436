package org.unitscope.gui.internal.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PerspectiveTest {

    @Test
    void theThreePerspectivesShowTheirViews() {
        assertThat(Perspective.RUNS.views()).containsExactly(ViewIds.EDITOR, ViewIds.PROGRESS, ViewIds.PLUGINS);
        assertThat(Perspective.UNITS.views()).containsExactly(ViewIds.RESULTS, ViewIds.COMPARE);
        assertThat(Perspective.RECEPTIVE_FIELDS.views()).containsExactly(ViewIds.RESULTS, ViewIds.PROGRESS);
        assertThat(Perspective.RECEPTIVE_FIELDS.receptiveFieldCharts()).isTrue();
        assertThat(Perspective.UNITS.receptiveFieldCharts()).isFalse();
        assertThat(Arrays.stream(Perspective.values()).map(Perspective::title)).containsExactly("Runs", "Units", "Receptive fields");
    }

    @Test
    void everyDefaultLayoutDocksNextToAViewAlreadyPlacedAndOnlyBuiltInViews() {
        for (Perspective p : Perspective.values()) {
            List<Perspective.Placement> steps = p.placements();
            assertThat(steps.get(0).nextTo()).as(p + " starts with the view that fills the window").isNull();
            assertThat(p.anchor()).isEqualTo(steps.get(0).view());
            Set<String> placed = new HashSet<>();
            for (Perspective.Placement step : steps) {
                assertThat(ViewIds.isBuiltIn(step.view())).as(step.view()).isTrue();
                if (step.nextTo() != null) {
                    assertThat(placed).as(p + ": " + step.view() + " docks next to a placed view").contains(step.nextTo());
                    assertThat(step.proportion()).isStrictlyBetween(0.0, 1.0);
                }
                assertThat(placed.add(step.view())).as(p + " places " + step.view() + " once").isTrue();
            }
        }
    }

    @Test
    void idsNameFilesAndUnknownIdsFallBackToRuns() {
        assertThat(Perspective.byId("receptive-fields")).isEqualTo(Perspective.RECEPTIVE_FIELDS);
        assertThat(Perspective.byId("units")).isEqualTo(Perspective.UNITS);
        assertThat(Perspective.byId(null)).isEqualTo(Perspective.RUNS);
        assertThat(Perspective.byId("gone")).isEqualTo(Perspective.RUNS);
        assertThat(Arrays.stream(Perspective.values()).map(Perspective::id)).allMatch(id -> id.matches("[a-z-]+"));
    }

    @Test
    void oldTabTitlesBecomeViewIds() {
        assertThat(ViewIds.fromSession("Run editor")).isEqualTo(ViewIds.EDITOR);
        assertThat(ViewIds.fromSession("Compare")).isEqualTo(ViewIds.COMPARE);
        assertThat(ViewIds.fromSession("units.results")).isEqualTo(ViewIds.RESULTS);
        assertThat(ViewIds.fromSession("bars.about")).isEqualTo("bars.about");
        assertThat(ViewIds.fromSession(null)).isNull();
        assertThat(ViewIds.title(ViewIds.PLUGINS)).isEqualTo("Plugins");
    }
}
