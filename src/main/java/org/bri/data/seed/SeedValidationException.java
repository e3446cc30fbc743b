package org.bri.data.seed;

import java.util.List;

/** The seed data is wrong; the message names every file, record and reason found. */
public class SeedValidationException extends RuntimeException {

    private final transient List<String> problems;

    public SeedValidationException(List<String> problems) {
        super("The seed data is invalid; the service will not start until it is fixed:\n  - "
                + String.join("\n  - ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
