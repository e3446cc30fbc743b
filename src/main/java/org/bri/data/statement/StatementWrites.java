package org.bri.data.statement;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * Writes of statements, each checked against the rules the seed loader applies and logged in the change feed; declared
 * here and implemented where the seed rules are known, so that this package never depends on the loader.
 */
public interface StatementWrites {

    /** Adds a statement; its id must never have been used. */
    StatementResponse create(JsonNode draft, String actor) throws JsonProcessingException;

    /**
     * Replaces the statement whose current ETag If-Match names, or, with If-None-Match {@code *}, creates it at this
     * id.
     */
    Written put(String id, JsonNode draft, String ifMatch, String ifNoneMatch, String actor)
            throws JsonProcessingException;

    /**
     * Applies a JSON Merge Patch to the statement whose current ETag If-Match names, in the shape {@link #put} takes,
     * and stores the result as {@link #put} would.
     */
    StatementResponse patch(String id, JsonNode patch, String ifMatch, String actor) throws JsonProcessingException;

    /** Deletes the statement whose current ETag If-Match names, keeping a tombstone so that its id is never reused. */
    void delete(String id, String ifMatch, String actor);

    /** The statement as stored, and whether the write created it. */
    record Written(StatementResponse statement, boolean created) {
    }
}
