package org.bri.data.common;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Rejects query parameters sent to an endpoint that takes none (a single record, a source's
 * text) with the 400 the lists give for an unknown parameter, so that a typo such as
 * {@code /projects/x?fields=id} is never silently ignored.
 */
class QueryGuard {

    /** Whether each resource method binds a query parameter, directly or through a bean parameter. */
    private static final Map<Method, Boolean> TAKES_QUERY = new ConcurrentHashMap<>();

    @ServerRequestFilter
    Response rejectUnknownParameters(ResourceInfo resource, UriInfo uri) {
        Method method = resource.getResourceMethod();
        if (method == null || uri.getQueryParameters().isEmpty()
                || TAKES_QUERY.computeIfAbsent(method, QueryGuard::takesQuery)) {
            return null;
        }
        List<ParameterError> errors = uri.getQueryParameters().keySet().stream().sorted()
                .map(name -> ParameterError.query(name, ListParams.NOT_A_PARAMETER
                        + "; this endpoint takes no query parameters"))
                .toList();
        return ProblemMappers.problem(400, ProblemMappers.parametersDetail(errors), uri, errors);
    }

    private static boolean takesQuery(Method method) {
        return Arrays.stream(method.getParameterAnnotations()).flatMap(Arrays::stream)
                .map(Annotation::annotationType)
                .anyMatch(type -> type == QueryParam.class || type == RestQuery.class || type == BeanParam.class);
    }
}
