package org.unitscope.engine.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.Guice;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unitscope.api.Described;
import org.unitscope.api.Parameters;
import org.unitscope.api.ServiceInfo;
import org.unitscope.api.directory.ServiceEntry;
import org.unitscope.api.directory.ServiceKind;
import org.unitscope.api.model.InputCrop;
import org.unitscope.api.model.LayerInfo;
import org.unitscope.api.model.LoadedModel;
import org.unitscope.api.model.ModelBackend;
import org.unitscope.api.model.ModelDescription;
import org.unitscope.api.model.Preprocessing;
import org.unitscope.api.model.Probe;
import org.unitscope.api.model.Readout;
import org.unitscope.api.model.RfGeometry;
import org.unitscope.api.model.RfWindow;
import org.unitscope.api.run.ComponentRef;
import org.unitscope.api.run.ExistingResults;
import org.unitscope.api.run.RunDescription;
import org.unitscope.api.run.RunHandle;
import org.unitscope.api.run.RunListener;
import org.unitscope.api.run.RunOutcome;
import org.unitscope.api.stage.RunStage;
import org.unitscope.api.stage.StageContext;
import org.unitscope.api.stimulus.LabelTable;
import org.unitscope.api.stimulus.StimulusFormat;
import org.unitscope.api.stimulus.StimulusSequence;
import org.unitscope.api.stimulus.StimulusSet;
import org.unitscope.engine.internal.catalog.DirectoryEntries;
import org.unitscope.engine.internal.catalog.ServiceCatalog;
import org.unitscope.engine.internal.catalog.ServiceSource;

/**
 * The orchestration through the engine's real injector and launcher, with a tiny model (one layer of two units whose
 * activations are the stimulus index and its square) and stages that record what they see.
 */
class RunPipelineTest {
    private static final int STIMULI = 10;
    /** The crop the tiny probe reports; null: the default (its whole input). */
    private static volatile InputCrop statedCrop;

    @TempDir
    Path dir;
    private final DirectoryEntries directory = new DirectoryEntries();
    private final ServiceCatalog catalog = new ServiceCatalog(directory);
    private final StageRegistry stages = new StageRegistry();
    private final List<String> seen = new CopyOnWriteArrayList<>();
    private final List<String> prepared = new CopyOnWriteArrayList<>();
    private RunLauncher launcher;

    @BeforeEach
    void engine() {
        statedCrop = null;
        list(ServiceKind.MODEL, new TinyModel(), 1);
        list(ServiceKind.STIMULUS, new IndexStimuli(), 2);
        launcher = Guice.createInjector(new EngineModule(catalog, stages, new EngineInfo("test"))).getInstance(RunLauncher.class);
    }

    private void list(ServiceKind kind, Described service, long serviceId) {
        directory.put(ServiceEntry.of(kind, service.info(), "test", "1.0", serviceId), ServiceSource.of(service));
    }

    @Test
    void stagesRunByOrderThenIdAfterTheBuiltInOnesTheyFollow() throws Exception {
        stage("late", 950, c -> seen.add("late:" + Files.exists(dir.resolve("units.csv"))));
        stage("b", 150, c -> seen.add("b:" + c.responses().stimuli()));
        stage("a", 150, c -> {
            seen.add("a:" + c.responses().layers().get(0).values()[2 * 9 + 1]);
            write(c, "extra/a.txt", "from a");
        });
        stage("early", 50, c -> seen.add("early:" + c.responses().stimuli()));

        RunOutcome outcome = run();

        assertThat(outcome.status()).isEqualTo(RunOutcome.Status.COMPLETE);
        // early runs before the probe pass, a and b (tie broken by id) after it, late after the result files
        // every stage is prepared, in order, before any runs
        assertThat(prepared).containsExactly("early", "a", "b", "late");
        assertThat(seen).containsExactly("early:0", "a:81.0", "b:" + STIMULI, "late:true");
        assertThat(Files.readString(dir.resolve("extra/a.txt"))).isEqualTo("from a");
        String manifest = Files.readString(dir.resolve("manifest.json"));
        assertThat(manifest).contains("\"status\": \"complete\"").contains("\"extra/a.txt\"").contains("\"units.csv\"");
    }

    @Test
    void aStageThatDoesNotApplyIsNeitherPreparedNorRun() throws Exception {
        stages.add(new RecordingStage("skipped", 300, d -> false, c -> seen.add("ran"), prepared), "test");
        stage("applies", 300, c -> seen.add("applies"));

        RunOutcome outcome = run();

        assertThat(outcome.status()).isEqualTo(RunOutcome.Status.COMPLETE);
        assertThat(prepared).containsExactly("applies");
        assertThat(seen).containsExactly("applies");
        assertThat(Files.readString(dir.resolve("manifest.json"))).doesNotContain("\"skipped\"").contains("\"probe\"");
    }

