package org.unitscope.engine.internal;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.util.function.BooleanSupplier;
import org.unitscope.api.stage.ResultSink;

/**
 * A result sink whose writes give up as soon as {@code stop} says so: a file of hundreds of MB (a compressed
 * responses.npz takes seconds) must not hold a stop up. The file being written is then not written at all (the sink
 * writes through a temporary sibling that is deleted), so no file is ever half-written; the files before it stay.
 */
final class StoppableSink implements ResultSink {
    private final ResultSink sink;
    private final BooleanSupplier stop;
    private volatile String stoppedAt;

    StoppableSink(ResultSink sink, BooleanSupplier stop) {
        this.sink = sink;
        this.stop = stop;
    }

    @Override
    public void write(String name, Content content) throws IOException {
        check(name);
        sink.write(name, out -> content.writeTo(new Checked(out, name)));
    }

    /** The file whose writing was given up; null while none was. */
    String stoppedAt() {
        return stoppedAt;
    }

    private void check(String name) throws InterruptedIOException {
        if (stop.getAsBoolean()) {
            stoppedAt = name;
            throw new InterruptedIOException("stopped while writing " + name + ": not written");
        }
    }

    /** Checks before every write the compressor or writer makes (each a buffer of KB). */
    private final class Checked extends FilterOutputStream {
        private final String name;

        Checked(OutputStream out, String name) {
            super(out);
            this.name = name;
        }

        @Override
        public void write(int b) throws IOException {
            check(name);
            out.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            check(name);
            out.write(b, off, len);
        }
    }
}
