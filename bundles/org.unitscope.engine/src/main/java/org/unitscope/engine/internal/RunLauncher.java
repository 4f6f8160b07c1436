package org.unitscope.engine.internal;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.unitscope.api.run.RunDescription;
import org.unitscope.api.run.RunHandle;
import org.unitscope.api.run.RunListener;
import org.unitscope.api.run.RunOutcome;
import org.unitscope.engine.internal.catalog.Provided;
import org.unitscope.engine.internal.catalog.ServiceCatalog;
import org.unitscope.engine.internal.json.RunDescriptionJson;
import org.unitscope.engine.internal.results.ResultWriter;

/** Starts runs on threads of their own and stops those whose providers disappear. */
@Singleton
public final class RunLauncher {
    private final RunResolver resolver;
    private final ResultWriter writer;
    private final RunDescriptionJson json;
    private final EngineInfo engine;
    private final ServiceCatalog catalog;
    private final Set<Active> active = ConcurrentHashMap.newKeySet();
    private final AtomicInteger counter = new AtomicInteger();
    private final Consumer<Provided<?>> removal = this::providerRemoved;

    @Inject
    RunLauncher(RunResolver resolver, ResultWriter writer, RunDescriptionJson json, EngineInfo engine, ServiceCatalog catalog) {
        this.resolver = resolver;
        this.writer = writer;
        this.json = json;
        this.engine = engine;
        this.catalog = catalog;
        catalog.onRemoval(removal);
    }

    public RunDescriptionJson json() {
        return json;
    }

    public RunHandle start(RunDescription description, Path out, RunListener listener) {
        ResolvedRun resolved = resolver.resolve(description);
        RunExecution execution = new RunExecution(resolved, out, listener == null ? RunListener.NONE : listener, writer, json, engine);
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

    private void providerRemoved(Provided<?> p) {
        for (Active a : active) {
            if (a.execution.run().uses(p)) {
                a.cancel("provider went away: " + p.describe());
            }
        }
    }

    /** Stops every run and waits (bounded) for each to write what it has. */
    public void shutdown(String reason, long waitMillis) {
        catalog.removeListener(removal);
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
