package org.unitscope.cluster;

/** The line a command prints for what ended it. */
final class CommandFailure {
    private CommandFailure() {
    }

    /**
     * The commands' own refusals (a survey without runs, a description without blocks, a folder in use, one that does
     * not resolve) are sentences and print as such; anything else with its exception's name, which says more there.
     */
    static String text(Throwable e) {
        boolean ours = (e instanceof IllegalArgumentException || e instanceof IllegalStateException) && e.getMessage() != null;
        return ours ? e.getMessage() : e.toString();
    }
}
