package org.bri.data.change;

import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.bri.data.common.ListFormat;

/**
 * The change feed: every create, update and delete in commit order. A mirror asks for the changes
 * after the last number it applied ({@code since}); numbers are taken in commit order, so it
 * never misses or repeats one.
 */
@Path("/api/v1/changes")
@Produces(MediaType.APPLICATION_JSON)
public class ChangeResource {

    private final ChangeRepository changes;

    ChangeResource(ChangeRepository changes) {
        this.changes = changes;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, ListFormat.TEXT_CSV, ListFormat.APPLICATION_NDJSON})
    public Response feed(@Valid @BeanParam ChangeParams params) {
        return params.respond(ChangeResponse.class, order -> changes.search(params.filter(null, null), order),
                ChangeResponse::from);
    }
}
