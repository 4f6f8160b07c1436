package org.unitscope.api.plugin;

import java.util.List;

/**
 * What an installation did: the plugin resolved ({@code id}, {@code version}), the repository index read, and the
 * bundles added to the workbench, the plugin among them (dependencies first). Empty when the plugin was already
 * installed.
 */
public record PluginInstallation(String id, String version, String index, List<InstalledBundle> bundles) {

    public PluginInstallation {
        bundles = List.copyOf(bundles);
    }

    /** Whether the plugin was already present, so nothing was installed. */
    public boolean alreadyInstalled() {
        return bundles.isEmpty();
    }
}
