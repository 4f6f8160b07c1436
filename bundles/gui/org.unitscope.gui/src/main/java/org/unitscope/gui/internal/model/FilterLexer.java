package org.unitscope.gui.internal.model;

import java.util.ArrayList;
import java.util.List;

/** The tokens of a filter expression: words, quoted texts, operators and parentheses, each with its position. */
final class FilterLexer {
    /** One token; {@code quoted} tells a quoted text from a word. */
    record Token(String text, int position, boolean quoted) {
        boolean is(String s) {
            return !quoted && text.equalsIgnoreCase(s);
        }
    }

    private FilterLexer() {
    }

    static List<Token> tokens(String s) {
        List<Token> out = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '(' || c == ')' || c == '~') {
                out.add(new Token(String.valueOf(c), i++, false));
            } else if (c == '<' || c == '>' || c == '=' || c == '!') {
                int len = i + 1 < s.length() && s.charAt(i + 1) == '=' ? 2 : 1;
                out.add(new Token(s.substring(i, i + len), i, false));
                i += len;
            } else if (c == '"' || c == '\'') {
                int end = s.indexOf(c, i + 1);
                if (end < 0) {
                    throw new IllegalArgumentException("unclosed quote at " + (i + 1));
                }
                out.add(new Token(s.substring(i + 1, end), i, true));
                i = end + 1;
            } else {
                int start = i;
                while (i < s.length() && !Character.isWhitespace(s.charAt(i)) && "()<>=!~\"'".indexOf(s.charAt(i)) < 0) {
                    i++;
                }
                out.add(new Token(s.substring(start, i), start, false));
            }
        }
        return out;
    }
}
