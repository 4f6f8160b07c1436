package org.unitscope.api.cluster;

import java.nio.file.Path;
import java.util.Objects;

/**
 * What to run on the cluster: a survey ({@code unitscope-cluster SURVEY.json --out DIR}) or a run's sharded reverse
 * correlation ({@code unitscope-cluster rf --config RUN.json --shards K --out DIR}).
 *
 * @param kind survey or rf
 * @param input the survey description, or the run description
 * @param out the results folder
 * @param master Spark's master ({@code local[2]}, {@code spark://HOST:7077}); null for unitscope-cluster's default
 * @param shards rf only: the number of shards (ignored for a survey)
 * @param clusterHome the unitscope-cluster distribution; null to look for it (UNITSCOPE_CLUSTER_HOME, beside the
 *        unitscope distribution, the build tree)
 * @param overwrite survey only: replace the results of runs already in {@code out}
 * @param maxMemory rf only: the receptive-field sums' budget per pass (e.g. {@code 2g}); null for the description's
 */
public record ClusterRequest(Kind kind, Path input, Path out, String master, int shards, Path clusterHome, boolean overwrite,
        String maxMemory) {

    /** The two commands of unitscope-cluster. */
    public enum Kind { SURVEY, RF }

    public ClusterRequest {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(out, "out");
        if (kind == Kind.RF && shards < 1) {
            throw new IllegalArgumentException("a sharded run needs at least 1 shard, not " + shards);
        }
    }

    /** A survey into {@code out} on {@code master} (null: unitscope-cluster's default, local[*]). */
    public static ClusterRequest survey(Path survey, Path out, String master) {
        return new ClusterRequest(Kind.SURVEY, survey, out, master, 0, null, false, null);
    }

    /** A run's reverse correlation in {@code shards} shards into {@code out}. */
    public static ClusterRequest rf(Path run, int shards, Path out, String master) {
        return new ClusterRequest(Kind.RF, run, out, master, shards, null, false, null);
    }

    public ClusterRequest withClusterHome(Path home) {
        return new ClusterRequest(kind, input, out, master, shards, home, overwrite, maxMemory);
    }

    public ClusterRequest withOverwrite(boolean replace) {
        return new ClusterRequest(kind, input, out, master, shards, clusterHome, replace, maxMemory);
    }

    public ClusterRequest withMaxMemory(String budget) {
        return new ClusterRequest(kind, input, out, master, shards, clusterHome, overwrite, budget);
    }
}
