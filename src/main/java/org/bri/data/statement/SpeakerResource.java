package org.bri.data.statement;

import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.bri.data.common.ResourceNotFoundException;
import org.bri.data.statement.StatementResponse.SpeakerResponse;

/** The people and bodies that statements are attributed to: the values of the speaker filter. */
@Path("/api/v1/speakers")
@Produces(MediaType.APPLICATION_JSON)
public class SpeakerResource {

    private final SpeakerRepository speakers;

    SpeakerResource(SpeakerRepository speakers) {
        this.speakers = speakers;
    }

    @GET
    public Response list(@Valid @BeanParam SpeakerParams params) {
        return params.respond(speakers.search(params.kinds(), params.sort()), SpeakerResponse::from);
    }

    @GET
    @Path("/{id}")
    public SpeakerResponse get(@PathParam("id") String id) {
        return speakers.findByIdOptional(id).map(SpeakerResponse::from)
                .orElseThrow(() -> new ResourceNotFoundException("speaker", id));
    }
}
