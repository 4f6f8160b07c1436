package org.unitscope.shell.internal;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.unitscope.api.UnitscopeException;
import org.unitscope.api.run.AnalysisRunner;
import org.unitscope.api.run.ComponentRef;
import org.unitscope.api.run.RunDescription;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code unitscope check}: a run description resolved against the services present, as {@code run} does before it
 * loads a model, and nothing more. Worth it before a long run on a cluster or a queue, where a bad parameter would
 * otherwise surface only when its task starts; {@code unitscope-cluster rf} runs it on the driver before any task.
 */
@Command(name = "check", description = {"Check a run description against the services present (every service named, "
        + "every parameter's type and range, each service's own check) without running it: exit 0 when 'run' would start."})
final class CheckCommand implements Callable<Integer> {
    @Option(names = "--config", required = true, description = "run description (JSON)")
    Path config;

    private final AnalysisRunner runner;
    private final PrintStream out;

    CheckCommand(AnalysisRunner runner, PrintStream out) {
        this.runner = runner;
        this.out = out;
    }

    @Override
    public Integer call() throws Exception {
        if (!Files.isRegularFile(config)) {
            throw new UnitscopeException("run description not found: " + config.toAbsolutePath());
        }
        RunDescription d = runner.parse(Files.readString(config));
        runner.check(d);
        out.printf(Locale.ROOT, "%s: run '%s' resolves: model %s, stimuli %s, metrics [%s], estimators [%s]%s; nothing was run%n",
                config, d.name(), d.model().id(), d.stimulus().id(), ids(d.metrics().stream()), ids(d.estimators().stream()),
                d.prediction() == null ? "" : ", prediction " + d.prediction().id());
        return UnitscopeCli.OK;
    }

    private static String ids(Stream<ComponentRef> refs) {
        return refs.map(ComponentRef::id).collect(Collectors.joining(", "));
    }
}
