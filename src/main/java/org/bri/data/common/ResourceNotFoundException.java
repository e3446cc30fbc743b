package org.bri.data.common;

/** Raised when no resource has the requested id; becomes a 404 problem. */
public class ResourceNotFoundException extends RuntimeException {

    public ResourceNotFoundException(String resource, String id) {
        this(resource, "id", id);
    }

    public ResourceNotFoundException(String resource, String key, String value) {
        super("No " + resource + " has the " + key + " '" + value + "'.");
    }
}
