package org.unitscope.shell.internal;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.unitscope.api.UnitscopeException;
import org.unitscope.api.plugin.InstalledBundle;
import org.unitscope.api.plugin.PluginInstallation;
import org.unitscope.api.plugin.PluginInstaller;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code plugins}: list the plugins, install one from a repository index with what it needs (or a jar file as it
 * is), remove one. Plugins live in the folder FileInstall watches, so they stay installed across restarts.
 */
@Command(name = "plugins", description = "List plugins; install one (with the bundles it needs) from a repository index,"
        + " or a jar file as it is; remove one. Hot: no restart.",
        footer = {"", "  plugins install ID [--repo LOCATION]   ID: bundle symbolic name, or ID@VERSION / ID@[1.0,2.0)",
            "      LOCATION: a folder with index.xml (or index.xml.gz), an index file, or a file:/http(s): URL of one;",
            "      default: unitscope.plugins.repository in conf/unitscope.properties",
            "  plugins install FILE.jar                 copies that one jar as it is (nothing resolved)",
            "  plugins remove ID                        deletes the plugin's jar (bundle symbolic name or file name)"})
final class PluginsCommand implements Callable<Integer> {
    @CommandLine.Parameters(index = "0", arity = "0..1", defaultValue = "list", description = "list | install | remove")
    String action;

    @CommandLine.Parameters(index = "1", arity = "0..1", description = "plugin ID (install, remove) or FILE.jar (install)")
    String target;

    @Option(names = "--repo", paramLabel = "LOCATION", description = "repository index to install from (folder, file or URL)")
    String repo;

    private final Services services;
    private final PrintStream out;

    PluginsCommand(Services services, PrintStream out) {
        this.services = services;
        this.out = out;
    }

    @Override
    public Integer call() throws Exception {
        switch (action) {
            case "list":
                return list();
            case "install":
                String what = require(target, "install needs a plugin ID (from a repository) or a FILE.jar");
                return repo == null && what.endsWith(".jar") && Files.isRegularFile(Path.of(what)) ? installJar(Path.of(what)) : install(what);
            case "remove":
                return remove(require(target, "remove needs a bundle symbolic name or jar name"));
            default:
                throw new UnitscopeException("plugins: unknown action '" + action + "' (list, install ID|FILE, remove ID)");
        }
    }

    private int list() {
        out.println("plugins folder: " + services.pluginsFolder());
        List<String> bundles = services.pluginBundles();
        if (bundles.isEmpty()) {
            out.println("no plugins installed ('plugins install ID --repo LOCATION', or drop a bundle jar into the folder)");
        }
        bundles.forEach(b -> out.println("  " + b));
        return UnitscopeCli.OK;
    }

    private int install(String id) {
        PluginInstallation done = installer().install(id, repo);
        if (done.alreadyInstalled()) {
            out.println(done.id() + " " + done.version() + " is already installed; nothing to do");
            return UnitscopeCli.OK;
        }
        out.println("resolved " + done.id() + " " + done.version() + " from " + done.index());
        out.println("installed into " + services.pluginsFolder() + ":");
        boolean allActive = true;
        for (InstalledBundle b : done.bundles()) {
            out.printf(Locale.ROOT, "  %-40s %-20s %s%n", b.symbolicName(), b.version(), b.state());
            allActive &= b.state().startsWith("active");
        }
        if (!allActive) {
            out.println("not every bundle started: see its state above");
            return UnitscopeCli.ERROR;
        }
        return UnitscopeCli.OK;
    }

    private int installJar(Path jar) {
        Path dest = installer().installFile(jar);
        out.println("installed " + dest + "; it is picked up within seconds");
        return UnitscopeCli.OK;
    }

    private int remove(String id) {
        Path gone = installer().remove(id);
        out.println("removed " + gone + "; its services disappear within seconds");
        return UnitscopeCli.OK;
    }

    /** The service that installs and removes plugins (the GUI's Plugins view uses it too). */
    private PluginInstaller installer() {
        return services.pluginInstaller().orElseThrow(() -> new UnitscopeException(
                "the plugin installer (bundle org.unitscope.repository) is not running"));
    }

    private static String require(String value, String message) {
        if (value == null || value.isBlank()) {
            throw new UnitscopeException(message);
        }
        return value;
    }
}
