package org.bri.data.statement;

import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.bri.data.common.ListParams;
import org.bri.data.common.MaxValues;
import org.bri.data.common.OneOf;
import org.bri.data.common.ResourceNotFoundException;
import org.bri.data.statement.StatementResponse.SpeakerResponse;
import org.jboss.resteasy.reactive.Separator;

/** The people and bodies that statements are attributed to: the values of the speaker filter. */
@Path("/api/v1/speakers")
@Produces(MediaType.APPLICATION_JSON)
public class SpeakerResource {

    private final SpeakerRepository speakers;

    SpeakerResource(SpeakerRepository speakers) {
        this.speakers = speakers;
    }

    @GET
    public Response list(@Valid @BeanParam Params params) {
        return params.respond(speakers.search(params.kinds(), params.sort()), SpeakerResponse::from);
    }

    @GET
    @Path("/{id}")
    public SpeakerResponse get(@PathParam("id") String id) {
        return speakers.findByIdOptional(id).map(SpeakerResponse::from)
                .orElseThrow(() -> new ResourceNotFoundException("speaker", id));
    }

    /** The query parameters of the speaker list. */
    public static class Params extends ListParams {

        @QueryParam("kind")
        @Separator(",")
        @MaxValues
        List<@OneOf(SpeakerKind.class) String> kind;

        public Params() {
            super("name", Map.of("id", "id", "name", "name", "kind", "kind"));
        }

        List<SpeakerKind> kinds() {
            return values(kind, SpeakerKind.class);
        }
    }
}
