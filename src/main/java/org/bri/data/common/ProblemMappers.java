package org.bri.data.common;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.ValidationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Turns every failure into an RFC 9457 problem response that reveals nothing of the code. */
class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    /** Every invalid query parameter, named as the client sent it, in one 400 response. */
    @ServerExceptionMapper
    Response invalidParameters(ConstraintViolationException e, UriInfo uri) {
        List<ParameterError> all = e.getConstraintViolations().stream()
                .map(v -> ParameterError.query(parameter(v.getPropertyPath()), v.getMessage())).distinct()
                .sorted(Comparator.comparing(ParameterError::name).thenComparing(ParameterError::detail)).toList();
        // A parameter the endpoint does not take is reported as that alone, not also for its value.
        Set<String> unknown = all.stream().filter(error -> error.detail().startsWith(ListParams.NOT_A_PARAMETER))
                .map(ParameterError::name).collect(Collectors.toSet());
        List<ParameterError> errors = all.stream()
                .filter(error -> !unknown.contains(error.name())
                        || error.detail().startsWith(ListParams.NOT_A_PARAMETER))
                .toList();
        return problem(400, parametersDetail(errors), uri, errors);
    }

    /** The detail of a 400 for invalid parameters: the one parameter's name, or how many there are. */
    static String parametersDetail(List<ParameterError> errors) {
        long names = errors.stream().map(ParameterError::name).distinct().count();
        return names == 1
                ? "The request has an invalid parameter: " + errors.get(0).name() + "."
                : "The request has " + names + " invalid parameters.";
    }

    /**
     * A validator that failed rather than judged, as when a filter's ids cannot be looked up
     * because the database is gone: answered like any other failure, so a lost database is a 503.
     */
    @ServerExceptionMapper
    Response validationFailed(ValidationException e, UriInfo uri) {
        return unexpected(e, uri);
    }

    /** The query parameter of a violation: the first property below the method and its bean parameter. */
    private static String parameter(Path path) {
        for (Path.Node node : path) {
            if (node.getKind() == ElementKind.PROPERTY) {
                return node.getName();
            }
        }
        return "query";
    }

    @ServerExceptionMapper
    Response invalidPath(InvalidPathParameterException e, UriInfo uri) {
        List<ParameterError> errors = List.of(new ParameterError(e.name(), "path", e.getMessage()));
        return problem(400, parametersDetail(errors), uri, errors);
    }

    @ServerExceptionMapper
    Response invalidQuery(InvalidQueryException e, UriInfo uri) {
        return problem(400, e.getMessage(), uri, e.errors());
    }

    @ServerExceptionMapper
    Response notFound(ResourceNotFoundException e, UriInfo uri) {
        return problem(404, e.getMessage(), uri, null);
    }

    @ServerExceptionMapper
    Response gone(GoneException e, UriInfo uri) {
        return problem(410, e.getMessage(), uri, null);
    }

    @ServerExceptionMapper
    Response busy(BusyException e, UriInfo uri) {
        return problemBuilder(503, e.getMessage(), uri, null).header("Retry-After", BusyException.RETRY_AFTER_SECONDS)
                .build();
    }

    @ServerExceptionMapper
    Response http(WebApplicationException e, UriInfo uri, Request request) {
        int status = e.getResponse().getStatus();
        // The JSON reader reports a broken request body as a plain 400; its cause says where the JSON breaks.
        if (status == 400 && e.getCause() instanceof com.fasterxml.jackson.core.JsonProcessingException json) {
            return WriteProblems.unreadable(json, uri);
        }
        if (status >= 500) {
            return unexpected(e, uri);
        }
        Response.ResponseBuilder response = problemBuilder(status, detailFor(status), uri, null);
        if (status == 405) {
            response.header("Allow", RequestGuard.ALLOW);
        }
        if (status == 415 && "PATCH".equals(request.getMethod())) {
            // RFC 5789: a server that refuses a patch's media type says which it takes.
            response.header("Accept-Patch", CuratedWrite.MERGE_PATCH);
        }
        return response.build();
    }

    @ServerExceptionMapper
    Response unexpected(Throwable e, UriInfo uri) {
        if (DatabaseUnavailable.causes(e)) {
            LOG.warnf("Database unavailable on %s: %s", uri.getRequestUri().getRawPath(), e.getMessage());
            return problemBuilder(503, "The database is unreachable; retry in a few seconds.", uri, null)
                    .header("Retry-After", DatabaseUnavailable.RETRY_AFTER_SECONDS).build();
        }
        String reference = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected failure %s on %s", reference, uri.getRequestUri().getRawPath());
        return problem(500, "The server failed to answer this request. Reference: " + reference + ".", uri, null);
    }

    static String detailFor(int status) {
        return switch (status) {
            case 404 -> "There is no resource at this path.";
            case 405 -> "This resource does not take this method; the Allow header lists those it takes.";
            case 406 -> "This resource is not available in a media type the Accept header admits: records and"
                    + " pages are application/json, lists also text/csv and application/x-ndjson, a source's text"
                    + " text/plain, a snapshot application/zip.";
            case 415 -> "The request body's media type is not supported.";
            case 503 -> "The service is temporarily unavailable; retry in a few seconds.";
            default -> Response.Status.fromStatusCode(status) == null
                    ? "The request cannot be served."
                    : Response.Status.fromStatusCode(status).getReasonPhrase() + ".";
        };
    }

    static Response problem(int status, String detail, UriInfo uri, List<ParameterError> errors) {
        return problemBuilder(status, detail, uri, errors).build();
    }

    static Response.ResponseBuilder problemBuilder(int status, String detail, UriInfo uri,
            List<ParameterError> errors) {
        Problem body = problemOf(status, detail, uri.getRequestUri().getRawPath(), errors);
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(body);
    }

    /** A problem whose title is the status's reason phrase. */
    static Problem problemOf(int status, String detail, String instance, List<ParameterError> errors) {
        String title = switch (status) {
            // Statuses that JAX-RS does not name.
            case 413 -> "Content Too Large";
            case 414 -> "URI Too Long";
            case 431 -> "Request Header Fields Too Large";
            case 422 -> "Unprocessable Content";
            case 428 -> "Precondition Required";
            default -> Response.Status.fromStatusCode(status) == null
                    ? "Error"
                    : Response.Status.fromStatusCode(status).getReasonPhrase();
        };
        return new Problem("about:blank", title, status, detail, instance, errors);
    }
}
