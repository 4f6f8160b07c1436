package org.unitscope.shell.internal;

import java.util.List;
import java.util.Optional;
import org.unitscope.api.Described;
import org.unitscope.api.metric.TuningMetric;
import org.unitscope.api.model.ModelBackend;
import org.unitscope.api.rf.ReceptiveFieldEstimator;
import org.unitscope.api.stimulus.StimulusSet;
import org.unitscope.api.train.ModelTrainer;

/** What the commands see of the framework: the services present (with their providers) and the plugins. */
interface Services {

    /** A service with the bundle that provides it. */
    record Entry<T extends Described>(T service, String provider) {
    }

    List<Entry<ModelBackend>> modelBackends();

    List<Entry<StimulusSet>> stimulusSets();

    List<Entry<TuningMetric>> tuningMetrics();

    List<Entry<ReceptiveFieldEstimator>> rfEstimators();

    List<Entry<ModelTrainer>> trainers();

    default Optional<ModelBackend> model(String id) {
        return modelBackends().stream().map(Entry::service).filter(m -> m.info().id().equals(id)).findFirst();
    }

    /** The plugins folder watched by FileInstall. */
    java.nio.file.Path pluginsFolder();

    /** The plugin installer (resolving plugins from repository indexes), when its bundle runs. */
    Optional<org.unitscope.api.plugin.PluginInstaller> pluginInstaller();

    /** Bundles installed from the plugins folder: "symbolic-name version state" lines. */
    List<String> pluginBundles();
}
