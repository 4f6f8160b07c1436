package org.unitscope.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.ServiceReference;
import org.unitscope.launcher.Workbench;

/**
 * The whole workbench on the real framework, driven through the same command function as bin/unitscope:
 * discovery, geometry, the default run against ground truth, reproducibility, the example plugin plugged
 * in and out (also in the middle of a run), errors, and the Gogo shell.
 */
class WorkbenchIT {
    private static Workbench workbench;
    private static Function<String[], Integer> cli;
    private static Path plugins;

    @TempDir
    Path tmp;

    @BeforeAll
    static void start() throws Exception {
        plugins = Files.createTempDirectory("unitscope-it-plugins");
        workbench = Dist.startWorkbench(Map.of("felix.fileinstall.dir", plugins.toString(), "felix.fileinstall.poll", "250"));
        cli = workbench.commands(30_000);
    }

    @AfterAll
    static void stop() {
        workbench.close();
    }

    @AfterEach
    void unplug() throws Exception {
        try (var s = Files.list(plugins)) {
            for (Path p : s.toList()) {
                Files.delete(p);
            }
        }
        assertThat(Dist.waitFor(() -> !Dist.run(cli, "stimuli").out().contains("bars "), 15_000)).isTrue();
    }

    @Test
    void listsTheServicesWithTheirParameters() {
        Dist.Result models = Dist.run(cli, "models");
        assertThat(models.code()).isZero();
        assertThat(models.out()).contains("synthetic-v1 1.1.0").contains("provided by org.unitscope.model.synthetic")
                .contains("sigmaCycles").contains("default 0.45");
        assertThat(Dist.run(cli, "stimuli").out()).contains("gratings 1.1.0").contains("orientationCount").contains("default 12")
                .contains("(allowed: [0, 1])").contains("(allowed: one of [gaussian, binary, blocked, pink])")
                .contains("image-folder 1.0.0").contains("idx-images 1.0.0").contains("noise 1.0.0");
        assertThat(Dist.run(cli, "metrics").out()).contains("orientation 2.0.0").contains("spatial-frequency 2.0.0").contains("phase-modulation 1.0.0");
        assertThat(Dist.run(cli, "estimators").out()).contains("awa 0.1.0").contains("Activation-weighted average");
    }

    @Test
    void layersShowsGeometryComputedFromTheNetwork() {
        Dist.Result r = Dist.run(cli, "layers", "--model", "synthetic-v1", "-p", "rf=21");
        assertThat(r.code()).isZero();
        assertThat(r.out()).containsPattern("simple\\s+16\\s+63\\s+21\\s+1\\s+0\\.0")
                .containsPattern("complex\\s+16\\s+63\\s+21\\s+1\\s+0\\.0")
                .containsPattern("plaid\\s+16\\s+63\\s+21\\s+1\\s+0\\.0")
                .containsPattern("dog\\s+2\\s+63\\s+21\\s+1\\s+0\\.0").contains("4 layers, 50 channels");
    }

