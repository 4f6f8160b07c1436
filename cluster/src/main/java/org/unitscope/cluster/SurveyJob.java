package org.unitscope.cluster;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaFutureAction;
import org.apache.spark.api.java.JavaSparkContext;

/**
 * Runs a survey's runs on Spark, one job of one task per run (submitted in the survey's order), and returns their
 * outcomes in that order; also runs the shards of a sharded reverse correlation as one job. The Spark context lives
 * for one command.
 */
final class SurveyJob implements AutoCloseable {
    /** How a run's or a phase's message begins when the context stopped under it (the Master removed the application). */
    static final String STOPPED = "the Spark context stopped";
    /** Spark's abort message when a task failed its every attempt ("Task 0 in stage 3.0 failed 2 times"). */
    private static final Pattern TASK_FAILURES = Pattern.compile("failed (\\d+) times");
    private final JavaSparkContext sc;
    private final double startSeconds;

    /** The context stopped under a phase's tasks (the Master removed the application): the phase did not end. */
    static final class ContextStopped extends IllegalStateException {
        private static final long serialVersionUID = 1L;

        private final String phase;

        ContextStopped(String phase, String why) {
            super(STOPPED + " during the " + phase + " phase, before its tasks ended (" + why + ")");
            this.phase = phase;
        }

        String phase() {
            return phase;
        }
    }

