package org.unitscope.repository.internal;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.resource.Resource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.resolver.Resolver;
import org.unitscope.api.UnitscopeException;
import org.unitscope.api.plugin.InstalledBundle;
import org.unitscope.api.plugin.PluginInstallation;
import org.unitscope.api.plugin.PluginInstaller;

/**
 * Installs a plugin from a repository index: reads the index, resolves the plugin against a snapshot of the running
 * framework with the framework's {@link Resolver} (Felix's), copies what the workbench lacks into the plugins
 * folder (where FileInstall installs and starts it, and finds it again after a restart), and waits for it to start.
 */
@Component(service = PluginInstaller.class)
public class RepositoryPluginInstaller implements PluginInstaller {
    /** Framework property (conf/unitscope.properties): the repository used when none is named. */
    static final String DEFAULT_REPOSITORY = "unitscope.plugins.repository";

    @Reference
    private Resolver resolver;

    private BundleContext context;

    @Activate
    void activate(BundleContext ctx) {
        this.context = ctx;
    }

    @Override
    public Optional<String> defaultRepository() {
        String value = context.getProperty(DEFAULT_REPOSITORY);
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(IndexLocation.of(value.trim(), home()).toString());
    }

    @Override
    public synchronized PluginInstallation install(String id, String repository) {
        URI index = index(repository);
        IndexRepository repo = new IndexRepository(IndexReader.read(index));
        Resource plugin = PluginSpec.parse(id).select(repo, index.toString());
        ResourceIdentity wanted = ResourceIdentity.of(plugin);
        RunningFramework framework = new RunningFramework(context);
        if (alreadyInstalled(framework, wanted)) {
            return new PluginInstallation(wanted.name(), wanted.version().toString(), index.toString(), List.of());
        }
        List<Resource> resolved = new PluginResolution(resolver)
                .resolve(new PluginResolveContext(plugin, framework, repo), plugin, index.toString());
        List<InstalledBundle> added = new Installation(context, new PluginFolder(pluginsFolder())).apply(resolved, framework);
        return new PluginInstallation(wanted.name(), wanted.version().toString(), index.toString(), added);
    }

    @Override
    public Path installFile(Path jar) {
        return new PluginFiles(new PluginFolder(pluginsFolder())).install(jar);
    }

    @Override
    public Path remove(String id) {
        return new PluginFiles(new PluginFolder(pluginsFolder())).remove(id);
    }

    private URI index(String repository) {
        if (repository != null && !repository.isBlank()) {
            return IndexLocation.of(repository, Path.of("").toAbsolutePath());
        }
        return URI.create(defaultRepository().orElseThrow(() -> new UnitscopeException(
                "no repository given: name one with --repo LOCATION, or set " + DEFAULT_REPOSITORY + " in conf/unitscope.properties")));
    }

    /**
     * True when this version is installed and resolved; an error when another version is. A bundle installed but not
     * resolved (e.g. dropped into plugins/ without its library) goes on: its dependencies are installed and it is started.
     */
    private static boolean alreadyInstalled(RunningFramework framework, ResourceIdentity wanted) {
        for (Bundle b : framework.bundles(wanted.name())) {
            if (!b.getVersion().equals(wanted.version())) {
                throw new UnitscopeException(wanted.name() + " " + b.getVersion() + " is installed; remove it first ('plugins remove "
                        + wanted.name() + "') to install " + wanted.version());
            }
            if (framework.resolved(b)) {
                return true;
            }
        }
        return false;
    }

    private Path pluginsFolder() {
        String dir = context.getProperty("felix.fileinstall.dir");
        return (dir == null ? home().resolve("plugins") : Path.of(dir)).toAbsolutePath();
    }

    private Path home() {
        String home = context.getProperty("unitscope.home");
        return Path.of(home == null ? "" : home).toAbsolutePath();
    }
}
