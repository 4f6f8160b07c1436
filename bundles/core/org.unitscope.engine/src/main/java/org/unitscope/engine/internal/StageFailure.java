package org.unitscope.engine.internal;

/** A stage threw: the run fails with the stage's id and the cause's message. */
final class StageFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    StageFailure(String stage, Throwable cause) {
        super("stage '" + stage + "': " + RunExecution.message(cause), cause);
    }
}
