package org.unitscope.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.unitscope.launcher.Workbench;

/**
 * 'plugins install ID --repo LOCATION' on the real workbench, with repositories indexed by bnd at build time
 * (runtime/pom.xml): a metric plugin that imports Apache Commons Math, which the workbench does not ship, is
 * installed with that library, runs, and stays installed after a restart; without the library in the index it is
 * refused with the missing package named and nothing installed; an unknown id is a clear error.
 */
class PluginInstallIT {
    private static final String PLUGIN = "unitscope-example-skewness";
    private static final String MATH = "org.apache.commons.math3";

    @TempDir
    Path tmp;

    private static Path repository(String name) {
        Path repo = Path.of(System.getProperty("unitscope.test.repositories", "missing"), name);
        if (!Files.isRegularFile(repo.resolve("index.xml"))) {
            throw new IllegalStateException("test repository not indexed (mvn package builds it): " + repo);
        }
        return repo;
    }

    private Workbench start(Path plugins) throws Exception {
        return Dist.startWorkbench(Map.of("felix.fileinstall.dir", plugins.toString(), "felix.fileinstall.poll", "250"));
    }

    @Test
    void aPluginIsInstalledWithTheLibraryItNeedsRunsAndStaysInstalledAfterARestart() throws Exception {
        Path plugins = Files.createDirectories(tmp.resolve("plugins"));
        try (Workbench wb = start(plugins)) {
            Function<String[], Integer> cli = wb.commands(30_000);
            assertThat(installed(wb, MATH)).as("the workbench does not ship the library").isFalse();
            Dist.Result r = Dist.run(cli, "plugins", "install", PLUGIN, "--repo", repository("complete").toString());
            assertThat(r.code()).as(r.all()).isZero();
            assertThat(r.out()).contains("resolved " + PLUGIN + " 0.1.0").contains(repository("complete").resolve("index.xml").toUri().toString())
                    .containsPattern(MATH + "\\s+3\\.6\\.1\\s+active").containsPattern(PLUGIN + "\\s+0\\.1\\.0\\S*\\s+active");
            String listed = r.out().substring(r.out().indexOf("installed into"));
            assertThat(listed.indexOf(MATH)).as("the library is listed (and moved in) before the plugin").isLessThan(listed.indexOf(PLUGIN));
            assertThat(jars(plugins)).containsExactlyInAnyOrder(MATH + "-3.6.1.jar", PLUGIN + "-" + bundle(wb, PLUGIN).getVersion() + ".jar");
            assertThat(Dist.run(cli, "metrics").out()).contains("skewness 0.1.0").contains("provided by " + PLUGIN);
            assertThat(Dist.run(cli, "plugins").out()).contains(PLUGIN).contains(MATH).doesNotContain("unresolved");

            Path out = tmp.resolve("run");
            Dist.Result run = Dist.run(cli, "run", "--config", Dist.writeConfig(tmp, "{\"model\": {\"id\": \"synthetic-v1\", \"rf\": 15},"
                    + " \"layers\": [\"simple\"], \"stimulus\": {\"id\": \"gratings\", \"orientationCount\": 6, \"sfCount\": 3, \"phaseCount\": 4},"
                    + " \"metrics\": [\"skewness\"], \"seed\": 3}").toString(), "--out", out.toString());
            assertThat(run.code()).as(run.all()).isZero();
            List<Map<String, String>> units = Dist.readCsv(out.resolve("units.csv"));
            assertThat(units).isNotEmpty();
            assertThat(units).filteredOn(u -> Double.isFinite(Double.parseDouble(u.get("skewness")))).hasSize(units.size());
            assertThat(Files.readString(out.resolve("manifest.json"))).contains("\"provider\": \"" + PLUGIN + " 0.1.0");

            Dist.Result again = Dist.run(cli, "plugins", "install", PLUGIN, "--repo", repository("complete").resolve("index.xml.gz").toString());
            assertThat(again.code()).as(again.all()).isZero();
            assertThat(again.out()).contains(PLUGIN + " 0.1.0").contains("is already installed; nothing to do");
        }
        try (Workbench restarted = start(plugins)) {
            Function<String[], Integer> cli = restarted.commands(30_000);
            assertThat(Dist.waitFor(() -> Dist.run(cli, "metrics").out().contains("skewness 0.1.0"), 15_000)).isTrue();
            assertThat(bundle(restarted, MATH).getState()).isEqualTo(Bundle.ACTIVE);
        }
    }

