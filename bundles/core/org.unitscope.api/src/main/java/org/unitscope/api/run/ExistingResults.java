package org.unitscope.api.run;

/**
 * What a new run does with a results folder that already holds a run's files. A folder holds one run's files, never a
 * mixture of two, whichever is chosen.
 */
public enum ExistingResults {
    /** Refuse to start, naming the run that is there and the other choices (the default). */
    REFUSE,
    /**
     * Write the new run into a fresh generation beside the old files and swap it in when the run ends; the old results
     * stay, untouched and readable, until then (and for good when the new run fails before writing any result).
     */
    REPLACE
}
