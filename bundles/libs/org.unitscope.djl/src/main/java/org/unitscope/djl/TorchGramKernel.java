package org.unitscope.djl;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import java.nio.DoubleBuffer;
import org.unitscope.math.linalg.GramKernel;

/**
 * {@link GramKernel} on DJL's PyTorch engine: float64 on the CPU, each chunk as two BLAS matrix products. A pass holds
 * V (d x c) and the running sums (d x c) as tensors; per chunk of m rows, with X (m x d) and the weights gathered per
 * vector (m x c: entry (i, j) = W[i, column[j]], built in Java), Y = (X V) * Wsel and sums += X^T Y. The sums are read
 * back once, at the end of the pass. Each pass's tensors live in a sub-manager closed with the pass, each chunk's in
 * a sub-manager of that.
 *
 * <p>Agrees with {@link org.unitscope.math.linalg.JavaGramKernel} to rounding (1e-12 relative is tested); unlike the
 * Java kernel its rounding may depend on the chunking and on the number of columns (BLAS blocks its products by
 * shape), so bit-for-bit repeatability holds for the same chunks and columns, which the matrix-free AWC keeps fixed
 * (fixed-size chunks; the columns of a Lanczos round).
 *
 * <p>The kernel may serve several passes one after the other; it is not thread-safe. {@link #close()} releases its
 * manager when it created it.
 */
public final class TorchGramKernel implements GramKernel, AutoCloseable {

    private final NDManager manager;
    private final boolean ownsManager;

    /** A kernel with its own CPU manager of the PyTorch engine. */
    public TorchGramKernel() {
        this(DjlRuntime.call(() -> DjlRuntime.engine().newBaseManager(Device.cpu())), true);
    }

    /** A kernel that opens its passes' sub-managers under {@code parent} (which it does not close). */
    public TorchGramKernel(NDManager parent) {
        this(parent, false);
    }

    private TorchGramKernel(NDManager manager, boolean ownsManager) {
        if (manager == null) {
            throw new IllegalArgumentException("manager must not be null");
        }
        this.manager = manager;
        this.ownsManager = ownsManager;
    }

    /**
     * Rows per chunk: 2^22 / d doubles of X (32 MiB), between 256 and 8192 rows, so that each call's products are large
     * enough to amortise the call.
     */
    @Override
    public int chunkRows(int d) {
        return Math.max(256, Math.min(8192, (1 << 22) / d));
    }

    @Override
    public Pass begin(int d, double[] v, int c) {
        GramKernel.checkVectors(d, v, c);
        return DjlRuntime.call(() -> {
            NDManager pass = manager.newSubManager();
            NDArray vectors = pass.create(DoubleBuffer.wrap(v, 0, d * c), new Shape(d, c));
            NDArray sums = pass.zeros(new Shape(d, c), DataType.FLOAT64);
            return new TorchPass(pass, vectors, sums, d, c);
        });
    }

    @Override
    public void close() {
        if (ownsManager) {
            manager.close();
        }
    }

    private static final class TorchPass implements Pass {
        private final NDManager pass;
        private final NDArray vectors;
        private final NDArray sums;
        private final int d;
        private final int c;
        private double[] selected = new double[0];

        TorchPass(NDManager pass, NDArray vectors, NDArray sums, int d, int c) {
            this.pass = pass;
            this.vectors = vectors;
            this.sums = sums;
            this.d = d;
            this.c = c;
        }

        @Override
        public void add(double[] x, int m, double[] w, int p, int[] column) {
            GramKernel.checkChunk(x, m, d, w, p, column, c);
            if (m == 0 || c == 0) {
                return;
            }
            if (selected.length < m * c) {
                selected = new double[m * c];
            }
            for (int i = 0; i < m; i++) {
                for (int j = 0; j < c; j++) {
                    selected[i * c + j] = w[i * p + column[j]];
                }
            }
            DjlRuntime.call(() -> {
                try (NDManager chunk = pass.newSubManager()) {
                    NDArray xs = chunk.create(DoubleBuffer.wrap(x, 0, m * d), new Shape(m, d));
                    NDArray ws = chunk.create(DoubleBuffer.wrap(selected, 0, m * c), new Shape(m, c));
                    NDArray y = xs.matMul(vectors).muli(ws);
                    sums.addi(xs.transpose().matMul(y));
                }
                return null;
            });
        }

        @Override
        public double[] sums() {
            return DjlRuntime.call(() -> {
                double[] out = new double[d * c];
                sums.toByteBuffer(true).asDoubleBuffer().get(out);
                return out;
            });
        }

        @Override
        public void close() {
            DjlRuntime.call(() -> {
                pass.close();
                return null;
            });
        }
    }
}
