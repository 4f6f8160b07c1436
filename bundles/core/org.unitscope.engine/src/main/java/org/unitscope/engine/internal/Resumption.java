package org.unitscope.engine.internal;

/**
 * Whether a run continues an interrupted one in the same results folder, and what that run's manifest said of it
 * (recorded in the new manifest under "resumed").
 */
record Resumption(boolean resuming, String previousStarted, String previousStatus) {
    static final Resumption NONE = new Resumption(false, null, null);
}
