package org.bri.data.change;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Validator;
import jakarta.ws.rs.core.Response;

import org.bri.data.common.ResourceNotFoundException;

/** Answers a record's history: its own changes, oldest first. */
@ApplicationScoped
public class History {

    private final ChangeRepository changes;
    private final Validator validator;

    History(ChangeRepository changes, Validator validator) {
        this.changes = changes;
        this.validator = validator;
    }

    /** The caller answers 404 for an unknown record first, so the parameters are validated here. */
    public Response of(RecordType type, String id, ChangeParams params) {
        params.validate(validator);
        return params.respond(ChangeResponse.class, order -> changes.search(params.filter(type, id), order),
                ChangeResponse::from);
    }

    /** The history of a record the caller knows to have been written (a deleted one keeps it), or a 404. */
    public Response of(RecordType type, String id, boolean known, ChangeParams params) {
        if (!known) {
            throw new ResourceNotFoundException(type.slug(), id);
        }
        return of(type, id, params);
    }
}
