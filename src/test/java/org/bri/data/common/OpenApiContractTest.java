package org.bri.data.common;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import io.quarkus.test.junit.QuarkusTest;

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
        given().get("/q/swagger-ui/").then().statusCode(200);
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
            assertThat(operation.path("responses").has("200")).as(path.getKey()).isTrue();
            assertThat(operation.path("responses").has("500")).as(path.getKey()).isTrue();
        }));
    }
}
