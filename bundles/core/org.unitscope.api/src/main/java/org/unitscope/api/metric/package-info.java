/** Tuning metrics: per-unit indices and curves computed from a table of responses. */
@Export
@Version("1.2.0")
package org.unitscope.api.metric;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
