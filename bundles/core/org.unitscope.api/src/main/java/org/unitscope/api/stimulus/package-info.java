/** Stimulus sets: seeded, random-access stimulus sequences with numeric labels. */
@Export
@Version("1.2.0")
package org.unitscope.api.stimulus;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
