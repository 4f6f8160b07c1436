package org.unitscope.api;

import org.osgi.annotation.versioning.ConsumerType;

/** Every pluggable service describes itself, so no front end hard-codes a plugin. */
@ConsumerType
public interface Described {
    ServiceInfo info();
}