    @Test
    void aStopSeenByAStageEndsTheRunOnceAsIncompleteWithWhatWasProbed() throws Exception {
        CountDownLatch reached = new CountDownLatch(1);
        CountDownLatch cancelled = new CountDownLatch(1);
        stage("waits", 150, c -> {
            reached.countDown();
            await(cancelled);
            seen.add("waits:" + c.stopRequested());
        });
        stage("after", 300, c -> seen.add("after"));

        RunHandle handle = launcher.start(description(), dir, RunListener.NONE, ExistingResults.REFUSE);
        await(reached);
        handle.cancel("test stop");
        cancelled.countDown();
        RunOutcome outcome = handle.await();

        assertThat(outcome.status()).isEqualTo(RunOutcome.Status.INCOMPLETE);
        assertThat(outcome.message()).contains("test stop");
        assertThat(seen).containsExactly("waits:true");
        assertThat(Files.readString(dir.resolve("summary.txt"))).startsWith("INCOMPLETE: test stop");
        assertThat(Files.exists(dir.resolve("responses.npz"))).isTrue();
        assertThat(Files.exists(dir.resolve("units.csv"))).isTrue();
        assertThat(Files.readString(dir.resolve("manifest.json"))).contains("\"status\": \"incomplete\"");
    }

    @Test
    void aStageThatThrowsFailsTheRunUnderItsId() throws Exception {
        stage("boom", 250, c -> {
            throw new IllegalStateException("kaput");
        });
        stage("after", 300, c -> seen.add("after"));

        RunOutcome outcome = run();

        assertThat(outcome.status()).isEqualTo(RunOutcome.Status.FAILED);
        assertThat(outcome.message()).isEqualTo("stage 'boom': kaput");
        assertThat(seen).isEmpty();
        assertThat(Files.exists(dir.resolve("units.csv"))).isFalse();
        assertThat(Files.readString(dir.resolve("manifest.json"))).contains("\"status\": \"failed\"").contains("stage 'boom': kaput");
    }

    @Test
    void twoStagesWithOneIdFailTheRun() throws Exception {
        stage("metrics", 250, c -> seen.add("impostor"));

        RunOutcome outcome = run();

        assertThat(outcome.status()).isEqualTo(RunOutcome.Status.FAILED);
        assertThat(outcome.message()).contains("two run stages are called 'metrics'");
        assertThat(seen).isEmpty();
    }

    @Test
    void removingAStageARunUsesStopsTheRun() throws Exception {
        CountDownLatch reached = new CountDownLatch(1);
        CountDownLatch removed = new CountDownLatch(1);
        RecordingStage leaving = new RecordingStage("leaving", 150, d -> true, c -> {
            reached.countDown();
            await(removed);
            seen.add("leaving:" + c.stopRequested());
        }, prepared);
        stages.add(leaving, "test.bundle 1.0");

        RunHandle handle = launcher.start(description(), dir, RunListener.NONE, ExistingResults.REFUSE);
        await(reached);
        stages.remove(leaving);
        removed.countDown();
        RunOutcome outcome = handle.await();

        assertThat(outcome.status()).isEqualTo(RunOutcome.Status.INCOMPLETE);
        assertThat(outcome.message()).contains("provider went away: run stage 'leaving' (bundle test.bundle 1.0)");
        assertThat(seen).containsExactly("leaving:true");
    }

    /** The tiny layer's one unit (rf 2/1/0.5 on a 2 px input) sees both pixels; the probe's own claim is not read. */
    @Test
    void stagesSeeTheWindowDerivedFromTheDescriptionNotOneTheProbeStates() throws Exception {
        stage("window", 150, c -> seen.add("window:" + c.receptiveField("L").orElseThrow()));

        RunOutcome outcome = run();

        assertThat(outcome.status()).isEqualTo(RunOutcome.Status.COMPLETE);
        assertThat(seen).containsExactly("window:" + new RfWindow(0, 0, 2));
    }