    SurveyJob(String master, String appName) {
        SparkConf conf = new SparkConf().setAppName(appName).set("spark.ui.showConsoleProgress", "false");
        conf.setMaster(master(master));
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

    /**
     * The master the context will use: spark-submit passes its {@code --master} as the system property spark.master, and
     * that wins; on our own command line {@code --master} decides.
     */
    static String master(String option) {
        return System.getProperty("spark.master", option);
    }

    /** The Spark context, for work other than runs (the matrix-free passes of a sharded run's fold). */
    JavaSparkContext context() {
        return sc;
    }

    /**
     * Every run as a Spark job of its own (one task), all submitted at once and scheduled in the survey's order. A task
     * that crashes {@code spark.task.maxFailures} times aborts its own job only: that run comes back {@link RunOutcome#lost
     * lost} with Spark's reason, and the others still run and are counted.
     */
    List<RunOutcome> run(List<SurveyRun> runs, RunTask task, PrintStream progress) {
        SurveyProgress listener = new SurveyProgress(runs.size(), progress);
        sc.sc().addSparkListener(listener);
        try {
            List<JavaFutureAction<List<RunOutcome>>> jobs = new ArrayList<>();
            for (SurveyRun run : runs) {
                jobs.add(submit(run, task));
            }
            List<RunOutcome> outcomes = new ArrayList<>();
            for (int i = 0; i < runs.size(); i++) {
                outcomes.add(jobs.get(i) == null ? stopped(runs.get(i)) : outcome(runs.get(i), jobs.get(i)));
            }
            // the last progress lines come on Spark's listener thread, possibly after the jobs' results
            awaitProgress(listener, (int) outcomes.stream().filter(o -> !RunOutcome.LOST.equals(o.mode())).count());
            return outcomes;
        } finally {
            sc.sc().removeSparkListener(listener);
        }
    }

    /** The run's job, or null when the context stopped before it could be submitted. */
    private JavaFutureAction<List<RunOutcome>> submit(SurveyRun run, RunTask task) {
        try {
            return sc.parallelize(List.of(run), 1).map(task).collectAsync();
        } catch (IllegalStateException e) {
            if (sc.sc().isStopped()) {
                return null;
            }
            throw e;
        }
    }

    private static RunOutcome stopped(SurveyRun run) {
        return stopped(run, "Spark's error above says why, e.g. 'Master removed our application: FAILED' when no executor could be launched");
    }

    private static RunOutcome stopped(SurveyRun run, String why) {
        return RunOutcome.lost(run.name(), STOPPED + " before this run's task ended (" + why + ")", 0);
    }

    private RunOutcome outcome(SurveyRun run, JavaFutureAction<List<RunOutcome>> job) {
        try {
            return await(job).get(0);
        } catch (TimeoutException e) {
            return stopped(run);
        } catch (ExecutionException e) {
            String reason = sparkReason(e.getCause() == null ? e : e.getCause());
            Matcher m = TASK_FAILURES.matcher(reason);
            if (m.find()) {
                return RunOutcome.lost(run.name(), reason, Integer.parseInt(m.group(1)));
            }
            return contextStopped() ? stopped(run, reason) : RunOutcome.lost(run.name(), reason, sc.getConf().getInt("spark.task.maxFailures", 1));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            job.cancel(true);
            return RunOutcome.lost(run.name(), "the survey was interrupted before this run's task ended", 0);
        }
    }

    /**
     * The job's result. Spark 4.2 leaves a submitted job's future pending for ever when the context stops under it (on a
     * standalone cluster: the Master removed the application), so once the context is stopped the wait ends after 5 s.
     */
    private <R> List<R> await(JavaFutureAction<List<R>> job) throws ExecutionException, InterruptedException, TimeoutException {
        while (true) {
            boolean stopped = sc.sc().isStopped();
            try {
                return job.get(stopped ? 5 : 1, TimeUnit.SECONDS);
            } catch (TimeoutException e) {
                if (stopped) {
                    throw e;
                }
            }
        }
    }

    /**
     * Whether the context stopped under the work (the Master removed the application), waiting up to 2 s for the stop:
     * Spark aborts the application's jobs, then stops the context on a thread of its own, so the stop can come just after
     * what the work saw of it (an abort without a task's failures, a run stopped by its executor's shutdown).
     */
    boolean contextStopped() {
        // on local[N] no Master removes the application: no stop to wait for
        long deadline = System.nanoTime() + (sc.master().startsWith("local") ? 0 : 2_000_000_000L);
        while (!sc.sc().isStopped() && System.nanoTime() < deadline) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return sc.sc().isStopped();
    }

    /**
     * A job's results, ending (instead of waiting for ever) when the context stops under it; a failed job throws its
     * cause, Spark's abort message with the task's exception.
     */
    private <R> List<R> collect(JavaFutureAction<List<R>> job, String what) {
        try {
            return await(job);
        } catch (TimeoutException e) {
            throw new ContextStopped(what, "Spark's error above says why, e.g. 'Master removed our application: FAILED' when no"
                    + " executor could be launched");
        } catch (ExecutionException e) {
            String reason = sparkReason(e.getCause() == null ? e : e.getCause());
            if (!TASK_FAILURES.matcher(reason).find() && contextStopped()) {
                throw new ContextStopped(what, reason);
            }
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            job.cancel(true);
            throw new IllegalStateException("interrupted while the " + what + " tasks ran", e);
        }
    }

    private static void awaitProgress(SurveyProgress listener, int tasks) {
        try {
            listener.await(tasks, 5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The first line of Spark's abort message ("Job aborted due to stage failure: Task 0 in stage 3.0 failed 2 times, ... : CAUSE"). */
    static String sparkReason(Throwable e) {
        String m = String.valueOf(e.getMessage());
        int end = m.indexOf('\n');
        return (end < 0 ? m : m.substring(0, end)).strip();
    }

    /**
     * One task per item, in the items' order, with a progress line per finished task from {@code listener} ("rf: 3/7
     * shards done"); {@code phase} names them in the message of a context stopped under them ("rf probe").
     */
    <T, R> List<R> map(List<T> items, org.apache.spark.api.java.function.Function<T, R> task, SurveyProgress listener, String phase) {
        sc.sc().addSparkListener(listener);
        try {
            List<R> results = collect(sc.parallelize(items, items.size()).map(task).collectAsync(), phase);
            awaitProgress(listener, items.size());
            return results;
        } finally {
            sc.sc().removeSparkListener(listener);
        }
    }

    SurveyManifest.Cluster cluster() {
        // the driver counts as one "executor" in Spark's status; in local mode it is the only one and runs the tasks
        boolean local = sc.master().startsWith("local");
        if (sc.sc().isStopped()) {
            // stopped under the survey (the Master removed the application): no executors to count
            return new SurveyManifest.Cluster(sc.version(), sc.master(), 0, 0, startSeconds);
        }
        int executors = sc.statusTracker().getExecutorInfos().length;
        return new SurveyManifest.Cluster(sc.version(), sc.master(), local ? 1 : Math.max(1, executors - 1), sc.defaultParallelism(),
                startSeconds);
    }

    @Override
    public void close() {
        sc.close();
    }
}
