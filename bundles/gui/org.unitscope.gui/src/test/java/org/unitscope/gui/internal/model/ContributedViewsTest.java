package org.unitscope.gui.internal.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContributedViewsTest {
    private static final ContributedViews.View BARS = new ContributedViews.View("bars.about", "Bars", "org.unitscope.example.bars");

    /** A layout as ModernDocking 1.3 writes it: editor and a plugin's view as tabs, progress below, a hidden toolbar view. */
    private static final String LAYOUT = """
            <?xml version="1.0" ?><app-layout><layout main-frame="true" location="0,0" size="800,600" state="0">
            <westToolbar><dockable id="hidden.view"/></westToolbar><eastToolbar></eastToolbar><southToolbar></southToolbar>
            <split orientation="0" divider-proportion="0.65"><left><tabbed>
            <selectedTab class-name="x.ViewDockable" persistentID="bars.about" anchor="" title-text="Bars" tab-text="Bars"></selectedTab>
            <tab persistentID="runs.editor" class-name="x.ViewDockable" title-text="Run editor" tab-text="Run editor"><properties></properties></tab>
            <tab persistentID="bars.about" class-name="x.ViewDockable" title-text="Bars" tab-text="Bars"><properties></properties></tab>
            </tabbed></left><right><simple persistentID="runs.progress" class-name="x.ViewDockable" title-text="Progress" tab-text="Progress">
            <properties></properties></simple></right></split></layout><undocked></undocked></app-layout>
            """;

    @TempDir
    Path tmp;

    @Test
    void aLayoutNamesItsViewsWithTheirTitles() throws Exception {
        Path file = tmp.resolve("runs.xml");
        Files.writeString(file, LAYOUT);
        Map<String, String> views = LayoutViews.read(file);
        assertThat(views).containsExactly(Map.entry("hidden.view", "hidden.view"), Map.entry("bars.about", "Bars"),
                Map.entry(ViewIds.EDITOR, "Run editor"), Map.entry(ViewIds.PROGRESS, "Progress"));
    }

    @Test
    void aBrokenLayoutIsAnErrorNotAnEmptyLayout() {
        assertThatThrownBy(() -> LayoutViews.read(new ByteArrayInputStream("<app-layout><layout>".getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(java.io.IOException.class).hasMessageContaining("not a layout file");
    }

    @Test
    void aViewWhosePluginIsGoneGetsAPlaceholderThatNamesThePlugin() throws Exception {
        ContributedViews views = new ContributedViews(List.of(BARS));
        Map<String, String> layout = LayoutViews.read(new ByteArrayInputStream(LAYOUT.getBytes(StandardCharsets.UTF_8)));
        List<ContributedViews.View> missing = views.placeholdersFor(layout);
        assertThat(missing).containsExactly(new ContributedViews.View("hidden.view", "hidden.view", null), BARS);
        assertThat(ContributedViews.placeholderText(BARS)).contains("'Bars' (bars.about)").contains("the plugin org.unitscope.example.bars")
                .contains("comes back here when the plugin is installed");
        assertThat(ContributedViews.placeholderText(missing.get(0))).contains("the plugin that provides it");
    }

    @Test
    void aViewWhosePluginIsBackNeedsNoPlaceholderAndIsRememberedWhenItGoes() {
        ContributedViews views = new ContributedViews(List.of());
        Map<String, String> layout = new LinkedHashMap<>(Map.of("bars.about", "Bars", ViewIds.RESULTS, "Results"));
        views.added(BARS);
        assertThat(views.isPresent("bars.about")).isTrue();
        assertThat(views.placeholdersFor(layout)).isEmpty();
        views.removed("bars.about");
        assertThat(views.isPresent("bars.about")).isFalse();
        assertThat(views.present()).isEmpty();
        assertThat(views.known()).containsExactly(BARS);
        assertThat(views.placeholdersFor(layout)).containsExactly(BARS);
    }
}