    @Test
    void aCropThatIsNotTheProbesInputOrLiesOutsideTheModelsInputFailsTheRunBeforeAnyStage() throws Exception {
        stage("window", 150, c -> seen.add("window"));
        statedCrop = new InputCrop(0, 0, 1);
        RunOutcome smaller = run();
        assertThat(smaller.status()).isEqualTo(RunOutcome.Status.FAILED);
        assertThat(smaller.message()).contains("its probe takes 2 px inputs but says they are the crop");

        statedCrop = new InputCrop(1, 0, 2);
        RunOutcome outside = launcher.start(description(), dir.resolve("outside"), RunListener.NONE, ExistingResults.REFUSE).await();
        assertThat(outside.status()).isEqualTo(RunOutcome.Status.FAILED);
        assertThat(outside.message()).contains("is not inside the 2x2 input");
        assertThat(seen).isEmpty();
    }

    private RunOutcome run() throws InterruptedException {
        return launcher.start(description(), dir, RunListener.NONE, ExistingResults.REFUSE).await();
    }

    private void stage(String id, int order, Consumer<StageContext> body) {
        stages.add(new RecordingStage(id, order, d -> true, body, prepared), "test");
    }

    private static RunDescription description() {
        return new RunDescription("pipeline", new ComponentRef("tiny", Map.of()), List.of(), Readout.centre(),
                new ComponentRef("index", Map.of()), List.of(), List.of(), null, null, 1, 4);
    }

    private static void write(StageContext c, String name, String text) {
        try {
            c.results().writeString(name, text);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(10, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private record RecordingStage(String id, int order, Predicate<RunDescription> applies, Consumer<StageContext> body,
            List<String> prepared) implements RunStage {
        @Override
        public boolean appliesTo(RunDescription run) {
            return applies.test(run);
        }

        @Override
        public void prepare(StageContext context) {
            prepared.add(id);
        }

        @Override
        public void run(StageContext context) {
            body.accept(context);
        }
    }

    /** Stimulus i is a 2x2 image of value i / 100, labelled "index" = i. */
    private static final class IndexStimuli implements StimulusSet {
        @Override
        public ServiceInfo info() {
            return new ServiceInfo("index", "1.0", "index images", List.of());
        }

        @Override
        public StimulusSequence open(Parameters parameters, StimulusFormat format, long seed) {
            double[] index = new double[STIMULI];
            for (int i = 0; i < STIMULI; i++) {
                index[i] = i;
            }
            LabelTable labels = new LabelTable(List.of("index"), new double[][] {index}, Map.of());
            return new StimulusSequence() {
                @Override
                public StimulusFormat format() {
                    return format;
                }

                @Override
                public int count() {
                    return STIMULI;
                }

                @Override
                public LabelTable labels() {
                    return labels;
                }

                @Override
                public void render(int from, int n, float[] dst, int offset) {
                    int pixels = format.size() * format.size() * format.channels();
                    for (int k = 0; k < n; k++) {
                        java.util.Arrays.fill(dst, offset + k * pixels, offset + (k + 1) * pixels, (from + k) / 100f);
                    }
                }
            };
        }
    }

    /** One layer "L" of two units: unit 0 answers the stimulus index, unit 1 its square. */
    private static final class TinyModel implements ModelBackend {
        @Override
        public ServiceInfo info() {
            return new ServiceInfo("tiny", "1.0", "tiny model", List.of());
        }

        @Override
        public LoadedModel load(Parameters parameters) {
            LayerInfo layer = new LayerInfo("L", 2, 1, new RfGeometry(2, 1, 0.5));
            ModelDescription md = new ModelDescription("tiny", "tiny", 1, 2, Preprocessing.NONE, List.of(layer), "fixed", "0", Map.of());
            return new LoadedModel() {
                @Override
                public ModelDescription description() {
                    return md;
                }

                @Override
                public Probe openProbe(List<String> layers, Readout readout) {
                    return new TinyProbe();
                }

                @Override
                public void close() {
                }
            };
        }
    }

    private static final class TinyProbe implements Probe {
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
            return List.of("L");
        }

        @Override
        public int channels(String layer) {
            return 2;
        }

        @Override
        public InputCrop inputCrop() {
            return statedCrop == null ? Probe.super.inputCrop() : statedCrop;
        }

        /** A window that disagrees with the description: the engine must not read it. */
        @Override
        @SuppressWarnings("deprecation")
        public Optional<RfWindow> receptiveField(String layer) {
            return Optional.of(new RfWindow(7, 7, 5));
        }

        @Override
        public Map<String, float[]> forward(float[] pixels, int n) {
            float[] out = new float[2 * n];
            for (int k = 0; k < n; k++) {
                float index = Math.round(pixels[k * 4] * 100);
                out[2 * k] = index;
                out[2 * k + 1] = index * index;
            }
            return Map.of("L", out);
        }

        @Override
        public void close() {
        }
    }
}
