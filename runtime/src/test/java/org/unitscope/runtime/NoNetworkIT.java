package org.unitscope.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The default analysis, {@code bin/unitscope reproduce} (the paper's study: grating tuning, categories on
 * Fashion-MNIST, AWA and AWC receptive fields with the prediction, and the report; about 9 minutes on 2 cores), in a
 * network namespace with no interfaces but a loopback that is down: nothing the workbench does (framework, DJL,
 * libtorch, the shipped weights and data, the report) may need the network. As root `unshare -n` makes the
 * namespace; otherwise `unshare -rn` (a user namespace maps the user to root in it).
 */
class NoNetworkIT {
    @TempDir
    Path tmp;

    /** The unshare options that work for this user, if any. */
    private static Optional<List<String>> unshare() throws Exception {
        for (List<String> cmd : List.of(List.of("unshare", "-n"), List.of("unshare", "-rn"))) {
            List<String> probe = new ArrayList<>(cmd);
            probe.add("true");
            try {
                Process p = new ProcessBuilder(probe).redirectErrorStream(true).start();
                p.getInputStream().readAllBytes();
                if (p.waitFor() == 0) {
                    return Optional.of(cmd);
                }
            } catch (java.io.IOException e) {
                return Optional.empty(); // no unshare at all
            }
        }
        return Optional.empty();
    }

    private static String output(List<String> cmd) throws Exception {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        return text;
    }

    @Test
    void theDefaultAnalysisRunsWithNoNetworkInterfaces() throws Exception {
        Optional<List<String>> ns = unshare();
        Assumptions.assumeTrue(ns.isPresent(), "neither 'unshare -n' nor 'unshare -rn' works here (no root, and user namespaces are "
                + "disabled): the run without network cannot be checked on this machine");
        List<String> devices = new ArrayList<>(ns.get());
        devices.addAll(List.of("cat", "/proc/net/dev"));
        String dev = output(devices);
        assertThat(dev.lines().skip(2).map(l -> l.strip().split(":")[0]).toList()).as(dev).containsExactly("lo");

        Path out = tmp.resolve("offline");
        List<String> cmd = new ArrayList<>(ns.get());
        cmd.addAll(List.of(Dist.get().home().resolve("bin/unitscope").toString(), "reproduce", "--out", out.toString()));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(tmp.resolve("log.txt").toFile());
        pb.environment().remove("UNITSCOPE_JAVA_OPTS"); // the launcher's own heap, as scripts/demo runs it
        Process p = pb.start();
        assertThat(Dist.ended(p, 2400)).isTrue();
        String log = Files.readString(tmp.resolve("log.txt"));
        assertThat(p.exitValue()).as(log).isZero();
        assertThat(log).contains("study complete: " + out);
        for (String part : List.of("tuning", "categories", "receptive-fields")) {
            assertThat(Files.readString(out.resolve(part).resolve("manifest.json"))).as(part).contains("\"status\": \"complete\"");
        }
        assertThat(Dist.readCsv(out.resolve("tuning").resolve("units.csv"))).as("every conv unit of the reference network").hasSize(1056);
        assertThat(out.resolve("receptive-fields").resolve("rf.npz")).isNotEmptyFile();
        assertThat(out.resolve("report").resolve("index.html")).isNotEmptyFile();
    }
}
