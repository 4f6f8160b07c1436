package org.unitscope.engine.internal.checkpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unitscope.api.UnitscopeException;

class RunCheckpointsTest {
    private static final CheckpointIdentity ID = new CheckpointIdentity("abc123", 7, 64, 1000, Map.of("conv1", 8));

    @TempDir
    Path dir;

    private static String read(InputStream in) throws IOException {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void aFreshRunStartsWithoutTheCheckpointsOfAnEarlierRun() throws IOException {
        RunCheckpoints first = new RunCheckpoints(dir);
        first.begin(ID, false);
        first.stages().save("rf/pass-0", out -> out.write(1));
        RunCheckpoints fresh = new RunCheckpoints(dir);
        assertThat(fresh.begin(ID, false)).isFalse();
        assertThat(dir.resolve(".checkpoint/stages/rf/pass-0")).doesNotExist();
        assertThat(fresh.stages().open("rf/pass-0")).isEmpty();
    }

    @Test
    void aResumedRunWithTheSameIdentityReadsTheStagesCheckpointsBack() throws IOException {
        new RunCheckpoints(dir).begin(ID, false);
        new RunCheckpoints(dir).stages().save("rf/pass-0", out -> out.write("done".getBytes(StandardCharsets.UTF_8)));
        RunCheckpoints resumed = new RunCheckpoints(dir);
        assertThat(resumed.begin(ID, true)).isTrue();
        assertThat(read(resumed.stages().open("rf/pass-0").orElseThrow())).isEqualTo("done");
        assertThat(resumed.stages().opened()).isEqualTo(1);
        assertThat(resumed.stages().open("rf/pass-1")).isEmpty();
    }

    @Test
    void checkpointsOfOtherWeightsAreRefusedNamingBothHashes() throws IOException {
        new RunCheckpoints(dir).begin(ID, false);
        CheckpointIdentity changed = new CheckpointIdentity("def456", 7, 64, 1000, Map.of("conv1", 8));
        assertThatThrownBy(() -> new RunCheckpoints(dir).begin(changed, true)).isInstanceOf(UnitscopeException.class)
                .hasMessageContaining("abc123").hasMessageContaining("def456").hasMessageContaining("weights changed");
        assertThat(dir.resolve(".checkpoint/identity.json")).as("a refusal keeps the checkpoints").exists();
    }

    @Test
    void checkpointsOfAnotherSeedOrOtherStimuliAreRefused() throws IOException {
        new RunCheckpoints(dir).begin(ID, false);
        assertThatThrownBy(() -> new RunCheckpoints(dir).begin(new CheckpointIdentity("abc123", 8, 64, 1000, Map.of("conv1", 8)), true))
                .hasMessageContaining("seed 7").hasMessageContaining("seed 8");
        assertThatThrownBy(() -> new RunCheckpoints(dir).begin(new CheckpointIdentity("abc123", 7, 64, 999, Map.of("conv1", 8)), true))
                .hasMessageContaining("1000 stimuli");
    }

    @Test
    void aResumeWithoutCheckpointsStartsFromTheFirstStimulus() throws IOException {
        RunCheckpoints resumed = new RunCheckpoints(dir);
        assertThat(resumed.begin(ID, true)).isFalse();
        assertThat(resumed.stages().resuming()).isFalse();
        assertThat(CheckpointIdentity.read(dir.resolve(".checkpoint/identity.json"))).contains(ID);
    }

    @Test
    void aCompletedRunLeavesNoCheckpointFolder() throws IOException {
        RunCheckpoints c = new RunCheckpoints(dir);
        c.begin(ID, false);
        c.chunks().write(0, 1, new float[][] {new float[8]}, new int[] {8}, Map.of());
        c.discard();
        assertThat(Files.exists(dir.resolve(".checkpoint"))).isFalse();
    }

    @Test
    void stageCheckpointNamesStayInsideTheFolder() {
        FolderCheckpoints c = new RunCheckpoints(dir).stages();
        assertThatThrownBy(() -> c.save("../escape", out -> { })).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> c.save("/abs", out -> { })).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theIntervalFallsDueOnlyAfterItsSecondsAndZeroMeansEveryBatch() {
        AtomicLong now = new AtomicLong();
        CheckpointInterval every30 = new CheckpointInterval(30, now::get);
        now.set(29_000_000_000L);
        assertThat(every30.due()).isFalse();
        now.set(30_000_000_000L);
        assertThat(every30.due()).isTrue();
        assertThat(every30.due()).isFalse();
        assertThat(new CheckpointInterval(0, now::get).due()).isTrue();
        assertThat(new CheckpointInterval(-1, now::get).due()).isFalse();
    }
}
