package org.unitscope.shell.internal.study;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unitscope.api.UnitscopeException;

class StudyTest {
    @TempDir
    Path dir;

    private Path write(String json) throws Exception {
        Path f = dir.resolve("study/s.json");
        Files.createDirectories(f.getParent());
        Files.writeString(f, json);
        return f;
    }

    @Test
    void aStudysPartsAreReadInOrderWithTheirRunFilesRelativeToTheStudyFile() throws Exception {
        Study s = Study.read(write("{\"name\": \"paper\", \"parts\": ["
                + "{\"name\": \"tuning\", \"role\": \"tuning\", \"run\": \"../runs/default.json\"},"
                + "{\"name\": \"rf\", \"role\": \"receptive-fields\", \"run\": \"rf.json\"}]}"));
        assertThat(s.name()).isEqualTo("paper");
        assertThat(s.parts()).extracting(Study.Part::name).containsExactly("tuning", "rf");
        assertThat(s.parts()).extracting(Study.Part::role).containsExactly(Study.Role.TUNING, Study.Role.RECEPTIVE_FIELDS);
        assertThat(s.parts().get(0).run()).isEqualTo(dir.resolve("runs/default.json"));
        assertThat(s.parts().get(1).run()).isEqualTo(dir.resolve("study/rf.json"));
    }

    @Test
    void anUnknownRoleIsNamedWithTheRolesThereAre() throws Exception {
        Path f = write("{\"name\": \"x\", \"parts\": [{\"name\": \"a\", \"role\": \"tunning\", \"run\": \"a.json\"}]}");
        assertThatThrownBy(() -> Study.read(f)).isInstanceOf(UnitscopeException.class)
                .hasMessage("study " + f + ": role 'tunning' is not one of tuning, categories, receptive-fields");
    }

    @Test
    void twoPartsWithOneNameWouldWriteIntoOneFolderAndAreRefused() throws Exception {
        Path f = write("{\"name\": \"x\", \"parts\": [{\"name\": \"a\", \"role\": \"tuning\", \"run\": \"a.json\"},"
                + "{\"name\": \"a\", \"role\": \"categories\", \"run\": \"b.json\"}]}");
        assertThatThrownBy(() -> Study.read(f)).hasMessageContaining("distinct part names");
    }

    @Test
    void aPartNameThatIsNotAPlainFolderNameIsRefused() throws Exception {
        Path f = write("{\"name\": \"x\", \"parts\": [{\"name\": \"../up\", \"role\": \"tuning\", \"run\": \"a.json\"}]}");
        assertThatThrownBy(() -> Study.read(f)).hasMessageContaining("lower-case letters, digits and '-', not ../up");
    }

    @Test
    void aFileThatIsNotAStudySaysWhatAStudyLooksLike() throws Exception {
        Path f = write("{\"name\": \"x\"}");
        assertThatThrownBy(() -> Study.read(f)).isInstanceOf(UnitscopeException.class)
                .hasMessageStartingWith("study " + f + ": expected {\"name\": ..., \"parts\": [");
        Path broken = write("{\"name\": ");
        assertThatThrownBy(() -> Study.read(broken)).isInstanceOf(UnitscopeException.class);
    }
}
