package org.unitscope.api.plugin;

import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Installs a plugin from a repository index together with the bundles it needs that the workbench does not have.
 * The front ends (command line, Gogo shell, a GUI) call it; the workbench provides it.
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
}
