package org.unitscope.shell.internal;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import org.unitscope.api.Described;
import org.unitscope.api.ParameterSpec;
import org.unitscope.api.Parameters;
import org.unitscope.api.UnitscopeException;
import org.unitscope.api.directory.ServiceDirectory;
import org.unitscope.api.directory.ServiceEntry;
import org.unitscope.api.directory.ServiceKind;
import org.unitscope.api.model.LayerInfo;
import org.unitscope.api.model.LoadedModel;
import org.unitscope.api.model.ModelBackend;
import org.unitscope.api.run.AnalysisRunner;
import org.unitscope.api.run.ExistingResults;
import org.unitscope.api.run.RunDescription;
import org.unitscope.api.run.RunHandle;
import org.unitscope.api.run.RunOutcome;
import org.unitscope.api.train.ModelTrainer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;


/**
 * The commands, one implementation for the OS command line ({@code bin/unitscope CMD}) and the Gogo shell
 * ({@code unitscope:CMD}). Exit codes: 0 done, 1 error, 2 usage, 3 run incomplete.
 */
final class UnitscopeCli {
    static final int OK = 0;
    static final int ERROR = 1;
    static final int INCOMPLETE = 3;

    private final Services services;
    private final AnalysisRunner runner;
    private final AtomicReference<RunHandle> current;

    UnitscopeCli(Services services, AnalysisRunner runner, AtomicReference<RunHandle> current) {
        this.services = services;
        this.runner = runner;
        this.current = current;
    }