    @Test
    void defaultRunRecoversTheGroundTruthAndIsReproducible() throws Exception {
        Path config = Dist.get().conf().resolve("runs/synthetic-v1.json");
        Path a = tmp.resolve("a");
        Dist.Result r = Dist.run(cli, "run", "--config", config.toString(), "--out", a.toString());
        assertThat(r.code()).as(r.all()).isZero();
        assertThat(r.out()).contains("simple: 16 units").contains("complex: 16 units").contains("plaid: 16 units")
                .contains("dog: 2 units").contains("results: " + a);

        List<Map<String, String>> units = Dist.readCsv(a.resolve("units.csv"));
        assertThat(units).hasSize(50);
        double sfStepOctaves = Math.log(0.5 * 31) / Math.log(2) / 7;
        for (Map<String, String> u : units) {
            double sfError = Math.abs(Math.log(Double.parseDouble(u.get("pref_sf_cpp")) / Double.parseDouble(u.get("true_sf_cpp"))) / Math.log(2));
            assertThat(sfError).as(u.toString()).isLessThanOrEqualTo(sfStepOctaves);
            assertThat(Double.parseDouble(u.get("blank_response"))).as(u.toString()).isLessThan(1e-5);
            switch (u.get("layer")) {
                case "simple", "complex" -> {
                    double trueOri = Double.parseDouble(u.get("true_orientation_deg"));
                    double d = Math.abs(Double.parseDouble(u.get("pref_ori_deg")) - trueOri) % 180;
                    assertThat(Math.min(d, 180 - d)).as(u.toString()).isLessThanOrEqualTo(7.5);
                    assertThat(u.get("ori_status")).isEqualTo("tuned");
                    assertThat(u.get("phase_class")).as(u.toString()).isEqualTo(u.get("layer").equals("simple") ? "simple" : "complex");
                }
                case "plaid" -> {
                    assertThat(u.get("ori_status")).as(u.toString()).isEqualTo("multi-peaked");
                    assertThat(u.get("ori_peaks")).isEqualTo("2.000000");
                    assertThat(u.get("pref_ori_deg")).isEmpty();
                    assertThat(Double.parseDouble(u.get("osi"))).as(u.toString()).isLessThan(0.1);
                }
                case "dog" -> {
                    assertThat(u.get("ori_status")).as(u.toString()).isEqualTo("untuned");
                    assertThat(u.get("pref_ori_deg")).isEmpty();
                    assertThat(Double.parseDouble(u.get("circ_var"))).isGreaterThan(0.99);
                }
                default -> throw new AssertionError(u.toString());
            }
        }
        String manifest = Files.readString(a.resolve("manifest.json"));
        assertThat(manifest).contains("\"status\": \"complete\"").contains("\"sha256\"").contains("\"seed\": 1")
                .contains("\"timings_s\"").contains("\"djl\": \"0.36.0\"").contains("\"engine\": \"PyTorch\"");

        Path b = tmp.resolve("b");
        assertThat(Dist.run(cli, "run", "--config", config.toString(), "--out", b.toString()).code()).isZero();
        assertThat(Files.readString(b.resolve("units.csv"))).isEqualTo(Files.readString(a.resolve("units.csv")));
        assertThat(Files.readAllBytes(b.resolve("responses.npz"))).isEqualTo(Files.readAllBytes(a.resolve("responses.npz")));
    }

    @Test
    void seededNoiseRunsAreReproducibleAndSeedsMatter() throws Exception {
        String run = "{\"model\": \"synthetic-v1\", \"layers\": [\"simple\"], \"stimulus\": {\"id\": \"noise\", \"type\": \"%s\", \"count\": 300},"
                + " \"metrics\": [], \"seed\": %d}";
        for (String type : List.of("gaussian", "binary", "blocked", "pink")) {
            Path a = tmp.resolve(type + "-a");
            Path b = tmp.resolve(type + "-b");
            Path c = tmp.resolve(type + "-c");
            assertThat(Dist.run(cli, "run", "--config", Dist.writeConfig(tmp, String.format(run, type, 5)).toString(), "--out", a.toString()).code()).isZero();
            assertThat(Dist.run(cli, "run", "--config", Dist.writeConfig(tmp, String.format(run, type, 5)).toString(), "--out", b.toString()).code()).isZero();
            assertThat(Dist.run(cli, "run", "--config", Dist.writeConfig(tmp, String.format(run, type, 6)).toString(), "--out", c.toString()).code()).isZero();
            byte[] first = Files.readAllBytes(a.resolve("responses.npz"));
            assertThat(Files.readAllBytes(b.resolve("responses.npz"))).as(type).isEqualTo(first);
            assertThat(Files.readAllBytes(c.resolve("responses.npz"))).as(type).isNotEqualTo(first);
        }
    }

