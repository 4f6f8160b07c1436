package org.unitscope.djl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.unitscope.math.rf.SymmetricEigen;

/** libtorch's eigh through a TorchScript module written in Java, against EJML. */
class TorchEighTest {
    private static TorchEigh eigh;

    @BeforeAll
    static void open() {
        eigh = TorchEigh.open();
    }

    @AfterAll
    static void close() {
        eigh.close();
    }

    @Test
    void aTwoByTwoMatrixHasItsKnownEigenpairs() {
        TorchEigh.Decomposition e = eigh.decompose(new double[] {2, 1, 1, 3}, 2);
        assertThat(e.values()).containsExactly(new double[] {(5 - Math.sqrt(5)) / 2, (5 + Math.sqrt(5)) / 2},
                within(1e-14));
        double[] v = e.vectors()[1];
        // (2 - l) v0 + v1 = 0 for the larger l
        assertThat((2 - e.values()[1]) * v[0] + v[1]).isCloseTo(0, within(1e-14));
    }

    @Test
    void agreesWithEjmlOnARandomSymmetricMatrix() {
        int n = 120;
        Random random = new Random(2);
        double[] m = new double[n * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= i; j++) {
                m[i * n + j] = m[j * n + i] = random.nextGaussian();
            }
        }
        SymmetricEigen ejml = SymmetricEigen.of(m, n);
        TorchEigh.Decomposition torch = eigh.decompose(m, n);
        double[] values = eigh.values(m, n);
        for (int k = 0; k < n; k++) {
            assertThat(torch.values()[k]).isCloseTo(ejml.value(k), within(1e-11));
            assertThat(values[k]).isCloseTo(ejml.value(k), within(1e-11));
            double dot = 0;
            for (int i = 0; i < n; i++) {
                dot += torch.vectors()[k][i] * ejml.vector(k)[i];
            }
            assertThat(Math.abs(dot)).isCloseTo(1, within(1e-9));
        }
    }

    @Test
    void rejectsAMatrixOfTheWrongShapeOrWithNaN() {
        assertThatThrownBy(() -> eigh.decompose(new double[3], 2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> eigh.values(new double[] {1, Double.NaN, 0, 1}, 2))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
