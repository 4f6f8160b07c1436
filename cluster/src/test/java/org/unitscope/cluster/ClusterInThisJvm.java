package org.unitscope.cluster;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** unitscope-cluster's command function called in the test's JVM with its output captured, and the tests' fresh folders. */
final class ClusterInThisJvm {
    private ClusterInThisJvm() {
    }

    /** What a command returned and printed. */
    record Result(int code, String out, String err) {
    }

    /** {@code unitscope-cluster ARGS}; its output is also printed (the test's log), after its wall time. */
    static Result execute(String... args) {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        long t0 = System.nanoTime();
        int code = SurveyCommand.execute(args, new PrintStream(o, true, StandardCharsets.UTF_8), new PrintStream(e, true, StandardCharsets.UTF_8));
        Result r = new Result(code, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
        System.out.printf("unitscope-cluster %s: %.1f s%n%s%s", String.join(" ", args), (System.nanoTime() - t0) / 1e9, r.out(), r.err());
        return r;
    }

    /** {@code dir}, absolute, emptied of an earlier test's files and created. */
    static Path fresh(Path dir) throws IOException {
        Path d = dir.toAbsolutePath();
        if (Files.exists(d)) {
            try (Stream<Path> all = Files.walk(d)) {
                all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        Files.createDirectories(d);
        return d;
    }
}
