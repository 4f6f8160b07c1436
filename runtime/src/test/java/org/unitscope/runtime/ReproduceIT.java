package org.unitscope.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bin/unitscope reproduce} as a user runs it (real processes, real signals): a study's parts run into sub-folders
 * with study.json; a second run keeps what is complete; a study stopped by Ctrl-C resumes with the part it stopped in;
 * a part that cannot be read stops the study before anything runs; the distribution's study takes the options.
 */
class ReproduceIT {
    private static final String TUNING = "{\"name\": \"small tuning\", \"model\": \"synthetic-v1\", \"stimulus\": {\"id\": \"gratings\","
            + " \"phaseCount\": 4}, \"metrics\": [\"orientation\", \"phase-modulation\"], \"seed\": 1}";
    private static final String RF = "{\"name\": \"small rf\", \"model\": {\"id\": \"synthetic-v1\", \"size\": 31}, \"layers\": [\"simple\"],"
            + " \"stimulus\": {\"id\": \"noise\", \"type\": \"gaussian\", \"count\": 2000}, \"estimators\": [{\"id\": \"awa\", \"shuffles\": 19}],"
            + " \"receptiveField\": {\"grid\": 8}, \"prediction\": {\"id\": \"gratings\", \"orientationCount\": 8, \"sfCount\": 4,"
            + " \"phaseCount\": 4}, \"seed\": 5}";
    /** Long enough to be interrupted: 46,080 gratings in batches of 32. */
    private static final String LONG = "{\"name\": \"long\", \"model\": \"synthetic-v1\", \"stimulus\": {\"id\": \"gratings\","
            + " \"orientationCount\": 180, \"sfCount\": 16, \"phaseCount\": 16}, \"metrics\": [\"orientation\"], \"batchSize\": 32}";

    @TempDir
    Path tmp;

    private Path study(String second, String secondRun) throws IOException {
        Files.writeString(tmp.resolve("tuning.json"), TUNING);
        Files.writeString(tmp.resolve("second.json"), secondRun);
        Path s = tmp.resolve("study.json");
        Files.writeString(s, "{\"name\": \"it\", \"parts\": [{\"name\": \"tuning\", \"role\": \"tuning\", \"run\": \"tuning.json\"},"
                + "{\"name\": \"" + second + "\", \"role\": \"receptive-fields\", \"run\": \"second.json\"}]}");
        return s;
    }

