package org.bri.data.common;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;

/** Test-only endpoints that fail on purpose, to check what a client sees of a failure. */
@Path("/test-only")
public class FailingResource {

    @GET
    @Path("/failure")
    public String fail() {
        throw new IllegalStateException("secret detail of org.bri.data.internal");
    }

    @POST
    @Path("/json-body")
    @Consumes(MediaType.APPLICATION_JSON)
    public String consume(String body) {
        return body;
    }
}
