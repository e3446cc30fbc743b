package org.bri.data.statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bri.data.Api.api;
import static org.bri.data.Api.invalid;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;

import java.util.Comparator;
import java.util.List;

import org.bri.data.Lists;
import org.bri.data.Seeds;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class SpeakerResourceTest {

    @Test
    void shouldListEverySpeakerByName() {
        List<String> names = api().queryParam("size", 100).get("/api/v1/speakers").then().statusCode(200).extract()
                .jsonPath().getList("items.name", String.class);
        assertThat(names).hasSize(Seeds.all("speakers").size()).isSortedAccordingTo(Comparator.naturalOrder());
    }

    @Test
    void shouldFilterByKind() {
        assertThat(Lists.allIds("/api/v1/speakers", 5, "kind", "person"))
                .containsExactlyInAnyOrderElementsOf(
                        Seeds.ids("speakers", s -> s.path("kind").asText().equals("person")));
    }

    @Test
    void shouldOfferEverySpeakerThatTheStatementFilterAccepts() {
        for (String id : Lists.allIds("/api/v1/speakers", 100)) {
            api().queryParam("speaker", id).get("/api/v1/statements").then().statusCode(200);
        }
    }

    @Test
    void shouldReadOneSpeakerAsTheSourceDescribesThem() {
        String organization = Seeds.where("speakers", s -> s.path("id").asText().equals("xu-shilong")).get(0)
                .path("organization").asText();
        api().get("/api/v1/speakers/xu-shilong").then().statusCode(200).body("name", is("Xu Shilong"))
                .body("organization", is(organization));
    }

    @Test
    void shouldAnswer404ForAnUnknownSpeaker() {
        api().get("/api/v1/speakers/nobody").then().statusCode(404).body("status", is(404));
    }

    @Test
    void shouldRejectAnUnknownKind() {
        invalid().queryParam("kind", "robot").get("/api/v1/speakers").then().statusCode(400)
                .body("errors.name", hasItem("kind"));
    }
}