    private Process start(String log, String... args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(Dist.get().home().resolve("bin/unitscope").toString(), "reproduce"));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(tmp.resolve(log).toFile());
        pb.environment().put("UNITSCOPE_JAVA_OPTS", "-Xmx2g");
        return pb.start();
    }

    private int run(String log, String... args) throws Exception {
        Process p = start(log, args);
        assertThat(p.waitFor(300, TimeUnit.SECONDS)).as(read(log)).isTrue();
        return p.exitValue();
    }

    private String read(String name) throws IOException {
        return Files.exists(tmp.resolve(name)) ? Files.readString(tmp.resolve(name), StandardCharsets.UTF_8) : "";
    }

    @Test
    void aStudyRunsItsPartsIntoSubFoldersAndASecondRunKeepsThemWhole() throws Exception {
        Path out = tmp.resolve("out");
        String[] args = {"--study", study("receptive-fields", RF).toString(), "--out", out.toString()};
        assertThat(run("first.txt", args)).as(read("first.txt")).isZero();
        assertThat(read("first.txt")).contains("[1/2] tuning: small tuning", "[2/2] receptive-fields: small rf", "study complete: " + out);
        assertThat(out.resolve("tuning/units.csv")).exists();
        assertThat(out.resolve("receptive-fields/rf.npz")).exists();
        assertThat(read("first.txt")).contains("report: " + out.resolve("report/index.html"));
        ReportInBrowser.check(out.resolve("report"), "study-report");
        // the independent reader of docs/RESULTS.md: every npz, CSV (documented columns), PNG, SVG and JSON of the study
        String python = Files.isExecutable(Path.of("/usr/bin/python3")) ? "/usr/bin/python3" : "python3";
        Process reader = new ProcessBuilder(python, Path.of(System.getProperty("unitscope.root", ".."))
                .resolve("scripts/report-check/read_results.py").toString(), out.toString()).redirectErrorStream(true).start();
        String readerOut = new String(reader.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(reader.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(reader.exitValue()).as("read_results.py: " + readerOut).isZero();
        // the README's pandas snippet, pasted as a reader would, on this study
        Process snippet = new ProcessBuilder(python, Path.of(System.getProperty("unitscope.root", ".."))
                .resolve("scripts/report-check/readme_snippet.py").toString(), Path.of(System.getProperty("unitscope.root", ".."))
                .resolve("README.md").toString(), out.toString()).redirectErrorStream(true).start();
        String snippetOut = new String(snippet.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(snippet.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(snippet.exitValue()).as("README pandas snippet: " + snippetOut).isZero();
        assertThat(snippetOut).as("the median table by layer and the AWA shapes").contains("abs_delta_orientation").contains("simple")
                .contains("'simple.awa.awa': (16, 1,");
        String record = Files.readString(out.resolve("study.json"));
        assertThat(record).contains("\"status\": \"complete\"").contains("\"name\": \"tuning\"", "\"name\": \"receptive-fields\"");
        byte[] units = Files.readAllBytes(out.resolve("tuning/units.csv"));
        FileTime written = Files.getLastModifiedTime(out.resolve("receptive-fields/rf.npz"));

        assertThat(run("second.txt", args)).as(read("second.txt")).isZero();
        assertThat(read("second.txt")).contains("[1/2] tuning: complete in " + out.resolve("tuning") + " (kept from an earlier run)",
                "[2/2] receptive-fields: complete in " + out.resolve("receptive-fields") + " (kept");
        assertThat(Files.readAllBytes(out.resolve("tuning/units.csv"))).isEqualTo(units);
        assertThat(Files.getLastModifiedTime(out.resolve("receptive-fields/rf.npz"))).isEqualTo(written);

        Path control = tmp.resolve("control");
        Files.createDirectories(control);
        Files.writeString(tmp.resolve("control.json"), TUNING.replace("\"seed\": 1", "\"seed\": 1, \"readout\": \"mean\""));
        Process ctl = new ProcessBuilder(Dist.get().home().resolve("bin/unitscope").toString(), "run", "--config",
                tmp.resolve("control.json").toString(), "--out", control.toString()).redirectErrorStream(true)
                .redirectOutput(tmp.resolve("control.txt").toFile()).start();
        assertThat(ctl.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(ctl.exitValue()).as(read("control.txt")).isZero();
        Process compare = new ProcessBuilder(Dist.get().home().resolve("bin/unitscope").toString(), "report", out.toString(),
                control.toString()).redirectErrorStream(true).redirectOutput(tmp.resolve("compare.txt").toFile()).start();
        assertThat(compare.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(compare.exitValue()).as(read("compare.txt")).isZero();
        assertThat(read("compare.txt")).contains("report: " + out.resolve("compare-control/index.html"));
        ReportInBrowser.check(out.resolve("compare-control"), "comparison-report");
    }

    @Test
    void aStudyStoppedByCtrlCResumesWithThePartItStoppedIn() throws Exception {
        Path out = tmp.resolve("out");
        String[] args = {"--study", study("long", LONG).toString(), "--out", out.toString()};
        Process p = start("stopped.txt", args);
        assertThat(Dist.waitFor(() -> uncheckedRead("stopped.txt").contains("probe ") && uncheckedRead("stopped.txt").contains("[2/2]")
                || !p.isAlive(), 180_000)).isTrue();
        new ProcessBuilder("kill", "-INT", Long.toString(p.pid())).start().waitFor();
        assertThat(Dist.ended(p, 90)).isTrue();
        assertThat(p.exitValue()).as(read("stopped.txt")).isEqualTo(3);
        assertThat(StudyFiles.status(out.resolve("long"))).isEqualTo("incomplete");
        byte[] units = Files.readAllBytes(out.resolve("tuning/units.csv"));

        Process again = start("resumed.txt", args);
        assertThat(Dist.waitFor(() -> uncheckedRead("resumed.txt").contains("[2/2] long: long") || !again.isAlive(), 120_000)).isTrue();
        new ProcessBuilder("kill", "-INT", Long.toString(again.pid())).start().waitFor();
        assertThat(Dist.ended(again, 90)).isTrue();
        assertThat(read("resumed.txt")).contains("[1/2] tuning: complete in " + out.resolve("tuning") + " (kept from an earlier run)");
        assertThat(Files.readAllBytes(out.resolve("tuning/units.csv"))).isEqualTo(units);
    }

    @Test
    void aPartThatCannotBeReadStopsTheStudyBeforeAnythingRuns() throws Exception {
        Path s = study("rf", RF);
        Files.delete(tmp.resolve("second.json"));
        Path out = tmp.resolve("out");
        assertThat(run("bad.txt", "--study", s.toString(), "--out", out.toString())).isEqualTo(1);
        assertThat(read("bad.txt")).contains("error: study part 'rf': cannot read " + tmp.resolve("second.json"));
        assertThat(out).doesNotExist();
    }

    @Test
    void theDistributionsStudyTakesTheWeightsAndImagesOptions() throws Exception {
        Path weights = Files.writeString(tmp.resolve("vgg16-imagenet.h5"), "not read by --plan");
        Path images = Files.createDirectories(tmp.resolve("images"));
        assertThat(run("plan.txt", "--plan", "--weights", weights.toString(), "--images", images.toString())).as(read("plan.txt")).isZero();
        String plan = read("plan.txt");
        assertThat(plan).contains("# tuning (", "# categories (", "# receptive-fields (");
        assertThat(plan.split("\"weights\": \"" + weights, -1)).as("the weights in all three parts").hasSize(4);
        assertThat(plan).contains("\"id\": \"image-folder\"").contains("\"root\": \"" + images + "\"");
        assertThat(plan.substring(plan.indexOf("# receptive-fields"))).contains("\"id\": \"noise\"");
    }

    private String uncheckedRead(String name) {
        try {
            return read(name);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The status a run's manifest records. */
    private static final class StudyFiles {
        static String status(Path run) throws IOException {
            String m = Files.readString(run.resolve("manifest.json"));
            return m.replaceAll("(?s).*?\"status\": \"([a-z]+)\".*", "$1");
        }
    }
}
