package org.unitscope.engine.internal;

import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.unitscope.api.UnitscopeException;
import org.unitscope.api.metric.TuningMetric;
import org.unitscope.api.model.LayerInfo;
import org.unitscope.api.model.LoadedModel;
import org.unitscope.api.model.ModelDescription;
import org.unitscope.api.model.Probe;
import org.unitscope.api.model.RfWindow;
import org.unitscope.api.run.MemorySize;
import org.unitscope.api.run.RunDescription;
import org.unitscope.api.run.RunListener;
import org.unitscope.api.stimulus.LabelTable;
import org.unitscope.api.stimulus.StimulusFormat;
import org.unitscope.api.stimulus.StimulusSequence;
import org.unitscope.engine.internal.catalog.Provided;
import org.unitscope.engine.internal.results.Manifest;
import org.unitscope.engine.internal.sizing.MemoryFit;
import org.unitscope.engine.internal.sizing.RefusedBeforeWork;
import org.unitscope.engine.internal.sizing.ResponsePlacement;
import org.unitscope.engine.internal.store.SpillFolder;
import org.unitscope.engine.internal.sizing.RunSize;

/**
 * Opens what every stage works on: loads the model, opens a probe on the requested layers and the stimulus sequence
 * in the probe's format, checks the metrics' labels, sizes the batches and allocates the response arrays; records
 * each step in the manifest. Whatever is opened is handed to the context at once, so the run closes it even when a
 * later step fails.
 */
final class RunOpener {
    private final ResolvedRun run;
    private final RunContext context;
    private final RunListener listener;

    @Inject
    RunOpener(ResolvedRun run, RunContext context, RunListener listener) {
        this.run = run;
        this.context = context;
        this.listener = listener;
    }

    void open() throws IOException {
        RunDescription d = run.description();
        Manifest manifest = context.manifestTree();
        ProgressMeter phase = new ProgressMeter("load", 1);
        listener.message("loading " + run.model().describe());
        PluginGuard guard = context.guard();
        LoadedModel model = context.closeLater(guard.open(PluginCall.of(run.model(), "load"),
                () -> run.model().service().load(run.modelParameters())));
        ModelDescription md = model.description();
        manifest.time("load_model", phase.seconds());
        manifest.put("model", ManifestTrees.model(run, md));
        List<LayerInfo> layers = chooseLayers(md, d.layers());
        manifest.put("layers", layers.stream().map(ManifestTrees::layer).toList());
        Probe probe = context.closeLater(guard.open(PluginCall.of(run.model(), "openProbe"),
                () -> model.openProbe(layers.stream().map(LayerInfo::name).toList(), d.readout())));
        Map<String, RfWindow> windows = ReadoutWindows.of(md, layers, d.readout(), probe);
        // a receptive field larger than the image sees only the image: stimulus defaults (e.g. the lowest SF) follow that
        int rf = Math.min(md.inputSize(), layers.stream().mapToInt(l -> l.rf().size()).max().orElse(1));
        StimulusFormat format = new StimulusFormat(probe.inputSize(), probe.inputChannels(), rf);
        StimulusSequence sequence = beforeWork(() -> openSequence(format, d.seed()));
        LabelTable labels = sequence.labels();
        checkLabels(labels);
        int count = sequence.count();
        manifest.put("stimulus", ManifestTrees.component(run.stimulus(), run.stimulusParameters()));
        manifest.put("stimulus_format", Map.of("size", format.size(), "channels", format.channels(), "rfSize", format.rfSize(),
                "count", count, "seed", d.seed()));
        manifest.put("metrics", ManifestTrees.metrics(run));
        int batchSize = beforeWork(() -> d.batchSize() == RunDescription.AUTO_BATCH ? BatchSizer.forStimuli(format)
                : BatchSizer.check(d.batchSize(), format));
        ResponsePlacement place = beforeWork(() -> requireFit(layers, probe, count, format, batchSize));
        manifest.write(context.folder().dir());
        manifest.put("batch_size", batchSize);
        manifest.put("responses", ManifestTrees.responses(place, ResponsePlacement.FOLDER));
        context.opened(new OpenedRun(model, md, layers, probe, windows, sequence, labels, format, batchSize),
                allocate(layers, probe, count, place));
        describe(count, format, batchSize, place);
    }

    /** A step of opening the run. */
    @FunctionalInterface
    private interface Step<T> {
        T get() throws IOException;
    }

    /** A step that may refuse the run before any work: the launcher then removes the results folder the run created. */
    private <T> T beforeWork(Step<T> step) throws IOException {
        try {
            return step.get();
        } catch (UnitscopeException e) {
            throw new RefusedBeforeWork(e);
        }
    }

