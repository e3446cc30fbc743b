package org.bri.data.release;

import jakarta.persistence.EnumeratedValue;

import org.bri.data.common.Slugged;

/** Where a release comes from: a seed release the loader loaded, or one an editor published. */
public enum ReleaseKind implements Slugged {

    SEED, PUBLISHED;

    @EnumeratedValue
    private final String slug = Slugged.slugOf(name());
}
