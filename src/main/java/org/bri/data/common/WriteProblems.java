package org.bri.data.common;

import java.util.Comparator;
import java.util.List;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

/** The problems of writes: who may write (401, 403), and what may be written (400, 409, 412, 422, 428). */
class WriteProblems {

    /** The challenge of a bearer-token API (RFC 6750). */
    private static final String REALM = "Bearer realm=\"bri-data-service\"";

    @ServerExceptionMapper
    Response unauthenticated(UnauthorizedException e, UriInfo uri) {
        return challenge(REALM, "This request needs a bearer token with a curator or editor role.", uri);
    }

    @ServerExceptionMapper
    Response badToken(AuthenticationFailedException e, UriInfo uri) {
        return challenge(REALM + ", error=\"invalid_token\"",
                "The bearer token is not valid: it is malformed, expired, not signed by a trusted key or not from the "
                        + "trusted issuer.",
                uri);
    }

    @ServerExceptionMapper
    Response forbidden(ForbiddenException e, UriInfo uri) {
        return ProblemMappers.problem(403, "The token's roles do not allow this request: adding and changing records "
                + "takes the curator or editor role; deleting them and publishing a release, the editor role.", uri,
                null);
    }

    @ServerExceptionMapper
    Response invalidRecord(InvalidRecordException e, UriInfo uri) {
        List<ParameterError> errors = e.errors().stream().sorted(Comparator.comparing(ParameterError::name)).toList();
        return ProblemMappers.problem(422, errors.size() == 1
                ? "The record has an invalid field: " + errors.get(0).name() + "."
                : "The record has " + errors.size() + " invalid fields.", uri, errors);
    }

    @ServerExceptionMapper
    Response precondition(PreconditionException e, UriInfo uri) {
        return ProblemMappers.problem(e.status(), e.getMessage(), uri, null);
    }

    @ServerExceptionMapper
    Response conflict(ConflictException e, UriInfo uri) {
        return ProblemMappers.problem(409, e.getMessage(), uri, null);
    }

    /** A body that is not JSON is a 400; JSON of the wrong shape is a 422 that points at the field. */
    @ServerExceptionMapper
    Response unreadableBody(JsonProcessingException e, UriInfo uri) {
        return unreadable(e, uri);
    }

    static Response unreadable(JsonProcessingException e, UriInfo uri) {
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String pointer = pointer(mapping.getPath());
            String detail = e instanceof UnrecognizedPropertyException
                    ? "is not a field of this record"
                    : "has the wrong type";
            return ProblemMappers.problem(422, "The record has an invalid field: " + pointer + ".", uri,
                    List.of(InvalidRecordException.field(pointer, detail)));
        }
        String where = e.getLocation() == null
                ? ""
                : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
        return ProblemMappers.problem(400, "The request body is not valid JSON" + where + ".", uri, null);
    }

    /** Named for itself, because the JSON extension maps this type with a body of its own. */
    @ServerExceptionMapper
    Response mismatchedBody(MismatchedInputException e, UriInfo uri) {
        return unreadable(e, uri);
    }

    @ServerExceptionMapper
    Response brokenBody(JsonParseException e, UriInfo uri) {
        return unreadable(e, uri);
    }

    private static String pointer(List<JsonMappingException.Reference> path) {
        StringBuilder pointer = new StringBuilder();
        for (JsonMappingException.Reference ref : path) {
            pointer.append('/').append(ref.getFieldName() != null
                    ? ref.getFieldName().replace("~", "~0").replace("/", "~1")
                    : String.valueOf(ref.getIndex()));
        }
        return pointer.toString();
    }

    private static Response challenge(String challenge, String detail, UriInfo uri) {
        Response problem = ProblemMappers.problem(401, detail, uri, null);
        return Response.fromResponse(problem).header(HttpHeaders.WWW_AUTHENTICATE, challenge).build();
    }
}
