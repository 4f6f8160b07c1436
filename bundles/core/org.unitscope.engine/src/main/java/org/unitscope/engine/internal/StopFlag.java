package org.unitscope.engine.internal;

import java.util.concurrent.atomic.AtomicReference;

/** Why a run was asked to stop; the first reason wins (e.g. shutdown after a provider left does not overwrite it). */
final class StopFlag {
    private final AtomicReference<String> reason = new AtomicReference<>();

    public void stop(String why) {
        reason.compareAndSet(null, why);
    }

    public boolean requested() {
        return reason.get() != null;
    }

    /** Null while no stop was requested. */
    public String reason() {
        return reason.get();
    }
}
