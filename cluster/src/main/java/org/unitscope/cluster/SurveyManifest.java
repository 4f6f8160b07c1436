package org.unitscope.cluster;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.List;

/** survey.json: where the survey ran (Spark version, master, executors) and every run's status, time, seed and message. */
final class SurveyManifest {
    /** Where the survey ran: filled on the driver from its Spark context. */
    record Cluster(String sparkVersion, String master, int executors, int parallelism, double startSeconds) {
        /** No Spark context was started: every run was kept (--resume). */
        static Cluster none(String master) {
            return new Cluster(org.apache.spark.package$.MODULE$.SPARK_VERSION(), master, 0, 0, 0);
        }
    }

    private SurveyManifest() {
    }

    static void write(Path out, Path survey, Path home, Cluster cluster, Instant started, double seconds, List<SurveyRun> runs,
            List<RunOutcome> outcomes) throws IOException {
        JsonObject m = new JsonObject();
        m.addProperty("survey", survey.toAbsolutePath().toString());
        m.addProperty("unitscope_home", home.toAbsolutePath().toString());
        JsonObject spark = new JsonObject();
        spark.addProperty("version", cluster.sparkVersion());
        spark.addProperty("master", cluster.master());
        spark.addProperty("executors", cluster.executors());
        spark.addProperty("default_parallelism", cluster.parallelism());
        spark.addProperty("context_start_s", round(cluster.startSeconds()));
        m.add("spark", spark);
        m.addProperty("started", started.toString());
        m.addProperty("seconds", round(seconds));
        m.addProperty("runs_total", runs.size());
        m.addProperty("runs_complete", outcomes.stream().filter(RunOutcome::complete).count());
        m.addProperty("runs_failed", outcomes.stream().filter(o -> "failed".equals(o.status())).count());
        m.addProperty("runs_incomplete", outcomes.stream().filter(o -> "incomplete".equals(o.status())).count());
        m.addProperty("runs_kept", outcomes.stream().filter(o -> RunOutcome.KEPT.equals(o.mode())).count());
        m.addProperty("runs_continued", outcomes.stream().filter(o -> RunOutcome.CONTINUED.equals(o.mode())).count());
        m.addProperty("runs_lost", outcomes.stream().filter(o -> RunOutcome.LOST.equals(o.mode())).count());
        JsonArray list = new JsonArray();
        for (int i = 0; i < runs.size(); i++) {
            list.add(entry(runs.get(i), outcomes.get(i)));
        }
        m.add("runs", list);
        Path tmp = out.resolve("survey.json.tmp");
        Files.writeString(tmp, new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(m) + "\n");
        Files.move(tmp, out.resolve("survey.json"), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static double round(double seconds) {
        return Math.round(seconds * 1000) / 1000.0;
    }

    private static JsonObject entry(SurveyRun run, RunOutcome o) {
        JsonObject r = new JsonObject();
        r.addProperty("name", run.name());
        r.addProperty("status", o.status());
        r.addProperty("mode", o.mode());
        r.addProperty("exit_code", o.exitCode());
        r.addProperty("message", o.message());
        r.addProperty("seconds", round(o.seconds()));
        r.addProperty("workbench_start_s", round(o.workbenchStart()));
        r.addProperty("executor", o.executor());
        r.addProperty("attempts", o.attempts());
        r.addProperty("seed", run.seed());
        r.addProperty("results", run.name() + "/");
        r.addProperty("log", "logs/" + run.name() + ".log");
        return r;
    }
}