    @Test
    void examplePluginIsHotPluggedInAndOut() throws Exception {
        assertThat(Dist.run(cli, "stimuli").out()).doesNotContain("bars ");
        Dist.Result install = Dist.run(cli, "plugins", "install", Dist.exampleJar().toString());
        assertThat(install.code()).as(install.all()).isZero();
        assertThat(Dist.waitFor(() -> Dist.run(cli, "stimuli").out().contains("bars 0.1.0"), 15_000)).isTrue();
        assertThat(Dist.run(cli, "plugins").out()).contains("unitscope-example-bars").contains("active");

        Path config = Dist.writeConfig(tmp, "{\"model\": \"synthetic-v1\", \"stimulus\": {\"id\": \"bars\", \"widths\": [3, 6]},"
                + " \"metrics\": [\"orientation\"], \"seed\": 3}");
        Dist.Result run = Dist.run(cli, "run", "--config", config.toString(), "--out", tmp.resolve("bars").toString());
        assertThat(run.code()).as(run.all()).isZero();
        assertThat(Files.readString(tmp.resolve("bars/manifest.json"))).contains("\"provider\": \"unitscope-example-bars 0.1.0");

        assertThat(Dist.run(cli, "plugins", "remove", "unitscope-example-bars").code()).isZero();
        assertThat(Dist.waitFor(() -> !Dist.run(cli, "stimuli").out().contains("bars "), 15_000)).isTrue();
        Dist.Result gone = Dist.run(cli, "run", "--config", config.toString(), "--out", tmp.resolve("gone").toString());
        assertThat(gone.code()).isEqualTo(1);
        assertThat(gone.err()).contains("no stimulus set 'bars' is installed").contains("gratings");
    }

    @Test
    void unpluggingTheProviderDuringARunStopsItCleanly() throws Exception {
        Files.copy(Dist.exampleJar(), plugins.resolve("bars.jar"));
        assertThat(Dist.waitFor(() -> Dist.run(cli, "stimuli").out().contains("bars 0.1.0"), 15_000)).isTrue();
        // about 23,000 stimuli: minutes of work, so the plugin is surely in use when it disappears
        Path config = Dist.writeConfig(tmp, "{\"model\": \"synthetic-v1\", \"stimulus\": {\"id\": \"bars\", \"orientationCount\": 90,"
                + " \"widths\": [2, 3, 4, 5, 6, 7, 8, 9], \"positionCount\": 32}, \"metrics\": [\"orientation\"], \"batchSize\": 32}");
        Path out = tmp.resolve("unplugged");
        Dist.Result[] result = new Dist.Result[1];
        Thread t = new Thread(() -> result[0] = Dist.run(cli, "run", "--config", config.toString(), "--out", out.toString()));
        t.start();
        assertThat(Dist.waitFor(() -> Files.exists(out.resolve("manifest.json")), 30_000)).isTrue();
        Thread.sleep(1500);
        Files.delete(plugins.resolve("bars.jar"));
        t.join(60_000);
        assertThat(t.isAlive()).isFalse();
        assertThat(result[0].code()).as(result[0].all()).isEqualTo(3);
        assertThat(result[0].err()).contains("provider went away: stimulus set 'bars' 0.1.0 (bundle unitscope-example-bars");
        String manifest = Files.readString(out.resolve("manifest.json"));
        assertThat(manifest).contains("\"status\": \"incomplete\"").contains("provider went away");
        int done = Integer.parseInt(manifest.replaceAll("(?s).*\"stimuli_done\": (\\d+).*", "$1"));
        assertThat(done).isPositive().isLessThan(90 * 8 * 32);
        assertThat(Files.readString(out.resolve("summary.txt"))).startsWith("INCOMPLETE: provider went away");
        assertThat(out.resolve("responses.npz")).exists();
    }

