package org.unitscope.gui.internal;

import org.osgi.framework.Bundle;

/** Bundle states in words. */
final class BundleStates {
    private BundleStates() {
    }

    static String name(int state) {
        return switch (state) {
            case Bundle.ACTIVE -> "active";
            case Bundle.RESOLVED -> "resolved";
            case Bundle.INSTALLED -> "installed";
            case Bundle.STARTING -> "starting";
            case Bundle.STOPPING -> "stopping";
            case Bundle.UNINSTALLED -> "uninstalled";
            default -> "state " + state;
        };
    }
}
