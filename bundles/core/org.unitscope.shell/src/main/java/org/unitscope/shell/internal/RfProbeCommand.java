package org.unitscope.shell.internal;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import org.unitscope.api.UnitscopeException;
import org.unitscope.api.run.AnalysisRunner;
import org.unitscope.api.run.RfSharding;
import org.unitscope.api.run.RunDescription;
import org.unitscope.api.run.RunHandle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code unitscope rf-probe}: the probe phase of a sharded reverse correlation (docs/CLUSTER.md). Probes only the
 * stimuli of part K of N of the run's blocks, in the single run's batches, and writes their activations to FILE; the
 * folder of every part's file is then {@code --probed DIR} of {@code rf-shard} and {@code run --rf-fold}. No metrics,
 * no receptive fields; the run's folder is a temporary one beside FILE, removed at the end.
 */
@Command(name = "rf-probe", description = {"Probe the stimuli of one range of blocks of a run and write their activations "
        + "to a file, for 'rf-shard --probed' and 'run --probed' (a sharded run, docs/CLUSTER.md)."})
final class RfProbeCommand implements Callable<Integer> {
    @Option(names = "--config", required = true, description = "run description (JSON)")
    Path config;

    @Option(names = "--part", required = true, paramLabel = "K/N", description = "part K of N (from 0) of the blocks of "
            + "receptiveField.blockSize stimuli: of B blocks, blocks floor(K B / N) .. floor((K + 1) B / N) - 1")
    String part;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "the probe-part file to write (*.rfprobe; "
            + "written beside as FILE.part and moved into place when complete)")
    Path outFile;

    private final PartRun run;

    RfProbeCommand(AnalysisRunner runner, AtomicReference<RunHandle> current, PrintStream out, PrintStream err, boolean console) {
        this.run = new PartRun(runner, current, out, err, console);
    }

    @Override
    public Integer call() throws Exception {
        int[] range = RfShardCommand.part(part);
        Path file = outFile.toAbsolutePath();
        if (!file.getFileName().toString().endsWith(".rfprobe")) {
            throw new UnitscopeException("rf-probe: the file must end in .rfprobe (the name runs look for), not " + file);
        }
        RunDescription d = run.description(config);
        // checked whole first: an estimator's own check (awc's shuffles against its alpha) must not wait for the sums phase
        run.check(d);
        // metrics, estimators and the prediction do not touch the probe: left out, so the run only probes
        d = d.toBuilder().metrics(List.of()).estimators(List.of()).prediction(null)
                .rf(d.rf().withSharding(RfSharding.probe(range[0], range[1], file))).build();
        return run.run(d, file, "rf probe", "rf probe: part " + range[0] + " of " + range[1] + ", activations in " + file);
    }
}
