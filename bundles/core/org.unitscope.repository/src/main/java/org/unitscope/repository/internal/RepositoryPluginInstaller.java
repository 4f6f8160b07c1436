package org.unitscope.repository.internal;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
    static final long START_WAIT_MILLIS = 30_000;

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
        URI index = repository == null || repository.isBlank()
                ? URI.create(defaultRepository().orElseThrow(() -> new UnitscopeException("no repository given: name one with"
                        + " --repo LOCATION, or set " + DEFAULT_REPOSITORY + " in conf/unitscope.properties")))
                : IndexLocation.of(repository, Path.of("").toAbsolutePath());
        IndexRepository repo = new IndexRepository(IndexReader.read(index));
        Resource plugin = PluginSpec.parse(id).select(repo, index.toString());
        ResourceIdentity wanted = ResourceIdentity.of(plugin);
        RunningFramework framework = new RunningFramework(context);
        Optional<ResourceIdentity> present = framework.installed(wanted.name());
        if (present.isPresent()) {
            if (present.get().version().equals(wanted.version())) {
                return new PluginInstallation(wanted.name(), wanted.version().toString(), index.toString(), List.of());
            }
            throw new UnitscopeException(present.get() + " is installed; remove it first ('plugins remove " + wanted.name()
                    + "') to install " + wanted.version());
        }
        List<Resource> toInstall = new PluginResolution(resolver)
                .resolve(new PluginResolveContext(plugin, framework, repo), plugin, index.toString());
        PluginFolder folder = new PluginFolder(pluginsFolder());
        List<Path> files = folder.install(toInstall, BundleDownload::fetch);
        return new PluginInstallation(wanted.name(), wanted.version().toString(), index.toString(), report(toInstall, files));
    }

    private List<InstalledBundle> report(List<Resource> resources, List<Path> files) {
        List<String> states;
        try {
            states = new BundleStates(context).await(files, START_WAIT_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            states = files.stream().map(f -> "not checked (interrupted)").toList();
        }
        List<InstalledBundle> out = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            ResourceIdentity id = ResourceIdentity.of(resources.get(i));
            out.add(new InstalledBundle(id.name(), id.version().toString(), files.get(i), states.get(i)));
        }
        return out;
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
