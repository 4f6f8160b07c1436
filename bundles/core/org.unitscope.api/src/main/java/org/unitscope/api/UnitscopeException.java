package org.unitscope.api;

/** A failure with a message meant for the researcher: it names the file, service or parameter at fault. */
public class UnitscopeException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public UnitscopeException(String message) {
        super(message);
    }

    public UnitscopeException(String message, Throwable cause) {
        super(message, cause);
    }
}
