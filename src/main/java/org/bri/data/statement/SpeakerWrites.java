package org.bri.data.statement;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * Writes of speakers, each checked against the rules the seed loader applies and logged in the change feed; declared
 * here and implemented where the seed rules are known, so that this package never depends on the loader.
 */
public interface SpeakerWrites {

    /** Adds a speaker; its id must never have been used. */
    SpeakerResponse create(JsonNode draft, String actor) throws JsonProcessingException;

    /**
     * Replaces the speaker whose current ETag If-Match names, or, with If-None-Match {@code *}, creates it at this id.
     */
    Written put(String id, JsonNode draft, String ifMatch, String ifNoneMatch, String actor)
            throws JsonProcessingException;

    /**
     * Applies a JSON Merge Patch to the speaker whose current ETag If-Match names, in the shape {@link #put} takes, and
     * stores the result as {@link #put} would.
     */
    SpeakerResponse patch(String id, JsonNode patch, String ifMatch, String actor) throws JsonProcessingException;

    /**
     * Deletes the speaker whose current ETag If-Match names, keeping a tombstone so that its id is never reused; a
     * speaker that standing statements are attributed to is kept.
     */
    void delete(String id, String ifMatch, String actor);

    /** The speaker as stored, and whether the write created it. */
    record Written(SpeakerResponse speaker, boolean created) {
    }
}
