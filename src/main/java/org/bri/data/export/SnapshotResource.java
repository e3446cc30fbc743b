package org.bri.data.export;

import java.util.Arrays;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.ext.web.RoutingContext;

/**
 * The whole data in one archive, for integrators who load everything at once and verify it: the data as it stands
 * now, labelled with the release it was last published as and the change it is cut at.
 */
@Path("/api/v1/releases/{number}/download")
public class SnapshotResource {

    static final String ZIP = "application/zip";
    private static final String CONTENT_DISPOSITION = "Content-Disposition";

    private final Snapshots snapshots;

    SnapshotResource(Snapshots snapshots) {
        this.snapshots = snapshots;
    }

    /**
     * The archive of the data as it stands ({@code current}), or of a release while the data is still exactly that
     * release; a 304 when If-None-Match names it. The service keeps only the data as it stands, so an older release
     * is gone (410).
     */
    @GET
    @Produces(ZIP)
    public Response download(@PathParam("number") String number,
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch, @Context Request request,
            @Context RoutingContext routing) {
        Cut cut = snapshots.open(number);
        boolean streaming = false;
        try {
            String etag = cut.etag();
            Response.ResponseBuilder response;
            String disposition = "attachment; filename=\"" + cut.fileName() + "\"";
            if (matches(ifNoneMatch, etag)) {
                response = Response.notModified();
            } else if (HttpMethod.HEAD.equals(request.getMethod())) {
                // The headers alone: the read ends here, on the thread that began it.
                response = Response.ok().type(ZIP).header(CONTENT_DISPOSITION, disposition);
            } else {
                response = Response.ok((StreamingOutput) out -> snapshots.write(cut, out), ZIP)
                        .header(CONTENT_DISPOSITION, disposition);
                // Ends the read should the archive never be written (a client gone before it starts), off the event
                // loop, as ending it talks to the database.
                routing.addEndHandler(ended -> Infrastructure.getDefaultWorkerPool().execute(cut::close));
                streaming = true;
            }
            // Not kept by the response cache (it streams, and may be large): a client revalidates it by its tag.
            return response.header(HttpHeaders.ETAG, etag).header(HttpHeaders.CACHE_CONTROL, "public, no-cache")
                    .build();
        } finally {
            if (!streaming) {
                cut.close();
            }
        }
    }

    /** Weak comparison, as RFC 9110 prescribes for If-None-Match. */
    static boolean matches(String ifNoneMatch, String etag) {
        return ifNoneMatch != null && Arrays.stream(ifNoneMatch.split(",")).map(String::trim)
                .map(tag -> tag.startsWith("W/") ? tag.substring(2) : tag)
                .anyMatch(tag -> tag.equals("*") || tag.equals(etag));
    }
}
