package org.unitscope.engine.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.Guice;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unitscope.api.Parameters;
import org.unitscope.api.ServiceInfo;
import org.unitscope.api.directory.ServiceEntry;
import org.unitscope.api.directory.ServiceKind;
import org.unitscope.api.metric.MetricResult;
import org.unitscope.api.metric.ResponseTable;
import org.unitscope.api.metric.TuningMetric;
import org.unitscope.api.model.LayerInfo;
import org.unitscope.api.model.LoadedModel;
import org.unitscope.api.model.ModelBackend;
import org.unitscope.api.model.ModelDescription;
import org.unitscope.api.model.Preprocessing;
import org.unitscope.api.model.Probe;
import org.unitscope.api.model.Readout;
import org.unitscope.api.model.RfGeometry;
import org.unitscope.api.run.ComponentRef;
import org.unitscope.api.run.ExistingResults;
import org.unitscope.api.run.RunDescription;
import org.unitscope.api.run.RunListener;
import org.unitscope.api.run.RunOutcome;
import org.unitscope.api.stage.LayerActivations;
import org.unitscope.api.stage.ResponseStore;
import org.unitscope.api.stage.RunStage;
import org.unitscope.api.stage.StageContext;
import org.unitscope.api.stimulus.LabelTable;
import org.unitscope.api.stimulus.StimulusFormat;
import org.unitscope.api.stimulus.StimulusSequence;
import org.unitscope.api.stimulus.StimulusSet;
import org.unitscope.engine.internal.catalog.DirectoryEntries;
import org.unitscope.engine.internal.catalog.ServiceCatalog;
import org.unitscope.engine.internal.catalog.ServiceSource;
import org.unitscope.engine.internal.checkpoint.CheckpointInterval;
import org.unitscope.engine.internal.sizing.ResponsePlacement;

/**
 * A run whose responses are spilled to memory-mapped files (forced with {@code unitscope.responses.spill=always})
 * writes the same files, byte for byte, as the same run on the heap: the probe, a metric (given its table on the heap),
 * a stage reading columns through the store, the writer, the checkpoints and resume. Through the engine's real
 * injector and launcher, with a model of two layers whose responses are known functions of the stimulus index.
 */
class SpillRunTest {
    private static final int STIMULI = 37;
    private static final AtomicInteger crashAt = new AtomicInteger();
    private static final AtomicInteger forwards = new AtomicInteger();

    @TempDir
    Path dir;
    private final DirectoryEntries directory = new DirectoryEntries();
    private final StageRegistry stages = new StageRegistry();
    private final List<String> seen = new CopyOnWriteArrayList<>();
    private final List<String> messages = new CopyOnWriteArrayList<>();
    private RunLauncher launcher;

    @BeforeEach
    void engine() {
        crashAt.set(0);
        forwards.set(0);
        put(ServiceKind.MODEL, new WaveModel().info(), new WaveModel(), 1);
        TinyRun.Stimuli stimuli = new TinyRun.Stimuli(STIMULI, 1000f);
        put(ServiceKind.STIMULUS, stimuli.info(), stimuli, 2);
        put(ServiceKind.METRIC, new MeanMetric().info(), new MeanMetric(), 3);
        stages.add(new ColumnsStage(seen), "test");
        launcher = Guice.createInjector(new EngineModule(new ServiceCatalog(directory), stages, new EngineInfo("test")))
                .getInstance(RunLauncher.class);
    }

    @AfterEach
    void properties() {
        System.clearProperty(ResponsePlacement.PROPERTY);
        System.clearProperty(CheckpointInterval.PROPERTY);
    }

    private void put(ServiceKind kind, ServiceInfo info, Object service, long id) {
        directory.put(ServiceEntry.of(kind, info, "test", "1.0", id), ServiceSource.of(service));
    }

    private static RunDescription description() {
        return new RunDescription("spill", new ComponentRef("waves", Map.of()), List.of(), Readout.centre(),
                new ComponentRef("index", Map.of()), List.of(new ComponentRef("mean", Map.of())), 3, 4);
    }

    private RunOutcome run(Path out, boolean spill) throws InterruptedException {
        if (spill) {
            System.setProperty(ResponsePlacement.PROPERTY, "always");
        } else {
            System.clearProperty(ResponsePlacement.PROPERTY);
        }
        RunListener listener = new RunListener() {
            @Override
            public void message(String line) {
                messages.add(line);
            }
        };
        return launcher.start(description(), out, listener, ExistingResults.REFUSE).await();
    }

