package org.bri.data.curation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** JSON Merge Patch gives exactly the results of RFC 7396's own examples, and changes neither document. */
class MergePatchTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** RFC 7396, Appendix A: original, patch and result. */
    @ParameterizedTest(name = "{0} patched with {1}")
    @CsvSource(delimiter = '|', textBlock = """
            {"a":"b"}                    | {"a":"c"}                      | {"a":"c"}
            {"a":"b"}                    | {"b":"c"}                      | {"a":"b","b":"c"}
            {"a":"b"}                    | {"a":null}                     | {}
            {"a":"b","b":"c"}            | {"a":null}                     | {"b":"c"}
            {"a":["b"]}                  | {"a":"c"}                      | {"a":"c"}
            {"a":"c"}                    | {"a":["b"]}                    | {"a":["b"]}
            {"a":{"b":"c"}}              | {"a":{"b":"d","c":null}}       | {"a":{"b":"d"}}
            {"a":[{"b":"c"}]}            | {"a":[1]}                      | {"a":[1]}
            ["a","b"]                    | ["c","d"]                      | ["c","d"]
            {"a":"b"}                    | ["c"]                          | ["c"]
            {"a":"foo"}                  | null                           | null
            {"a":"foo"}                  | "bar"                          | "bar"
            {"e":null}                   | {"a":1}                        | {"e":null,"a":1}
            [1,2]                        | {"a":"b","c":null}             | {"a":"b"}
            {}                           | {"a":{"bb":{"ccc":null}}}      | {"a":{"bb":{}}}
            """)
    void shouldGiveTheResultsOfTheRfcExamples(String original, String patch, String result) throws Exception {
        assertThat(MergePatch.apply(JSON.readTree(original), JSON.readTree(patch))).isEqualTo(JSON.readTree(result));
    }

    @Test
    void shouldLeaveTheTargetAndThePatchAsTheyWere() throws Exception {
        JsonNode target = JSON.readTree("{\"a\":{\"b\":\"c\",\"d\":[1]}}");
        JsonNode patch = JSON.readTree("{\"a\":{\"b\":null,\"d\":[2],\"e\":{\"f\":null}}}");
        JsonNode result = MergePatch.apply(target, patch);
        assertThat(result).isEqualTo(JSON.readTree("{\"a\":{\"d\":[2],\"e\":{}}}"));
        assertThat(target).isEqualTo(JSON.readTree("{\"a\":{\"b\":\"c\",\"d\":[1]}}"));
        assertThat(patch).isEqualTo(JSON.readTree("{\"a\":{\"b\":null,\"d\":[2],\"e\":{\"f\":null}}}"));
    }
}
