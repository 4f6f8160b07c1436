package org.unitscope.engine.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.Guice;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unitscope.api.Described;
import org.unitscope.api.directory.ServiceEntry;
import org.unitscope.api.directory.ServiceKind;
import org.unitscope.api.model.InputCrop;
import org.unitscope.api.model.Readout;
import org.unitscope.api.model.RfWindow;
import org.unitscope.api.run.ComponentRef;
import org.unitscope.api.run.ExistingResults;
import org.unitscope.api.run.RunDescription;
import org.unitscope.api.run.RunHandle;
import org.unitscope.api.run.RunListener;
import org.unitscope.api.run.RunOutcome;
import org.unitscope.api.stage.RunStage;
import org.unitscope.api.stage.StageContext;
import org.unitscope.engine.internal.catalog.DirectoryEntries;
import org.unitscope.engine.internal.catalog.ServiceCatalog;
import org.unitscope.engine.internal.catalog.ServiceSource;

/**
 * The orchestration through the engine's real injector and launcher, with a tiny model (one layer of two units whose
 * activations are the stimulus index and its square) and stages that record what they see.
 */
class RunPipelineTest {
    private static final int STIMULI = TinyRun.STIMULI;

    @TempDir
    Path dir;
    private final DirectoryEntries directory = new DirectoryEntries();
    private final ServiceCatalog catalog = new ServiceCatalog(directory);
    private final StageRegistry stages = new StageRegistry();
    private final List<String> seen = new CopyOnWriteArrayList<>();
    private final List<String> prepared = new CopyOnWriteArrayList<>();
    private final TinyRun.Model model = new TinyRun.Model();
    private RunLauncher launcher;

