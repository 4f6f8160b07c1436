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
 * {@code unitscope rf-patches}: rows A..B-1 of the patch matrices of a run's matrix-free layers (or of --layer's only), rendered and cut as
 * the run fills them, written to FILE: what a cluster executor holds of a sharded run's matrix-free AWC
 * (docs/CLUSTER.md). Rows are the stimuli that rendered; with {@code --probed DIR} the failed ones come from the probe
 * parts and nothing goes through the network. No metrics, no sums, no estimates.
 */
@Command(name = "rf-patches", hidden = true, description = {"Write rows A..B-1 of the patch matrices of a run's matrix-free"
        + " layers to a file (a sharded run's executors, docs/CLUSTER.md)."})
final class RfPatchesCommand implements Callable<Integer> {
    @Option(names = "--config", required = true, description = "run description (JSON)")
    Path config;

    @Option(names = "--rows", required = true, paramLabel = "A:B", description = "rows A .. B - 1 of the patch matrix")
    String rows;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "the file to write (*.rfpatches; written "
            + "beside as FILE.part and moved into place when complete)")
    Path outFile;

    @Option(names = "--probed", paramLabel = "DIR", description = "read the run's responses (and its failed stimuli) from "
            + "the probe-part files (*.rfprobe) in DIR instead of probing")
    Path probed;

    @Option(names = "--layer", paramLabel = "NAME", description = "only this matrix-free layer's rows (default: every"
            + " matrix-free layer's)")
    String layer;

    private final PartRun run;

    RfPatchesCommand(AnalysisRunner runner, AtomicReference<RunHandle> current, PrintStream out, PrintStream err, boolean console) {
        this.run = new PartRun(runner, current, out, err, console);
    }

    @Override
    public Integer call() throws Exception {
        int[] range = range(rows);
        Path file = outFile.toAbsolutePath();
        RunDescription d = run.description(config);
        RfSharding s = RfSharding.patches(range[0], range[1], file);
        if (probed != null) {
            s = s.withProbed(probed.toAbsolutePath());
        }
        if (layer != null) {
            s = s.withLayer(layer);
        }
        // the estimators say which layers are matrix-free; metrics and the prediction do not touch the patches
        d = d.toBuilder().metrics(List.of()).prediction(null).rf(d.rf().withSharding(s)).build();
        return run.run(d, file, "rf patches", "rf patches: rows " + range[0] + ".." + (range[1] - 1) + " in " + file);
    }

    static int[] range(String text) {
        String[] p = text.split(":");
        try {
            int[] r = {Integer.parseInt(p[0].trim()), Integer.parseInt(p[1].trim())};
            if (p.length == 2 && r[0] >= 0 && r[1] >= r[0]) {
                return r;
            }
        } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
            // the message below
        }
        throw new UnitscopeException("--rows must be A:B with 0 <= A <= B (rows A .. B - 1 of the patch matrix), not '" + text + "'");
    }
}
