package org.unitscope.engine.internal;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Why a run was asked to stop; the first reason wins (e.g. shutdown after a provider left does not overwrite it).
 * Notes (a plugin call abandoned at the stop) are added to the reason, so the manifest names them too.
 */
final class StopFlag {
    private final AtomicReference<String> reason = new AtomicReference<>();
    private final List<String> notes = new CopyOnWriteArrayList<>();

    public void stop(String why) {
        reason.compareAndSet(null, why);
    }

    public boolean requested() {
        return reason.get() != null;
    }

    /** Something the stop did, told after the reason ("abandoned PLUGIN in CALL"). */
    public void note(String line) {
        notes.add(line);
    }

    /** Null while no stop was requested. */
    public String reason() {
        String why = reason.get();
        return why == null || notes.isEmpty() ? why : why + "; " + String.join("; ", notes);
    }
}
