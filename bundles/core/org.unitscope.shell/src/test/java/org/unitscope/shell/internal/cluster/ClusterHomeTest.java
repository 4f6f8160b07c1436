package org.unitscope.shell.internal.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unitscope.api.UnitscopeException;

/** Where the workbench looks for unitscope-cluster, in order, and what it says when it finds none. */
class ClusterHomeTest {
    @TempDir
    Path dir;

    private Path distribution(Path p) throws IOException {
        Files.createDirectories(p.resolve("bin"));
        Files.writeString(p.resolve("bin").resolve("unitscope-cluster"), "#!/bin/sh\n");
        return p;
    }

    @Test
    void theFolderGivenWinsOverTheEnvironment() throws IOException {
        Path given = distribution(dir.resolve("given"));
        Path env = distribution(dir.resolve("env"));
        assertThat(ClusterHome.locate(given, Map.of("UNITSCOPE_CLUSTER_HOME", env.toString()), null)).isEqualTo(given);
    }

    @Test
    void aGivenFolderThatIsNoDistributionIsRefusedByName() {
        assertThatThrownBy(() -> ClusterHome.locate(dir.resolve("nothing"), Map.of(), null))
                .isInstanceOf(UnitscopeException.class).hasMessageContaining(dir.resolve("nothing").toString())
                .hasMessageContaining("bin/unitscope-cluster");
    }

    @Test
    void theEnvironmentComesBeforeTheFolderBesideTheDistribution() throws IOException {
        Path env = distribution(dir.resolve("env"));
        distribution(dir.resolve("unitscope-cluster"));
        assertThat(ClusterHome.locate(null, Map.of("UNITSCOPE_CLUSTER_HOME", env.toString()), dir.resolve("unitscope"))).isEqualTo(env);
    }

    @Test
    void aFolderBesideTheUnitscopeDistributionIsFound() throws IOException {
        Path beside = distribution(dir.resolve("unitscope-cluster"));
        assertThat(ClusterHome.locate(null, Map.of(), dir.resolve("unitscope"))).isEqualTo(beside);
    }

    @Test
    void theBuildTreesClusterDistributionIsFoundFromRuntimeTarget() throws IOException {
        Path tree = distribution(dir.resolve("cluster/target/unitscope-cluster"));
        assertThat(ClusterHome.locate(null, Map.of(), dir.resolve("runtime/target/unitscope"))).isEqualTo(tree);
    }

    @Test
    void noDistributionAnywhereNamesEveryPlaceTried() {
        Path home = dir.resolve("runtime/target/unitscope");
        assertThatThrownBy(() -> ClusterHome.locate(null, Map.of("UNITSCOPE_CLUSTER_HOME", dir.resolve("env").toString()), home))
                .isInstanceOf(UnitscopeException.class)
                .hasMessageContaining("UNITSCOPE_CLUSTER_HOME " + dir.resolve("env"))
                .hasMessageContaining(dir.resolve("runtime/target/unitscope-cluster").toString())
                .hasMessageContaining(dir.resolve("cluster/target/unitscope-cluster").toString())
                .hasMessageContaining("--cluster DIR");
    }
}
