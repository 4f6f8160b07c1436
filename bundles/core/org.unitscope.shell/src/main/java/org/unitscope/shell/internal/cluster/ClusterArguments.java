package org.unitscope.shell.internal.cluster;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.unitscope.api.cluster.ClusterRequest;

/** The command line of unitscope-cluster for a request. */
final class ClusterArguments {
    private ClusterArguments() {
    }

    /**
     * {@code CLUSTER/bin/unitscope-cluster [rf --config RUN --shards K | SURVEY] --out DIR [--master M] [--unitscope HOME] ...};
     * {@code unitscopeHome} (this workbench's distribution, null when unknown) is passed so that the cluster runs what
     * the workbench runs.
     */
    static List<String> of(ClusterRequest r, Path clusterHome, Path unitscopeHome) {
        List<String> a = new ArrayList<>();
        a.add(clusterHome.resolve(ClusterHome.SCRIPT).toString());
        if (r.kind() == ClusterRequest.Kind.RF) {
            a.addAll(List.of("rf", "--config", r.input().toAbsolutePath().toString(), "--shards", Integer.toString(r.shards())));
        } else {
            a.add(r.input().toAbsolutePath().toString());
        }
        a.addAll(List.of("--out", r.out().toAbsolutePath().toString()));
        if (r.master() != null && !r.master().isBlank()) {
            a.addAll(List.of("--master", r.master()));
        }
        if (unitscopeHome != null) {
            a.addAll(List.of("--unitscope", unitscopeHome.toString()));
        }
        if (r.kind() == ClusterRequest.Kind.SURVEY && r.overwrite()) {
            a.add("--overwrite");
        }
        if (r.kind() == ClusterRequest.Kind.RF && r.maxMemory() != null) {
            a.addAll(List.of("--max-memory", r.maxMemory()));
        }
        return a;
    }
}
