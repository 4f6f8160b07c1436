package org.unitscope.engine.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.inject.Guice;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unitscope.api.UnitscopeException;
import org.unitscope.api.directory.ServiceEntry;
import org.unitscope.api.directory.ServiceKind;
import org.unitscope.api.model.Readout;
import org.unitscope.api.run.ComponentRef;
import org.unitscope.api.run.ExistingResults;
import org.unitscope.api.run.RunDescription;
import org.unitscope.api.run.RunListener;
import org.unitscope.api.run.RunOutcome;
import org.unitscope.api.stage.RunStage;
import org.unitscope.api.stage.StageContext;
import org.unitscope.engine.internal.catalog.DirectoryEntries;
import org.unitscope.engine.internal.catalog.ServiceCatalog;
import org.unitscope.engine.internal.catalog.ServiceSource;
import org.unitscope.engine.internal.checkpoint.CheckpointInterval;

/**
 * Resume through the engine's real injector and launcher: a probe that crashes after its first batch leaves
 * checkpoints; the resumed run probes only the rest and sees the rows of an uninterrupted run.
 */
class RunResumeTest {
    private static final int STIMULI = TinyRun.STIMULI;
    /** The probe throws at this forward call of a run (1-based); 0: never. */
    private final AtomicInteger crashAt = new AtomicInteger();
    private final AtomicInteger calls = new AtomicInteger();
    /** Stimuli forwarded. */
    private final AtomicInteger probed = new AtomicInteger();
    private final TinyRun.Model model = new TinyRun.Model();

    @TempDir
    Path dir;
    private final DirectoryEntries directory = new DirectoryEntries();
    private final StageRegistry stages = new StageRegistry();
    private final List<float[]> seen = new CopyOnWriteArrayList<>();
    private RunLauncher launcher;

    @BeforeEach
    void engine() {
        run = dir.resolve("run");
        System.setProperty(CheckpointInterval.PROPERTY, "0");
        model.weights = "sha-1";
        model.onForward = (first, n) -> {
            if (calls.incrementAndGet() == crashAt.get()) {
                throw new IllegalStateException("crash in batch " + calls.get());
            }
            probed.addAndGet(n);
        };
        TinyRun.Stimuli stimuli = new TinyRun.Stimuli();
        directory.put(ServiceEntry.of(ServiceKind.MODEL, model.info(), "test", "1.0", 1), ServiceSource.of(model));
        directory.put(ServiceEntry.of(ServiceKind.STIMULUS, stimuli.info(), "test", "1.0", 2), ServiceSource.of(stimuli));
        stages.add(new Recorder(seen), "test");
        launcher = Guice.createInjector(new EngineModule(new ServiceCatalog(directory), stages, new EngineInfo("test")))
                .getInstance(RunLauncher.class);
    }

    @AfterEach
    void property() {
        System.clearProperty(CheckpointInterval.PROPERTY);
    }

    private static RunDescription description() {
        return new RunDescription("resume", new ComponentRef("tiny", Map.of()), List.of(), Readout.centre(),
                new ComponentRef("index", Map.of()), List.of(), List.of(), null, null, 5, 4);
    }

    /** The results folder of the run that is interrupted and resumed. */
    private Path run;

    private RunOutcome interrupted() throws Exception {
        crashAt.set(2);
        calls.set(0);
        RunOutcome o = launcher.start(description(), run, RunListener.NONE, ExistingResults.REFUSE).await();
        assertThat(o.status()).as("a probe that throws after work began stops the run, keeping the work").isEqualTo(RunOutcome.Status.INCOMPLETE);
        crashAt.set(0);
        probed.set(0);
        return o;
    }

    @Test
    void aResumedRunProbesOnlyTheBatchesAfterItsCheckpointsAndSeesTheSameRows() throws Exception {
        RunOutcome whole = launcher.start(description(), dir.resolve("whole"), RunListener.NONE, ExistingResults.REFUSE).await();
        assertThat(whole.status()).isEqualTo(RunOutcome.Status.COMPLETE);
        assertThat(dir.resolve("whole/.checkpoint")).as("a complete run leaves no checkpoints").doesNotExist();
        interrupted();
        seen.clear();

        RunOutcome resumed = launcher.resume(run, RunListener.NONE).await();

        assertThat(resumed.status()).isEqualTo(RunOutcome.Status.COMPLETE);
        assertThat(probed.get()).as("batch [0, 4) came from the checkpoint").isEqualTo(STIMULI - 4);
        assertThat(seen).hasSize(1);
        assertThat(seen.get(0)).isEqualTo(expected());
        assertThat(Files.readAllBytes(run.resolve("responses.npz"))).isEqualTo(Files.readAllBytes(dir.resolve("whole/responses.npz")));
        String manifest = Files.readString(run.resolve("manifest.json"));
        assertThat(manifest).contains("\"status\": \"complete\"").contains("\"resumed\"").contains("\"stimuli_from_checkpoints\": 4")
                .contains("\"interrupted_run_status\": \"incomplete\"");
        assertThat(run.resolve(".checkpoint")).doesNotExist();
    }

    @Test
    void aCompleteRunHasNothingToResume() throws Exception {
        launcher.start(description(), run, RunListener.NONE, ExistingResults.REFUSE).await();
        assertThatThrownBy(() -> launcher.resume(run, RunListener.NONE)).isInstanceOf(UnitscopeException.class)
                .hasMessageContaining("nothing to resume").hasMessageContaining(run.toString());
    }

    @Test
    void aFolderWithoutAManifestIsRefused() throws Exception {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        assertThatThrownBy(() -> launcher.resume(empty, RunListener.NONE)).isInstanceOf(UnitscopeException.class)
                .hasMessageContaining(empty.toString()).hasMessageContaining("no manifest.json");
        assertThatThrownBy(() -> launcher.resume(dir.resolve("nowhere"), RunListener.NONE)).hasMessageContaining("no such folder");
    }

    @Test
    void checkpointsMadeWithOtherWeightsAreRefusedAndKept() throws Exception {
        interrupted();
        model.weights = "sha-2";
        RunOutcome o = launcher.resume(run, RunListener.NONE).await();
        assertThat(o.status()).isEqualTo(RunOutcome.Status.FAILED);
        assertThat(o.message()).contains("cannot resume").contains("sha-1").contains("sha-2").contains("weights changed");
        assertThat(probed.get()).isZero();
        assertThat(run.resolve(".checkpoint/identity.json")).exists();
    }

    @Test
    void aRunWhoseModelIsGoneIsRefusedNamingIt() throws Exception {
        interrupted();
        directory.remove(1);
        assertThatThrownBy(() -> launcher.resume(run, RunListener.NONE)).isInstanceOf(UnitscopeException.class)
                .hasMessageContaining("no longer resolves").hasMessageContaining("tiny");
    }

    private static float[] expected() {
        float[] v = new float[STIMULI * 2];
        for (int i = 0; i < STIMULI; i++) {
            v[2 * i] = i;
            v[2 * i + 1] = i * i;
        }
        return v;
    }

    /** After the probe: a copy of the layer's responses. */
    private record Recorder(List<float[]> seen) implements RunStage {
        @Override
        public String id() {
            return "recorder";
        }

        @Override
        public int order() {
            return 150;
        }

        @Override
        public void run(StageContext context) {
            seen.add(context.responses().layers().get(0).values().clone());
        }
    }
}
