package org.bri.data.release;

import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;

import org.bri.data.common.CuratedWrite;
import org.bri.data.common.DataVersion;
import org.bri.data.common.InvalidPathParameterException;
import org.bri.data.common.ListFormat;
import org.bri.data.common.ListParams;
import org.bri.data.common.ResourceNotFoundException;
import org.bri.data.common.Roles;

/** The releases of the data, newest first, and an editor's publication of the next one. */
@Path("/api/v1/releases")
@Produces(MediaType.APPLICATION_JSON)
public class ReleaseResource {

    /** A release number as a path gives it: a whole number from 1, without leading zeros. */
    private static final String NUMBER = "[1-9][0-9]{0,8}";

    private final ReleaseRepository releases;
    private final Releases publisher;
    private final DataVersion version;

    ReleaseResource(ReleaseRepository releases, Releases publisher, DataVersion version) {
        this.releases = releases;
        this.publisher = publisher;
        this.version = version;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, ListFormat.TEXT_CSV, ListFormat.APPLICATION_NDJSON})
    public Response list(@Valid @BeanParam Params params) {
        return params.respond(ReleaseResponse.class, releases::list, ReleaseResponse::from);
    }

    @GET
    @Path("/{number}")
    public ReleaseResponse get(@PathParam("number") String number) {
        if (!number.matches(NUMBER)) {
            throw new InvalidPathParameterException("number", "must be a release number, a whole number from 1");
        }
        return releases.findByIdOptional(Integer.valueOf(number)).map(ReleaseResponse::from)
                .orElseThrow(() -> new ResourceNotFoundException("release", "number", number));
    }

    /** Publishes the data as it stands as the next release (editors only). */
    @POST
    @RolesAllowed(Roles.EDITOR)
    public Response publish(@Context SecurityContext security, @Context UriInfo uri) {
        Release release = publisher.publish(CuratedWrite.actor(security));
        // The data version is the release's checksum (and the changes since), which has just moved.
        version.refresh();
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(release.number)).build())
                .entity(ReleaseResponse.from(release)).build();
    }

    /** The query parameters of the release list: paging and sorting only, newest first by default. */
    public static class Params extends ListParams {

        public Params() {
            super(Release.class, "-number", Map.of("number", "number"));
        }
    }
}
