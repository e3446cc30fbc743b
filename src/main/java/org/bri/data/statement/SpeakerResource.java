package org.bri.data.statement;

import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;

import org.bri.data.change.ChangeParams;
import org.bri.data.change.History;
import org.bri.data.change.RecordType;
import org.bri.data.common.CuratedWrite;
import org.bri.data.common.DataVersion;
import org.bri.data.common.ListFormat;
import org.bri.data.common.ListParams;
import org.bri.data.common.MaxValues;
import org.bri.data.common.OneOf;
import org.bri.data.common.RecordWrites;
import org.bri.data.common.ResourceNotFoundException;
import org.bri.data.common.Roles;
import org.bri.data.common.Stored;
import org.jboss.resteasy.reactive.Separator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

/** The people and bodies that statements are attributed to (the values of the speaker filter), and their curation. */
@Path("/api/v1/speakers")
@Produces(MediaType.APPLICATION_JSON)
public class SpeakerResource {

    private static final String KIND = "speaker";

    private final SpeakerRepository speakers;
    private final RecordWrites<SpeakerResponse> writes;
    private final History history;
    private final DataVersion version;

    SpeakerResource(SpeakerRepository speakers, RecordWrites<SpeakerResponse> writes, History history,
            DataVersion version) {
        this.speakers = speakers;
        this.writes = writes;
        this.history = history;
        this.version = version;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, ListFormat.TEXT_CSV, ListFormat.APPLICATION_NDJSON})
    public Response list(@Valid @BeanParam Params params) {
        return params.respond(SpeakerResponse.class, order -> speakers.search(params.kinds(), order),
                SpeakerResponse::from);
    }

    /** One speaker, tagged with its version so that a curator can send it back in If-Match. */
    @GET
    @Path("/{id}")
    public Response get(@PathParam("id") String id) {
        SpeakerResponse speaker = speakers.findByIdOptional(id).map(SpeakerResponse::from)
                .orElseThrow(() -> new ResourceNotFoundException(KIND, id));
        return Response.ok(speaker).header(HttpHeaders.ETAG, Stored.etag(speaker.version())).build();
    }

    /** Adds a speaker in the seed format. */
    @POST
    @RolesAllowed({Roles.CURATOR, Roles.EDITOR})
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(JsonNode draft, @Context SecurityContext security, @Context UriInfo uri)
            throws JsonProcessingException {
        return CuratedWrite.post(writes, KIND, draft, security, uri, version);
    }

    /** Replaces a speaker (If-Match) or creates it at this id (If-None-Match: *). */
    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.CURATOR, Roles.EDITOR})
    @Consumes(MediaType.APPLICATION_JSON)
    public Response put(@PathParam("id") String id, JsonNode draft, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch, @Context SecurityContext security,
            @Context UriInfo uri) throws JsonProcessingException {
        return CuratedWrite.put(writes, KIND, id, draft, ifMatch, ifNoneMatch, security, uri, version);
    }

    /**
     * Changes the fields a JSON Merge Patch names (If-Match); only its own media type is taken, since a plain JSON body
     * says nothing of null meaning "remove".
     */
    @PATCH
    @Path("/{id}")
    @RolesAllowed({Roles.CURATOR, Roles.EDITOR})
    @Consumes(CuratedWrite.MERGE_PATCH)
    public Response patch(@PathParam("id") String id, JsonNode patch, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Context SecurityContext security) throws JsonProcessingException {
        return CuratedWrite.patch(writes, id, patch, ifMatch, security, version);
    }

    /**
     * Deletes a speaker (editors only) that no standing statement is attributed to; it stays as a tombstone, so its id
     * is never reused.
     */
    @DELETE
    @Path("/{id}")
    @RolesAllowed(Roles.EDITOR)
    public Response delete(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Context SecurityContext security) {
        return CuratedWrite.delete(writes, id, ifMatch, security, version);
    }

    /** The speaker's changes, oldest first; a deleted speaker keeps its history. */
    @GET
    @Path("/{id}/history")
    @Produces({MediaType.APPLICATION_JSON, ListFormat.TEXT_CSV, ListFormat.APPLICATION_NDJSON})
    public Response history(@PathParam("id") String id, @BeanParam ChangeParams params) {
        return history.of(RecordType.SPEAKER, id, speakers.stored(id).isPresent(), params);
    }

    /** The query parameters of the speaker list. */
    public static class Params extends ListParams {

        @QueryParam("kind")
        @Separator(",")
        @MaxValues
        List<@OneOf(SpeakerKind.class) String> kind;

        public Params() {
            super(Speaker.class, "name", Map.of("id", "id", "name", "name", "kind", "kind"));
        }

        List<SpeakerKind> kinds() {
            return values(kind, SpeakerKind.class);
        }
    }
}
