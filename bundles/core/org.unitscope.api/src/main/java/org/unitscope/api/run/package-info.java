/** The run engine's contract: run descriptions, progress, outcomes. */
@Export
@Version("1.10.0")
package org.unitscope.api.run;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
