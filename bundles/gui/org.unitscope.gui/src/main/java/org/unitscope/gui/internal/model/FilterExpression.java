package org.unitscope.gui.internal.model;

import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * A filter over the units table, e.g. {@code circ_var < 0.3 and layer = block3_conv3}: comparisons
 * {@code COLUMN OP VALUE} with {@code < <= > >= = != ~} ({@code ~}: contains), joined by {@code and}, {@code or},
 * {@code not} and parentheses ({@code and} binds tighter than {@code or}). Values are numbers, words or quoted texts.
 * Two numbers compare as numbers; otherwise as texts ({@code =} ignores case). An empty cell matches no numeric
 * comparison. A blank expression matches every unit.
 */
public final class FilterExpression {
    private final Predicate<Map<String, String>> test;
    private final String text;

    private FilterExpression(String text, Predicate<Map<String, String>> test) {
        this.text = text;
        this.test = test;
    }

    /**
     * Parses {@code text} against the table's columns.
     *
     * @throws IllegalArgumentException with the position and what was expected, or the unknown column and the columns
     */
    public static FilterExpression parse(String text, List<String> columns) {
        if (text == null || text.isBlank()) {
            return new FilterExpression("", row -> true);
        }
        return new FilterExpression(text, new FilterParser(FilterLexer.tokens(text), columns).parse());
    }

    public boolean matches(Map<String, String> row) {
        return test.test(row);
    }

    public String text() {
        return text;
    }
}
