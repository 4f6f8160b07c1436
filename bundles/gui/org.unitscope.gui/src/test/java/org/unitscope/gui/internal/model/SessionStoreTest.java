package org.unitscope.gui.internal.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SessionStoreTest {
    @TempDir
    Path tmp;

    @Test
    void aSessionSurvivesTheRoundTripAndLeavesNoTemporaryFile() throws Exception {
        Workspace w = Workspace.open(tmp.resolve("ws"));
        SessionStore store = new SessionStore(w.sessionFile());
        SessionState s = SessionState.DEFAULT.withWindow(10, 20, 900, 700, "Results").withSelection("gui-smoke", "complex", 17)
                .withFilter("circ_var < 0.3").withEditedRun("gui-smoke");
        store.save(s);
        store.save(s);
        assertThat(new SessionStore(w.sessionFile()).load()).isEqualTo(s);
        try (var files = Files.list(w.sessionFile().getParent())) {
            assertThat(files.map(p -> p.getFileName().toString()).toList()).containsExactly("session.json");
        }
    }

    @Test
    void noFileOrABrokenOneGivesTheDefaultSession() throws Exception {
        Path file = tmp.resolve(".unitscope/session.json");
        assertThat(new SessionStore(file).load()).isEqualTo(SessionState.DEFAULT);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "{not json");
        assertThat(new SessionStore(file).load()).isEqualTo(SessionState.DEFAULT);
        Files.writeString(file, "{\"width\": 500, \"height\": 400}");
        SessionState partial = new SessionStore(file).load();
        assertThat(partial.width()).isEqualTo(500);
        Files.writeString(file, "{\"width\": 500}");
        assertThat(new SessionStore(file).load().width()).isEqualTo(1280);
        assertThat(partial.openViews()).isEqualTo(ViewIds.BUILT_IN);
    }

    @Test
    void aSessionFileFromBeforeDockingIsReadWithTheRunsPerspective() throws Exception {
        Path file = tmp.resolve(".unitscope/session.json");
        Files.createDirectories(file.getParent());
        Files.writeString(file, """
                {"x": 5, "y": 6, "width": 900, "height": 700, "activeView": "Results",
                 "openViews": ["Run editor", "Progress", "Results", "Compare", "Plugins"], "selectedRun": "gui-smoke",
                 "selectedLayer": "complex", "selectedUnit": 3, "filter": "circ_var < 0.3", "editedRun": "gui-smoke"}
                """);
        SessionState s = new SessionStore(file).load();
        assertThat(s.activeView()).as("the tab title becomes the view's id").isEqualTo(ViewIds.RESULTS);
        assertThat(s.perspective()).isEqualTo("runs");
        assertThat(s.contributedViews()).isEmpty();
        assertThat(s.selectedUnit()).isEqualTo(3);
        assertThat(s.filter()).isEqualTo("circ_var < 0.3");
    }

    @Test
    void thePerspectiveAndTheContributedViewsSurviveTheRoundTrip() throws Exception {
        Workspace w = Workspace.open(tmp.resolve("ws"));
        SessionStore store = new SessionStore(w.sessionFile());
        ContributedViews.View bars = new ContributedViews.View("bars.about", "Bars", "org.unitscope.example.bars");
        SessionState s = SessionState.DEFAULT.withDocking(Perspective.RECEPTIVE_FIELDS, List.of(ViewIds.RESULTS, "bars.about"), List.of(bars));
        store.save(s);
        SessionState back = store.load();
        assertThat(back).isEqualTo(s);
        assertThat(back.perspective()).isEqualTo("receptive-fields");
        assertThat(back.contributedViews()).containsExactly(bars);
        assertThat(w.layoutFile(Perspective.RECEPTIVE_FIELDS)).isEqualTo(w.root().resolve(".unitscope/layouts/receptive-fields.xml"));
    }

    @Test
    void runningAgainKeepsTheEarlierResults() throws Exception {
        Workspace w = Workspace.open(tmp);
        assertThat(w.newResultsFolder("GUI smoke", List.of())).isEqualTo(tmp.resolve("results/gui-smoke"));
        Files.createDirectories(tmp.resolve("results/gui-smoke"));
        assertThat(w.newResultsFolder("GUI smoke", List.of())).isEqualTo(tmp.resolve("results/gui-smoke-2"));
        assertThat(w.newResultsFolder("GUI smoke", List.of(tmp.resolve("results/gui-smoke-2")))).isEqualTo(tmp.resolve("results/gui-smoke-3"));
    }

    @Test
    void workspaceNamesRunsBySlug() {
        assertThat(Workspace.slug("  GUI smoke / test #1 ")).isEqualTo("gui-smoke-test-1");
        assertThat(Workspace.slug("***")).isEqualTo("run");
        Workspace w = new Workspace(tmp);
        assertThat(w.runFile("GUI smoke")).isEqualTo(tmp.resolve("runs/gui-smoke.json"));
        assertThat(w.resultsOf("GUI smoke")).isEqualTo(tmp.resolve("results/gui-smoke"));
    }
}
