package org.unitscope.api.stage;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The run's output folder. Each file is written to a temporary sibling, forced to disk and renamed, so readers see
 * the old content or the complete new one; its name goes into the manifest's file list (in the order written).
 */
@ProviderType
public interface ResultSink {

    /** What writes a file's content. */
    @FunctionalInterface
    interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** {@code name}: relative, '/'-separated (e.g. "rf/awa.png"), staying inside the folder. */
    void write(String name, Content content) throws IOException;

    default void writeString(String name, String text) throws IOException {
        write(name, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
    }
}
