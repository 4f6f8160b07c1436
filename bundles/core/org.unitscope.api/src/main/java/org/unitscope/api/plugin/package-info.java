/**
 * Installing plugins with what they need: a plugin and the bundles it depends on are found in an OSGi repository
 * index (R5 {@code index.xml}), resolved against the running workbench and installed together, or refused with the
 * missing requirement named; or a bundle jar copied in as it is, and a plugin removed (1.1).
 */
@Export
@Version("1.1.0")
package org.unitscope.api.plugin;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
