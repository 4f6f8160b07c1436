package org.unitscope.cluster;

import java.io.Serializable;

/**
 * What one Spark task reports back for its run. A run that fails deterministically (bad description, a model that
 * throws) comes back as a failed outcome rather than as a task exception: Spark would retry it for nothing and then
 * abort the whole survey; only a lost executor or a crashed task is left to Spark's retry.
 *
 * @param status "complete", "incomplete" (exit 3: stopped, partial results kept) or "failed"
 * @param exitCode what {@code unitscope run} returned (0 ok, 1 error, 2 usage, 3 incomplete), -1 when it threw
 * @param message the run's last error line when it did not complete, else empty
 * @param executor the executor (host and id) that ran it
 * @param attempts Spark's attempt that returned this outcome, from 1 (more after a lost executor)
 * @param workbenchStart seconds this task spent starting its executor's workbench (the first task of each JVM), else 0
 * @param mode how the run came to its status: {@link #RUN} (ran in this survey), {@link #CONTINUED} (an interrupted run
 *        continued with {@code unitscope run --resume}), {@link #KEPT} (complete before, not run again: --resume) or
 *        {@link #LOST} (its task failed Spark's every attempt: the message is Spark's reason)
 */
public record RunOutcome(String name, String status, int exitCode, String message, double seconds, String executor, int attempts,
        double workbenchStart, String mode)
        implements Serializable {
    public static final String RUN = "run";
    public static final String CONTINUED = "continued";
    public static final String KEPT = "kept";
    public static final String LOST = "lost";

    /** A run made in this survey. */
    public RunOutcome(String name, String status, int exitCode, String message, double seconds, String executor, int attempts,
            double workbenchStart) {
        this(name, status, exitCode, message, seconds, executor, attempts, workbenchStart, RUN);
    }

    /** A run whose task Spark gave up on: failed, with Spark's reason. */
    static RunOutcome lost(String name, String reason, int attempts) {
        return new RunOutcome(name, "failed", -1, reason, 0, "", attempts, 0, LOST);
    }

    public boolean complete() {
        return "complete".equals(status);
    }

    static String statusOf(int exitCode) {
        return switch (exitCode) {
            case 0 -> "complete";
            case 3 -> "incomplete";
            default -> "failed";
        };
    }
}
