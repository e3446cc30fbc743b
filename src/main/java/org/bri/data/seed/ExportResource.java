package org.bri.data.seed;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.bri.data.common.Roles;

/** The data as a seeds folder, curated records included, for curators to carry back into {@code seeds/}. */
@Path("/api/v1/export")
public class ExportResource {

    static final String ZIP = "application/zip";

    private final SeedExport export;

    ExportResource(SeedExport export) {
        this.export = export;
    }

    @GET
    @RolesAllowed({Roles.CURATOR, Roles.EDITOR})
    @Produces(ZIP)
    public Response seeds() {
        SeedExport.Export seeds = export.zip();
        return Response.ok(seeds.zip(), ZIP)
                .header("Content-Disposition", "attachment; filename=\"bri-seeds-release-" + seeds.release() + ".zip\"")
                // Made for one curator on request, never for a shared cache.
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store").build();
    }
}
