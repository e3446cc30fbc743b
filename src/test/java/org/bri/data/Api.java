package org.bri.data;

import static io.restassured.RestAssured.given;

import java.nio.file.Path;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;

import io.restassured.specification.RequestSpecification;

/** Entry point of API tests: every request and response is checked against openapi.yaml. */
public final class Api {

    private static final OpenApiValidationFilter CONTRACT = new OpenApiValidationFilter(
            OpenApiInteractionValidator.createForSpecificationUrl(Path.of("openapi.yaml").toUri().toString()).build());

    private Api() {
    }

    /** A request whose exchange must conform to the contract. */
    public static RequestSpecification api() {
        return given().filter(CONTRACT);
    }

    /** A request that is deliberately outside the contract (unknown paths, methods, media types). */
    public static RequestSpecification raw() {
        return given();
    }
}
