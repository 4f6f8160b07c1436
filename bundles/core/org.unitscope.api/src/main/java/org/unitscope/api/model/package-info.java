/** Model backends: a network's layers, receptive-field geometry and probes that return unit activations. */
@Export
@Version("2.1.0")
package org.unitscope.api.model;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