    @Test
    void aMissingServiceOrBadParameterIsAClearError() throws Exception {
        Path config = Dist.writeConfig(tmp, "{\"model\": \"synthetic-v1\", \"stimulus\": \"gratings\", \"metrics\": [\"tuning-by-magic\"]}");
        Dist.Result r = Dist.run(cli, "run", "--config", config.toString(), "--out", tmp.resolve("x").toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("no tuning metric 'tuning-by-magic' is installed; present: [category, orientation, phase-modulation, spatial-frequency]");

        Path bad = Dist.writeConfig(tmp, "{\"model\": {\"id\": \"synthetic-v1\", \"size\": \"big\"}, \"stimulus\": \"gratings\"}");
        Dist.Result b = Dist.run(cli, "run", "--config", bad.toString(), "--out", tmp.resolve("y").toString());
        assertThat(b.code()).isEqualTo(1);
        assertThat(b.err()).contains("parameter 'size' of 'synthetic-v1' must be an integer");
    }

    @Test
    void parametersOutsideTheirRangeAreRefusedBeforeTheModelLoadsOrTheOutputFolderIsTouched() throws Exception {
        String run = "{\"model\": {\"id\": \"vgg16\", \"weights\": \"untrained\"}, \"stimulus\": {\"id\": \"noise\", \"count\": 100000},"
                + " \"metrics\": [], \"estimators\": [%s], \"seed\": 1}";
        Map<String, String> cases = Map.of(
                "{\"id\": \"awc\", \"shuffles\": 1}", "parameter 'shuffles' of 'awc' is 1; allowed: >= 2",
                "{\"id\": \"awc\", \"alpha\": 1.0}", "parameter 'alpha' of 'awc' is 1.0; allowed: (0, 1)",
                "{\"id\": \"awc\", \"shuffles\": 9}", "awc: parameters 'shuffles' (9) and 'alpha' (0.05) cannot reach level alpha");
        for (Map.Entry<String, String> c : cases.entrySet()) {
            Path out = tmp.resolve("refused-" + Math.abs(c.getKey().hashCode()));
            long t0 = System.nanoTime();
            Dist.Result r = Dist.run(cli, "run", "--config", Dist.writeConfig(tmp, String.format(run, c.getKey())).toString(), "--out", out.toString());
            double seconds = (System.nanoTime() - t0) / 1e9;
            assertThat(r.code()).as(r.all()).isEqualTo(1);
            assertThat(r.err()).contains(c.getValue());
            assertThat(r.all()).doesNotContain("loading");
            assertThat(out).doesNotExist();
            assertThat(seconds).as("refused after %.1f s", seconds).isLessThan(5.0);
            // 'check' refuses it with the same words, before any run (what unitscope-cluster rf asks on its driver)
            Dist.Result checked = Dist.run(cli, "check", "--config", Dist.writeConfig(tmp, String.format(run, c.getKey())).toString());
            assertThat(checked.code()).as(checked.all()).isEqualTo(1);
            assertThat(checked.err()).contains(c.getValue());
            assertThat(checked.all()).doesNotContain("loading").doesNotContain("resolves");
        }
        Path good = Dist.writeConfig(tmp, String.format(run, "{\"id\": \"awc\", \"shuffles\": 39}"));
        Dist.Result resolves = Dist.run(cli, "check", "--config", good.toString());
        assertThat(resolves.code()).as(resolves.all()).isZero();
        assertThat(resolves.out()).contains(good + ": run '").contains("' resolves: model vgg16, stimuli noise, metrics [], estimators [awc]; nothing was run");
        assertThat(resolves.all()).doesNotContain("loading");
        Dist.Result inputSize = Dist.run(cli, "run", "--config", Dist.writeConfig(tmp,
                "{\"model\": {\"id\": \"vgg16\", \"inputSize\": -1}, \"stimulus\": \"gratings\"}").toString(), "--out", tmp.resolve("z").toString());
        assertThat(inputSize.err()).contains("parameter 'inputSize' of 'vgg16' is -1; allowed: >= 0");
    }

    @Test
    void theSameCommandsWorkInTheGogoShell() throws Exception {
        ServiceReference<?>[] refs = workbench.context().getAllServiceReferences("org.apache.felix.service.command.CommandProcessor", null);
        assertThat(refs).isNotNull().hasSize(1);
        ServiceReference<?> ref = refs[0];
        Object processor = workbench.context().getService(ref);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Object session = processor.getClass().getMethod("createSession", InputStream.class, java.io.OutputStream.class,
                java.io.OutputStream.class).invoke(processor, InputStream.nullInputStream(), out, out);
        Class<?> sessionType = Class.forName("org.apache.felix.service.command.CommandSession", false, processor.getClass().getClassLoader());
        sessionType.getMethod("execute", CharSequence.class).invoke(session, "unitscope:metrics");
        sessionType.getMethod("execute", CharSequence.class).invoke(session, "unitscope:layers --model synthetic-v1");
        Path config = Dist.writeConfig(tmp, "{\"name\": \"gogo check\", \"model\": \"synthetic-v1\", \"stimulus\": \"gratings\", \"metrics\": [\"orientation\"]}");
        sessionType.getMethod("execute", CharSequence.class).invoke(session, "unitscope:check --config " + config);
        sessionType.getMethod("close").invoke(session);
        String text = out.toString(StandardCharsets.UTF_8);
        assertThat(text).contains("orientation 2.0.0").contains("spatial-frequency 2.0.0").contains("phase-modulation 1.0.0").contains("4 layers, 50 channels")
                .contains(config + ": run 'gogo check' resolves: model synthetic-v1, stimuli gratings, metrics [orientation], estimators []; nothing was run");
    }

    /** Inputs a hostile test found accepted (issue 14): each refused with a message naming it. */
    @Test
    void runInputsThatCannotWorkAreRefusedWithAClearMessage() throws Exception {
        Path ok = Dist.writeConfig(tmp, "{\"model\": \"synthetic-v1\", \"stimulus\": \"gratings\", \"metrics\": [\"orientation\"]}");
        Dist.Result empty = Dist.run(cli, "run", "--config", ok.toString(), "--out", "");
        assertThat(empty.code()).isEqualTo(1);
        assertThat(empty.err()).contains("error: --out is empty: name the folder the results go to");
        Path out = tmp.resolve("never");
        Dist.Result machine = Dist.run(cli, "run", "--config", ok.toString(), "--out", out.toString(), "--max-memory", "1t");
        assertThat(machine.err()).contains("error: --max-memory 1t (1024.00 GB) is more than this machine's");
        long aboveHeap = Runtime.getRuntime().maxMemory() / (1L << 30) + 1; // within this machine's memory, above the heap
        Dist.Result memory = Dist.run(cli, "run", "--config", ok.toString(), "--out", out.toString(), "--max-memory", aboveHeap + "g");
        assertThat(memory.err()).contains("error: --max-memory " + aboveHeap + "g is more than this JVM's heap (");
        Path twice = Dist.writeConfig(tmp, "{\"model\": \"synthetic-v1\", \"layers\": [\"simple\", \"simple\"], \"stimulus\": \"gratings\","
                + " \"metrics\": [\"orientation\"]}");
        assertThat(Dist.run(cli, "run", "--config", twice.toString(), "--out", out.toString()).err())
                .contains("layer 'simple' is named twice in layers");
        Path negative = Dist.writeConfig(tmp, "{\"model\": {\"id\": \"vgg16\", \"inputSize\": -1}, \"stimulus\": \"gratings\","
                + " \"metrics\": [\"orientation\"]}");
        assertThat(Dist.run(cli, "run", "--config", negative.toString(), "--out", out.toString()).err())
                .contains("parameter 'inputSize' of 'vgg16' is -1; allowed: >= 0");
        Path huge = Dist.writeConfig(tmp, "{\"model\": \"synthetic-v1\", \"stimulus\": \"gratings\", \"metrics\": [\"orientation\"],"
                + " \"batchSize\": 1082128}");
        Dist.Result batch = Dist.run(cli, "run", "--config", huge.toString(), "--out", out.toString());
        assertThat(batch.code()).isEqualTo(1);
        assertThat(batch.err()).contains("batchSize 1082128: one batch of 1x63x63 px stimuli needs", "use at most");
        assertThat(batch.err()).contains("nothing was written: " + out + " was not created");
        assertThat(out).as("a run refused before any work leaves no folder behind").doesNotExist();
    }
}
