package org.bri.data.common;

import jakarta.enterprise.context.ApplicationScoped;

/** The version of the data the API serves: the checksum of the loaded seed set. */
@ApplicationScoped
public class DataVersion {

    private volatile String checksum = "";

    public String checksum() {
        return checksum;
    }

    public void set(String checksum) {
        this.checksum = checksum;
    }
}
