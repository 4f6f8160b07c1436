package org.unitscope.math.rf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class PrincipalAnglesTest {

    @Test
    void anglesBetweenPlanesInR3AreAnalytic() {
        double[][] xy = {{1, 0, 0}, {0, 1, 0}};
        // a plane containing x, tilted 30 degrees about x: the angles are 0 and 30
        double t = Math.toRadians(30);
        double[][] tilted = {{2, 0, 0}, {1, Math.cos(t), Math.sin(t)}};
        double[] angles = PrincipalAngles.degrees(xy, tilted);
        assertThat(angles[0]).isCloseTo(0, within(1e-6));
        assertThat(angles[1]).isCloseTo(30, within(1e-9));
        // same subspace, other basis
        assertThat(PrincipalAngles.degrees(xy, new double[][] {{1, 1, 0}, {1, -1, 0}})[1]).isCloseTo(0, within(1e-6));
        // a line and a plane: one angle, 90 for the z axis
        assertThat(PrincipalAngles.degrees(new double[][] {{0, 0, 5}}, xy)).containsExactly(90.0);
    }

    @Test
    void rejectsDependentVectors() {
        assertThatThrownBy(() -> PrincipalAngles.degrees(new double[][] {{1, 0}, {2, 0}}, new double[][] {{1, 0}}))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
