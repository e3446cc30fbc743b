package org.bri.data.common;

import jakarta.ws.rs.container.ContainerRequestContext;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/** Answers 404 for paths with control characters, which no id contains and some databases reject. */
class PathGuard {

    @ServerRequestFilter(preMatching = true)
    void rejectControlCharacters(ContainerRequestContext request) {
        if (request.getUriInfo().getPath().chars().anyMatch(Character::isISOControl)) {
            throw new jakarta.ws.rs.NotFoundException();
        }
    }
}
