package org.unitscope.shell.internal.cluster;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.unitscope.api.UnitscopeException;
import org.unitscope.api.cluster.ClusterHandle;
import org.unitscope.api.cluster.ClusterOutcome;
import org.unitscope.api.cluster.ClusterRequest;
import org.unitscope.api.run.RunListener;
import org.unitscope.api.run.RunProgress;

/**
 * A unitscope-cluster child process: its stdout and stderr read line by line on two threads of their own, progress
 * lines passed on as progress, the others as messages; {@link #cancel()} sends SIGTERM, and SIGKILL if it is still
 * there after {@link #KILL_AFTER_SECONDS}.
 */
final class ClusterProcess implements ClusterHandle {
    static final long KILL_AFTER_SECONDS = 60;

    private final ClusterRequest request;
    private final Process process;
    private final RunListener listener;
    private final Thread outReader;
    private final Thread errReader;
    private volatile boolean stopped;
    private volatile String lastOut;
    private volatile String lastErr;
    private ClusterOutcome outcome;

    private ClusterProcess(ClusterRequest request, Process process, RunListener listener) {
        this.request = request;
        this.process = process;
        this.listener = listener;
        this.outReader = reader(process.getInputStream(), false);
        this.errReader = reader(process.getErrorStream(), true);
    }

    /** Starts {@code command} (environment {@code env} added to this process's) and follows it. */
    static ClusterProcess start(ClusterRequest request, List<String> command, Map<String, String> env, RunListener listener) {
        ProcessBuilder b = new ProcessBuilder(command);
        b.environment().putAll(env);
        b.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        try {
            listener.message("cluster: " + String.join(" ", command));
            ClusterProcess p = new ClusterProcess(request, b.start(), listener);
            p.outReader.start();
            p.errReader.start();
            return p;
        } catch (IOException e) {
            throw new UnitscopeException("could not start " + command.get(0) + ": " + e.getMessage(), e);
        }
    }

    private Thread reader(InputStream in, boolean err) {
        Thread t = new Thread(() -> read(in, err), "unitscope-cluster-" + (err ? "stderr" : "stdout"));
        t.setDaemon(true);
        return t;
    }

    private void read(InputStream in, boolean err) {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                Optional<RunProgress> p = ProgressLine.parse(line);
                if (p.isPresent()) {
                    listener.progress(p.get());
                } else if (!line.isBlank() && !djlDeprecationNotice(line)) {
                    listener.message(line);
                    if (err) {
                        lastErr = line;
                    } else {
                        lastOut = line;
                    }
                }
            }
        } catch (IOException e) {
            listener.message("cluster: reading unitscope-cluster's output failed: " + e.getMessage());
        }
    }

    /**
     * libtorch's once-per-process warning that DJL's own native code uses a deprecated guard ({@code [W1128 17:49:35.65
     * LegacyTypeDispatch.h:74] Warning: AutoNonVariableTypeMode is deprecated ...}): nothing a user can act on, and not
     * silenced by TORCH_CPP_LOG_LEVEL; left out so that it becomes neither the job's status line nor a failure's reason.
     */
    static boolean djlDeprecationNotice(String line) {
        return line.startsWith("[W") && line.contains("] Warning: AutoNonVariableTypeMode is deprecated");
    }

    @Override
    public synchronized ClusterOutcome await() throws InterruptedException {
        if (outcome == null) {
            int code = process.waitFor();
            outReader.join(5_000);
            errReader.join(5_000);
            outcome = Verdict.of(request, code, stopped, lastOut, lastErr);
        }
        return outcome;
    }

    @Override
    public void cancel() {
        if (!process.isAlive()) {
            return;
        }
        stopped = true;
        listener.message("cluster: stopping unitscope-cluster (SIGTERM to process " + process.pid() + ")");
        process.destroy();
        Thread killer = new Thread(() -> {
            try {
                if (!process.waitFor(KILL_AFTER_SECONDS, TimeUnit.SECONDS)) {
                    listener.message("cluster: unitscope-cluster still running " + KILL_AFTER_SECONDS + " s after SIGTERM: SIGKILL");
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "unitscope-cluster-stop");
        killer.setDaemon(true);
        killer.start();
    }

    @Override
    public boolean isDone() {
        return !process.isAlive();
    }
}
