package org.unitscope.cluster;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code unitscope-cluster SURVEY.json --out DIR [--master local[N] | spark://HOST:PORT] [--unitscope HOME] [--overwrite]
 * [--resume]}: every run of the survey as a Spark task, each into {@code DIR/RUN_NAME/}, then {@code DIR/survey.csv} and
 * {@code DIR/survey.json}. With --resume the complete runs of the same description already in DIR are kept, not run
 * ({@link SurveyResume}). Exit status: 0 every run complete, 1 a run failed or was lost (named on stderr and in
 * survey.json; the others still ran) or a folder holds another description (--resume, nothing run), 2 usage, 3 no
 * failure but a run incomplete.
 */
public final class SurveyCommand {
    static final String USAGE = "usage: unitscope-cluster SURVEY.json --out DIR [--master local[*] | local[N] | spark://HOST:PORT]"
            + " [--unitscope DISTRIBUTION] [--overwrite] [--resume]\n   or: " + RfOptions.USAGE;

    private SurveyCommand() {
    }

    public static void main(String[] args) {
        System.exit(execute(args, System.out, System.err));
    }

    /** Runs the command and returns its exit status (the tests call this; main exits with it). */
    public static int execute(String[] args, PrintStream out, PrintStream err) {
        if (args.length > 0 && args[0].equals("rf")) {
            return RfCommand.execute(java.util.Arrays.copyOfRange(args, 1, args.length), out, err);
        }
        SurveyOptions o;
        try {
            o = SurveyOptions.parse(args);
        } catch (IllegalArgumentException e) {
            err.println("unitscope-cluster: " + e.getMessage());
            err.println(USAGE);
            return 2;
        }
        try {
            return survey(o, out, err);
        } catch (Exception e) {
            err.println("unitscope-cluster: " + CommandFailure.text(e));
            return 1;
        }
    }

    private static int survey(SurveyOptions o, PrintStream out, PrintStream err) throws Exception {
        List<SurveyRun> runs = new SurveyDescription(List.of(o.survey().toAbsolutePath().getParent(), o.home())).read(o.survey());
        Files.createDirectories(o.out());
        SurveyResume plan = o.resume() ? SurveyResume.plan(runs, o.out(), o.overwrite()) : SurveyResume.none(runs);
        if (!plan.refusals().isEmpty()) {
            plan.refusals().forEach(r -> err.println("survey --resume: " + r));
            err.printf("survey --resume: nothing run: give --overwrite to replace %s, or another --out%n",
                    plan.refusals().size() == 1 ? "that run" : "those runs");
            return 1;
        }
        out.printf("survey: %d runs from %s on %s into %s%n", runs.size(), o.survey(), o.master(), o.out());
        if (o.resume()) {
            out.printf("survey: --resume: %d of %d runs kept (complete, same description), %d to continue, %d to run%n",
                    plan.count(SurveyResume.Action.KEEP), runs.size(), plan.count(SurveyResume.Action.CONTINUE),
                    plan.toRun(runs).size() - plan.count(SurveyResume.Action.CONTINUE));
            plan.actions().forEach((name, action) -> {
                if (action == SurveyResume.Action.CONTINUE) {
                    out.printf("survey: --resume: run '%s' continues from its checkpoints in %s (unitscope run --resume)%n", name,
                            o.out().resolve(name));
                }
            });
        }
        Instant started = Instant.now();
        long t0 = System.nanoTime();
        List<SurveyRun> toRun = plan.toRun(runs);
        List<RunOutcome> ran = List.of();
        SurveyManifest.Cluster cluster = SurveyManifest.Cluster.none(o.master());
        boolean stopped = false;
        if (!toRun.isEmpty()) {
            try (SurveyJob job = new SurveyJob(o.master(), "unitscope-cluster " + o.survey().getFileName())) {
                RunTask task = new RunTask(o.home().toAbsolutePath().toString(), o.out().toAbsolutePath().toString(), o.overwrite(),
                        plan.actions());
                ran = job.run(toRun, task, out);
                stopped = !ran.stream().allMatch(RunOutcome::complete) && job.contextStopped();
                // after the job: on a real cluster executors register while it starts
                cluster = job.cluster();
            }
        }
        List<RunOutcome> outcomes = inOrder(runs, plan, ran);
        double seconds = (System.nanoTime() - t0) / 1e9;
        SurveyTable.write(o.out(), runs, outcomes);
        SurveyManifest.write(o.out(), o.survey(), o.home(), cluster, started, seconds, runs, outcomes);
        if (stopped) {
            // its runs not done come back lost or, stopped by their executor's shutdown, incomplete: one line says why
            err.printf("survey: the Spark context stopped under the survey (Spark's error above says why, e.g. 'Master removed our"
                    + " application: KILLED'): %d of %d runs not complete%n", outcomes.stream().filter(r -> !r.complete()).count(), outcomes.size());
        }
        return report(outcomes, seconds, o.out(), out, err);
    }

    /** Every run's outcome in the survey's order: kept ones from the plan, the others from their tasks. */
    private static List<RunOutcome> inOrder(List<SurveyRun> runs, SurveyResume plan, List<RunOutcome> ran) {
        List<RunOutcome> all = new ArrayList<>();
        int next = 0;
        for (SurveyRun r : runs) {
            RunOutcome kept = plan.kept().get(r.name());
            all.add(kept != null ? kept : ran.get(next++));
        }
        return all;
    }

    /** " (2 kept, 1 continued)" after a resume, "" otherwise. */
    private static String resumed(List<RunOutcome> outcomes) {
        long kept = outcomes.stream().filter(r -> RunOutcome.KEPT.equals(r.mode())).count();
        long continued = outcomes.stream().filter(r -> RunOutcome.CONTINUED.equals(r.mode())).count();
        List<String> parts = new ArrayList<>();
        if (kept > 0) {
            parts.add(kept + " kept");
        }
        if (continued > 0) {
            parts.add(continued + " continued");
        }
        return parts.isEmpty() ? "" : " (" + String.join(", ", parts) + ")";
    }

    private static int report(List<RunOutcome> outcomes, double seconds, Path dir, PrintStream out, PrintStream err) {
        List<RunOutcome> failed = new ArrayList<>();
        boolean incomplete = false;
        for (RunOutcome r : outcomes) {
            if ("failed".equals(r.status())) {
                failed.add(r);
            }
            incomplete |= "incomplete".equals(r.status());
            if (!r.complete()) {
                err.printf("survey: run '%s' %s (exit %d): %s (log: %s)%n", r.name(), r.status(), r.exitCode(), r.message(),
                        dir.resolve("logs").resolve(r.name() + ".log"));
            }
        }
        long complete = outcomes.stream().filter(RunOutcome::complete).count();
        out.printf("survey %s: %d/%d runs complete%s in %s; %s, %s%n", complete == outcomes.size() ? "complete" : "incomplete",
                complete, outcomes.size(), resumed(outcomes), SurveyProgress.duration(seconds), dir.resolve("survey.csv"),
                dir.resolve("survey.json"));
        return !failed.isEmpty() ? 1 : incomplete ? 3 : 0;
    }
}
