package org.bri.data;

import static io.restassured.RestAssured.given;

import java.nio.file.Path;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;

import io.restassured.specification.RequestSpecification;

/** Entry points of API tests: every response, and every valid request, is checked against openapi.yaml. */
public final class Api {

    private static final String SPEC = Path.of("openapi.yaml").toUri().toString();

    private static final OpenApiValidationFilter CONTRACT = new OpenApiValidationFilter(
            OpenApiInteractionValidator.createForSpecificationUrl(SPEC).build());

    /** Checks only the response: for requests that break the contract on purpose, such as page=0. */
    private static final OpenApiValidationFilter RESPONSE_CONTRACT = new OpenApiValidationFilter(
            OpenApiInteractionValidator.createForSpecificationUrl(SPEC)
                    .withLevelResolver(LevelResolver.create()
                            .withLevel("validation.request", ValidationReport.Level.IGNORE).build())
                    .build());

    /** As CONTRACT, but an empty body passes: an NDJSON download of an empty list has no line at all. */
    private static final OpenApiValidationFilter DOWNLOAD_CONTRACT = new OpenApiValidationFilter(
            OpenApiInteractionValidator.createForSpecificationUrl(SPEC)
                    .withLevelResolver(LevelResolver.create()
                            .withLevel("validation.response.body.missing", ValidationReport.Level.IGNORE).build())
                    .build());

    private Api() {
    }

    /** A valid request; request and response must both conform to the contract. */
    public static RequestSpecification api() {
        return given().filter(CONTRACT);
    }

    /**
     * A valid request for a CSV or NDJSON download; request and response must both conform to the contract, and the
     * body is left to {@link Downloads}, as the validator reads only JSON bodies.
     */
    public static RequestSpecification download() {
        return given().filter(DOWNLOAD_CONTRACT);
    }

    /** A request with invalid parameters; its (error) response must still conform to the contract. */
    public static RequestSpecification invalid() {
        return given().filter(RESPONSE_CONTRACT);
    }

    /**
     * A request in a form the contract gives only in its prose: filter values joined by commas, which a schema of
     * repeated (exploded) enum values cannot express. Its response must conform to the contract.
     */
    public static RequestSpecification commaJoined() {
        return given().filter(RESPONSE_CONTRACT);
    }

    /** A request outside the contract altogether (unknown paths, methods, media types). */
    public static RequestSpecification raw() {
        return given();
    }
}
