package org.unitscope.api.stage;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Where a stage keeps what it has finished, so that a run resumed after a kill ({@code unitscope run --resume DIR})
 * does not do it again. Each checkpoint is a named file in a hidden folder of the results folder, written atomically
 * (a kill leaves the old content or the complete new one); the engine removes the folder when the run completes.
 * A stage saves a unit of work once it is finished (e.g. one pass over the stimuli) and, when {@link #resuming()},
 * opens it instead of doing it; what it cannot read back (missing, or torn by a crash) it simply does again.
 *
 * @since 1.2
 */
@ProviderType
public interface Checkpoints {

    /** Checkpoints that keep nothing: for contexts without a results folder. */
    Checkpoints NONE = new Checkpoints() {
        @Override
        public boolean resuming() {
            return false;
        }

        @Override
        public void save(String name, ResultSink.Content content) {
            // nothing is kept
        }

        @Override
        public Optional<InputStream> open(String name) {
            return Optional.empty();
        }
    };

    /**
     * True when this run continues an interrupted one whose checkpoints were made with the same model weights, seed and
     * stimuli: only then may {@link #open} find something.
     */
    boolean resuming();

    /** {@code name}: relative, '/'-separated, letters, digits, '.', '_' and '-' (e.g. "rf/pass-3"); replaces any earlier one. */
    void save(String name, ResultSink.Content content) throws IOException;

    /** The content saved under {@code name} by the interrupted run; empty when there is none or when not resuming. */
    Optional<InputStream> open(String name) throws IOException;
}
