package org.unitscope.api.plugin;

import java.nio.file.Path;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Installs a plugin from a repository index together with the bundles it needs that the workbench does not have, or a
 * bundle jar as it is, and removes plugins. Plugins live in the folder FileInstall watches, so they stay installed
 * across restarts. The front ends (command line, Gogo shell, the GUI's Plugins view) call it; the workbench provides it.
 */
@ProviderType
public interface PluginInstaller {

    /** The repository used when none is named: the configured default, if any. */
    Optional<String> defaultRepository();

    /**
     * Reads the repository's index, finds the resource whose identity is {@code id} (a bundle symbolic name,
     * optionally {@code NAME@VERSION}), resolves it and everything it needs against the running workbench, and
     * installs the bundles the workbench lacks, together.
     *
     * @param id the plugin's bundle symbolic name, optionally with {@code @VERSION}
     * @param repository a folder holding {@code index.xml} (or {@code index.xml.gz}), an index file, or a
     *        {@code file:}, {@code http:} or {@code https:} URL of one; {@code null} for {@link #defaultRepository()}
     * @throws UnresolvedPluginException when a requirement can be met neither by the workbench nor by the
     *         repository: nothing is installed
     * @throws org.unitscope.api.UnitscopeException when the id is unknown, the repository cannot be read or a
     *         bundle's content does not match its index entry: nothing is installed
     */
    PluginInstallation install(String id, String repository);

    /**
     * Copies a bundle jar as it is into the plugins folder (nothing is resolved: what it needs must be there already),
     * under a temporary name first and then renamed, so the folder's watcher never reads half a file. The bundle is
     * installed and started within seconds; this does not wait for it.
     *
     * @return the file written in the plugins folder
     * @throws org.unitscope.api.UnitscopeException when the file is missing or not a bundle (no
     *         {@code Bundle-SymbolicName}), or cannot be copied: nothing is installed
     * @since 1.1
     */
    Path installFile(Path jar);

    /**
     * Deletes a plugin's jar from the plugins folder; the bundle is stopped and uninstalled within seconds.
     *
     * @param id the jar's file name or its bundle symbolic name
     * @return the file deleted
     * @throws org.unitscope.api.UnitscopeException when no jar of that name or bundle is in the plugins folder (bundles
     *         of the workbench itself are not plugins and cannot be removed), or it cannot be deleted
     * @since 1.1
     */
    Path remove(String id);
}
