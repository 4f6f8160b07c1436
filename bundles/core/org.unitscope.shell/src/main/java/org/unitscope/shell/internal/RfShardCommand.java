package org.unitscope.shell.internal;

import java.io.PrintStream;
import java.nio.file.Path;
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
 * {@code unitscope rf-shard}: one shard of a sharded reverse correlation (docs/CLUSTER.md). Probes the run's stimuli, or
 * with {@code --probed DIR} reads them from the probe parts of {@code rf-probe} (the shuffle tests need every stimulus's
 * activation), sums part K of N of the blocks and writes their sums to FILE;
 * {@code unitscope run --rf-fold DIR} then folds the files of every shard. The run's prediction is left out (it does not
 * touch the sums; the metrics stay, so that the probe is the run's own), and its folder is a temporary one beside FILE, removed at the end.
 */
@Command(name = "rf-shard", description = {"Sum one range of blocks of a run's reverse correlation and write the block sums "
        + "to a file, for 'run --rf-fold' (a sharded run, docs/CLUSTER.md)."})
final class RfShardCommand implements Callable<Integer> {
    @Option(names = "--config", required = true, description = "run description (JSON)")
    Path config;

    @Option(names = "--part", required = true, paramLabel = "K/N", description = "part K of N (from 0) of the blocks of "
            + "receptiveField.blockSize stimuli: of B blocks, blocks floor(K B / N) .. floor((K + 1) B / N) - 1")
    String part;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "the shard file to write (*.rfpart; written "
            + "beside as FILE.part and moved into place when complete)")
    Path outFile;

    @Option(names = "--max-memory", description = "overrides receptiveField.maxMemory; must be the fold's (the split of "
            + "units into passes is checked)")
    String maxMemory;

    @Option(names = "--probed", paramLabel = "DIR", description = "read the run's responses from the probe-part files "
            + "(*.rfprobe) in DIR, written by 'rf-probe' for every stimulus, instead of probing (docs/CLUSTER.md)")
    Path probed;

    private final PartRun run;

    RfShardCommand(AnalysisRunner runner, AtomicReference<RunHandle> current, PrintStream out, PrintStream err, boolean console) {
        this.run = new PartRun(runner, current, out, err, console);
    }

    @Override
    public Integer call() throws Exception {
        int[] range = part(part);
        Path file = outFile.toAbsolutePath();
        RunDescription d = run.description(config);
        if (d.estimators().isEmpty()) {
            throw new UnitscopeException("rf-shard: the run " + config + " has no receptive-field estimators");
        }
        var rf = d.rf().withSharding(RfSharding.shard(range[0], range[1], file));
        if (maxMemory != null) {
            rf = rf.withMaxMemory(ResultsFolderOption.maxMemory(maxMemory));
        }
        if (probed != null) {
            rf = rf.withSharding(rf.sharding().withProbed(probed.toAbsolutePath()));
        }
        d = d.toBuilder().rf(rf).prediction(null).build();
        return run.run(d, file, "rf shard",
                "rf shard: part " + range[0] + " of " + range[1] + ", block sums in " + file);
    }

    static int[] part(String text) {
        String[] p = text.split("/");
        try {
            int[] r = {Integer.parseInt(p[0].trim()), Integer.parseInt(p[1].trim())};
            if (p.length == 2 && r[0] >= 0 && r[1] > r[0]) {
                return r;
            }
        } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
            // the message below
        }
        throw new UnitscopeException("--part must be K/N with 0 <= K < N (part K of N of the blocks), not '" + text + "'");
    }
}
