package org.bri.data.common;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import io.quarkus.test.junit.QuarkusTest;

/** The contract: served exactly as openapi.yaml, shown in Swagger UI, and complete for every operation. */
@QuarkusTest
class OpenApiContractTest {

    @Test
    void shouldServeExactlyTheContractFile() throws Exception {
        JsonNode file = new ObjectMapper(new YAMLFactory()).readTree(Path.of("openapi.yaml").toFile());
        String served = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract()
                .asString();
        assertThat(new ObjectMapper().readTree(served)).isEqualTo(file);
    }

    @Test
    void shouldShowTheContractInSwaggerUi() {
        // The page must load the served contract, not a sample or an empty document.
        given().get("/q/swagger-ui/").then().statusCode(200).contentType(containsString("text/html"))
                .body(containsString("/q/openapi"));
    }

    @Test
    void shouldDocumentEveryOperation() throws Exception {
        JsonNode paths = new ObjectMapper(new YAMLFactory()).readTree(Path.of("openapi.yaml").toFile()).path("paths");
        paths.fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            if (op.getKey().equals("parameters")) {
                return;
            }
            JsonNode operation = op.getValue();
            assertThat(operation.path("operationId").asText()).as(path.getKey()).isNotBlank();
            assertThat(operation.path("summary").asText()).as(path.getKey()).isNotBlank();
            // A read or a replacement answers 200, a creation 201, a deletion 204.
            String success = switch (op.getKey()) {
                case "post" -> "201";
                case "delete" -> "204";
                default -> "200";
            };
            assertThat(operation.path("responses").has(success)).as(path.getKey()).isTrue();
            assertThat(operation.path("responses").has("500")).as(path.getKey()).isTrue();
        }));
    }
}
