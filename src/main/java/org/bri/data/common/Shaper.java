package org.bri.data.common;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;

import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Answers a read of records in the shape its {@code fields} and {@code evidence} ask for (see {@link Shape}); the
 * endpoints that take them have checked them already, and every other one refuses them. A read that names neither
 * is left untouched, so the default answer costs no more than before.
 */
class Shaper {

    private final ObjectMapper mapper;

    Shaper(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** Before the response cache keeps the answer (response filters run from the highest priority down). */
    @ServerResponseFilter(priority = Priorities.USER + 100)
    void shape(ContainerRequestContext request, ContainerResponseContext response) {
        Object entity = response.getEntity();
        if (response.getStatus() != 200 || !(entity instanceof Curated || entity instanceof PageResponse<?>)
                || !(HttpMethod.GET.equals(request.getMethod()) || HttpMethod.HEAD.equals(request.getMethod()))) {
            return;
        }
        MultivaluedMap<String, String> query = request.getUriInfo().getQueryParameters();
        if (!query.containsKey(Shape.FIELDS) && !query.containsKey(Shape.EVIDENCE)) {
            return;
        }
        Shape shape = Shape.of(query);
        if (shape.whole()) {
            return;
        }
        ObjectNode tree = mapper.valueToTree(entity);
        if (entity instanceof PageResponse<?>) {
            for (JsonNode item : tree.path("items")) {
                shape.trim((ObjectNode) item);
            }
        } else {
            shape.trim(tree);
        }
        // Whatever Accept said, a record that may lack required fields says so in its type (RFC 9110 lets a server
        // answer outside Accept rather than refuse); a whole one keeps the type negotiated for it.
        MediaType negotiated = response.getMediaType() == null
                ? MediaType.APPLICATION_JSON_TYPE
                : response.getMediaType();
        response.setEntity(tree, null, shape.sparse() ? Shape.SPARSE_TYPE : negotiated);
    }
}