    private static byte[] bytes(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void aForcedSpillRunWritesTheSameResponsesUnitsAndStageFilesByteForByteAsAHeapRun() throws Exception {
        Path heap = dir.resolve("heap");
        Path spill = dir.resolve("spill");

        assertThat(run(heap, false).status()).isEqualTo(RunOutcome.Status.COMPLETE);
        assertThat(run(spill, true).status()).isEqualTo(RunOutcome.Status.COMPLETE);

        for (String f : List.of("responses.npz", "units.csv", "columns.csv")) {
            assertThat(bytes(spill.resolve(f))).as(f).isEqualTo(bytes(heap.resolve(f)));
        }
        assertThat(seen).containsExactly("heap:true:spill-files:false", "heap:false:spill-files:true");
        assertThat(Files.readString(heap.resolve("manifest.json"))).contains("\"held\": \"heap\"");
        assertThat(Files.readString(spill.resolve("manifest.json"))).contains("\"held\": \"memory-mapped\"").contains("\"folder\": \".responses\"");
        assertThat(messages).anyMatch(m -> m.startsWith("responses: ") && m.contains("spilled to a memory-mapped file "
                + spill.resolve(".responses") + "/ (heap "));
        assertThat(spill.resolve(".responses")).as("the mapped files go when the run ends").doesNotExist();
        // the units table holds the metric's means: it got the spilled table on the heap, with the values of the formula
        assertThat(Files.readString(spill.resolve("units.csv"))).contains(String.format(Locale.ROOT, "A,2,%s", csvMean(0, 2)));
    }

    @Test
    void aSpilledRunThatCrashesInTheProbeIsResumedToTheResponsesOfAnUninterruptedHeapRun() throws Exception {
        System.setProperty(CheckpointInterval.PROPERTY, "0");
        Path heap = dir.resolve("heap");
        Path spill = dir.resolve("spill");
        assertThat(run(heap, false).status()).isEqualTo(RunOutcome.Status.COMPLETE);
        forwards.set(0);
        crashAt.set(5); // after 4 batches of 4: rows 0 .. 15 are in checkpoints

        RunOutcome crashed = run(spill, true);
        assertThat(crashed.status()).isEqualTo(RunOutcome.Status.INCOMPLETE);
        assertThat(spill.resolve(".responses")).as("an incomplete run removes its mapped files too").doesNotExist();
        crashAt.set(0);
        forwards.set(0);
        System.setProperty(ResponsePlacement.PROPERTY, "always");
        RunOutcome resumed = launcher.resume(spill, RunListener.NONE).await();

        assertThat(resumed.status()).isEqualTo(RunOutcome.Status.COMPLETE);
        assertThat(forwards.get()).as("the batches after the checkpoints only").isEqualTo(6);
        assertThat(bytes(spill.resolve("responses.npz"))).isEqualTo(bytes(heap.resolve("responses.npz")));
        assertThat(bytes(spill.resolve("units.csv"))).isEqualTo(bytes(heap.resolve("units.csv")));
        assertThat(Files.readString(spill.resolve("manifest.json"))).contains("\"stimuli_from_checkpoints\": 16");
    }

    @Test
    void probeCheckpointChunksAreWholeBatchesOfAtMost256MegabytesAndAtLeastOneBatch() {
        // 2,000,000 x 1,056 units: 8 GB of rows must not become one chunk that a resume reads into the heap at once
        ResponseStore[] reference = {ResponseStore.of(new float[1056], 1056)};
        int rows = ProbeCheckpoint.chunkRows(256, reference);
        assertThat(rows % 256).isZero();
        assertThat((long) rows * 1056 * 4).isLessThanOrEqualTo(256L << 20).isGreaterThan((256L << 20) - 256L * 1056 * 4);
        ResponseStore[] wide = {new ResponseStore() { // one row of 64 MB: a batch of 8 is 512 MB
            @Override
            public int units() {
                return 1 << 24;
            }

            @Override
            public int rows() {
                return 8;
            }

            @Override
            public boolean onHeap() {
                return false;
            }

            @Override
            public void read(long index, float[] dst, int offset, int length) {
                throw new UnsupportedOperationException("only sized here");
            }
        }};
        assertThat(ProbeCheckpoint.chunkRows(8, wide)).isEqualTo(8);
    }

    /** Unit u of layer A (l = 0) or B (l = 1) answers stimulus i with sin(0.37 i (u + 1) + l). */
    static float response(int layer, int unit, int stimulus) {
        return (float) Math.sin(0.37 * stimulus * (unit + 1) + layer);
    }

    /** The mean as the metric computes it (doubles over the floats, in stimulus order), as the units table prints it. */
    private static String csvMean(int layer, int unit) {
        double sum = 0;
        for (int i = 0; i < STIMULI; i++) {
            sum += response(layer, unit, i);
        }
        return String.format(Locale.ROOT, "%.7g", sum / STIMULI);
    }

    /** Writes every layer's columns as read through the store, and whether the store was on the heap. */
    private record ColumnsStage(List<String> seen) implements RunStage {
        @Override
        public String id() {
            return "columns";
        }

        @Override
        public int order() {
            return PROBE + 10;
        }

        @Override
        public void run(StageContext context) throws IOException {
            StringBuilder csv = new StringBuilder();
            boolean heap = true;
            int n = context.responses().stimuli();
            for (LayerActivations l : context.responses().layers()) {
                ResponseStore s = l.responses();
                heap &= s.onHeap();
                float[][] c = s.columns(0, l.units(), 0, n);
                float[][] odd = s.columns(1, l.units(), new int[] {n - 1, 3, 0});
                for (int u = 0; u < c.length; u++) {
                    csv.append(l.layer()).append(',').append(u).append(',').append(java.util.Arrays.toString(c[u])).append('\n');
                }
                csv.append(java.util.Arrays.deepToString(odd)).append(',').append(s.get(n - 1, l.units() - 1)).append('\n');
            }
            seen.add("heap:" + heap + ":spill-files:" + Files.isDirectory(context.results() instanceof OutputFolder o
                    ? o.dir().resolve(ResponsePlacement.FOLDER) : Path.of("none")));
            context.results().writeString("columns.csv", csv.toString());
        }
    }

    private static final class MeanMetric implements TuningMetric {
        @Override
        public ServiceInfo info() {
            return new ServiceInfo("mean", "1.0", "mean response", List.of());
        }

        @Override
        public List<String> requiredLabels() {
            return List.of();
        }

        @Override
        public MetricResult compute(ResponseTable table, Parameters parameters) {
            double[] mean = new double[table.units()];
            for (int u = 0; u < mean.length; u++) {
                double sum = 0;
                for (double v : table.unit(u)) {
                    sum += v;
                }
                mean[u] = sum / table.stimuli();
            }
            return new MetricResult(Map.of("mean", mean), Map.of(), List.of(), "mean");
        }
    }

    /** Layers A (3 units) and B (5 units). */
    private static final class WaveModel implements ModelBackend {
        @Override
        public ServiceInfo info() {
            return new ServiceInfo("waves", "1.0", "two layers of sines", List.of());
        }

        @Override
        public LoadedModel load(Parameters parameters) {
            List<LayerInfo> layers = List.of(new LayerInfo("A", 3, 1, new RfGeometry(2, 1, 0.5)),
                    new LayerInfo("B", 5, 1, new RfGeometry(2, 1, 0.5)));
            ModelDescription md = new ModelDescription("waves", "waves", 1, 2, Preprocessing.NONE, layers, "fixed", "0", Map.of());
            return new LoadedModel() {
                @Override
                public ModelDescription description() {
                    return md;
                }

                @Override
                public Probe openProbe(List<String> names, Readout readout) {
                    return new WaveProbe();
                }

                @Override
                public void close() {
                }
            };
        }
    }

    private static final class WaveProbe implements Probe {
        @Override
        public int inputSize() {
            return 2;
        }

        @Override
        public int inputChannels() {
            return 1;
        }

        @Override
        public List<String> layers() {
            return List.of("A", "B");
        }

        @Override
        public int channels(String layer) {
            return layer.equals("A") ? 3 : 5;
        }

        @Override
        public Map<String, float[]> forward(float[] pixels, int n) {
            if (forwards.incrementAndGet() == crashAt.get()) {
                throw new IllegalStateException("crash in batch " + crashAt.get());
            }
            return Map.of("A", layer(0, 3, pixels, n), "B", layer(1, 5, pixels, n));
        }

        private static float[] layer(int layer, int units, float[] pixels, int n) {
            float[] out = new float[units * n];
            for (int k = 0; k < n; k++) {
                int index = Math.round(pixels[k * 4] * 1000);
                for (int u = 0; u < units; u++) {
                    out[k * units + u] = response(layer, u, index);
                }
            }
            return out;
        }

        @Override
        public void close() {
        }
    }
}
