package org.unitscope.gui.internal.model;

import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.List;

/** Values of parameters shown as text: integral doubles keep their ".0" only when the type is real. */
final class FieldValues {
    private FieldValues() {
    }

    static String plain(Object v) {
        return String.valueOf(v);
    }

    static List<Object> listOf(Object array) {
        List<Object> out = new ArrayList<>();
        for (int i = 0; i < Array.getLength(array); i++) {
            out.add(Array.get(array, i));
        }
        return out;
    }
}
