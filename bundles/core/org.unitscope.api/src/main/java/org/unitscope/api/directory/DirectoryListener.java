package org.unitscope.api.directory;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Hears the directory change. Called on the thread that registered, changed or unregistered the service, before a
 * removed service is released: return quickly and do not block.
 */
@ConsumerType
@FunctionalInterface
public interface DirectoryListener {
    void changed(DirectoryEvent event);
}
