/** Service self-description shared by every plugin: ids, versions, typed parameters. */
@Export
@Version("1.2.0")
package org.unitscope.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
