package org.bri.data.export;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * The manifest the archive would carry now, without the archive: which release and change it holds and each file's
 * size, record count and SHA-256. Kept by the response cache per state of the data, like every JSON read.
 */
@Path("/api/v1/releases/{number}/manifest")
public class SnapshotManifestResource {

    private final Snapshots snapshots;

    SnapshotManifestResource(Snapshots snapshots) {
        this.snapshots = snapshots;
    }

    /** Computed as the archive is, by reading the whole data once: what a download at this moment would hold. */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public SnapshotManifest manifest(@PathParam("number") String number) {
        return snapshots.manifest(snapshots.open(number));
    }
}
