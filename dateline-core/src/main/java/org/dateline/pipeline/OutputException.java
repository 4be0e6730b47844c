package org.dateline.pipeline;

import java.io.IOException;

/** A {@link ResultSink} could not write; the message names its location and says what failed. */
public final class OutputException extends IOException {
    private final String location;

    public OutputException(String location, IOException cause) {
        super("cannot write " + location + ": " + cause.getMessage(), cause);
        this.location = location;
    }

    public String location() {
        return location;
    }
}
