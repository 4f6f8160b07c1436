package org.unitscope.gui.internal.model;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import org.unitscope.api.cluster.ClusterRequest;

/**
 * What the "Run on cluster" dialog asks for, checked and turned into a request: a survey file, or a saved run of the
 * workspace with a shard count (its reverse correlation sharded); the Spark master; the unitscope-cluster folder
 * (empty: found automatically). Results go to a new folder under the workspace's {@code results/}.
 *
 * @param name the job's name (the survey file's name, or the run's with {@code -rf})
 */
public record ClusterChoice(String name, ClusterRequest request) {

    /** The two kinds the dialog offers. */
    public enum Kind { SURVEY, SHARDED_RUN }

    /**
     * Checks the dialog's fields; the message of the exception names the field and what is wrong.
     *
     * @param reserved results folders of jobs queued or running, not to be reused
     */
    public static ClusterChoice of(Kind kind, String surveyFile, String savedRun, String shards, String master, String clusterHome,
            Workspace workspace, Collection<Path> reserved) {
        String m = master == null || master.isBlank() ? null : master.strip();
        Path home = clusterHome == null || clusterHome.isBlank() ? null : Path.of(clusterHome.strip());
        if (kind == Kind.SURVEY) {
            if (surveyFile == null || surveyFile.isBlank()) {
                throw new IllegalArgumentException("survey file: choose a survey description (JSON; docs/CLUSTER.md)");
            }
            Path survey = Path.of(surveyFile.strip());
            if (!Files.isRegularFile(survey)) {
                throw new IllegalArgumentException("survey file: " + survey + " does not exist");
            }
            String name = survey.getFileName().toString().replaceFirst("\\.json$", "");
            Path out = workspace.newResultsFolder(name, reserved);
            return new ClusterChoice(name, ClusterRequest.survey(survey, out, m).withClusterHome(home));
        }
        if (savedRun == null || savedRun.isBlank()) {
            throw new IllegalArgumentException("run: save a run description in the editor first (it needs receptiveField.blockSize)");
        }
        Path run = workspace.runs().resolve(savedRun + ".json");
        if (!Files.isRegularFile(run)) {
            throw new IllegalArgumentException("run: " + run + " does not exist");
        }
        int k;
        try {
            k = Integer.parseInt(shards.strip());
        } catch (NumberFormatException | NullPointerException e) {
            throw new IllegalArgumentException("shards: '" + shards + "' is not a whole number");
        }
        if (k < 1) {
            throw new IllegalArgumentException("shards: " + k + "; allowed: >= 1");
        }
        String name = savedRun + "-rf";
        return new ClusterChoice(name, ClusterRequest.rf(run, k, workspace.newResultsFolder(name, reserved), m).withClusterHome(home));
    }
}
