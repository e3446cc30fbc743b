package org.bri.data.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * Writes of one kind of curated record, each checked against the rules the seed loader applies and logged in the
 * change feed; declared here and implemented where the seed rules are known, so that no feature package depends on
 * the loader.
 */
public interface RecordWrites<R extends Curated> {

    /** Adds a record; its id must never have been used. */
    R create(JsonNode draft, String actor) throws JsonProcessingException;

    /**
     * Replaces the record whose current ETag If-Match names, or, with If-None-Match {@code *}, creates it at this id.
     */
    Written<R> put(String id, JsonNode draft, String ifMatch, String ifNoneMatch, String actor)
            throws JsonProcessingException;

    /**
     * Applies a JSON Merge Patch to the record whose current ETag If-Match names, in the shape {@link #put} takes, and
     * stores the result as {@link #put} would.
     */
    R patch(String id, JsonNode patch, String ifMatch, String actor) throws JsonProcessingException;

    /**
     * Deletes the record whose current ETag If-Match names, keeping a tombstone so that its id is never reused; a
     * record that others still reference is refused.
     */
    void delete(String id, String ifMatch, String actor);

    /** The record as stored, and whether the write created it. */
    record Written<R>(R record, boolean created) {
    }
}
