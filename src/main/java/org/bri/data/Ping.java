package org.bri.data;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

@Path("/api/v1/ping")
public class Ping {
    @GET
    public String ping() { return "ok"; }
}