    @Test
    void withoutTheLibraryInTheIndexThePluginIsRefusedWithTheMissingPackageNamedAndNothingInstalled() throws Exception {
        Path plugins = Files.createDirectories(tmp.resolve("plugins"));
        try (Workbench wb = start(plugins)) {
            Function<String[], Integer> cli = wb.commands(30_000);
            Dist.Result r = Dist.run(cli, "plugins", "install", PLUGIN, "--repo", repository("without-library").toString());
            assertThat(r.code()).as(r.all()).isEqualTo(1);
            assertThat(r.err()).contains("cannot install " + PLUGIN + " 0.1.0").contains("nothing in the workbench or the repository provides")
                    .contains("osgi.wiring.package (&(osgi.wiring.package=" + MATH + ".stat.descriptive.moment)(version>=3.6.0)(!(version>=4.0.0)))")
                    .contains("needed by " + PLUGIN + " 0.1.0").contains("nothing was installed");
            String gogo = Dist.gogo(wb.context(), "unitscope:plugins install " + PLUGIN + " --repo " + repository("without-library"));
            assertThat(gogo).contains("osgi.wiring.package (&(osgi.wiring.package=" + MATH + ".stat.descriptive");
            assertThat(jars(plugins)).isEmpty();
            assertThat(installed(wb, PLUGIN)).isFalse();
            assertThat(Dist.run(cli, "metrics").out()).doesNotContain("skewness");
        }
    }

    @Test
    void aPluginDroppedInWithoutItsLibraryGetsTheLibraryFromTheIndexAndStarts() throws Exception {
        Path plugins = Files.createDirectories(tmp.resolve("plugins"));
        try (Workbench wb = start(plugins)) {
            Function<String[], Integer> cli = wb.commands(30_000);
            try (Stream<Path> jars = Files.list(repository("without-library"))) {
                Path jar = jars.filter(p -> p.getFileName().toString().startsWith(PLUGIN)).findFirst().orElseThrow();
                Files.copy(jar, plugins.resolve("dropped-by-hand.jar"));
            }
            assertThat(Dist.waitFor(() -> Dist.run(cli, "plugins").out().contains("unresolved"), 15_000)).isTrue();
            Dist.Result r = Dist.run(cli, "plugins", "install", PLUGIN, "--repo", repository("complete").toString());
            assertThat(r.code()).as(r.all()).isZero();
            assertThat(r.out()).containsPattern(MATH + "\\s+3\\.6\\.1\\s+active").containsPattern(PLUGIN + "\\s+0\\.1\\.0\\S*\\s+active");
            assertThat(jars(plugins)).containsExactlyInAnyOrder("dropped-by-hand.jar", MATH + "-3.6.1.jar");
            assertThat(Dist.waitFor(() -> Dist.run(cli, "metrics").out().contains("skewness 0.1.0"), 15_000)).isTrue();
        }
    }

    @Test
    void anUnknownIdOrAMissingRepositoryIsAClearError() throws Exception {
        Path plugins = Files.createDirectories(tmp.resolve("plugins"));
        try (Workbench wb = start(plugins)) {
            Function<String[], Integer> cli = wb.commands(30_000);
            Dist.Result unknown = Dist.run(cli, "plugins", "install", "unitscope-example-nothing", "--repo", repository("complete").toString());
            assertThat(unknown.code()).isEqualTo(1);
            assertThat(unknown.err()).contains("no plugin 'unitscope-example-nothing' in the repository")
                    .contains("it has: " + MATH + ", " + PLUGIN);
            Dist.Result nowhere = Dist.run(cli, "plugins", "install", PLUGIN, "--repo", tmp.resolve("no-such-repo").toString());
            assertThat(nowhere.code()).isEqualTo(1);
            assertThat(nowhere.err()).contains("repository '" + tmp.resolve("no-such-repo") + "' not found");
            Dist.Result noDefault = Dist.run(cli, "plugins", "install", PLUGIN);
            assertThat(noDefault.err()).contains("no repository given").contains("unitscope.plugins.repository");
            assertThat(jars(plugins)).isEmpty();
        }
    }

    private static List<String> jars(Path folder) throws Exception {
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).toList();
        }
    }

    private static boolean installed(Workbench wb, String symbolicName) {
        return Stream.of(wb.context().getBundles()).anyMatch(b -> symbolicName.equals(b.getSymbolicName()));
    }

    private static Bundle bundle(Workbench wb, String symbolicName) {
        return Stream.of(wb.context().getBundles()).filter(b -> symbolicName.equals(b.getSymbolicName())).findFirst().orElseThrow();
    }
}
