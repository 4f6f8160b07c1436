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
import org.unitscope.api.directory.ServiceEntry;
import org.unitscope.api.run.ExistingResults;
import org.unitscope.api.run.RunDescription;
import org.unitscope.api.run.RunHandle;
import org.unitscope.api.run.RunListener;
import org.unitscope.api.run.RunOutcome;
import org.unitscope.engine.internal.catalog.ServiceCatalog;
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

    /** Continues the interrupted run of {@code out} from its manifest and checkpoints ({@link ResumeRequest}). */
    public RunHandle resume(Path out, RunListener listener) {
        ResumeRequest request = ResumeRequest.read(out, json);
        try {
            ResumeRequest.removeTempFiles(out);
        } catch (java.io.IOException e) {
            throw new UnitscopeException("cannot resume " + out + ": " + e.getMessage(), e);
        }
        try {
            return launch(request.description(), out, listener, request.resumption());
        } catch (UnitscopeException e) {
            throw new UnitscopeException("cannot resume " + out + ": its run no longer resolves: " + e.getMessage(), e);
        }
    }

    public RunHandle start(RunDescription description, Path out, RunListener listener, ExistingResults existing) {
        return launch(description, out, listener, Resumption.NONE);
    }

    private RunHandle launch(RunDescription description, Path out, RunListener listener, Resumption resumption) {
        ResolvedRun resolved = resolver.resolve(description);
        List<ProvidedStage> installed = stages.snapshot();
        StageCoverage.require(description, installed);
        RunModule module = new RunModule(resolved, out, listener == null ? RunListener.NONE : listener, installed, resumption);
        RunExecution execution = injector.createChildInjector(module).getInstance(RunExecution.class);
        CompletableFuture<RunOutcome> future = new CompletableFuture<>();
        Active a = new Active(execution, future);
        active.add(a);
        Thread t = new Thread(() -> {
            try {
                future.complete(execution.execute());
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
