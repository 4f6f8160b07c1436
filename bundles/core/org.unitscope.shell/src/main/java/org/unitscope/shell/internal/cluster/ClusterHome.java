package org.unitscope.shell.internal.cluster;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.unitscope.api.UnitscopeException;

/**
 * Finds the unitscope-cluster distribution (a folder with {@code bin/unitscope-cluster}): the one given
 * ({@code --cluster DIR}), else {@code UNITSCOPE_CLUSTER_HOME}, else a folder {@code unitscope-cluster} beside the
 * unitscope distribution, else the build tree's {@code cluster/target/unitscope-cluster} (the unitscope distribution
 * being {@code runtime/target/unitscope}).
 */
public final class ClusterHome {
    static final String SCRIPT = "bin/unitscope-cluster";

    private ClusterHome() {
    }

    /**
     * @param given the folder named on the command line or in the dialog, or null
     * @param env the environment (UNITSCOPE_CLUSTER_HOME)
     * @param unitscopeHome the unitscope distribution, or null when unknown
     */
    public static Path locate(Path given, Map<String, String> env, Path unitscopeHome) {
        if (given != null) {
            Path p = given.toAbsolutePath().normalize();
            if (!isDistribution(p)) {
                throw new UnitscopeException("--cluster " + p + " is not a unitscope-cluster distribution (no " + SCRIPT + ")");
            }
            return p;
        }
        List<String> tried = new ArrayList<>();
        for (Candidate c : candidates(env, unitscopeHome)) {
            if (c.path() == null) {
                tried.add(c.how());
                continue;
            }
            Path p = c.path().toAbsolutePath().normalize();
            if (isDistribution(p)) {
                return p;
            }
            tried.add(c.how() + " " + p);
        }
        throw new UnitscopeException("no unitscope-cluster distribution found (a folder with " + SCRIPT + "); tried: "
                + String.join("; ", tried) + ". Give --cluster DIR or set UNITSCOPE_CLUSTER_HOME"
                + " (build it with: mvn -B package -pl cluster -am -DskipTests)");
    }

    private static List<Candidate> candidates(Map<String, String> env, Path home) {
        List<Candidate> out = new ArrayList<>();
        String fromEnv = env.get("UNITSCOPE_CLUSTER_HOME");
        out.add(fromEnv == null || fromEnv.isBlank()
                ? new Candidate("UNITSCOPE_CLUSTER_HOME (not set)", null) : new Candidate("UNITSCOPE_CLUSTER_HOME", Path.of(fromEnv)));
        if (home != null) {
            Path h = home.toAbsolutePath().normalize();
            out.add(new Candidate("beside the unitscope distribution:", h.resolveSibling("unitscope-cluster")));
            Path tree = h.getParent() == null || h.getParent().getParent() == null ? null : h.getParent().getParent().getParent();
            if (tree != null) {
                out.add(new Candidate("the build tree:", tree.resolve("cluster").resolve("target").resolve("unitscope-cluster")));
            }
        } else {
            out.add(new Candidate("beside the unitscope distribution (unitscope.home not set)", null));
        }
        return out;
    }

    private static boolean isDistribution(Path p) {
        return Files.isRegularFile(p.resolve(SCRIPT));
    }

    private record Candidate(String how, Path path) {
    }
}
