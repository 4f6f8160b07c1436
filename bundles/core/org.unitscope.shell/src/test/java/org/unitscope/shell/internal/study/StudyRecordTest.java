package org.unitscope.shell.internal.study;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StudyRecordTest {
    private static final String RUN = "{\"name\": \"tuning\", \"seed\": 1}";

    @TempDir
    Path dir;

    private void manifest(String part, String status) throws Exception {
        Files.createDirectories(dir.resolve(part));
        Files.writeString(dir.resolve(part).resolve("manifest.json"), "{\"status\": \"" + status + "\", \"files\": []}");
    }

    @Test
    void aPartRecordedCompleteForTheSameDescriptionIsDoneAfterReopening() throws Exception {
        StudyRecord r = StudyRecord.open(dir, "paper", Map.of());
        r.record("tuning", RUN, "complete", 4.21, "ok");
        manifest("tuning", "complete");
        StudyRecord again = StudyRecord.open(dir, "paper", Map.of());
        assertThat(again.done("tuning", RUN)).isTrue();
        assertThat(again.done("categories", RUN)).as("never ran").isFalse();
    }

    @Test
    void aChangedDescriptionRunsAgain() throws Exception {
        StudyRecord.open(dir, "paper", Map.of()).record("tuning", RUN, "complete", 1, "ok");
        manifest("tuning", "complete");
        assertThat(StudyRecord.open(dir, "paper", Map.of()).done("tuning", RUN.replace("1", "2"))).isFalse();
    }

    @Test
    void anIncompletePartOrOneWhoseManifestSaysOtherwiseRunsAgain() throws Exception {
        StudyRecord r = StudyRecord.open(dir, "paper", Map.of());
        r.record("tuning", RUN, "incomplete", 1, "cancelled");
        manifest("tuning", "incomplete");
        assertThat(StudyRecord.open(dir, "paper", Map.of()).done("tuning", RUN)).isFalse();
        r.record("tuning", RUN, "complete", 1, "ok");
        manifest("tuning", "running");
        assertThat(StudyRecord.open(dir, "paper", Map.of()).done("tuning", RUN)).as("the folder was overwritten since").isFalse();
        Files.delete(dir.resolve("tuning/manifest.json"));
        assertThat(StudyRecord.open(dir, "paper", Map.of()).done("tuning", RUN)).isFalse();
    }

    @Test
    void aPartStartedWithTheSameDescriptionAndStoppedOrKilledIsResumableNotDone() throws Exception {
        StudyRecord r = StudyRecord.open(dir, "paper", Map.of());
        r.record("tuning", RUN, "running", 0, "");
        manifest("tuning", "running"); // killed: the manifest never left "running"
        StudyRecord again = StudyRecord.open(dir, "paper", Map.of());
        assertThat(again.resumable("tuning", RUN)).isTrue();
        assertThat(again.done("tuning", RUN)).isFalse();
        assertThat(again.resumable("tuning", RUN.replace("1", "2"))).as("another description is redone, not resumed").isFalse();
        manifest("tuning", "incomplete");
        assertThat(StudyRecord.open(dir, "paper", Map.of()).resumable("tuning", RUN)).isTrue();
        manifest("tuning", "failed");
        assertThat(StudyRecord.open(dir, "paper", Map.of()).resumable("tuning", RUN)).as("a failure is redone").isFalse();
        manifest("tuning/.next", "incomplete"); // a replacing run stopped beside the failed one
        assertThat(StudyRecord.open(dir, "paper", Map.of()).resumable("tuning", RUN)).isTrue();
        assertThat(StudyRecord.open(dir, "paper", Map.of()).resumable("categories", RUN)).as("never started").isFalse();
    }

    @Test
    void anotherStudysRecordOrAnUnreadableOneResumesNothing() throws Exception {
        StudyRecord.open(dir, "paper", Map.of()).record("tuning", RUN, "complete", 1, "ok");
        manifest("tuning", "complete");
        assertThat(StudyRecord.open(dir, "other", Map.of()).done("tuning", RUN)).isFalse();
        Files.writeString(dir.resolve(StudyRecord.FILE), "{\"study\": \"paper\", \"parts\": [{\"name\": ");
        assertThat(StudyRecord.open(dir, "paper", Map.of()).done("tuning", RUN)).isFalse();
    }

    @Test
    void theRecordSaysTheStudysStatusOptionsAndEachPartsTimeAndDescriptionHash() throws Exception {
        StudyRecord r = StudyRecord.open(dir, "paper", Map.of("weights", "/w/vgg16.h5"));
        r.record("tuning", RUN, "complete", 4.26, "ok");
        r.finish("complete");
        String json = Files.readString(dir.resolve(StudyRecord.FILE));
        assertThat(json).contains("\"study\": \"paper\"", "\"status\": \"complete\"", "\"weights\": \"/w/vgg16.h5\"",
                "\"seconds\": 4.3", "\"run_sha256\": \"" + StudyRecord.sha256(RUN) + "\"", "\"finished\"");
        assertThat(StudyRecord.sha256("abc")).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).as("no temporary file left").containsExactly(StudyRecord.FILE);
        }
    }
}
