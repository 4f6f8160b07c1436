package org.unitscope.shell.internal;

import java.nio.file.Path;
import java.util.List;
import org.unitscope.api.directory.ServiceDirectory;

/** What the commands see of the framework: the service directory (what is present, and from where) and the plugins. */
interface Services {

    ServiceDirectory directory();

    /** The plugins folder watched by FileInstall. */
    Path pluginsFolder();

    /** Bundles installed from the plugins folder: "symbolic-name version state" lines. */
    List<String> pluginBundles();
}
