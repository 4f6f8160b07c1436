package org.unitscope.plot;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChartsTest {

    @Test
    void headlessIsSetWhenUnsetAndLeftAloneOtherwise() {
        String before = System.getProperty("java.awt.headless");
        try {
            System.clearProperty("java.awt.headless");
            Charts.ensureHeadless();
            assertThat(System.getProperty("java.awt.headless")).isEqualTo("true");
            System.setProperty("java.awt.headless", "false");
            Charts.ensureHeadless();
            assertThat(System.getProperty("java.awt.headless")).isEqualTo("false");
        } finally {
            if (before == null) {
                System.clearProperty("java.awt.headless");
            } else {
                System.setProperty("java.awt.headless", before);
            }
        }
    }

    @Test
    void divergingScaleIsWhiteAtZeroAndSaturatesAtTheEnds() {
        DivergingPaintScale scale = new DivergingPaintScale();
        assertThat(scale.getPaint(0)).isEqualTo(java.awt.Color.WHITE);
        assertThat(scale.getPaint(1)).isEqualTo(DivergingPaintScale.POSITIVE);
        assertThat(scale.getPaint(-1)).isEqualTo(DivergingPaintScale.NEGATIVE);
        assertThat(scale.getPaint(7)).isEqualTo(DivergingPaintScale.POSITIVE);
        java.awt.Color half = (java.awt.Color) scale.getPaint(-0.5);
        assertThat(half.getBlue()).isGreaterThan(half.getRed());
        assertThat(half.getRed()).isBetween(140, 160); // half way from 255 to 44
    }

    @Test
    void aDivergingScaleOverAnExtentColoursValuesAsTheUnitScaleColoursThemDividedByIt() {
        DivergingPaintScale unit = new DivergingPaintScale();
        DivergingPaintScale wide = new DivergingPaintScale(4e-3);
        assertThat(wide.getLowerBound()).isEqualTo(-4e-3);
        assertThat(wide.getUpperBound()).isEqualTo(4e-3);
        for (double v : new double[] {-4e-3, -1e-3, 0, 2e-3, 4e-3, 9e-3}) {
            assertThat(wide.getPaint(v)).as("%s", v).isEqualTo(unit.getPaint(v / 4e-3));
        }
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new DivergingPaintScale(0))
                .isInstanceOf(IllegalArgumentException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new DivergingPaintScale(Double.NaN))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
