package org.unitscope.shell.internal;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.unitscope.api.UnitscopeException;
import org.unitscope.api.cluster.ClusterHandle;
import org.unitscope.api.cluster.ClusterLauncher;
import org.unitscope.api.cluster.ClusterOutcome;
import org.unitscope.api.cluster.ClusterRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code unitscope cluster survey SURVEY.json --out DIR} and {@code unitscope cluster rf --config RUN --shards K --out DIR}:
 * unitscope-cluster started as a child process, its progress printed as a local run's, its outcome as exit status
 * (0 complete, 1 failed, 3 incomplete; Ctrl-C stops it with SIGTERM, and it ends incomplete).
 */
@Command(name = "cluster", description = {"Run a survey, or a run's sharded reverse correlation, on Apache Spark through "
        + "unitscope-cluster (a child process; docs/CLUSTER.md), with a progress line like a local run's."},
        subcommands = {ClusterCommand.Survey.class, ClusterCommand.Rf.class})
final class ClusterCommand implements Callable<Integer> {
    private final Services services;
    private final PrintStream out;
    private final PrintStream err;
    private final boolean console;

    ClusterCommand(Services services, PrintStream out, PrintStream err, boolean console) {
        this.services = services;
        this.out = out;
        this.err = err;
        this.console = console;
    }

    @Override
    public Integer call() {
        throw new UnitscopeException("cluster needs 'survey SURVEY.json --out DIR' or 'rf --config RUN.json --shards K --out DIR'");
    }

    /** Options both subcommands take. */
    static class Common {
        @Option(names = "--out", required = true, description = "results folder")
        Path outDir;

        @Option(names = "--master", description = "Spark master: local[N] (default local[*]) or spark://HOST:PORT")
        String master;

        @Option(names = "--cluster", paramLabel = "DIR", description = "the unitscope-cluster distribution (default: "
                + "UNITSCOPE_CLUSTER_HOME, else unitscope-cluster beside this distribution, else the build tree's)")
        Path clusterHome;
    }

    @Command(name = "survey", description = "Every run of a survey description as a Spark task (docs/CLUSTER.md, \"The survey format\").")
    static final class Survey extends Common implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "SURVEY.json", description = "survey description")
        Path survey;

        @Option(names = "--overwrite", description = "replace the results of runs already in --out")
        boolean overwrite;

        @picocli.CommandLine.ParentCommand
        ClusterCommand parent;

        @Override
        public Integer call() throws InterruptedException {
            if (!Files.isRegularFile(survey)) {
                throw new UnitscopeException("survey description not found: " + survey.toAbsolutePath());
            }
            return parent.follow(ClusterRequest.survey(survey, outDir, master).withClusterHome(clusterHome).withOverwrite(overwrite));
        }
    }

    @Command(name = "rf", description = "A run's streamed reverse correlation in K shards on Spark, folded bit-identically "
            + "into DIR/run (docs/CLUSTER.md, \"Reverse correlation at scale\").")
    static final class Rf extends Common implements Callable<Integer> {
        @Option(names = "--config", required = true, description = "run description (JSON) with receptiveField.blockSize")
        Path config;

        @Option(names = "--shards", required = true, description = "number of shards (Spark tasks)")
        int shards;

        @Option(names = "--max-memory", description = "the sums' budget per pass (e.g. 2g), the same in every shard")
        String maxMemory;

        @picocli.CommandLine.ParentCommand
        ClusterCommand parent;

        @Override
        public Integer call() throws InterruptedException {
            if (!Files.isRegularFile(config)) {
                throw new UnitscopeException("run description not found: " + config.toAbsolutePath());
            }
            return parent.follow(ClusterRequest.rf(config, shards, outDir, master).withClusterHome(clusterHome).withMaxMemory(maxMemory));
        }
    }

    private int follow(ClusterRequest request) throws InterruptedException {
        ClusterLauncher launcher = services.clusterLauncher().orElseThrow(() ->
                new UnitscopeException("the cluster launcher service is not running (bundle org.unitscope.shell)"));
        ProgressPrinter printer = new ProgressPrinter(err, console);
        ClusterHandle h = launcher.launch(request, printer);
        ClusterOutcome o;
        try {
            o = h.await();
        } catch (InterruptedException e) {
            h.cancel();
            throw e;
        }
        switch (o.status()) {
            case COMPLETE:
                out.println("cluster run complete: " + String.join(", ", o.results().stream().map(Path::toString).toList()));
                return UnitscopeCli.OK;
            case INCOMPLETE:
                err.println("cluster run incomplete: " + o.message());
                err.println("partial results: " + request.out().toAbsolutePath());
                return UnitscopeCli.INCOMPLETE;
            default:
                err.println("cluster run failed (exit " + o.exitCode() + "): " + o.message());
                return UnitscopeCli.ERROR;
        }
    }
}
