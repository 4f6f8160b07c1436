package org.unitscope.engine.internal;

import org.unitscope.engine.internal.catalog.Provided;

/**
 * One call into a plugin, as messages name it: who (the service or stage, its bundle and service id) and what (the
 * call and the stimuli it was given), e.g. "model backend 'vgg16' 0.1.0 (bundle ..., service 42)" and "forward of
 * stimuli 256..511".
 */
record PluginCall(String plugin, String what) {

    static PluginCall of(Provided<?> service, String what) {
        return new PluginCall(named(service), what);
    }

    static PluginCall of(ProvidedStage stage, String what) {
        return new PluginCall(stage.describe(), what);
    }

    /** "kind 'id' version (bundle name version, service N)": the directory's words plus the registration. */
    static String named(Provided<?> service) {
        String d = service.describe();
        return d.endsWith(")") ? d.substring(0, d.length() - 1) + ", service " + service.entry().serviceId() + ")" : d;
    }

    /** Stimuli {@code first .. first + n - 1}, as messages name a batch. */
    static String stimuli(int first, int n) {
        return "stimuli " + first + ".." + (first + n - 1);
    }

    @Override
    public String toString() {
        return plugin + " in " + what;
    }
}
