/**
 * Launching a cluster run (a survey, or a run's sharded reverse correlation) from the workbench: {@code unitscope-cluster}
 * runs as a child process, never inside the OSGi runtime (docs/CLUSTER.md), and its progress reaches a
 * {@link org.unitscope.api.run.RunListener} like a local run's.
 */
@Export
@Version("1.0.0")
package org.unitscope.api.cluster;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
