package org.unitscope.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FrameworkStorageTest {
    @TempDir
    Path tmp;

    @Test
    void theStorageOfAKilledProcessIsRemovedAndThatOfALiveOneKept() throws Exception {
        Path dead = Files.createDirectories(tmp.resolve("unitscope-felix-111-abc/bundle1"));
        Files.write(dead.resolve("bundle.jar"), new byte[1000]);
        Path live = Files.createDirectories(tmp.resolve("unitscope-felix-222-def"));
        Path old = Files.createDirectories(tmp.resolve("unitscope-felix-5529857"));
        Path other = Files.createDirectories(tmp.resolve("someone-else-111-x"));
        long freed = FrameworkStorage.sweep(tmp, Set.of(222L)::contains);
        assertThat(freed).isEqualTo(1000);
        assertThat(tmp.resolve("unitscope-felix-111-abc")).doesNotExist();
        assertThat(live).exists();
        assertThat(old).as("no process id in the name: whose it is cannot be told").exists();
        assertThat(other).exists();
    }

    @Test
    void aNewStorageIsNamedAfterThisProcessWhichIsAlive() throws Exception {
        Path mine = FrameworkStorage.create(tmp);
        long pid = FrameworkStorage.pid(mine.getFileName().toString());
        assertThat(pid).isEqualTo(ProcessHandle.current().pid());
        assertThat(FrameworkStorage.alive(pid)).isTrue();
        assertThat(FrameworkStorage.sweep(tmp, FrameworkStorage::alive)).isZero();
        assertThat(mine).exists();
        assertThat(FrameworkStorage.pid("unitscope-felix-x1-2")).isEqualTo(-1);
    }
}
