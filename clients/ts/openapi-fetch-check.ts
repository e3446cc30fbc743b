// The integrator's check with openapi-typescript's types and openapi-fetch: every path, parameter and
// field below is checked by tsc against openapi.yaml.
import createClient from "openapi-fetch";
import type { paths } from "../build/openapi-typescript/schema";
import { check, codePoints, nextLink, run } from "./check";

const baseUrl = process.argv[2];

run("openapi-fetch", async () => {
  // openapi-fetch does not read each parameter's style, so lists go comma-separated, as sort requires.
  // Typed for JSON answers and problems: a list's 200 is also CSV and NDJSON text, which this check does not ask for.
  const client = createClient<paths, "application/json" | "application/problem+json">({ baseUrl, querySerializer: { array: { style: "form", explode: false } } });

  const partners = await client.GET("/api/v1/projects", {
    params: { query: { country: ["CN"], countryRole: ["partner"], sort: ["-type", "name"] } },
  });
  check(partners.data !== undefined, `projects: status ${partners.response.status}`);
  check(partners.data.items.length > 0, "China is a partner in some projects");
  for (const project of partners.data.items) {
    check(project.countries.some((c) => c.code === "CN" && c.role === "partner"), `${project.id} has CN as partner`);
  }
  check(String(partners.data.totalItems) === partners.response.headers.get("X-Total-Count"), "X-Total-Count");

  // Follows the Link header's rel="next" from the first page to the last.
  const ids = new Set<string>();
  let query: { page?: number; size?: number } = { size: 37 };
  let total = -1;
  for (let pages = 0; ; pages++) {
    check(pages < 100, "the paging ends");
    const page = await client.GET("/api/v1/metrics", { params: { query: { ...query, sort: ["id"] } } });
    check(page.data !== undefined, `metrics: status ${page.response.status}`);
    total = page.data.totalItems;
    page.data.items.forEach((m) => ids.add(m.id));
    const next = nextLink(page.response.headers.get("Link"));
    if (next === null) {
      break;
    }
    const url = new URL(next, baseUrl);
    check(url.pathname === "/api/v1/metrics", `next link ${next}`);
    query = { page: Number(url.searchParams.get("page")), size: Number(url.searchParams.get("size")) };
  }
  check(total > 0 && ids.size === total, `collected ${ids.size} distinct metrics, totalItems ${total}`);

  const first = await client.GET("/api/v1/statements", { params: { query: { size: 1, type: ["quote"] } } });
  check(first.data !== undefined && first.data.items.length === 1, "a quote is listed");
  const id = first.data.items[0].id;
  const statement = await client.GET("/api/v1/statements/{id}", { params: { path: { id } } });
  check(statement.data?.id === id && statement.data.type === "quote", `statement ${id}`);

  const sourceId = statement.data.evidence[0].sourceId;
  const source = await client.GET("/api/v1/sources/{id}", { params: { path: { id: sourceId } } });
  check(source.data !== undefined, `source ${sourceId}`);
  const text = await client.GET("/api/v1/sources/{id}/text", { params: { path: { id: sourceId } }, parseAs: "text" });
  check(text.data !== undefined, `text of ${sourceId}: status ${text.response.status}`);
  check(codePoints(text.data) === source.data.characters, `text of ${sourceId} has ${source.data.characters} code points`);
  const evidence = statement.data.evidence[0];
  check([...text.data].slice(evidence.start, evidence.end).join("") === evidence.exact, "evidence offsets");

  const missing = await client.GET("/api/v1/projects/{id}", { params: { path: { id: "no-such-project" } } });
  check(missing.response.status === 404, `missing project: status ${missing.response.status}`);
  check(missing.response.headers.get("Content-Type")?.startsWith("application/problem+json") === true, "problem type");
  check(missing.error?.status === 404 && missing.error.title === "Not Found", "the problem's status and title");
});
