package org.bri.data.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.Field;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Stream;

import jakarta.ws.rs.QueryParam;

import org.bri.data.change.ChangeAction;
import org.bri.data.change.ChangeParams;
import org.bri.data.change.RecordType;
import org.bri.data.country.CountryResource;
import org.bri.data.country.CountryRole;
import org.bri.data.metric.AggregateGroupBy;
import org.bri.data.metric.AggregateStat;
import org.bri.data.metric.Approximation;
import org.bri.data.metric.Bound;
import org.bri.data.metric.Exclusion;
import org.bri.data.metric.IndicatorResource;
import org.bri.data.metric.MetricKind;
import org.bri.data.metric.MetricParams;
import org.bri.data.project.ProjectParams;
import org.bri.data.project.ProjectScale;
import org.bri.data.project.ProjectStatus;
import org.bri.data.project.ProjectType;
import org.bri.data.release.ReleaseKind;
import org.bri.data.release.ReleaseResource;
import org.bri.data.source.SourceKind;
import org.bri.data.source.SourceResource;
import org.bri.data.statement.SpeakerKind;
import org.bri.data.statement.SpeakerResource;
import org.bri.data.statement.StatementParams;
import org.bri.data.statement.StatementType;
import org.bri.data.theme.ThemeResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;

/**
 * The vocabularies that openapi.yaml declares as enums, so that generated clients type them, are exactly those of
 * the code: each filter's {@code @OneOf} enum, each list's sort fields and facets, and each enum field of a response.
 */
class ContractVocabularyTest {

    private static final OpenAPI CONTRACT = contract();

    /** The parameters of each list, by the path of its operation. */
    private static final Map<String, Supplier<ListParams>> LISTS = Map.ofEntries(
            Map.entry("/api/v1/changes", ChangeParams::new),
            Map.entry("/api/v1/sources/{id}/history", ChangeParams::new),
            Map.entry("/api/v1/metrics/{id}/history", ChangeParams::new),
            Map.entry("/api/v1/statements/{id}/history", ChangeParams::new),
            Map.entry("/api/v1/projects/{id}/history", ChangeParams::new),
            Map.entry("/api/v1/speakers/{id}/history", ChangeParams::new),
            Map.entry("/api/v1/sources", SourceResource.Params::new),
            Map.entry("/api/v1/projects", ProjectParams::new),
            Map.entry("/api/v1/metrics", MetricParams::new),
            Map.entry("/api/v1/projects/{id}/metrics", MetricParams::new),
            Map.entry("/api/v1/statements", StatementParams::new),
            Map.entry("/api/v1/projects/{id}/statements", StatementParams::new),
            Map.entry("/api/v1/speakers", SpeakerResource.Params::new),
            Map.entry("/api/v1/countries", CountryResource.Params::new),
            Map.entry("/api/v1/themes", ThemeResource.Params::new),
            Map.entry("/api/v1/releases", ReleaseResource.Params::new),
            Map.entry("/api/v1/indicators", IndicatorResource.Params::new));

    /** The enum-valued properties of the response schemas and the vocabulary each one serializes. */
    private static final Map<String, Class<? extends Slugged>> PROPERTIES = Map.ofEntries(
            Map.entry("Source.kind", SourceKind.class),
            Map.entry("Project.type", ProjectType.class),
            Map.entry("Project.scale", ProjectScale.class),
            Map.entry("Project.status", ProjectStatus.class),
            Map.entry("ProjectCountry.role", CountryRole.class),
            Map.entry("Metric.approximation", Approximation.class),
            Map.entry("Metric.kind", MetricKind.class),
            Map.entry("Statement.type", StatementType.class),
            Map.entry("Speaker.kind", SpeakerKind.class),
            Map.entry("SpeakerRef.kind", SpeakerKind.class),
            Map.entry("SpeakerDraft.kind", SpeakerKind.class),
            Map.entry("SpeakerPatch.kind", SpeakerKind.class),
            Map.entry("SourceDraft.kind", SourceKind.class),
            Map.entry("MetricDraft.approximation", Approximation.class),
            Map.entry("MetricDraft.kind", MetricKind.class),
            Map.entry("MetricPatch.approximation", Approximation.class),
            Map.entry("MetricPatch.kind", MetricKind.class),
            Map.entry("StatementDraft.type", StatementType.class),
            Map.entry("StatementPatch.type", StatementType.class),
            Map.entry("ProjectDraft.type", ProjectType.class),
            Map.entry("ProjectDraft.scale", ProjectScale.class),
            Map.entry("ProjectDraft.status", ProjectStatus.class),
            Map.entry("ProjectPatch.type", ProjectType.class),
            Map.entry("ProjectPatch.scale", ProjectScale.class),
            Map.entry("ProjectPatch.status", ProjectStatus.class),
            Map.entry("ProjectCountryDraft.role", CountryRole.class),
            Map.entry("Change.type", RecordType.class),
            Map.entry("Change.action", ChangeAction.class),
            Map.entry("Release.kind", ReleaseKind.class),
            Map.entry("MetricAggregate.stat", AggregateStat.class),
            Map.entry("MetricAggregate.groupBy", AggregateGroupBy.class),
            Map.entry("AggregateGroup.bound", Bound.class),
            Map.entry("AggregateExcluded.reason", Exclusion.class));

