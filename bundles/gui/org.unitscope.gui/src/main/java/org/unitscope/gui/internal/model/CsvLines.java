package org.unitscope.gui.internal.model;

import java.util.List;
import org.unitscope.math.io.CsvReader;

/** Splits CSV text into lines of cells (RFC 4180 quoting; blank lines skipped): the maths' reader of our CSV. */
final class CsvLines {
    private CsvLines() {
    }

    static List<List<String>> parse(String text) {
        return CsvReader.lines(text);
    }
}
