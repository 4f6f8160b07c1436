package org.unitscope.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.ServiceReference;
import org.unitscope.runtime.directorybundle.Activator;
import org.unitscope.runtime.directorybundle.LegacyStimuli;
import org.unitscope.runtime.directorybundle.ProbeStimuli;

/**
 * The engine's service directory on the real framework: plugins are listed from their service properties and
 * configuration types without being activated, and listeners hear them come, change and go.
 */
class ServiceDirectoryIT extends OnTheWorkbench {
    private static final String BARS = "org.unitscope.examples.bars.BarStimulusSet";

    @TempDir
    Path tmp;

    @Test
    void aPluginIsListedWithItsParametersWithoutBeingActivatedUntilARunUsesIt() throws Exception {
        Bundle bars = workbench.context().installBundle(Dist.exampleJar().toUri().toString());
        bars.start();
        try {
            assertThat(Dist.waitFor(() -> Dist.run(cli, "stimuli").out().contains("bars 0.1.0"), 15_000)).isTrue();
            String listing = Dist.run(cli, "stimuli").out();
            assertThat(listing).contains("bars 0.1.0  Oriented bars (bars)")
                    .contains("provided by unitscope-example-bars 0.1.0")
                    .containsPattern("widths +double_list +default \\[2.0, 4.0, 8.0\\] +bar widths in pixels \\(allowed: > 0\\)");
            assertThat(ComponentStates.of(workbench.context(), bars, BARS)).isEqualTo("SATISFIED");

            Path config = Dist.writeConfig(tmp, "{\"model\": {\"id\": \"synthetic-v1\", \"size\": 15, \"rf\": 7},"
                    + " \"layers\": [\"simple\"], \"stimulus\": {\"id\": \"bars\", \"orientationCount\": 2, \"widths\": [2],"
                    + " \"positionCount\": 2}, \"metrics\": [], \"seed\": 1}");
            Dist.Result run = Dist.run(cli, "run", "--config", config.toString(), "--out", tmp.resolve("bars").toString());
            assertThat(run.code()).as(run.all()).isZero();
            assertThat(ComponentStates.of(workbench.context(), bars, BARS)).as("a run obtains the service").isEqualTo("ACTIVE");
        } finally {
            bars.uninstall();
        }
    }

    @Test
    void listenersHearEveryEntryThenPluginsComeChangeAndGoWhileNothingDeclaredIsObtained() throws Exception {
        Bundle probe = workbench.context().installBundle(probeBundle(tmp.resolve("probe.jar")).toUri().toString());
        probe.start();
        try {
            Function<String, Object> ask = probe(probe);
            assertThat(events(ask)).contains("ADDED STIMULUS gratings 1.1.0 org.unitscope.stimulus.grating",
                    "ADDED METRIC orientation 2.0.0 org.unitscope.metric.grating",
                    "ADDED STIMULUS probe-stimuli 1.0.0 org.unitscope.test.directory");
            assertThat(Dist.run(cli, "stimuli").out()).contains("probe-stimuli 1.0.0  Probe stimuli (directory test)")
                    .containsPattern("level +double +default 0.5 +a level strictly inside \\(0, 1\\) \\(allowed: \\(0, 1\\)\\)")
                    .containsPattern("shape +string +default square +a shape \\(allowed: one of \\[square, disc\\]\\)");

            ask.apply("modify");
            heard(ask, "MODIFIED STIMULUS probe-stimuli 1.1.0 org.unitscope.test.directory");
            assertThat(Dist.run(cli, "stimuli").out()).contains("probe-stimuli 1.1.0").doesNotContain("probe-stimuli 1.0.0");

            Bundle bars = workbench.context().installBundle(Dist.exampleJar().toUri().toString());
            bars.start();
            heard(ask, "ADDED STIMULUS bars 0.1.0 unitscope-example-bars");
            bars.uninstall();
            heard(ask, "REMOVED STIMULUS bars 0.1.0 unitscope-example-bars");
            assertThat(ask.apply("obtained")).as("times the probe's stimulus set was obtained").isEqualTo(0);
            assertThat(Dist.run(cli, "stimuli").out()).contains("legacy-stimuli 0.9.0  Legacy stimuli (directory test)");
            assertThat(ask.apply("obtained-legacy")).as("a service without the properties is obtained to be described")
                    .isEqualTo(1);
        } finally {
            probe.uninstall();
        }
        assertThat(Dist.run(cli, "stimuli").out()).doesNotContain("probe-stimuli");
    }

    private static void heard(Function<String, Object> ask, String event) throws InterruptedException {
        assertThat(Dist.waitFor(() -> events(ask).contains(event), 10_000)).as("%s in %s", event, events(ask)).isTrue();
    }

    @SuppressWarnings("unchecked")
    private static List<String> events(Function<String, Object> ask) {
        return (List<String>) ask.apply("events");
    }

    @SuppressWarnings("unchecked")
    private static Function<String, Object> probe(Bundle probe) throws Exception {
        ServiceReference<?>[] refs = workbench.context().getServiceReferences(Function.class.getName(), "(unitscope.test=directory-probe)");
        assertThat(refs).as("the probe's answering service").hasSize(1);
        assertThat(refs[0].getBundle()).isEqualTo(probe);
        return (Function<String, Object>) workbench.context().getService(refs[0]);
    }

    /** The directorybundle package's classes, with a manifest that imports only the framework and the published API. */
    private static Path probeBundle(Path jar) throws IOException {
        Manifest m = new Manifest();
        Attributes a = m.getMainAttributes();
        a.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        a.putValue("Bundle-ManifestVersion", "2");
        a.putValue("Bundle-SymbolicName", "org.unitscope.test.directory");
        a.putValue("Bundle-Version", "1.0.0");
        a.putValue("Bundle-Activator", Activator.class.getName());
        a.putValue("Import-Package", "org.osgi.framework;version=\"[1.8,2)\", org.unitscope.api;version=\"[1.2,2)\","
                + " org.unitscope.api.directory;version=\"[1.0,2)\", org.unitscope.api.stimulus");
        List<String> classes = List.of(Activator.class.getName(), Activator.class.getName() + "$Counted",
                ProbeStimuli.class.getName(), ProbeStimuli.Config.class.getName(), LegacyStimuli.class.getName());
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file, m)) {
            for (String c : classes) {
                add(out, c);
            }
        }
        return jar;
    }

    private static String entry(String className) {
        return className.replace('.', '/') + ".class";
    }

    private static void add(JarOutputStream out, String className) throws IOException {
        out.putNextEntry(new JarEntry(entry(className)));
        try (InputStream in = Activator.class.getClassLoader().getResourceAsStream(entry(className))) {
            in.transferTo(out);
        }
        out.closeEntry();
    }
}
