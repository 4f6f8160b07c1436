package org.unitscope.engine.internal.catalog;

/** The kinds of pluggable service a run composes, with the words used in messages. */
public enum ServiceKind {
    MODEL("model backend"), STIMULUS("stimulus set"), METRIC("tuning metric"), ESTIMATOR("receptive-field estimator");

    private final String words;

    ServiceKind(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }
}