    /**
     * The stimulus sequence with its labels. A stimulus set may allocate per stimulus as it opens (the noise labels are
     * two doubles each), so a count the heap cannot hold fails here with one allocation too large to succeed, which
     * leaves the heap as it was: said in words, not as "run crashed: OutOfMemoryError".
     */
    private StimulusSequence openSequence(StimulusFormat format, long seed) throws IOException {
        try {
            StimulusSequence sequence = context.closeLater(context.guard().open(PluginCall.of(run.stimulus(), "open"),
                    () -> run.stimulus().service().open(run.stimulusParameters(), format, seed)));
            sequence.labels();
            return sequence;
        } catch (OutOfMemoryError e) {
            String what = "stimulus set '" + run.stimulus().id() + "' with " + run.description().stimulus().parameters();
            // "Requested array size exceeds VM limit": no heap holds it, only fewer stimuli help
            throw new UnitscopeException(String.valueOf(e.getMessage()).startsWith("Requested array size")
                    ? what + " needs an array longer than the " + RunSize.MAX_ARRAY + " values Java allows even to open: ask for fewer stimuli"
                    : what + " does not fit in this JVM's " + MemorySize.format(Runtime.getRuntime().maxMemory()) + " heap even to open: "
                            + "ask for fewer stimuli, or give Java a larger heap with UNITSCOPE_JAVA_OPTS=-Xmx...");
        }
    }

    /**
     * Before any array is allocated: every size exact, the batches and sums in the free heap, and the responses with
     * them, or else spilled to memory-mapped files when the disk holds them ({@link ResponsePlacement}).
     */
    private ResponsePlacement requireFit(List<LayerInfo> layers, Probe probe, int count, StimulusFormat format, int batchSize) {
        List<RunSize.Layer> sized = layers.stream().map(l -> new RunSize.Layer(l.name(), probe.channels(l.name()))).toList();
        RunDescription d = run.description();
        long budget = d.estimators().isEmpty() ? 0 : d.rf().maxMemoryBytes();
        long rf = d.estimators().isEmpty() ? 0 : budget > 0 ? budget : MemoryFit.AUTOMATIC_RF_FLOOR;
        RunSize size = RunSize.spillable(sized, count, format.size(), format.channels(), batchSize, rf);
        List<String> metrics = run.metrics().stream().map(Provided::id).toList();
        return ResponsePlacement.require(size, budget, ResponsePlacement.Mode.fromSystem(), metrics, context.folder().dir());
    }

    /** The response tables, on the heap or in files under DIR/.responses/ (a killed run's leftovers there removed first). */
    private List<LayerResponses> allocate(List<LayerInfo> layers, Probe probe, int count, ResponsePlacement place) throws IOException {
        Path spill = context.folder().dir().resolve(ResponsePlacement.FOLDER);
        SpillFolder.clear(spill);
        List<LayerResponses> responses = new ArrayList<>();
        // a probe part writes its batches straight to its file: it keeps no table
        boolean table = run.description().rf().sharding().mode() != org.unitscope.api.run.RfSharding.Mode.PROBE;
        for (int i = 0; i < layers.size(); i++) {
            LayerInfo l = layers.get(i);
            int units = probe.channels(l.name());
            if (!table) {
                responses.add(new LayerResponses(l.name(), units, 0, l.rf().size()));
            } else if (place.spilled()) {
                LayerResponses r = LayerResponses.mapped(l.name(), units, count, l.rf().size(), spill.resolve(SpillFolder.fileName(i, l.name())));
                context.spilled(r.mappedStore());
                responses.add(r);
            } else {
                responses.add(new LayerResponses(l.name(), units, count, l.rf().size()));
            }
        }
        return responses;
    }

    private void describe(int count, StimulusFormat format, int batchSize, ResponsePlacement place) {
        List<LayerResponses> layers = context.layerResponses();
        long units = layers.stream().mapToLong(r -> r.units).sum();
        listener.message(String.format(Locale.ROOT,
                "%d stimuli of %dx%dx%d px -> %d units in %d layers; responses need %.1f MB; batches of %d (%.1f MB of input)",
                count, format.channels(), format.size(), format.size(), units, layers.size(),
                count * units * 4 / 1e6, batchSize, (double) batchSize * format.pixelsPerStimulus() * 4 / 1e6));
        if (place.spilled()) {
            listener.message(place.describe(context.folder().dir()));
        }
    }

    private void checkLabels(LabelTable labels) {
        for (int i = 0; i < run.metrics().size(); i++) {
            Provided<TuningMetric> m = run.metrics().get(i);
            for (String label : m.service().requiredLabels(run.metricParameters().get(i))) {
                if (!labels.has(label)) {
                    throw new UnitscopeException("metric '" + m.id() + "' needs stimulus label '" + label
                            + "', which stimulus set '" + run.stimulus().id() + "' does not provide (it has " + labels.names() + ")");
                }
            }
        }
    }

    private static List<LayerInfo> chooseLayers(ModelDescription md, List<String> requested) {
        if (requested.isEmpty()) {
            return md.layers();
        }
        List<LayerInfo> out = new ArrayList<>();
        for (String name : requested) {
            out.add(md.layer(name).orElseThrow(() -> new UnitscopeException(
                    "model '" + md.id() + "' has no layer '" + name + "'; it has " + md.layerNames())));
        }
        return out;
    }
}
