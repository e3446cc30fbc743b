package org.bri.client.check;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.bri.client.jnative.ApiClient;
import org.bri.client.jnative.ApiException;
import org.bri.client.jnative.ApiResponse;
import org.bri.client.jnative.api.MetricsApi;
import org.bri.client.jnative.api.ProjectsApi;
import org.bri.client.jnative.api.SourcesApi;
import org.bri.client.jnative.api.StatementsApi;
import org.bri.client.jnative.model.CountryRole;
import org.bri.client.jnative.model.Evidence;
import org.bri.client.jnative.model.MetricPage;
import org.bri.client.jnative.model.MetricSortField;
import org.bri.client.jnative.model.Problem;
import org.bri.client.jnative.model.Project;
import org.bri.client.jnative.model.ProjectCountry;
import org.bri.client.jnative.model.ProjectPage;
import org.bri.client.jnative.model.ProjectSortField;
import org.bri.client.jnative.model.Source;
import org.bri.client.jnative.model.Statement;
import org.bri.client.jnative.model.StatementType;

/** The integrator's check with openapi-generator's Java client on the JDK's HttpClient (library native). */
public final class NativeCheck {

    public static void main(String[] args) throws Exception {
        ApiClient client = new ApiClient();
        client.updateBaseUri(args[0]);

        ProjectsApi projects = new ProjectsApi(client);
        ApiResponse<ProjectPage> partners = projects.listProjectsWithHttpInfo(null, List.of("CN"),
                List.of(CountryRole.PARTNER), null, null, null, null, null, null, List.of("countryRole"), null, null, null, null,
                null,
                List.of(ProjectSortField.TYPE_DESC, ProjectSortField.NAME), null, null);
        check(!partners.getData().getItems().isEmpty(), "China is a partner in some projects");
        for (Project project : partners.getData().getItems()) {
            check(project.getCountries().stream().anyMatch(
                    c -> c.getCode().equals("CN") && c.getRole() == ProjectCountry.RoleEnum.PARTNER),
                    project.getId() + " has CN as partner");
        }
        check(String.valueOf(partners.getData().getTotalItems()).equals(header(partners.getHeaders(), "X-Total-Count")),
                "X-Total-Count");
        // The role facet ignores the role filter: it counts China's projects in each role, partner among them.
        check(partners.getData().getFacets().getCountryRole().stream()
                .anyMatch(r -> r.getValue().equals("partner") && r.getCount().equals(partners.getData().getTotalItems())),
                "facets.countryRole counts the partner projects");

        // Follows the page fields from the first page to totalPages.
        MetricsApi metrics = new MetricsApi(client);
        Set<String> ids = new HashSet<>();
        long total = -1;
        for (int page = 1, pages = 1; page <= pages; page++) {
            ApiResponse<MetricPage> response = metrics.listMetricsWithHttpInfo(null, null, null, null, null, null, null,
                    null, null, null, null, null, null, null, null, null, null, page, 37, null, List.of(MetricSortField.ID), null, null);
            check(response.getData().getPage() == page, "page " + page);
            total = response.getData().getTotalItems();
            pages = response.getData().getTotalPages();
            response.getData().getItems().forEach(m -> ids.add(m.getId()));
        }
        check(total > 0 && ids.size() == total, "collected " + ids.size() + " distinct metrics, totalItems " + total);

        StatementsApi statements = new StatementsApi(client);
        List<Statement> first = statements.listStatements(null, null, List.of(StatementType.QUOTE), null, null, null,
                null, null, null, null, null, null, null, null, null, 1, null, null, null, null).getItems();
        check(first.size() == 1, "a quote is listed");
        Statement statement = statements.getStatement(first.get(0).getId(), null, null, null);
        check(statement.getId().equals(first.get(0).getId())
                && statement.getType() == Statement.TypeEnum.QUOTE, "statement " + statement.getId());

        SourcesApi sources = new SourcesApi(client);
        Evidence evidence = statement.getEvidence().get(0);
        Source source = sources.getSource(evidence.getSourceId(), null);
        String text = sources.getSourceText(evidence.getSourceId(), null);
        check(text.codePointCount(0, text.length()) == source.getCharacters(),
                "text of " + source.getId() + " has " + source.getCharacters() + " code points");
        check(text.substring(text.offsetByCodePoints(0, evidence.getStart()), text.offsetByCodePoints(0,
                evidence.getEnd())).equals(evidence.getExact()), "evidence offsets");
        check(evidence.getUrl().equals(source.getTextUrl() + "#char=" + evidence.getStart() + "," + evidence.getEnd()),
                "evidence url " + evidence.getUrl());
        check(java.util.Objects.equals(statement.getCitation().get(0).getTitle(), source.getTitle())
                && statement.getCitation().get(0).getUrl().equals(evidence.getUrl()), "the citation of the first passage");

        try {
            projects.getProject("no-such-project", null, null, null);
            check(false, "a missing project is an error");
        } catch (ApiException e) {
            check(e.getCode() == 404, "missing project: status " + e.getCode());
            check(e.getResponseHeaders().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                    "problem type");
            Problem problem = client.getObjectMapper().readValue(e.getResponseBody(), Problem.class);
            check(problem.getStatus() == 404 && problem.getTitle().equals("Not Found"),
                    "the problem's status and title");
        }
        System.out.println("native: all checks passed");
    }

    private static void check(boolean condition, String what) {
        if (!condition) {
            System.err.println("native: check failed: " + what);
            System.exit(1);
        }
    }

    /** A response header, whatever the case of its name in the client's map. */
    private static String header(Map<String, List<String>> headers, String name) {
        return headers.entrySet().stream().filter(h -> h.getKey().equalsIgnoreCase(name))
                .map(h -> String.join(", ", h.getValue())).findFirst().orElse("");
    }
}
