package org.unitscope.math.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTableTest {

    @Test
    void headerKeepsItsOrderAndEmptyTableIsOneLine() {
        CsvTable t = new CsvTable(List.of("zeta", "alpha", "mid"));
        assertThat(t.render()).isEqualTo("zeta,alpha,mid\n");
    }

    @Test
    void cellsGoUnderTheirColumnWhateverTheOrderTheyAreSet() {
        CsvTable t = new CsvTable(List.of("a", "b", "c"));
        t.row().set("c", "3").set("a", "1").set("b", "2");
        t.row().set("b", "only-b");
        assertThat(t.render()).isEqualTo("a,b,c\n1,2,3\n,only-b,\n");
    }

    @Test
    void quotesCommasQuotesAndNewlines() {
        CsvTable t = new CsvTable(List.of("name", "value, unit", "say \"hi\""));
        t.row().set("name", "a,b").set("value, unit", "he said \"no\"").set("say \"hi\"", "two\nlines");
        t.row().set("name", "plain").set("value, unit", "\"").set("say \"hi\"", "");
        assertThat(t.render()).isEqualTo(
                "name,\"value, unit\",\"say \"\"hi\"\"\"\n"
                        + "\"a,b\",\"he said \"\"no\"\"\",\"two\nlines\"\n"
                        + "plain,\"\"\"\",\n");
    }

    @Test
    void numbersUseSevenSignificantDigitsAndNaNIsEmpty() {
        CsvTable t = new CsvTable(List.of("x", "y", "z", "w"));
        t.row().set("x", 0.5).set("y", Double.NaN).set("z", 45.0).set("w", -2.5);
        t.row().set("x", 1.0 / 3).set("y", 1234567.0).set("z", 0.05).set("w", 1e-5);
        assertThat(t.render()).isEqualTo("x,y,z,w\n"
                + "0.5000000,,45.00000,-2.500000\n"
                + "0.3333333,1234567,0.05000000,1.000000e-05\n");
    }

    @Test
    void numbersDoNotFollowTheDefaultLocale() {
        java.util.Locale saved = java.util.Locale.getDefault();
        try {
            java.util.Locale.setDefault(java.util.Locale.GERMANY);
            CsvTable t = new CsvTable(List.of("x"));
            t.row().set("x", 2.5);
            assertThat(t.render()).isEqualTo("x\n2.500000\n");
        } finally {
            java.util.Locale.setDefault(saved);
        }
    }

    @Test
    void unknownColumnIsAnError() {
        CsvTable t = new CsvTable(List.of("a"));
        assertThatThrownBy(() -> t.row().set("b", "x")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("b");
    }
}
