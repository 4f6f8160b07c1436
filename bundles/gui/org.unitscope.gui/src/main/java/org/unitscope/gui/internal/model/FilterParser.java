package org.unitscope.gui.internal.model;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.unitscope.gui.internal.model.FilterLexer.Token;

/** Recursive descent over the tokens: or-expression of and-expressions of (negated) comparisons or groups. */
final class FilterParser {
    private static final Set<String> OPERATORS = Set.of("<", "<=", ">", ">=", "=", "==", "!=", "~");
    private final List<Token> tokens;
    private final List<String> columns;
    private int next;

    FilterParser(List<Token> tokens, List<String> columns) {
        this.tokens = tokens;
        this.columns = columns;
    }

    Predicate<Map<String, String>> parse() {
        Predicate<Map<String, String>> p = or();
        if (next < tokens.size()) {
            throw error("expected 'and', 'or' or the end");
        }
        return p;
    }

    private Predicate<Map<String, String>> or() {
        Predicate<Map<String, String>> p = and();
        while (peekIs("or")) {
            next++;
            p = p.or(and());
        }
        return p;
    }

    private Predicate<Map<String, String>> and() {
        Predicate<Map<String, String>> p = unary();
        while (peekIs("and")) {
            next++;
            p = p.and(unary());
        }
        return p;
    }

    private Predicate<Map<String, String>> unary() {
        if (peekIs("not")) {
            next++;
            return unary().negate();
        }
        if (peekIs("(")) {
            next++;
            Predicate<Map<String, String>> p = or();
            if (!peekIs(")")) {
                throw error("expected ')'");
            }
            next++;
            return p;
        }
        return comparison();
    }

    private Predicate<Map<String, String>> comparison() {
        Token column = take("a column name");
        if (column.quoted() || !columns.contains(column.text())) {
            throw new IllegalArgumentException("unknown column '" + column.text() + "' at " + (column.position() + 1)
                    + "; columns: " + String.join(", ", columns));
        }
        Token op = take("an operator (< <= > >= = != ~)");
        if (op.quoted() || !OPERATORS.contains(op.text())) {
            throw new IllegalArgumentException("expected an operator (< <= > >= = != ~) at " + (op.position() + 1)
                    + ", found '" + op.text() + "'");
        }
        Token value = take("a value");
        if (!value.quoted() && ("and".equalsIgnoreCase(value.text()) || "or".equalsIgnoreCase(value.text()) || ")".equals(value.text()))) {
            throw new IllegalArgumentException("expected a value at " + (value.position() + 1) + ", found '" + value.text() + "'");
        }
        return new Comparison(column.text(), op.text(), value.text());
    }

    private boolean peekIs(String word) {
        return next < tokens.size() && tokens.get(next).is(word);
    }

    private Token take(String what) {
        if (next >= tokens.size()) {
            throw new IllegalArgumentException("expected " + what + " at the end");
        }
        return tokens.get(next++);
    }

    private IllegalArgumentException error(String expected) {
        if (next >= tokens.size()) {
            return new IllegalArgumentException(expected + " at the end");
        }
        Token t = tokens.get(next);
        return new IllegalArgumentException(expected + " at " + (t.position() + 1) + ", found '" + t.text() + "'");
    }

    /** One comparison of a cell with a value. */
    private record Comparison(String column, String op, String value) implements Predicate<Map<String, String>> {
        @Override
        public boolean test(Map<String, String> row) {
            String cell = row.getOrDefault(column, "");
            if (op.equals("~")) {
                return cell.toLowerCase(Locale.ROOT).contains(value.toLowerCase(Locale.ROOT));
            }
            Double a = Numbers.parse(cell);
            Double b = Numbers.parse(value);
            if (b != null) {
                return a != null && !a.isNaN() && holds(Double.compare(a, b));
            }
            return holds(op.equals("=") || op.equals("==") || op.equals("!=")
                    ? (cell.equalsIgnoreCase(value) ? 0 : 1) : cell.compareToIgnoreCase(value));
        }

        private boolean holds(int c) {
            return switch (op) {
                case "<" -> c < 0;
                case "<=" -> c <= 0;
                case ">" -> c > 0;
                case ">=" -> c >= 0;
                case "!=" -> c != 0;
                default -> c == 0;
            };
        }
    }
}
