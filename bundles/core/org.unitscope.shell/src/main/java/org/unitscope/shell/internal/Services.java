package org.unitscope.shell.internal;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.unitscope.api.directory.ServiceDirectory;
import org.unitscope.api.plugin.PluginInstaller;

/** What the commands see of the framework: the service directory (what is present, and from where) and the plugins. */
interface Services {

    ServiceDirectory directory();

    /** The plugins folder watched by FileInstall. */
    Path pluginsFolder();

    /** The plugin installer (resolving plugins from repository indexes), when its bundle runs. */
    Optional<PluginInstaller> pluginInstaller();

    /**
     * The workbench GUI's function ({@code unitscope.gui=true}: opens the window on a workspace, returns when it closes),
     * waiting up to {@code millis} for the gui feature's component to come up; empty without the feature.
     */
    Optional<Function<String[], Integer>> gui(long millis) throws InterruptedException;

    /** The cluster launcher (unitscope-cluster as a child process), when its component runs. */
    Optional<org.unitscope.api.cluster.ClusterLauncher> clusterLauncher();

    /** Bundles installed from the plugins folder: "symbolic-name version state" lines. */
    List<String> pluginBundles();
}
