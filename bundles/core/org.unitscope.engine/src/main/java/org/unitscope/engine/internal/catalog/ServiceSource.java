package org.unitscope.engine.internal.catalog;

/** Where a listed service's object comes from: obtained on first use, released when the entry goes. */
public interface ServiceSource {

    /** The service object; null when it can no longer be obtained. */
    Object get();

    /** Gives the object back (once the entry has gone). */
    default void release() {
    }

    /** A source for an object at hand (a service described by calling it, or a test's service). */
    static ServiceSource of(Object service) {
        return () -> service;
    }
}
