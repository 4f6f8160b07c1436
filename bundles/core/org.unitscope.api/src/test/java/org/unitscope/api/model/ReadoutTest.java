package org.unitscope.api.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class ReadoutTest {

    @ParameterizedTest
    @ValueSource(strings = {"centre", "center", "CENTRE", " Center "})
    void parsesCentre(String text) {
        Readout r = Readout.parse(text);
        assertThat(r.mode()).isEqualTo(Readout.Mode.CENTRE);
        assertThat(r).isEqualTo(Readout.centre());
    }

    @Test
    void nullMeansCentre() {
        assertThat(Readout.parse(null)).isEqualTo(Readout.centre());
    }

    @Test
    void parsesMean() {
        assertThat(Readout.parse("mean").mode()).isEqualTo(Readout.Mode.MEAN);
        assertThat(Readout.parse("Mean")).isEqualTo(Readout.mean());
    }

    @Test
    void parsesPosition() {
        Readout r = Readout.parse("3,4");
        assertThat(r.mode()).isEqualTo(Readout.Mode.POSITION);
        assertThat(r.row()).isEqualTo(3);
        assertThat(r.col()).isEqualTo(4);
        assertThat(Readout.parse(" 12 , 7 ")).isEqualTo(Readout.at(12, 7));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "middle", "3", "3,4,5", "a,b", "3;4", "3.5,4", ","})
    void rejectsBadText(String text) {
        assertThatThrownBy(() -> Readout.parse(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'" + text + "'");
    }

    @Test
    void toStringParsesBack() {
        for (Readout r : new Readout[] {Readout.centre(), Readout.mean(), Readout.at(5, 6)}) {
            assertThat(Readout.parse(r.toString())).isEqualTo(r);
        }
        assertThat(Readout.at(5, 6).toString()).isEqualTo("5,6");
        assertThat(Readout.centre().toString()).isEqualTo("centre");
    }

    @Test
    void centreIndex() {
        // an even side has two middle units (111 and 112 of 224): the lower one is taken
        assertThat(Readout.centreIndex(224)).isEqualTo(111);
        assertThat(Readout.centreIndex(63)).isEqualTo(31);
        assertThat(Readout.centreIndex(1)).isEqualTo(0);
        assertThat(Readout.centreIndex(2)).isEqualTo(0);
        assertThat(Readout.centreIndex(7)).isEqualTo(3);
    }
}
