package org.unitscope.api.plugin;

import java.nio.file.Path;

/**
 * One bundle an installation added: its identity, the file it was written to (in the plugins folder, so it stays
 * installed across restarts) and its state once the workbench picked it up ("active", or why not).
 */
public record InstalledBundle(String symbolicName, String version, Path file, String state) {
}
