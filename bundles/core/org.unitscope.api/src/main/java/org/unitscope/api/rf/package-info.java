/** Receptive-field estimators (reverse correlation); version 0.x: still evolving. */
@Export
@Version("0.7.0")
package org.unitscope.api.rf;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
