package org.unitscope.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.unitscope.runtime.stagebundle.Activator;
import org.unitscope.runtime.stagebundle.LayerMaximaStage;

/**
 * A run stage contributed by a bundle of its own, installed into the running workbench: it takes part in a real run
 * (after the engine's result files), writes a file through the run's sink and is listed in the manifest; once the
 * bundle is gone, runs go on without it.
 */
class RunStageIT extends OnTheWorkbench {
    @TempDir
    Path tmp;

    @Test
    void aStageFromAnotherBundleRunsInARealRunAndWritesAFile() throws Exception {
        Bundle bundle = workbench.context().installBundle(stageBundle(tmp.resolve("stage.jar")).toUri().toString());
        bundle.start();
        try {
            Path out = tmp.resolve("with-stage");
            Dist.Result r = run(out);
            assertThat(r.code()).as(r.all()).isZero();

            List<Map<String, String>> rows = Dist.readCsv(out.resolve(LayerMaximaStage.FILE));
            Map<String, Long> unitsPerLayer = Dist.readCsv(out.resolve("units.csv")).stream()
                    .collect(Collectors.groupingBy(u -> u.get("layer"), Collectors.counting()));
            assertThat(rows).hasSize(unitsPerLayer.size());
            for (Map<String, String> row : rows) {
                assertThat(Long.parseLong(row.get("units"))).isEqualTo(unitsPerLayer.get(row.get("layer")));
                assertThat(Double.parseDouble(row.get("max"))).isPositive();
            }
            String manifest = Files.readString(out.resolve("manifest.json"));
            assertThat(manifest).contains("\"" + LayerMaximaStage.FILE + "\"").contains("\"layer-maxima\"")
                    .contains("\"stimuli_done\": " + rows.get(0).get("stimuli"));
            // the stage ran after the write stage: its summary line is not in summary.txt
            assertThat(Files.readString(out.resolve("summary.txt"))).doesNotContain("layer-maxima");
        } finally {
            bundle.uninstall();
        }
        Path without = tmp.resolve("without-stage");
        Dist.Result r = run(without);
        assertThat(r.code()).as(r.all()).isZero();
        assertThat(Files.exists(without.resolve(LayerMaximaStage.FILE))).isFalse();
        assertThat(Files.readString(without.resolve("manifest.json"))).doesNotContain("layer-maxima");
    }

    private Dist.Result run(Path out) throws IOException {
        Path config = Dist.writeConfig(tmp, "{\"model\": {\"id\": \"synthetic-v1\", \"rf\": 15}, \"layers\": [\"simple\", \"complex\"],"
                + " \"stimulus\": {\"id\": \"gratings\", \"orientationCount\": 6, \"sfCount\": 3, \"phaseCount\": 4},"
                + " \"metrics\": [\"orientation\"], \"seed\": 3}");
        return Dist.run(cli, "run", "--config", config.toString(), "--out", out.toString());
    }

    /** The two classes of the stagebundle package, packed with a manifest that imports only the published API. */
    private static Path stageBundle(Path jar) throws IOException {
        Manifest m = new Manifest();
        Attributes a = m.getMainAttributes();
        a.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        a.putValue("Bundle-ManifestVersion", "2");
        a.putValue("Bundle-SymbolicName", "org.unitscope.test.stage");
        a.putValue("Bundle-Version", "1.0.0");
        a.putValue("Bundle-Activator", Activator.class.getName());
        a.putValue("Import-Package", "org.osgi.framework;version=\"[1.8,2)\", org.unitscope.api.stage;version=\"[1.0,2)\","
                + " org.unitscope.api.run");
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file, m)) {
            for (Class<?> c : List.of(Activator.class, LayerMaximaStage.class)) {
                String entry = c.getName().replace('.', '/') + ".class";
                out.putNextEntry(new JarEntry(entry));
                try (InputStream in = c.getClassLoader().getResourceAsStream(entry)) {
                    in.transferTo(out);
                }
                out.closeEntry();
            }
        }
        return jar;
    }
}
