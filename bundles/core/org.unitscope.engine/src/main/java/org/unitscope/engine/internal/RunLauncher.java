package org.unitscope.engine.internal;

import com.google.inject.Injector;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import java.util.Set;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.unitscope.api.UnitscopeException;
import org.unitscope.api.UnitscopeException;
import org.unitscope.api.directory.ServiceEntry;
import org.unitscope.api.run.ExistingResults;
import org.unitscope.api.run.RunDescription;
import org.unitscope.api.run.RunHandle;
import org.unitscope.api.run.RunListener;
import org.unitscope.api.run.RunOutcome;
import org.unitscope.engine.internal.catalog.ServiceCatalog;
import org.unitscope.engine.internal.folder.ResultsFolder;
import org.unitscope.engine.internal.sizing.RefusedBeforeWork;
import org.unitscope.engine.internal.results.Manifest;
import org.unitscope.engine.internal.json.RunDescriptionJson;

/**
 * Starts runs on threads of their own, each built by a child injector ({@link RunModule}), and stops those whose
 * providers (services or plugin stages) disappear.
 */
@Singleton
public final class RunLauncher {
    private final Injector injector;
    private final RunResolver resolver;
    private final RunDescriptionJson json;
    private final ServiceCatalog catalog;
    private final StageRegistry stages;
    private final Set<Active> active = ConcurrentHashMap.newKeySet();
    private final AtomicInteger counter = new AtomicInteger();
    private final Consumer<ServiceEntry> removal = this::providerRemoved;
    private final Consumer<ProvidedStage> stageRemoval = this::stageRemoved;

    @Inject
    RunLauncher(Injector injector, RunResolver resolver, RunDescriptionJson json, ServiceCatalog catalog, StageRegistry stages) {
        this.injector = injector;
        this.resolver = resolver;
        this.json = json;
        this.catalog = catalog;
        this.stages = stages;
        catalog.onRemoval(removal);
        stages.onRemoval(stageRemoval);
    }

    public RunDescriptionJson json() {
        return json;
    }

    /**
     * Continues the interrupted run of {@code out} (or of the replacing generation in it) from its manifest and
     * checkpoints ({@link ResumeRequest}), once the folder is this process's ({@link ResultsFolder#forResume}).
     */
    public RunHandle resume(Path out, RunListener listener) {
        RunListener l = listener == null ? RunListener.NONE : listener;
        ResultsFolder folder = FolderAccess.open(() -> ResultsFolder.forResume(out.toAbsolutePath().normalize(), l::message));
        ResolvedRun resolved;
        List<ProvidedStage> installed;
        ResumeRequest request;
        try {
            request = ResumeRequest.read(folder.target(), json);
            try {
                resolved = resolver.resolve(request.description());
                installed = stages.snapshot();
                StageCoverage.require(request.description(), installed);
            } catch (UnitscopeException e) {
                throw new UnitscopeException("cannot resume " + out + ": its run no longer resolves: " + e.getMessage(), e);
            }
        } catch (RuntimeException e) {
            FolderAccess.release(folder);
            throw e;
        }
        return launch(new RunModule(resolved, folder.target(), l, installed, request.resumption()), folder, null);
    }

    /** What {@link #start} checks before it touches the folder, alone. */
    public void check(RunDescription description) {
        resolver.resolve(description);
    }

    public RunHandle start(RunDescription description, Path out, RunListener listener, ExistingResults existing) {
        ResolvedRun resolved = resolver.resolve(description);
        List<ProvidedStage> installed = stages.snapshot();
        StageCoverage.require(description, installed);
        RunListener l = listener == null ? RunListener.NONE : listener;
        Path createdFrom = RefusedBeforeWork.firstMissing(out);
        ResultsFolder folder = FolderAccess.open(() -> ResultsFolder.forNewRun(out.toAbsolutePath().normalize(), existing, l::message));
        return launch(new RunModule(resolved, folder.target(), l, installed, Resumption.NONE), folder, createdFrom);
    }

    /**
     * Builds the run in a child injector and starts it on its own thread, which owns {@code folder} until the run ends;
     * {@code createdFrom}: the top folder this run created (removed again when the run is refused before any work), or null.
     */
    private RunHandle launch(RunModule module, ResultsFolder folder, Path createdFrom) {
        RunExecution execution;
        Manifest manifest;
        try {
            Injector child = injector.createChildInjector(module);
            execution = child.getInstance(RunExecution.class);
            manifest = child.getInstance(Manifest.class);
            manifest.owner(folder.owner().tree());
        } catch (RuntimeException e) {
            FolderAccess.release(folder);
            throw e;
        }
        CompletableFuture<RunOutcome> future = new CompletableFuture<>();
        Active a = new Active(execution, future);
        active.add(a);
        Thread t = new Thread(() -> {
            try {
                RunOutcome outcome = FolderAccess.own(folder, manifest, execution::execute);
                if (execution.refusedBeforeWork()) {
                    RefusedBeforeWork.removeOwnFolders(folder.dir(), createdFrom); // nothing was done: leave nothing
                }
                future.complete(outcome);
            } catch (Throwable e) {
                future.completeExceptionally(e);
            } finally {
                active.remove(a);
            }
        }, "unitscope-run-" + counter.incrementAndGet());
        t.setContextClassLoader(getClass().getClassLoader());
        t.start();
        return a;
    }

    private void providerRemoved(ServiceEntry e) {
        for (Active a : active) {
            if (a.execution.uses(e)) {
                a.cancel("provider went away: " + e.describe());
            }
        }
    }

    private void stageRemoved(ProvidedStage s) {
        for (Active a : active) {
            if (a.execution.uses(s)) {
                a.cancel("provider went away: " + s.describe());
            }
        }
    }

    /** Stops every run and waits (bounded) for each to write what it has. */
    public void shutdown(String reason, long waitMillis) {
        catalog.removeListener(removal);
        stages.removeListener(stageRemoval);
        for (Active a : active) {
            a.cancel(reason);
        }
        long deadline = System.currentTimeMillis() + waitMillis;
        for (Active a : active) {
            try {
                a.future.get(Math.max(1, deadline - System.currentTimeMillis()), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (ExecutionException | TimeoutException e) {
                // the run reports its own failure; shutdown goes on
            }
        }
    }

    private static final class Active implements RunHandle {
        final RunExecution execution;
        final CompletableFuture<RunOutcome> future;

        Active(RunExecution execution, CompletableFuture<RunOutcome> future) {
            this.execution = execution;
            this.future = future;
        }

        @Override
        public RunOutcome await() throws InterruptedException {
            try {
                return future.get();
            } catch (ExecutionException e) {
                throw new IllegalStateException("run crashed: " + e.getCause(), e.getCause());
            }
        }

        @Override
        public void cancel(String reason) {
            execution.stop(reason);
        }

        @Override
        public boolean isDone() {
            return future.isDone();
        }
    }
}
