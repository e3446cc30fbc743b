package org.bri.data.statement;

import jakarta.persistence.EnumeratedValue;

import org.bri.data.common.Slugged;

/** What a statement is: a quote, reported speech, a stated policy, a commitment or an assessment. */
public enum StatementType implements Slugged {

    QUOTE, PARAPHRASE, POLICY, COMMITMENT, ASSESSMENT;

    /** The value stored in the database: the slug. */
    @EnumeratedValue
    private final String slug = Slugged.slugOf(name());
}
