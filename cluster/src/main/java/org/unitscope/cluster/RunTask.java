package org.unitscope.cluster;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.apache.spark.SparkEnv;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.Function;

/**
 * One Spark task: one run of the survey through the executor's embedded workbench, as
 * {@code unitscope run --config RUN.json --out DIR/RUN_NAME}. Its output goes to {@code DIR/logs/RUN_NAME.log}
 * (beside the run's folder, so the folder holds exactly what {@code unitscope run} writes). A run that fails
 * comes back as a failed {@link RunOutcome}; an exception here (the workbench cannot start, a lost executor) is
 * Spark's to retry.
 */
final class RunTask implements Function<SurveyRun, RunOutcome> {
    private static final long serialVersionUID = 1L;
    /** Test only: the name of a run whose task throws on every attempt (a crash, which survey.json lists as lost). */
    static final String CRASH_PROPERTY = "unitscope.test.surveyTaskCrashes";
    private final String home;
    private final String out;
    private final boolean overwrite;
    private final Map<String, SurveyResume.Action> actions;

    RunTask(String home, String out, boolean overwrite) {
        this(home, out, overwrite, Map.of());
    }

    /**
     * @param home the unitscope distribution, at the same path on every executor
     * @param out the survey's folder (on a file system every executor shares)
     * @param overwrite whether a run may replace results already in its folder ({@code unitscope run --overwrite})
     * @param actions how each run starts (--resume: continue or replace what its folder holds); RUN when absent
     */
    RunTask(String home, String out, boolean overwrite, Map<String, SurveyResume.Action> actions) {
        this.home = home;
        this.out = out;
        this.overwrite = overwrite;
        this.actions = new HashMap<>(actions);
    }

    @Override
    public RunOutcome call(SurveyRun run) throws Exception {
        if (run.name().equals(System.getProperty(CRASH_PROPERTY))) {
            // test only: a crashed task (not a failed run), which Spark retries and, crashing again, gives up on
            throw new IllegalStateException("test crash of the task of run '" + run.name() + "' (" + CRASH_PROPERTY + ")");
        }
        SurveyResume.Action action = actions.getOrDefault(run.name(), SurveyResume.Action.RUN);
        EmbeddedWorkbench wb = EmbeddedWorkbench.get(Path.of(home));
        double workbenchStart = EmbeddedWorkbench.takeStartSeconds();
        Path config = Files.createTempFile("unitscope-survey-" + run.name() + "-", ".json");
        long t0 = System.nanoTime();
        int code;
        String message = "";
        try {
            Files.writeString(config, run.description());
            try (RunOutput output = RunOutput.capture(Path.of(out, "logs", run.name() + ".log"))) {
                code = wb.command(arguments(action, config, Path.of(out, run.name()), attempt()));
                if (code != 0) {
                    message = output.lastErrorLine();
                }
            }
        } catch (RuntimeException e) {
            // a command that throws instead of returning its status: deterministic, so reported, not retried
            code = -1;
            message = e.toString();
        } finally {
            Files.deleteIfExists(config);
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        return new RunOutcome(run.name(), RunOutcome.statusOf(code), code, message, seconds, executor(), attempt() + 1, workbenchStart,
                action == SurveyResume.Action.CONTINUE ? RunOutcome.CONTINUED : RunOutcome.RUN);
    }

    /**
     * A retried attempt (its executor was lost, or the task crashed) finds the folder of the attempt before it, whose
     * process is gone: it replaces that partial run the way {@code --overwrite} does (the new run writes beside it and
     * swaps in when complete). A first attempt never replaces results unless the survey was given --overwrite. An
     * interrupted run (--resume) continues from its checkpoints, on a retried attempt too; a failed one is replaced.
     */
    private String[] arguments(SurveyResume.Action action, Path config, Path dir, int attempt) {
        if (action == SurveyResume.Action.CONTINUE) {
            return new String[] {"run", "--resume", dir.toString()};
        }
        return overwrite || attempt > 0 || action == SurveyResume.Action.REPLACE ? new String[] {"run", "--config", config.toString(), "--out", dir.toString(), "--overwrite"}
                : new String[] {"run", "--config", config.toString(), "--out", dir.toString()};
    }

    private static int attempt() {
        TaskContext task = TaskContext.get();
        return task == null ? 0 : task.attemptNumber();
    }

    private static String executor() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            host = "?";
        }
        SparkEnv env = SparkEnv.get();
        return host + "/" + (env == null ? "?" : env.executorId());
    }
}
