/**
 * Views that plugins contribute to the workbench window: a plugin registers a {@link WorkbenchViewProvider} service and
 * the window docks its view while the service is there (and shows a placeholder in its place while it is not).
 */
@Export
@Version("1.0.0")
package org.unitscope.api.gui;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
