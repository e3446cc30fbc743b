package org.bri.data.change;

import jakarta.persistence.EnumeratedValue;

import org.bri.data.common.Slugged;

/** The kinds of record that curators write and the change feed reports. */
public enum RecordType implements Slugged {

    SOURCE, PROJECT, METRIC, STATEMENT, SPEAKER;

    @EnumeratedValue
    private final String slug = Slugged.slugOf(name());
}
