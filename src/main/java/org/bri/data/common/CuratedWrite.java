package org.bri.data.common;

import java.net.URI;
import java.util.List;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

import com.fasterxml.jackson.databind.JsonNode;

/** What every curated record's write endpoint shares: the body it accepts, who writes, and how it answers. */
public final class CuratedWrite {

    /** The media type of a JSON Merge Patch (RFC 7396), the only one a PATCH takes. */
    public static final String MERGE_PATCH = "application/merge-patch+json";

    private CuratedWrite() {
    }

    /** The body, which must be a JSON object: anything else is a 422 naming the whole body. */
    public static JsonNode object(JsonNode draft, String kind) {
        if (draft == null || !draft.isObject()) {
            throw new InvalidRecordException(List.of(InvalidRecordException.field("", "a " + kind
                    + " object is required")));
        }
        return draft;
    }

    /** The body of a PATCH, which must be a JSON Merge Patch object: anything else is a 422 naming the whole body. */
    public static JsonNode patch(JsonNode patch) {
        return object(patch, "JSON Merge Patch");
    }

    /** The token's subject, whom the change log names. */
    public static String actor(SecurityContext security) {
        return security.getUserPrincipal().getName();
    }

    /** The record as written, tagged with its version: 201 at its address when the write created it, else 200. */
    public static Response answer(boolean created, URI location, Object record, int version) {
        Response.ResponseBuilder answer = created ? Response.created(location).entity(record) : Response.ok(record);
        return answer.header(HttpHeaders.ETAG, Stored.etag(version)).build();
    }
}
