package org.unitscope.cluster;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;

/**
 * Runs a survey's runs on Spark, one task per run (one partition each, in the survey's order), and returns their
 * outcomes in that order. The Spark context lives for one survey.
 */
final class SurveyJob implements AutoCloseable {
    private final JavaSparkContext sc;
    private final double startSeconds;

    SurveyJob(String master, String appName) {
        SparkConf conf = new SparkConf().setAppName(appName).set("spark.ui.showConsoleProgress", "false");
        if (!conf.contains("spark.master")) {
            // spark-submit passes its --master as spark.master; on our own command line --master decides
            conf.setMaster(master);
        }
        String[] jar = JavaSparkContext.jarOfClass(SurveyJob.class);
        if (!conf.contains("spark.jars") && jar.length > 0 && !conf.get("spark.master").startsWith("local")) {
            // executors on other machines load the task classes (RunTask, the embedded workbench) from this jar
            conf.setJars(jar);
        }
        if (!conf.contains("spark.ui.enabled")) {
            conf.set("spark.ui.enabled", "false");
        }
        long t0 = System.nanoTime();
        this.sc = new JavaSparkContext(conf);
        this.startSeconds = (System.nanoTime() - t0) / 1e9;
        sc.setLogLevel("WARN");
    }

    List<RunOutcome> run(List<SurveyRun> runs, Path home, Path out, boolean overwrite, PrintStream progress) {
        SurveyProgress listener = new SurveyProgress(runs.size(), progress);
        sc.sc().addSparkListener(listener);
        try {
            return sc.parallelize(runs, runs.size())
                    .map(new RunTask(home.toAbsolutePath().toString(), out.toAbsolutePath().toString(), overwrite))
                    .collect();
        } finally {
            sc.sc().removeSparkListener(listener);
        }
    }

    /** One task per item, in the items' order, with a progress line per finished task ("rf: 3/7 shards done"). */
    <T, R> List<R> map(List<T> items, org.apache.spark.api.java.function.Function<T, R> task, PrintStream progress, String prefix,
            String noun) {
        SurveyProgress listener = new SurveyProgress(items.size(), progress, prefix, noun);
        sc.sc().addSparkListener(listener);
        try {
            List<R> results = sc.parallelize(items, items.size()).map(task).collect();
            try {
                listener.awaitAll(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return results;
        } finally {
            sc.sc().removeSparkListener(listener);
        }
    }

    SurveyManifest.Cluster cluster() {
        // the driver counts as one "executor" in Spark's status; in local mode it is the only one and runs the tasks
        int executors = sc.statusTracker().getExecutorInfos().length;
        boolean local = sc.master().startsWith("local");
        return new SurveyManifest.Cluster(sc.version(), sc.master(), local ? 1 : Math.max(1, executors - 1), sc.defaultParallelism(),
                startSeconds);
    }

    @Override
    public void close() {
        sc.close();
    }
}
