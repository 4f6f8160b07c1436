package org.unitscope.runtime;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import org.unitscope.launcher.Distribution;

/** Shared helpers of the integration tests: the built distribution, command capture, result files. */
final class Dist {
    private Dist() {
    }

    static Distribution get() {
        String home = System.getProperty("unitscope.home");
        if (home == null || !Files.isDirectory(Path.of(home, "bundle"))) {
            throw new IllegalStateException("unitscope.home must point at the built distribution (mvn verify sets it): " + home);
        }
        return new Distribution(Path.of(home));
    }

    /** The whole distribution on the real framework, with a plugins folder of its own (empty). */
    static org.unitscope.launcher.Workbench startWorkbench(Map<String, String> extra) throws Exception {
        Map<String, String> config = new java.util.HashMap<>(extra);
        config.putIfAbsent("felix.fileinstall.dir", Files.createTempDirectory("unitscope-it-plugins").toString());
        return org.unitscope.launcher.Workbench.start(get(), List.of(), false, config);
    }

    static Path exampleJar() {
        Path jar = Path.of(System.getProperty("unitscope.example.jar", "missing"));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("example plugin jar not built: " + jar);
        }
        return jar;
    }

    /** Output of one command: exit code, stdout, stderr. */
    record Result(int code, String out, String err) {
        String all() {
            return out + err;
        }
    }

    /** Runs a command through the same function bin/unitscope calls, capturing what it prints. */
    static synchronized Result run(Function<String[], Integer> cli, String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        int code;
        try {
            code = cli.apply(args);
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
        Result r = new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        oldOut.print(r.out());
        oldErr.print(r.err());
        return r;
    }

    /** Runs commands in a Gogo shell session of the workbench and returns what the session printed. */
    static String gogo(org.osgi.framework.BundleContext context, String... commands) throws Exception {
        var refs = context.getAllServiceReferences("org.apache.felix.service.command.CommandProcessor", null);
        if (refs == null || refs.length != 1) {
            throw new IllegalStateException("no Gogo command processor");
        }
        Object processor = context.getService(refs[0]);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Object session = processor.getClass().getMethod("createSession", java.io.InputStream.class, java.io.OutputStream.class,
                java.io.OutputStream.class).invoke(processor, java.io.InputStream.nullInputStream(), out, out);
        Class<?> type = Class.forName("org.apache.felix.service.command.CommandSession", false, processor.getClass().getClassLoader());
        for (String command : commands) {
            type.getMethod("execute", CharSequence.class).invoke(session, command);
        }
        type.getMethod("close").invoke(session);
        context.ungetService(refs[0]);
        return out.toString(StandardCharsets.UTF_8);
    }

    static boolean waitFor(BooleanSupplier condition, long millis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + millis;
        while (System.currentTimeMillis() < deadline) {
            if (condition.getAsBoolean()) {
                return true;
            }
            Thread.sleep(100);
        }
        return condition.getAsBoolean();
    }

    /** units.csv as rows of column -> text. */
    static List<Map<String, String>> readCsv(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file);
        String[] header = lines.get(0).split(",", -1);
        List<Map<String, String>> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",", -1);
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 0; i < header.length; i++) {
                row.put(header[i], cells[i]);
            }
            rows.add(row);
        }
        return rows;
    }

    static Path writeConfig(Path dir, String json) throws IOException {
        Files.createDirectories(dir);
        Path p = Files.createTempFile(dir, "run", ".json");
        Files.writeString(p, json);
        return p;
    }

    /**
     * Waits for a process to end; if it does not within {@code seconds}, the assertion's message holds its threads
     * (jcmd Thread.print), so a hang shows where it is, and the process is killed.
     */
    static boolean ended(Process p, long seconds) throws Exception {
        if (p.waitFor(seconds, java.util.concurrent.TimeUnit.SECONDS)) {
            return true;
        }
        Process jcmd = new ProcessBuilder("jcmd", Long.toString(p.pid()), "Thread.print").redirectErrorStream(true).start();
        String threads = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        jcmd.waitFor(30, java.util.concurrent.TimeUnit.SECONDS);
        p.destroyForcibly();
        throw new AssertionError("process " + p.pid() + " did not end within " + seconds + " s; its threads:\n" + threads);
    }
}
