/** Model trainers: services that train a network and write weights a model backend loads. */
@Export
@Version("1.0.0")
package org.unitscope.api.train;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