    int execute(String[] args, PrintStream out, PrintStream err, boolean console) {
        CommandLine cl = new CommandLine(new Root())
                .addSubcommand("models", new ListCommand("model backends", ServiceKind.MODEL, out))
                .addSubcommand("stimuli", new ListCommand("stimulus sets", ServiceKind.STIMULUS, out))
                .addSubcommand("metrics", new ListCommand("tuning metrics", ServiceKind.METRIC, out))
                .addSubcommand("estimators", new ListCommand("receptive-field estimators", ServiceKind.ESTIMATOR, out))
                .addSubcommand("layers", new LayersCommand(out))
                .addSubcommand("check", new CheckCommand(runner, out))
                .addSubcommand("run", new RunCommand(out, err, console))
                .addSubcommand("rf-probe", new RfProbeCommand(runner, current, out, err, console))
                .addSubcommand("rf-shard", new RfShardCommand(runner, current, out, err, console))
                .addSubcommand("rf-patches", new RfPatchesCommand(runner, current, out, err, console))
                .addSubcommand("reproduce", new ReproduceCommand(runner, current, out, err, console))
                .addSubcommand("report", new ReportCommand(out))
                .addSubcommand("plugins", new PluginsCommand(services, out))
                .addSubcommand("train", new TrainCommand(out, err, console))
                .addSubcommand("gui", new GuiCommand())
                .addSubcommand("cluster", new ClusterCommand(services, out, err, console));
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            err.println("error: " + (e instanceof UnitscopeException || e instanceof IllegalArgumentException
                    ? e.getMessage() : e.toString()));
            return ERROR;
        });
        return cl.execute(args);
    }

    @Command(name = "unitscope", mixinStandardHelpOptions = true, version = "unitscope",
            description = "In-silico neurophysiology of deep networks.",
            footer = "Commands: models, stimuli, metrics, estimators, layers, check, run, rf-probe, rf-shard, reproduce, report, train, plugins, gui, cluster ('unitscope CMD --help').")
    static final class Root implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            spec.commandLine().usage(spec.commandLine().getOut());
            return OK;
        }
    }

    /** models / stimuli / metrics / estimators: id, version, provider, title, parameters, from the directory. */
    @Command(description = "List the services of one kind with their parameters.")
    final class ListCommand implements Callable<Integer> {
        private final String kind;
        private final ServiceKind serviceKind;
        private final PrintStream out;

        ListCommand(String kind, ServiceKind serviceKind, PrintStream out) {
            this.kind = kind;
            this.serviceKind = serviceKind;
            this.out = out;
        }

        @Override
        public Integer call() {
            List<ServiceEntry> entries = services.directory().entries(serviceKind);
            if (entries.isEmpty()) {
                out.println("no " + kind + " installed");
            }
            for (ServiceEntry e : entries) {
                out.printf(Locale.ROOT, "%s %s  %s%n    provided by %s%n", e.id(), e.version(), e.title(), e.provider());
                for (ParameterSpec p : e.parameters()) {
                    String allowed = p.allowedText().isEmpty() ? "" : " (allowed: " + p.allowedText() + ")";
                    out.printf(Locale.ROOT, "    %-18s %-11s default %-22s %s%s%n", p.name(), p.type().name().toLowerCase(Locale.ROOT),
                            p.defaultText(), p.doc(), allowed);
                }
            }
            return OK;
        }
    }

    /** The entry of that kind and id with its service; {@code missing} and the ids present make the error. */
    private <S extends Described> Found<S> find(ServiceKind kind, String id, Class<S> type, String missing) {
        ServiceDirectory d = services.directory();
        return d.find(kind, id).flatMap(e -> d.service(e, type).map(s -> new Found<>(e, s))).orElseThrow(() ->
                new UnitscopeException(missing + d.entries(kind).stream().map(ServiceEntry::id).toList()));
    }

    /** A directory entry with its service. */
    private record Found<S>(ServiceEntry entry, S service) {
    }

    @Command(name = "layers", description = "Layers of a model: channels and receptive-field geometry computed from the network.")
    final class LayersCommand implements Callable<Integer> {
        @Option(names = "--model", required = true, description = "model id (see 'models')")
        String model;

        @Option(names = {"-p", "--param"}, description = "model parameter NAME=VALUE (repeatable; lists as a,b,c)")
        Map<String, String> params = new LinkedHashMap<>();

        private final PrintStream out;

        LayersCommand(PrintStream out) {
            this.out = out;
        }

        @Override
        public Integer call() {
            Found<ModelBackend> backend = find(ServiceKind.MODEL, model, ModelBackend.class,
                    "no model backend '" + model + "'; present: ");
            Map<String, Object> raw = new LinkedHashMap<>();
            params.forEach((k, v) -> raw.put(k, v.contains(",") ? List.of(v.split(",")) : v));
            try (LoadedModel m = backend.service().load(Parameters.resolve(backend.entry().info(), raw))) {
                var d = m.description();
                out.printf(Locale.ROOT, "%s: %s, input %dx%dx%d, preprocessing %s, weights %s (sha256 %s)%n", d.id(), d.name(),
                        d.inputChannels(), d.inputSize(), d.inputSize(), d.inputPreprocessing().text(), d.weightsSource(),
                        d.weightsSha256().substring(0, Math.min(12, d.weightsSha256().length())));
                out.printf(Locale.ROOT, "%-16s %8s %6s %8s %6s %8s%n", "layer", "channels", "map", "rf_size", "jump", "start");
                int total = 0;
                for (LayerInfo l : d.layers()) {
                    out.printf(Locale.ROOT, "%-16s %8d %6d %8d %6d %8.1f%n", l.name(), l.channels(), l.mapSize(), l.rf().size(),
                            l.rf().jump(), l.rf().start());
                    total += l.channels();
                }
                out.printf(Locale.ROOT, "%d layers, %d channels%n", d.layers().size(), total);
            }
            return OK;
        }
    }

    @Command(name = "run", description = {"Compose the services named in a run description (JSON) and execute it.",
        "With --resume DIR instead of --config and --out: continue the run of DIR, stopped or killed before it ended, "
                + "from its checkpoints (docs/ROBUSTNESS.md, \"Resume\")."})
    final class RunCommand implements Callable<Integer> {
        @Option(names = "--config", description = "run description (JSON)")
        Path config;

        @Option(names = "--out", description = "results folder: created if missing; refused while another run owns it, and when it "
                + "holds a run's results unless --overwrite is given")
        Path outDir;

        @Option(names = "--overwrite", description = "replace the results already in --out: the new run writes to a generation "
                + "beside them (--out/.next) and swaps it in when it completes; until then the old results stay")
        boolean overwrite;

        @Option(names = "--resume", paramLabel = "DIR", description = "continue the interrupted run whose results folder is DIR "
                + "(its description comes from DIR/manifest.json; replaces --config and --out)")
        Path resumeDir;

        @Option(names = "--max-memory", description = "memory the receptive-field sums may take per pass over the stimuli "
                + "(e.g. 512m, 4g; default: half the free heap); overrides receptiveField.maxMemory")
        String maxMemory;

        @Option(names = "--rf-fold", paramLabel = "DIR", description = "take the reverse correlation's block sums from the shard "
                + "files (*.rfpart) in DIR, written by 'rf-shard' for every block, instead of summing here (docs/CLUSTER.md)")
        Path rfFold;

        @Option(names = "--probed", paramLabel = "DIR", description = "read the responses from the probe-part files (*.rfprobe) "
                + "in DIR, written by 'rf-probe' for every stimulus, instead of probing: no forward pass of the run's stimuli "
                + "(docs/CLUSTER.md)")
        Path probed;

        private final PrintStream out;
        private final PrintStream err;
        private final boolean console;

        RunCommand(PrintStream out, PrintStream err, boolean console) {
            this.out = out;
            this.err = err;
            this.console = console;
        }

        @Override
        public Integer call() throws Exception {
            if (resumeDir != null) {
                if (config != null || outDir != null || maxMemory != null || overwrite || rfFold != null || probed != null) {
                    throw new UnitscopeException("--resume DIR takes the run description and the folder from DIR: "
                            + "give neither --config, --out, --overwrite nor --max-memory with it");
                }
                Path dir = ResultsFolderOption.prepare("--resume", resumeDir);
                return follow(runner.resume(dir, new ProgressPrinter(err, console)), dir, null);
            }
            if (config == null || outDir == null) {
                throw new UnitscopeException("run needs --config FILE and --out DIR (or --resume DIR to continue an interrupted run)");
            }
            if (!Files.isRegularFile(config)) {
                throw new UnitscopeException("run description not found: " + config.toAbsolutePath());
            }
            RunDescription d = runner.parse(Files.readString(config));
            if (maxMemory != null) {
                d = d.toBuilder().rf(d.rf().withMaxMemory(ResultsFolderOption.maxMemory(maxMemory))).build();
            }
            if (rfFold != null) {
                d = d.toBuilder().rf(d.rf().withSharding(org.unitscope.api.run.RfSharding.fold(rfFold.toAbsolutePath()))).build();
            }
            if (probed != null) {
                d = d.toBuilder().rf(d.rf().withSharding(d.rf().sharding().withProbed(probed.toAbsolutePath()))).build();
            }
            Path dir = ResultsFolderOption.prepare("--out", outDir);
            return follow(runner.start(d, dir, new ProgressPrinter(err, console), overwrite ? ExistingResults.REPLACE : ExistingResults.REFUSE),
                    dir, d);
        }

        /** Waits for the run and prints its outcome; {@code d} null when resumed (the file list is then the manifest's). */
        private int follow(RunHandle h, Path dir, RunDescription d) throws InterruptedException {
            current.set(h);
            RunOutcome o;
            try {
                o = h.await();
            } finally {
                current.compareAndSet(h, null);
            }
            for (String line : o.layerSummaries()) {
                out.println(line);
            }
            switch (o.status()) {
                case COMPLETE:
                    out.println("results: " + dir + " (manifest.json lists every file: units.csv, summary.txt, curves.npz, responses.npz"
                            + (d == null || d.estimators().isEmpty() ? "" : ", rf.npz, rf/*.png" + (d.prediction() == null ? "" : ", prediction.csv"))
                            + ")");
                    return OK;
                case INCOMPLETE:
                    err.println("run stopped, " + o.message());
                    err.println("partial results (marked incomplete in manifest.json): " + o.outputDirectory());
                    err.println("to continue it: unitscope run --resume " + dir);
                    return INCOMPLETE;
                default:
                    err.println("run failed: " + o.message());
                    // a run refused before any work removes the folder it created (RefusedBeforeWork)
                    Path manifest = o.outputDirectory().resolve("manifest.json");
                    err.println(Files.exists(manifest) ? "manifest: " + manifest : "nothing was written: " + dir + " was not created");
                    return ERROR;
            }
        }
    }

    @Command(name = "train", description = "Train a network on a categorised image set and write its weights.")
    final class TrainCommand implements Callable<Integer> {
        @Option(names = "--model", required = true, description = "model id with a trainer (e.g. vgg16)")
        String model;

        @Option(names = "--out", required = true, description = "weight file to write")
        Path outFile;

        @Option(names = {"-p", "--param"}, description = "training parameter NAME=VALUE (repeatable; lists as a,b,c)")
        Map<String, String> params = new LinkedHashMap<>();

        private final PrintStream out;
        private final PrintStream err;
        private final boolean console;

        TrainCommand(PrintStream out, PrintStream err, boolean console) {
            this.out = out;
            this.err = err;
            this.console = console;
        }

        @Override
        public Integer call() {
            Found<ModelTrainer> trainer = find(ServiceKind.TRAINER, model, ModelTrainer.class,
                    "no trainer for model '" + model + "'; trainers: ");
            Map<String, Object> raw = new LinkedHashMap<>();
            params.forEach((k, v) -> raw.put(k, v.contains(",") ? List.of(v.split(",")) : v));
            raw.put("out", outFile.toAbsolutePath().toString());
            var report = trainer.service().train(Parameters.resolve(trainer.entry().info(), raw), new ProgressPrinter(err, console));
            report.figures().forEach((k, v) -> out.println(k + ": " + v));
            out.println("weights: " + report.weights() + " (+ .json with the recipe)");
            return OK;
        }
    }

    @Command(name = "gui", description = "Open the workbench window on a workspace (runs/, results/, the session); "
            + "returns when the window is closed.")
    final class GuiCommand implements Callable<Integer> {
        @CommandLine.Parameters(arity = "0..1", paramLabel = "WORKSPACE",
                description = "workspace folder (created if missing; default ~/unitscope-workspace)")
        Path workspace;

        @Override
        public Integer call() throws InterruptedException {
            java.util.function.Function<String[], Integer> gui = services.gui(10_000).orElseThrow(() ->
                    new UnitscopeException("the workbench GUI is not installed (feature gui: bundle/gui/ of the distribution)"));
            return gui.apply(workspace == null ? new String[0] : new String[] {workspace.toAbsolutePath().toString()});
        }
    }
}
