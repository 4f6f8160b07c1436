package org.unitscope.api.stage;

/**
 * A typed name on a run's blackboard. Keys are equal by name and type; a stage publishes its keys as constants so
 * that later stages can read what it produced.
 */
public record Key<T>(String name, Class<T> type) {

    public Key {
        if (name == null || name.isBlank() || type == null) {
            throw new IllegalArgumentException("a key needs a name and a type");
        }
    }

    public static <T> Key<T> of(String name, Class<T> type) {
        return new Key<>(name, type);
    }
}
