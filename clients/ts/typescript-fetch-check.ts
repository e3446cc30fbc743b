// The integrator's check with openapi-generator's typescript-fetch client.
import {
  Configuration,
  CountryRole,
  MetricSortField,
  MetricsApi,
  ProjectsApi,
  ProjectSortField,
  ResponseError,
  SourcesApi,
  StatementType,
  StatementsApi,
  ParameterErrorInEnum,
  ProblemFromJSON,
  instanceOfParameterError,
} from "../build/typescript-fetch";
import { check, codePoints, run } from "./check";

const config = new Configuration({ basePath: process.argv[2] });

run("typescript-fetch", async () => {
  const projects = new ProjectsApi(config);
  const partners = await projects.listProjectsRaw({
    country: ["CN"],
    countryRole: [CountryRole.Partner],
    sort: [ProjectSortField.TYPE_DESC, ProjectSortField.NAME],
  });
  const page = await partners.value();
  check(page.items.length > 0, "China is a partner in some projects");
  for (const project of page.items) {
    check(project.countries.some((c) => c.code === "CN" && c.role === "partner"), `${project.id} has CN as partner`);
  }
  check(String(page.totalItems) === partners.raw.headers.get("X-Total-Count"), "X-Total-Count");

  // Follows the page fields from the first page to totalPages.
  const metrics = new MetricsApi(config);
  const ids = new Set<string>();
  let total = -1;
  for (let number = 1, pages = 1; number <= pages; number++) {
    const metricPage = await metrics.listMetrics({ page: number, size: 37, sort: [MetricSortField.ID] });
    check(metricPage.page === number, `page ${number}`);
    total = metricPage.totalItems;
    pages = metricPage.totalPages;
    metricPage.items.forEach((m) => ids.add(m.id));
  }
  check(total > 0 && ids.size === total, `collected ${ids.size} distinct metrics, totalItems ${total}`);

  const statements = new StatementsApi(config);
  const first = await statements.listStatements({ size: 1, type: [StatementType.Quote] });
  check(first.items.length === 1, "a quote is listed");
  const statement = await statements.getStatement({ id: first.items[0].id });
  check(statement.id === first.items[0].id && statement.type === StatementType.Quote, `statement ${statement.id}`);

  const sources = new SourcesApi(config);
  const evidence = statement.evidence[0];
  const source = await sources.getSource({ id: evidence.sourceId });
  const text = await sources.getSourceText({ id: evidence.sourceId });
  check(codePoints(text) === source.characters, `text of ${source.id} has ${source.characters} code points`);
  check([...text].slice(evidence.start, evidence.end).join("") === evidence.exact, "evidence offsets");
  check(evidence.url === `${source.textUrl}#char=${evidence.start},${evidence.end}`, `evidence url ${evidence.url}`);
  check(statement.citation[0].title === source.title && statement.citation[0].url === evidence.url, "the citation of the first passage");

  try {
    await projects.getProject({ id: "no-such-project" });
    check(false, "a missing project is an error");
  } catch (e) {
    check(e instanceof ResponseError, `a ResponseError, not ${String(e)}`);
    check(e.response.status === 404, `missing project: status ${e.response.status}`);
    check(e.response.headers.get("Content-Type")?.startsWith("application/problem+json") === true, "problem type");
    const problem = ProblemFromJSON(await e.response.json());
    check(problem.status === 404 && problem.title === "Not Found", "the problem's status and title");
  }

  // A 400 names each parameter and where it was sent: `in`, a reserved word, is `_in` in this client.
  try {
    await projects.listProjects({ page: 0 });
    check(false, "page=0 is an error");
  } catch (e) {
    check(e instanceof ResponseError && e.response.status === 400, `page=0: ${String(e)}`);
    const json: { errors: object[] } = await e.response.json();
    const error = ProblemFromJSON(json).errors?.[0];
    check(error?.name === "page" && error._in === ParameterErrorInEnum.Query, "the parameter error names page in query");
    check(instanceOfParameterError(json.errors[0]), "the wire object is recognized as a ParameterError");
  }
});
