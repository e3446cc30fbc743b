package org.bri.data.statement;

import org.bri.data.common.Slugged;

/** What a statement is: a quote, reported speech, a stated policy, a commitment or an assessment. */
public enum StatementType implements Slugged {

    QUOTE("quote"), PARAPHRASE("paraphrase"), POLICY("policy"), COMMITMENT("commitment"), ASSESSMENT("assessment");

    private final String slug;

    StatementType(String slug) {
        this.slug = slug;
    }

    @Override
    public String slug() {
        return slug;
    }
}
