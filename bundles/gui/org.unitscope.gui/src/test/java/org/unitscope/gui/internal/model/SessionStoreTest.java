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
        assertThat(partial.openViews()).isEqualTo(List.of("Run editor", "Progress", "Results", "Compare", "Plugins"));
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
