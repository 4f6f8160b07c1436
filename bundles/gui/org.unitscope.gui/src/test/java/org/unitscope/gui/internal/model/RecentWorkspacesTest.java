package org.unitscope.gui.internal.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecentWorkspacesTest {
    @TempDir
    Path tmp;

    @Test
    void mostRecentFirstWithoutDuplicatesAndAtMostEight() throws Exception {
        RecentWorkspaces recent = new RecentWorkspaces(tmp.resolve("u/recent-workspaces.json"));
        assertThat(recent.list()).isEmpty();
        for (int i = 0; i < 10; i++) {
            recent.opened(tmp.resolve("ws" + i));
        }
        recent.opened(tmp.resolve("ws5"));
        assertThat(new RecentWorkspaces(tmp.resolve("u/recent-workspaces.json")).list()).containsExactly(tmp.resolve("ws5"),
                tmp.resolve("ws9"), tmp.resolve("ws8"), tmp.resolve("ws7"), tmp.resolve("ws6"), tmp.resolve("ws4"), tmp.resolve("ws3"),
                tmp.resolve("ws2"));
        Files.writeString(tmp.resolve("u/recent-workspaces.json"), "[not json");
        assertThat(recent.list()).isEmpty();
    }
}
