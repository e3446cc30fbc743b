package org.bri.data.project;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * Writes of projects, each checked against the rules the seed loader applies and logged in the change feed; declared
 * here and implemented where the seed rules are known, so that this package never depends on the loader.
 */
public interface ProjectWrites {

    /** Adds a project; its id must never have been used. */
    ProjectResponse create(JsonNode draft, String actor) throws JsonProcessingException;

    /**
     * Replaces the project whose current ETag If-Match names, or, with If-None-Match {@code *}, creates it at this id.
     */
    Written put(String id, JsonNode draft, String ifMatch, String ifNoneMatch, String actor)
            throws JsonProcessingException;

    /**
     * Applies a JSON Merge Patch to the project whose current ETag If-Match names, in the shape {@link #put} takes,
     * and stores the result as {@link #put} would.
     */
    ProjectResponse patch(String id, JsonNode patch, String ifMatch, String actor) throws JsonProcessingException;

    /**
     * Deletes the project whose current ETag If-Match names, keeping a tombstone so that its id is never reused; a
     * project that metrics or statements still reference is refused.
     */
    void delete(String id, String ifMatch, String actor);

    /** The project as stored, and whether the write created it. */
    record Written(ProjectResponse project, boolean created) {
    }
}
