package org.bri.client.check;

import java.net.URI;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.bri.client.okhttp.ApiClient;
import org.bri.client.okhttp.ApiException;
import org.bri.client.okhttp.ApiResponse;
import org.bri.client.okhttp.api.MetricsApi;
import org.bri.client.okhttp.api.ProjectsApi;
import org.bri.client.okhttp.api.SourcesApi;
import org.bri.client.okhttp.api.StatementsApi;
import org.bri.client.okhttp.model.CountryRole;
import org.bri.client.okhttp.model.Evidence;
import org.bri.client.okhttp.model.MetricPage;
import org.bri.client.okhttp.model.MetricSortField;
import org.bri.client.okhttp.model.Problem;
import org.bri.client.okhttp.model.Project;
import org.bri.client.okhttp.model.ProjectCountry;
import org.bri.client.okhttp.model.ProjectPage;
import org.bri.client.okhttp.model.ProjectSortField;
import org.bri.client.okhttp.model.Source;
import org.bri.client.okhttp.model.Statement;
import org.bri.client.okhttp.model.StatementType;

/** The integrator's check with openapi-generator's Java client on its default library, okhttp-gson. */
public final class OkHttpCheck {

    public static void main(String[] args) throws Exception {
        ApiClient client = new ApiClient();
        client.setBasePath(args[0]);

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

        // Follows the Link header's rel="next" from the first page to the last.
        MetricsApi metrics = new MetricsApi(client);
        Set<String> ids = new HashSet<>();
        long total = -1;
        Integer page = null;
        Integer size = 37;
        for (int pages = 0; ; pages++) {
            check(pages < 100, "the paging ends");
            ApiResponse<MetricPage> response = metrics.listMetricsWithHttpInfo(null, null, null, null, null, null, null,
                    null, null, null, null, null, null, null, null, null, null, page, size, null, List.of(MetricSortField.ID), null, null);
            total = response.getData().getTotalItems();
            response.getData().getItems().forEach(m -> ids.add(m.getId()));
            String next = next(header(response.getHeaders(), "Link"));
            if (next == null) {
                break;
            }
            Map<String, String> query = query(next);
            page = Integer.valueOf(query.get("page"));
            size = Integer.valueOf(query.get("size"));
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
            check(header(e.getResponseHeaders(), "Content-Type").startsWith("application/problem+json"), "problem type");
            Problem problem = Problem.fromJson(e.getResponseBody());
            check(problem.getStatus() == 404 && problem.getTitle().equals("Not Found"),
                    "the problem's status and title");
        }
        System.out.println("okhttp-gson: all checks passed");
    }

    private static void check(boolean condition, String what) {
        if (!condition) {
            System.err.println("okhttp-gson: check failed: " + what);
            System.exit(1);
        }
    }

    /** A response header, whatever the case of its name in the client's map. */
    private static String header(Map<String, List<String>> headers, String name) {
        return headers.entrySet().stream().filter(h -> h.getKey().equalsIgnoreCase(name))
                .map(h -> String.join(", ", h.getValue())).findFirst().orElse("");
    }

    /** The target of the Link header's rel="next", or null on the last page. */
    private static String next(String link) {
        for (String part : link.split(",")) {
            if (part.matches("\\s*<[^>]*>\\s*;\\s*rel=\"?next\"?\\s*")) {
                return part.substring(part.indexOf('<') + 1, part.indexOf('>'));
            }
        }
        return null;
    }

    private static Map<String, String> query(String link) {
        Map<String, String> query = new java.util.HashMap<>();
        for (String pair : URI.create(link).getQuery().split("&")) {
            String[] nameValue = pair.split("=", 2);
            query.put(nameValue[0], nameValue.length > 1 ? nameValue[1] : "");
        }
        return query;
    }
}
