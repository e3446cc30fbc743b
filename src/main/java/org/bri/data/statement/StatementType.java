package org.bri.data.statement;

import jakarta.persistence.Converter;

import org.bri.data.common.SlugConverter;
import org.bri.data.common.Slugged;

/** What a statement is: a quote, reported speech, a stated policy, a commitment or an assessment. */
public enum StatementType implements Slugged {

    QUOTE, PARAPHRASE, POLICY, COMMITMENT, ASSESSMENT;

    /** Stores the value as its slug. */
    @Converter(autoApply = true)
    public static class Column extends SlugConverter<StatementType> {

        public Column() {
            super(StatementType.class);
        }
    }
}