    @BeforeEach
    void engine() {
        list(ServiceKind.MODEL, model, 1);
        list(ServiceKind.STIMULUS, new TinyRun.Stimuli(), 2);
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

        RunHandle handle = launcher.start(description(), dir, RunListener.NONE, ExistingResults.REPLACE);
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
    void aPluginStageThatThrowsEndsTheRunIncompleteNamingItAndKeepsTheResponses() throws Exception {
        stage("boom", 250, c -> {
            throw new IllegalStateException("kaput");
        });
        stage("after", 300, c -> seen.add("after"));

        RunOutcome outcome = run();

        assertThat(outcome.status()).isEqualTo(RunOutcome.Status.INCOMPLETE);
        assertThat(outcome.message()).contains("run stage 'boom' (bundle test) threw in run: kaput");
        assertThat(seen).isEmpty();
        assertThat(Files.exists(dir.resolve("responses.npz"))).isTrue();
        assertThat(Files.readString(dir.resolve("manifest.json"))).contains("\"status\": \"incomplete\"")
                .contains("run stage 'boom' (bundle test) threw in run: kaput").contains("\"stimuli_done\": " + STIMULI);
    }

    @Test
    void aStageThatThrowsWhilePreparingStillFailsTheRunBeforeAnyWork() throws Exception {
        stages.add(new RunStage() {
            @Override
            public String id() {
                return "refuses";
            }

            @Override
            public int order() {
                return 250;
            }

            @Override
            public void prepare(StageContext context) {
                throw new IllegalArgumentException("too large for the budget");
            }

            @Override
            public void run(StageContext context) {
                seen.add("ran");
            }
        }, "test");

        RunOutcome outcome = run();

        assertThat(outcome.status()).isEqualTo(RunOutcome.Status.FAILED);
        assertThat(outcome.message()).isEqualTo("stage 'refuses': too large for the budget");
        assertThat(Files.exists(dir.resolve("responses.npz"))).isFalse();
    }

    @Test
    void aProbeThatHangsIsAbandonedWithinASecondOfAStopAndNamedWithItsBatch() throws Exception {
        CountDownLatch hung = new CountDownLatch(1);
        model.onForward = (first, n) -> {
            if (first == 4) {
                hung.countDown();
                sleepForever();
            }
        };
        RunHandle handle = launcher.start(description(), dir, RunListener.NONE, ExistingResults.REPLACE);
        await(hung);
        long t0 = System.nanoTime();
        handle.cancel("test stop");
        RunOutcome outcome = handle.await();
        double seconds = (System.nanoTime() - t0) / 1e9;

        System.out.printf("stop latency with a hung probe: %.3f s%n", seconds);
        assertThat(seconds).isLessThan(1.0);
        assertThat(outcome.status()).isEqualTo(RunOutcome.Status.INCOMPLETE);
        assertThat(outcome.message()).contains("test stop").contains("abandoned model backend 'tiny' 1.0 (bundle test 1.0, service 1)"
                + " in forward of stimuli 4..7").contains("(4 stimuli done)");
        assertThat(Files.exists(dir.resolve("responses.npz"))).isTrue();
    }

    @Test
    void aPluginStageDeafToTheStopIsAbandonedAfterItsGraceAndNamed() throws Exception {
        CountDownLatch entered = new CountDownLatch(1);
        stage("deaf", 150, c -> {
            entered.countDown();
            long end = System.nanoTime() + 30_000_000_000L;
            while (System.nanoTime() < end) {
                Thread.onSpinWait(); // neither checks the stop nor answers interrupts
            }
        });
        RunHandle handle = launcher.start(description(), dir, RunListener.NONE, ExistingResults.REPLACE);
        await(entered);
        long t0 = System.nanoTime();
        handle.cancel("test stop");
        RunOutcome outcome = handle.await();
        double seconds = (System.nanoTime() - t0) / 1e9;

        System.out.printf("stop latency with a deaf plugin stage: %.3f s%n", seconds);
        assertThat(seconds).isBetween(PluginGuard.STAGE_GRACE_MILLIS / 1000.0, 1.5);
        assertThat(outcome.status()).isEqualTo(RunOutcome.Status.INCOMPLETE);
        assertThat(outcome.message()).contains("test stop; abandoned run stage 'deaf' (bundle test) in run");
        assertThat(Files.exists(dir.resolve("responses.npz"))).isTrue();
    }

    @Test
    void aProbeThatHangsPastTheTimeoutEndsTheRunIncompleteNamingIt() throws Exception {
        RunLauncher impatient = Guice.createInjector(new EngineModule(catalog, stages, new EngineInfo("test"),
                new PluginTimeout(300))).getInstance(RunLauncher.class);
        model.onForward = (first, n) -> {
            if (first == 8) {
                sleepForever();
            }
        };

        RunOutcome outcome = impatient.start(description(), dir, RunListener.NONE, ExistingResults.REPLACE).await();

        assertThat(outcome.status()).isEqualTo(RunOutcome.Status.INCOMPLETE);
        assertThat(outcome.message()).contains("model backend 'tiny' 1.0 (bundle test 1.0, service 1) did not return from"
                + " forward of stimuli 8..9 within 0.3 s").contains("(8 stimuli done)");
        assertThat(Files.readString(dir.resolve("manifest.json"))).contains("\"status\": \"incomplete\"");
    }

    @Test
    void aProbeThatThrowsEndsTheRunIncompleteKeepingTheBatchesBeforeIt() throws Exception {
        model.onForward = (first, n) -> {
            if (first == 4) {
                throw new IllegalStateException("CUDA out of sorts");
            }
        };

        RunOutcome outcome = run();

        assertThat(outcome.status()).isEqualTo(RunOutcome.Status.INCOMPLETE);
        assertThat(outcome.message()).contains("model backend 'tiny' 1.0 (bundle test 1.0, service 1) threw in forward of"
                + " stimuli 4..7: CUDA out of sorts").contains("(4 stimuli done)");
        assertThat(Files.exists(dir.resolve("responses.npz"))).isTrue();
        assertThat(Files.readString(dir.resolve("summary.txt"))).startsWith("INCOMPLETE: model backend 'tiny'");
    }

    @Test
    void aModelThatRefusesToLoadStillFailsTheRun() throws Exception {
        model.loadFailure = new IllegalArgumentException("weights file is truncated");

        RunOutcome outcome = run();

        assertThat(outcome.status()).isEqualTo(RunOutcome.Status.FAILED);
        assertThat(outcome.message()).isEqualTo("weights file is truncated");
    }

    private static void sleepForever() {
        try {
            Thread.sleep(Long.MAX_VALUE);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
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

        RunHandle handle = launcher.start(description(), dir, RunListener.NONE, ExistingResults.REPLACE);
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
        model.statedCrop = new InputCrop(0, 0, 1);
        RunOutcome smaller = run();
        assertThat(smaller.status()).isEqualTo(RunOutcome.Status.FAILED);
        assertThat(smaller.message()).contains("its probe takes 2 px inputs but says they are the crop");

        model.statedCrop = new InputCrop(1, 0, 2);
        RunOutcome outside = launcher.start(description(), dir.resolve("outside"), RunListener.NONE, ExistingResults.REPLACE).await();
        assertThat(outside.status()).isEqualTo(RunOutcome.Status.FAILED);
        assertThat(outside.message()).contains("is not inside the 2x2 input");
        assertThat(seen).isEmpty();
    }

    private RunOutcome run() throws InterruptedException {
        return launcher.start(description(), dir, RunListener.NONE, ExistingResults.REPLACE).await();
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
}
