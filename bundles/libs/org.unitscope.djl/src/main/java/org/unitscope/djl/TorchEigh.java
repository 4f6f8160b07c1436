package org.unitscope.djl;

import ai.djl.Model;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.ParameterStore;
import java.nio.DoubleBuffer;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Symmetric eigen-decomposition by libtorch's LAPACK-backed {@code torch.linalg.eigh} / {@code eigvalsh}, which DJL
 * 0.36's NDArray does not expose: two one-line TorchScript modules are written by {@link TorchScriptArchive} to a
 * temporary file, loaded through DJL's PyTorch engine and called with float64 matrices. Eigenvalues ascending,
 * eigenvector k as row k of {@link Decomposition#vectors()} (unit norm, sign arbitrary), like
 * {@link org.unitscope.math.rf.SymmetricEigen}. Not thread-safe; {@link #close()} releases the modules.
 */
public final class TorchEigh implements AutoCloseable {

    /**
     * @param values  ascending
     * @param vectors row k is the unit eigenvector of values[k]
     */
    public record Decomposition(double[] values, double[][] vectors) {
    }

    private static final String HEAD = "  __parameters__ = []\n  __buffers__ = []\n  training : bool\n";

    private final Model vectors;
    private final Model values;

    private TorchEigh(Model vectors, Model values) {
        this.vectors = vectors;
        this.values = values;
    }

    /** Writes and loads the two modules. */
    public static TorchEigh open() {
        DjlRuntime.engine();
        Model eigh = load("Eigh", "Tuple[Tensor, Tensor]", "torch.linalg_eigh(x)");
        try {
            return new TorchEigh(eigh, load("EigvalsH", "Tensor", "torch.linalg_eigvalsh(x)"));
        } catch (RuntimeException e) {
            eigh.close();
            throw e;
        }
    }

    private static Model load(String name, String returns, String body) {
        String code = "class " + name + "(Module):\n" + HEAD + "  def forward(self: __torch__." + name + ",\n"
                + "    x: Tensor) -> " + returns + ":\n    return " + body + "\n";
        return DjlRuntime.call(() -> {
            Path file = Files.createTempFile("unitscope-" + name.toLowerCase(), ".pt");
            try {
                TorchScriptArchive.write(file, name, code);
                Model model = Model.newInstance("unitscope-" + name, DjlRuntime.ENGINE);
                model.load(file);
                return model;
            } finally {
                Files.deleteIfExists(file);
            }
        });
    }

    /** Eigenvalues and eigenvectors of the symmetric n x n row-major {@code matrix} (its lower triangle is read). */
    public Decomposition decompose(double[] matrix, int n) {
        check(matrix, n);
        return DjlRuntime.call(() -> {
            try (NDManager m = vectors.getNDManager().newSubManager()) {
                NDList out = run(vectors, m, matrix, n);
                double[] w = read(out.get(0), n);
                double[] v = read(out.get(1), n * n);
                double[][] rows = new double[n][n];
                for (int i = 0; i < n; i++) {
                    for (int k = 0; k < n; k++) {
                        rows[k][i] = v[i * n + k];
                    }
                }
                return new Decomposition(w, rows);
            }
        });
    }

    /** Eigenvalues only, ascending. */
    public double[] values(double[] matrix, int n) {
        check(matrix, n);
        return DjlRuntime.call(() -> {
            try (NDManager m = values.getNDManager().newSubManager()) {
                return read(run(values, m, matrix, n).get(0), n);
            }
        });
    }

    private static NDList run(Model model, NDManager m, double[] matrix, int n) {
        NDArray x = m.create(DoubleBuffer.wrap(matrix, 0, n * n), new Shape(n, n));
        return model.getBlock().forward(new ParameterStore(m, false), new NDList(x), false);
    }

    private static double[] read(NDArray a, int count) {
        double[] out = new double[count];
        a.toByteBuffer(true).asDoubleBuffer().get(out);
        return out;
    }

    private static void check(double[] matrix, int n) {
        if (n < 1 || matrix == null || matrix.length != (long) n * n) {
            throw new IllegalArgumentException("need an n x n matrix with n >= 1");
        }
        for (int k = 0; k < matrix.length; k++) {
            if (!Double.isFinite(matrix[k])) {
                throw new IllegalArgumentException("matrix entry not finite at (" + k / n + ", " + k % n + ")");
            }
        }
    }

    @Override
    public void close() {
        vectors.close();
        values.close();
    }
}
