package org.bri.data.common;

import java.net.URI;
import java.util.List;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * What every curated record's write endpoint does: check the body, write as the token's subject, refresh the data
 * version and answer with the record and its ETag; each resource keeps its own annotated methods and delegates here,
 * since a generic resource base class gets no field injection for a {@code @BeanParam} of a type variable
 * (quarkus#42807).
 */
public final class CuratedWrite {

    /** The media type of a JSON Merge Patch (RFC 7396), the only one a PATCH takes. */
    public static final String MERGE_PATCH = "application/merge-patch+json";

    private CuratedWrite() {
    }

    /** Adds a record (POST): 201 at its new address. */
    public static <R extends Curated> Response post(RecordWrites<R> writes, String kind, JsonNode draft,
            SecurityContext security, UriInfo uri, DataVersion version) throws JsonProcessingException {
        R record = writes.create(object(draft, kind), actor(security));
        version.refresh();
        return answer(true, uri.getAbsolutePathBuilder().path(record.id()).build(), record);
    }

    /** Replaces a record (If-Match) or creates it at this id (If-None-Match: *): 201 when it created it, else 200. */
    public static <R extends Curated> Response put(RecordWrites<R> writes, String kind, String id, JsonNode draft,
            String ifMatch, String ifNoneMatch, SecurityContext security, UriInfo uri, DataVersion version)
            throws JsonProcessingException {
        RecordWrites.Written<R> written = writes.put(id, object(draft, kind), ifMatch, ifNoneMatch, actor(security));
        version.refresh();
        return answer(written.created(), uri.getAbsolutePath(), written.record());
    }

    /** Applies a JSON Merge Patch to a record (If-Match): 200. */
    public static <R extends Curated> Response patch(RecordWrites<R> writes, String id, JsonNode patch,
            String ifMatch, SecurityContext security, DataVersion version) throws JsonProcessingException {
        R record = writes.patch(id, object(patch, "JSON Merge Patch"), ifMatch, actor(security));
        version.refresh();
        return answer(false, null, record);
    }

    /** Deletes a record (If-Match), leaving its tombstone: 204. */
    public static Response delete(RecordWrites<?> writes, String id, String ifMatch, SecurityContext security,
            DataVersion version) {
        writes.delete(id, ifMatch, actor(security));
        version.refresh();
        return Response.noContent().build();
    }

    /** The body, which must be a JSON object: anything else is a 422 naming the whole body. */
    private static JsonNode object(JsonNode draft, String kind) {
        if (draft == null || !draft.isObject()) {
            throw new InvalidRecordException(List.of(InvalidRecordException.field("", "a " + kind
                    + " object is required")));
        }
        return draft;
    }

    /** The token's subject, whom the change log names. */
    public static String actor(SecurityContext security) {
        return security.getUserPrincipal().getName();
    }

    /** The record as written, tagged with its version: 201 at its address when the write created it, else 200. */
    private static Response answer(boolean created, URI location, Curated record) {
        Response.ResponseBuilder answer = created ? Response.created(location).entity(record) : Response.ok(record);
        return answer.header(HttpHeaders.ETAG, Stored.etag(record.version())).build();
    }
}