    static Stream<Arguments> lists() {
        return LISTS.entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue().get()));
    }

    @Test
    void shouldKnowTheParametersOfEveryListInTheContract() {
        Set<String> lists = new TreeSet<>();
        CONTRACT.getPaths().forEach((path, item) -> {
            if (parameters(item.getGet()).stream().anyMatch(p -> p.getName().equals("sort"))) {
                lists.add(path);
            }
        });
        assertThat(lists).isEqualTo(new TreeSet<>(LISTS.keySet()));
    }

    @ParameterizedTest
    @MethodSource("lists")
    void shouldDeclareExactlyTheSortFieldsTheListAccepts(String path, ListParams params) {
        Parameter sort = parameter(path, "sort");
        Set<String> expected = new TreeSet<>();
        params.sorts().keySet().forEach(field -> expected.addAll(List.of(field, "-" + field)));
        assertThat(sort.getStyle()).as(path).isEqualTo(Parameter.StyleEnum.FORM);
        // The service takes one sort parameter with comma-separated fields, never a repeated one.
        assertThat(sort.getExplode()).as(path).isFalse();
        assertThat(enumOf(sort.getSchema().getItems())).as(path).isEqualTo(expected);
        List<String> defaults = new java.util.ArrayList<>();
        ((Iterable<?>) sort.getSchema().getDefault())
                .forEach(v -> defaults.add(v instanceof JsonNode n ? n.asText() : v.toString()));
        assertThat(defaults).as(path).isEqualTo(List.of(params.defaultSort()));
    }

    @ParameterizedTest
    @MethodSource("lists")
    void shouldDeclareEachVocabularyFilterAsAnEnumOfItsSlugs(String path, ListParams params) {
        Map<String, Set<String>> expected = new TreeMap<>();
        for (Class<?> c = params.getClass(); c != null; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                QueryParam name = field.getAnnotation(QueryParam.class);
                if (name != null && field.getAnnotatedType() instanceof AnnotatedParameterizedType list) {
                    OneOf oneOf = list.getAnnotatedActualTypeArguments()[0].getAnnotation(OneOf.class);
                    // A nested list's path fixes some filters, which its query does not take.
                    boolean fixed = path.contains("{") && params.fixedByPath().contains(name.value());
                    if (oneOf != null && !fixed) {
                        expected.put(name.value(), slugs(oneOf.value()));
                    }
                }
            }
        }
        if (params instanceof SearchParams<?> search) {
            // The facets a list counts by, named after their filters; not a vocabulary of the records.
            expected.put("facets", new TreeSet<>(search.facetNames(path.contains("{"))));
            // The fields a sparse record may keep: those of the record.
            expected.put("fields", new TreeSet<>(search.fieldNames()));
        }
        Map<String, Set<String>> declared = new TreeMap<>();
        for (Parameter p : parameters(CONTRACT.getPaths().get(path).getGet())) {
            Schema<?> items = p.getSchema().getItems();
            if (!p.getName().equals("sort") && items != null && items.getEnum() != null) {
                declared.put(p.getName(), enumOf(items));
            }
        }
        assertThat(declared).as(path).isEqualTo(expected);
    }

    @Test
    void shouldDeclareEachEnumFieldOfAResponseAsItsVocabulary() {
        Map<String, Set<String>> declared = new TreeMap<>();
        CONTRACT.getComponents().getSchemas().forEach((name, schema) -> {
            Map<String, Schema> properties = schema.getProperties() == null ? Map.of() : schema.getProperties();
            properties.forEach((property, s) -> {
                if ("string".equals(s.getType()) && s.getEnum() != null) {
                    declared.put(name + "." + property, enumOf(s));
                }
            });
        });
        Map<String, Set<String>> expected = new TreeMap<>();
        PROPERTIES.forEach((property, vocabulary) -> expected.put(property, slugs(vocabulary)));
        // A sparse record's fields are those of the full one, each the same schema.
        PROPERTIES.forEach((property, vocabulary) -> {
            String sparse = property.replaceFirst("^(Project|Metric|Statement)\\.", "$1Sparse.");
            if (!sparse.equals(property)) {
                expected.put(sparse, slugs(vocabulary));
            }
        });
        // Not a Java enum: the service reports query and path parameters, but the problem format names the others.
        expected.put("ParameterError.in", Set.of("query", "path", "header", "body"));
        assertThat(declared).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"ProjectFacets, org.bri.data.project.ProjectFacet", "MetricFacets, org.bri.data.metric.MetricFacet",
            "StatementFacets, org.bri.data.statement.StatementFacet"})
    void shouldDeclareOnePropertyPerFacetInTheFacetsOfAPage(String schema, String vocabulary) throws Exception {
        @SuppressWarnings({"unchecked", "rawtypes"})
        List<String> facets = Facet.parameters((Class) Class.forName(vocabulary));
        assertThat(CONTRACT.getComponents().getSchemas().get(schema).getProperties().keySet())
                .containsExactlyElementsOf(facets);
    }

    @Test
    void shouldDeclareTheAggregateChoicesAsTheirVocabularies() {
        String path = "/api/v1/metrics/aggregate";
        assertThat(enumOf(parameter(path, "groupBy").getSchema())).isEqualTo(slugs(AggregateGroupBy.class));
        assertThat(enumOf(parameter(path, "stat").getSchema())).isEqualTo(slugs(AggregateStat.class));
        Schema<?> approximations = (Schema<?>) CONTRACT.getComponents().getSchemas().get("AggregateGroup")
                .getProperties().get("approximations");
        Set<String> inexact = new TreeSet<>(slugs(Approximation.class));
        inexact.remove("exact");
        assertThat(enumOf(approximations.getItems())).isEqualTo(inexact);
    }

    @ParameterizedTest
    @CsvSource({"Project, org.bri.data.project.ProjectResponse", "Metric, org.bri.data.metric.MetricResponse",
            "Statement, org.bri.data.statement.StatementResponse"})
    void shouldDescribeASparseRecordByTheFullRecordsFieldsRequiringOnlyItsId(String name, String record)
            throws Exception {
        var schemas = CONTRACT.getComponents().getSchemas();
        Schema<?> full = schemas.get(name);
        Schema<?> sparse = schemas.get(name + "Sparse");
        // A copy, since a reference into another schema's properties is resolved wrongly by swagger-parser.
        assertThat(sparse.getProperties()).isEqualTo(full.getProperties());
        assertThat(sparse.getRequired()).containsExactly("id");
        assertThat(full.getRequired()).containsExactlyInAnyOrderElementsOf(full.getProperties().keySet());
        @SuppressWarnings("unchecked")
        Class<? extends Record> type = (Class<? extends Record>) Class.forName(record);
        assertThat(full.getProperties().keySet()).containsExactlyElementsOf(Shape.fieldsOf(type));
        Map<String, Schema> page = schemas.get(name + "Page").getProperties();
        Map<String, Schema> sparsePage = new java.util.LinkedHashMap<>(
                schemas.get(name + "SparsePage").getProperties());
        assertThat(sparsePage.remove("items").getItems()).isEqualTo(sparse);
        Map<String, Schema> others = new java.util.LinkedHashMap<>(page);
        others.remove("items");
        assertThat(sparsePage).isEqualTo(others);
    }

    @Test
    void shouldDeclareTheIatiCodesOfTheStatuses() {
        Schema<?> code = (Schema<?>) CONTRACT.getComponents().getSchemas().get("Project").getProperties()
                .get("iatiActivityStatus");
        Set<Object> expected = new TreeSet<>();
        Arrays.stream(ProjectStatus.values()).forEach(s -> expected.add(s.iatiCode()));
        assertThat(code.getEnum().stream().filter(Objects::nonNull).collect(java.util.stream.Collectors.toSet()))
                .isEqualTo(expected);
    }

    private static Parameter parameter(String path, String name) {
        return parameters(CONTRACT.getPaths().get(path).getGet()).stream().filter(p -> p.getName().equals(name))
                .findFirst().orElseThrow(() -> new AssertionError(path + " has no parameter " + name));
    }

    private static List<Parameter> parameters(Operation operation) {
        return operation == null || operation.getParameters() == null ? List.of() : operation.getParameters();
    }

    /** The values of an enum schema, without the null that a nullable enum lists. */
    private static Set<String> enumOf(Schema<?> schema) {
        assertThat(schema.getEnum()).as("enum of %s", schema).isNotNull();
        Set<String> values = new TreeSet<>();
        schema.getEnum().stream().filter(Objects::nonNull).forEach(v -> values.add(v.toString()));
        return values;
    }

    private static Set<String> slugs(Class<? extends Slugged> vocabulary) {
        Set<String> slugs = new TreeSet<>();
        Arrays.stream(vocabulary.getEnumConstants()).forEach(c -> slugs.add(c.slug()));
        return slugs;
    }

    private static OpenAPI contract() {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        options.setResolveFully(true);
        var result = new OpenAPIV3Parser().readLocation("openapi.yaml", null, options);
        assertThat(result.getMessages()).isEmpty();
        return result.getOpenAPI();
    }
}
