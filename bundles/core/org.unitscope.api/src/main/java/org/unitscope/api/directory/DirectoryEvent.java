package org.unitscope.api.directory;

import java.util.Objects;

/**
 * A change of the directory: a service came ({@link Type#ADDED}), changed its description ({@link Type#MODIFIED}: the
 * entry is the new one, with the same {@code serviceId}) or went ({@link Type#REMOVED}).
 */
public record DirectoryEvent(Type type, ServiceEntry entry) {

    public enum Type { ADDED, MODIFIED, REMOVED }

    public DirectoryEvent {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(entry, "entry");
    }
}
