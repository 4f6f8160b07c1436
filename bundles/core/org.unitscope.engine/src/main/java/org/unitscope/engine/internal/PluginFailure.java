package org.unitscope.engine.internal;

/**
 * A plugin call threw, did not return within the timeout, or was abandoned at a stop. The guard has already asked the
 * run to stop with this message, so the run ends incomplete with the work done so far kept, not failed.
 */
final class PluginFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    PluginFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
