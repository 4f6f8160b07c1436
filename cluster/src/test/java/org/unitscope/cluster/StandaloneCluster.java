package org.unitscope.cluster;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A Spark standalone cluster on this machine, from unitscope-cluster's own lib/ (no Spark download): one Master and
 * one Worker, each a JVM of its own; the Worker launches every executor as a further JVM. The Worker builds an
 * executor's class path from {@code SPARK_HOME/jars}, so SPARK_HOME is a folder whose {@code jars} links to lib/, and
 * it needs {@code SPARK_SCALA_VERSION} (else "Cannot find any build directories": every executor fails to launch).
 */
final class StandaloneCluster implements AutoCloseable {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private final Process master;
    private final Process worker;
    private final int port;
    private final int webUi;

    private StandaloneCluster(Process master, Process worker, int port, int webUi) {
        this.master = master;
        this.worker = worker;
        this.port = port;
        this.webUi = webUi;
    }

    /** Starts a Master on a free loopback port and one Worker of {@code cores} cores, logs and work dir under {@code dir}. */
    static StandaloneCluster start(Path lib, Path dir, int cores) throws Exception {
        Path sparkHome = Files.createDirectories(dir.resolve("spark-home"));
        Path jars = sparkHome.resolve("jars");
        if (!Files.exists(jars, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            Files.createSymbolicLink(jars, lib);
        }
        int port = freePort();
        // a known web UI port: the Master's JSON and its kill of an application (MasterWebUI) are there
        int webUi = freePort();
        Process master = java(lib, sparkHome, dir.resolve("master.log"), "org.apache.spark.deploy.master.Master",
                "--host", "127.0.0.1", "--port", String.valueOf(port), "--webui-port", String.valueOf(webUi));
        Process worker = null;
        try {
            awaitPort(port, master, dir.resolve("master.log"));
            worker = java(lib, sparkHome, dir.resolve("worker.log"), "org.apache.spark.deploy.worker.Worker",
                    "--host", "127.0.0.1", "--cores", String.valueOf(cores), "--memory", "3g", "--webui-port", "0",
                    "--work-dir", Files.createDirectories(dir.resolve("work")).toString(), "spark://127.0.0.1:" + port);
            return new StandaloneCluster(master, worker, port, webUi);
        } catch (Exception | Error e) {
            stop(worker);
            stop(master);
            throw e;
        }
    }

    String url() {
        return "spark://127.0.0.1:" + port;
    }

    /** The Master's state (its web UI's {@code /json/}: workers, active and completed applications with id, name, state). */
    JsonObject state() throws IOException, InterruptedException {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + webUi + "/json/")).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IOException("the Spark master's /json/ answered " + r.statusCode() + ": " + r.body());
        }
        return JsonParser.parseString(r.body()).getAsJsonObject();
    }

    /** The id of the first application the Master runs within {@code seconds} (its web UI may start after its port). */
    Optional<String> awaitApplication(int seconds) throws InterruptedException {
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        while (System.nanoTime() < deadline) {
            try {
                JsonArray apps = state().getAsJsonArray("activeapps");
                if (!apps.isEmpty()) {
                    return Optional.of(apps.get(0).getAsJsonObject().get("id").getAsString());
                }
            } catch (IOException notYet) {
                // the web UI not up yet
            }
            Thread.sleep(100);
        }
        return Optional.empty();
    }

    /**
     * Has the Master remove the application as an operator does with the web UI's kill link ({@code spark.ui.killEnabled},
     * on by default): a POST of {@code /app/kill/?id=ID&terminate=true}, answered with a redirect to the Master's page.
     */
    void killApplication(String id) throws IOException, InterruptedException {
        URI kill = URI.create("http://127.0.0.1:" + webUi + "/app/kill/?id=" + id + "&terminate=true");
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(kill).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 302 && r.statusCode() != 200) {
            throw new IOException("the Spark master's kill of " + id + " answered " + r.statusCode() + ": " + r.body());
        }
    }

    /** The state the Master gives a completed application ("KILLED", "FINISHED", "FAILED"), or empty while it runs. */
    Optional<String> completedState(String id) throws IOException, InterruptedException {
        for (var app : state().getAsJsonArray("completedapps")) {
            if (app.getAsJsonObject().get("id").getAsString().equals(id)) {
                return Optional.of(app.getAsJsonObject().get("state").getAsString());
            }
        }
        return Optional.empty();
    }

    /**
     * {@code bin/unitscope-cluster ARGS --master URL} of the distribution under test, stdout to {@code at/out.txt} and
     * stderr to {@code at/err.txt}; the executors get the driver's DJL settings through {@code spark.executorEnv}.
     */
    ProcessBuilder unitscopeCluster(Path at, String... args) {
        List<String> command = new ArrayList<>(List.of(LaunchFixtures.CLUSTER.resolve("bin/unitscope-cluster").toString()));
        command.addAll(List.of(args));
        command.addAll(List.of("--master", url()));
        ProcessBuilder pb = new ProcessBuilder(command).redirectOutput(at.resolve("out.txt").toFile())
                .redirectError(at.resolve("err.txt").toFile());
        // the executors are JVMs of the Worker: they get the driver's DJL settings through spark.executorEnv
        String djlCache = LaunchFixtures.djlCache();
        pb.environment().put("UNITSCOPE_CLUSTER_JAVA_OPTS", "-Xmx1g -Dspark.executor.memory=1g -Dspark.executorEnv.OPT_OUT_TRACKING=true"
                + " -Dspark.executorEnv.DJL_CACHE_DIR=" + djlCache + " -Dspark.executorEnv.ENGINE_CACHE_DIR=" + djlCache);
        pb.environment().put("UNITSCOPE_HOME", LaunchFixtures.HOME.toString());
        return pb;
    }

    /** The executor JVMs the Worker runs now (Spark's CoarseGrainedExecutorBackend). */
    List<ProcessHandle> executors() {
        List<ProcessHandle> found = new ArrayList<>();
        worker.toHandle().descendants().filter(p -> p.info().commandLine().orElse("").contains("CoarseGrainedExecutorBackend"))
                .forEach(found::add);
        return found;
    }

    /** The first executor JVM to appear within {@code seconds}. */
    Optional<ProcessHandle> awaitExecutor(int seconds) throws InterruptedException {
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        while (System.nanoTime() < deadline) {
            List<ProcessHandle> now = executors();
            if (!now.isEmpty()) {
                return Optional.of(now.get(0));
            }
            Thread.sleep(100);
        }
        return Optional.empty();
    }

    private static Process java(Path lib, Path sparkHome, Path log, String main, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-cp", lib + "/*", main));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().put("SPARK_HOME", sparkHome.toString());
        pb.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
        // without it the Worker's command builder looks for Spark's build tree and launches no executor
        pb.environment().put("SPARK_SCALA_VERSION", "2.13");
        return pb.start();
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    private static void awaitPort(int port, Process master, Path log) throws Exception {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (System.nanoTime() < deadline) {
            if (!master.isAlive()) {
                throw new IllegalStateException("the Spark master ended (exit " + master.exitValue() + "): " + Files.readString(log));
            }
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress("127.0.0.1", port), 500);
                return;
            } catch (IOException notYet) {
                Thread.sleep(200);
            }
        }
        throw new IllegalStateException("the Spark master did not listen on port " + port + " within 60 s: " + Files.readString(log));
    }

    private static void stop(Process p) throws InterruptedException {
        if (p == null) {
            return;
        }
        p.descendants().forEach(ProcessHandle::destroyForcibly);
        p.destroy();
        if (!p.waitFor(20, TimeUnit.SECONDS)) {
            p.destroyForcibly().waitFor(20, TimeUnit.SECONDS);
        }
    }

    /** Stops the Worker (and the executors it launched) and the Master. */
    @Override
    public void close() throws InterruptedException {
        try {
            stop(worker);
        } finally {
            stop(master);
        }
    }
}
