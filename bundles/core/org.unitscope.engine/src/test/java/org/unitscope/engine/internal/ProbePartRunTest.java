package org.unitscope.engine.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.Guice;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unitscope.api.Described;
import org.unitscope.api.directory.ServiceEntry;
import org.unitscope.api.directory.ServiceKind;
import org.unitscope.api.model.Readout;
import org.unitscope.api.run.ComponentRef;
import org.unitscope.api.run.ExistingResults;
import org.unitscope.api.run.RfOptions;
import org.unitscope.api.run.RfSharding;
import org.unitscope.api.run.RunDescription;
import org.unitscope.api.run.RunListener;
import org.unitscope.api.run.RunOutcome;
import org.unitscope.api.stage.RunStage;
import org.unitscope.api.stage.StageContext;
import org.unitscope.engine.internal.catalog.DirectoryEntries;
import org.unitscope.engine.internal.catalog.ServiceCatalog;
import org.unitscope.engine.internal.catalog.ServiceSource;

/**
 * The probe split of a sharded run, through the engine's real launcher: probe parts forward only their blocks'
 * stimuli in the single run's batches, and a run given their files writes the responses of a run that probed
 * everything itself, byte for byte, without a forward pass. 37 stimuli in batches of 4 and blocks of 5 (8 blocks), so
 * that the parts' ends fall inside batches.
 */
class ProbePartRunTest {
    private static final int STIMULI = 37;
    private static final int BATCH = 4;
    private static final int PARTS = 3;

    @TempDir
    Path dir;
    private final DirectoryEntries directory = new DirectoryEntries();
    private final StageRegistry stages = new StageRegistry();
    private final TinyRun.Model model = new TinyRun.Model();
    private final AtomicInteger forwarded = new AtomicInteger();
    private final List<String> staged = new CopyOnWriteArrayList<>();
    private RunLauncher launcher;

    @BeforeEach
    void engine() {
        list(ServiceKind.MODEL, model, 1);
        list(ServiceKind.STIMULUS, new TinyRun.Stimuli(STIMULI, 100f), 2);
        model.onForward = (first, n) -> forwarded.addAndGet(n);
        stages.add(new RunStage() {
            @Override
            public String id() {
                return "after-probe";
            }

            @Override
            public int order() {
                return 150;
            }

            @Override
            public void run(StageContext context) {
                staged.add(context.description().rf().sharding().mode().name());
            }
        }, "test");
        launcher = Guice.createInjector(new EngineModule(new ServiceCatalog(directory), stages, new EngineInfo("test")))
                .getInstance(RunLauncher.class);
    }

    private void list(ServiceKind kind, Described service, long serviceId) {
        directory.put(ServiceEntry.of(kind, service.info(), "test", "1.0", serviceId), ServiceSource.of(service));
    }

    private RunOutcome run(RfSharding sharding, Path out) throws InterruptedException {
        forwarded.set(0);
        RunDescription d = RunDescription.builder().name("parts").model("tiny").stimulus("index").readout(Readout.centre())
                .seed(3).batchSize(BATCH).rf(RfOptions.DEFAULT.withBlockSize(5).withSharding(sharding)).build();
        return launcher.start(d, out, new RunListener() {
        }, ExistingResults.REFUSE).await();
    }

    private Path probeParts(int... parts) throws InterruptedException {
        Path folder = dir.resolve("probed");
        for (int k : parts) {
            Path file = folder.resolve("part-" + k + ".rfprobe");
            assertThat(run(RfSharding.probe(k, PARTS, file), dir.resolve("probe-" + k)).status()).isEqualTo(RunOutcome.Status.COMPLETE);
            // blocks 0..1, 2..4, 5..7: stimuli 0..9, 10..24, 25..36; whole batches of 4 from stimulus 0 around them
            int[][] batches = {{0, 12}, {8, 28}, {24, 37}};
            assertThat(forwarded.get()).as("stimuli through the network in part " + k).isEqualTo(batches[k][1] - batches[k][0]);
            assertThat(file).exists();
        }
        return folder;
    }

    @Test
    void aRunFromProbePartsWritesTheResponsesAndUnitsOfARunThatProbedItselfWithoutAForwardPass() throws Exception {
        assertThat(run(RfSharding.NONE, dir.resolve("alone")).status()).isEqualTo(RunOutcome.Status.COMPLETE);
        assertThat(forwarded.get()).isEqualTo(STIMULI);
        Path folder = probeParts(0, 1, 2);

        RunOutcome o = run(RfSharding.NONE.withProbed(folder), dir.resolve("probed-run"));

        assertThat(o.status()).as(o.message()).isEqualTo(RunOutcome.Status.COMPLETE);
        assertThat(forwarded.get()).as("forward passes of the run given probe parts").isZero();
        for (String f : List.of("responses.npz", "units.csv")) {
            assertThat(Files.readAllBytes(dir.resolve("probed-run").resolve(f))).as(f)
                    .isEqualTo(Files.readAllBytes(dir.resolve("alone").resolve(f)));
        }
        String manifest = Files.readString(dir.resolve("probed-run").resolve("manifest.json"));
        assertThat(manifest).contains("\"stimuli_forwarded\": 0").contains("\"responses_from_probe_parts\"")
                .contains("part-2.rfprobe");
    }

    @Test
    void aProbePartRunsNoStageButTheProbeAndWritesNoResults() throws Exception {
        probeParts(1);
        assertThat(staged).isEmpty();
        assertThat(dir.resolve("probe-1").resolve("responses.npz")).doesNotExist();
        assertThat(dir.resolve("probe-1").resolve("units.csv")).doesNotExist();
        assertThat(run(RfSharding.NONE, dir.resolve("alone")).status()).isEqualTo(RunOutcome.Status.COMPLETE);
        assertThat(staged).containsExactly("NONE");
    }

    @Test
    void aRunFromProbePartsWithAGapFailsNamingTheMissingStimuli() throws Exception {
        Path folder = probeParts(0, 2);

        RunOutcome o = run(RfSharding.NONE.withProbed(folder), dir.resolve("probed-run"));

        assertThat(o.status()).isEqualTo(RunOutcome.Status.FAILED);
        assertThat(o.message()).contains("leave a gap: stimuli 10..24 are in no file");
        assertThat(forwarded.get()).isZero();
    }

    @Test
    void aRunFromProbePartsOfAnotherSeedIsRefused() throws Exception {
        Path folder = probeParts(0, 1, 2);
        RunDescription other = RunDescription.builder().name("parts").model("tiny").stimulus("index").seed(4).batchSize(BATCH)
                .rf(RfOptions.DEFAULT.withBlockSize(5).withSharding(RfSharding.NONE.withProbed(folder))).build();

        RunOutcome o = launcher.start(other, dir.resolve("other"), new RunListener() {
        }, ExistingResults.REFUSE).await();

        assertThat(o.status()).isEqualTo(RunOutcome.Status.FAILED);
        assertThat(o.message()).contains("part-0.rfprobe holds the activations of other work").contains("seed 3").contains("seed 4");
    }
}
