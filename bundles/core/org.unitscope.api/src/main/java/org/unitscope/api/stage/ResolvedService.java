package org.unitscope.api.stage;

import org.unitscope.api.Parameters;

/**
 * A service a run uses, with its checked and defaulted parameters and where it comes from.
 *
 * @param provider the providing bundle, "symbolic-name version"
 */
public record ResolvedService<S>(String id, String version, String provider, S service, Parameters parameters) {
}
