// The app as served, in Chromium: security headers on every answer, a nonce CSP that the explorer
// and the document page run under without one violation (MapLibre's blob worker included), the
// read-only API, malformed URLs, the admin route over HTTP, and a hostile document that is shown
// as text everywhere while nothing in it runs.
import { readFile } from "node:fs/promises";
import { parse } from "csv-parse/sync";
import type { Browser, Page } from "playwright-core";
import { launchBrowser, openPage, type WatchedPage } from "./support/browser";
import { startExplorer, type RunningExplorer } from "./support/explorer";

const ADMIN_TOKEN = "e2e-admin-token-0123456789abcdef";
const HOSTILE = {
  script: "<script>window.__pwned=1</script>",
  img: '<img src=x onerror="window.__pwned=1">',
  link: '<a href="javascript:window.__pwned=1">詳細はこちら</a>',
  formula: '=HYPERLINK("http://evil.example/","ロシア")',
};
const HOSTILE_METADATA = {
  slug: "hostile-document",
  title: `敵対的文書${HOSTILE.script}`,
  publisher: HOSTILE.img,
  published: "2019-01-01",
  covers: "2014-2018",
};

let explorer: RunningExplorer;
let baseUrl: string;
let browser: Browser;
let hostileId: number;
const opened: WatchedPage[] = [];

async function ingestHostileDocument(): Promise<number> {
  const form = new FormData();
  form.append("file", new Blob([await readFile("tests/e2e/fixtures/hostile-document.txt")]), "hostile-document.txt");
  form.append("metadata", JSON.stringify(HOSTILE_METADATA));
  const response = await fetch(`${baseUrl}/api/admin/documents`, { method: "POST", body: form, headers: { Authorization: `Bearer ${ADMIN_TOKEN}` } });
  const body = await response.json();
  if (response.status !== 201) throw new Error(`ingestion failed: ${response.status} ${JSON.stringify(body)}`);
  expect(body).toMatchObject({ status: "created", facts: 4 });
  return body.documentId;
}

beforeAll(async () => {
  explorer = await startExplorer({ ADMIN_TOKEN });
  baseUrl = explorer.baseUrl;
  browser = await launchBrowser();
  hostileId = await ingestHostileDocument();
}, 10 * 60_000);

afterEach(async () => {
  for (const watched of opened.splice(0)) {
    if (!watched.page.isClosed()) await watched.page.context().close();
    expect(watched.cspViolations).toEqual([]);
    expect(watched.pageErrors).toEqual([]);
  }
});

afterAll(async () => {
  await browser?.close();
  await explorer?.stop();
});

async function open(target: string): Promise<WatchedPage> {
  const watched = await openPage(browser, `${baseUrl}${target}`);
  opened.push(watched);
  return watched;
}

async function openExplorer(query: string): Promise<WatchedPage> {
  const watched = await open(`/${query}`);
  await watched.page.waitForSelector('[data-testid="explorer-map"][data-ready="true"]', { state: "attached", timeout: 60_000 });
  return watched;
}

async function expectNothingRan(page: Page) {
  expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
  const injected = await page.evaluate(() => ({
    images: document.querySelectorAll('img[src="x"], img[onerror]').length,
    links: document.querySelectorAll('a[href^="javascript:" i]').length,
    // Next's own inline scripts carry the text as escaped JSON data and the nonce; the chunks its
    // loader adds later are /_next/ files. Anything else (an inline script without the nonce, a
    // script from elsewhere, one of exactly the hostile code) would be injected.
    scripts: [...document.querySelectorAll("script")].filter(
      (s) =>
        s.textContent?.trim() === "window.__pwned=1" ||
        (!s.src && s.nonce === "") ||
        (s.src !== "" && !s.src.startsWith(`${location.origin}/_next/`)),
    ).length,
  }));
  expect(injected).toEqual({ images: 0, links: 0, scripts: 0 });
}

describe("security headers", () => {
  const EXPECTED = {
    "x-content-type-options": "nosniff",
    "referrer-policy": "strict-origin-when-cross-origin",
    "x-frame-options": "DENY",
  };

  it("are on pages, API answers, errors and static files, and X-Powered-By is not", async () => {
    const home = await fetch(`${baseUrl}/`);
    const html = await home.text();
    const script = /<script src="(\/_next\/static\/[^"]+\.js)"/.exec(html)?.[1];
    expect(script).toBeDefined();
    const targets = ["/", `/documents/${hostileId}`, "/no-such-page", "/api/facts?year=2014", "/api/places/%FF", "/api/facts?year=abc", script!];
    for (const target of targets) {
      const response = target === "/" ? home : await fetch(`${baseUrl}${target}`);
      expect({ target, headers: Object.fromEntries(Object.keys(EXPECTED).map((name) => [name, response.headers.get(name)])) }).toEqual({ target, headers: EXPECTED });
      expect(response.headers.get("x-powered-by")).toBeNull();
      if (!target.startsWith("/_next/")) expect(response.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
    }
  });

  it("leave the API's caching as it was: ETag, public Cache-Control and 304", async () => {
    const first = await fetch(`${baseUrl}/api/facts?year=2014`);
    const etag = first.headers.get("etag");
    expect(etag).toBeTruthy();
    expect(first.headers.get("cache-control")).toMatch(/^public, max-age=\d+/);
    const again = await fetch(`${baseUrl}/api/facts?year=2014`, { headers: { "If-None-Match": etag! } });
    expect(again.status).toBe(304);
    expect(again.headers.get("x-content-type-options")).toBe("nosniff");
  });

  it("give each page a fresh nonce that every script of the page carries, and no script runs without it", async () => {
    const nonces = [];
    for (const target of ["/", "/", `/documents/${hostileId}`, "/no-such-page"]) {
      const response = await fetch(`${baseUrl}${target}`);
      const policy = response.headers.get("content-security-policy") ?? "";
      const nonce = /'nonce-([^']+)'/.exec(policy)?.[1];
      expect(nonce).toBeDefined();
      expect(policy).not.toMatch(/script-src[^;]*'unsafe-inline'/);
      expect(policy).toMatch(/worker-src[^;]*blob:/);
      const scripts = [...(await response.text()).matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
      expect(scripts.length).toBeGreaterThan(0);
      expect(scripts.filter((tag) => !tag.includes(`nonce="${nonce}"`))).toEqual([]);
      // A page rendered for one request must not be served to another from a cache: its nonce is in it.
      expect(response.headers.get("cache-control")).toMatch(/no-store/);
      nonces.push(nonce);
    }
    expect(new Set(nonces).size).toBe(nonces.length);
  });

  it("let the explorer draw its map (with MapLibre's worker) and the document page render without a CSP violation", async () => {
    const { page } = await openExplorer("?year=2014&place=crimea");
    await page.waitForFunction(() => document.querySelector("canvas.maplibregl-canvas")?.getAttribute("width") !== null);
    await page.waitForTimeout(1_000);
    // MapLibre's worker (the app serves it from /geo; MapLibre's default would be a blob: URL) runs.
    const workers = page.workers().map((worker) => worker.url());
    expect(workers.length).toBeGreaterThan(0);
    expect(workers.filter((url) => !url.startsWith(baseUrl) && !url.startsWith("blob:"))).toEqual([]);
    await open(`/documents/${hostileId}?start=12&end=75`);
  });
});

describe("the HTTP API's edges, as served", () => {
  it("answers POST, PUT, PATCH and DELETE to every read-only route with 405 JSON", async () => {
    const openapi = await (await fetch(`${baseUrl}/api/openapi.json`)).json();
    const examples: Record<string, string> = { code: "RUS", id: String(hostileId), region: "csto" };
    const paths = Object.keys(openapi.paths).filter((p) => !p.startsWith("/api/admin/"));
    expect(paths.length).toBeGreaterThan(10);
    for (const apiPath of paths) {
      const url = `${baseUrl}${apiPath.replace(/\{(\w+)\}/g, (_, name: string) => examples[name] ?? "x")}`;
      for (const method of ["POST", "PUT", "PATCH", "DELETE"]) {
        const response = await fetch(url, { method, body: method === "DELETE" ? undefined : "{}", headers: { "Content-Type": "application/json" } });
        expect({ method, apiPath, status: response.status, type: response.headers.get("content-type") }).toEqual({ method, apiPath, status: 405, type: expect.stringMatching(/application\/json/) });
        expect(response.headers.get("allow")).toBe("GET, HEAD");
        expect((await response.json()).error).toContain("read-only");
      }
    }
  });

  it.each(["/api/places/%E0%A4%A", "/api/places/%FF", "/api/documents/%C0%AF", "/api/facts?q=%FF", "/api/facts?q=%E0%A4%A", "/api/facts?q=%E6%97"])(
    "answers %s with a JSON 400, not Next's HTML error page",
    async (target) => {
      const response = await fetch(`${baseUrl}${target}`);
      expect(response.status).toBe(400);
      expect(response.headers.get("content-type")).toMatch(/application\/json/);
      expect(await response.json()).toMatchObject({ error: expect.stringMatching(/not valid percent-encoded UTF-8/), allowed: expect.any(String) });
    },
  );

  it("keeps the admin route behind the token: 401 without it or with a wrong one, 413 over the size limit", async () => {
    const form = new FormData();
    form.append("file", new Blob(["2014年、ロシア。"]), "x.txt");
    form.append("metadata", JSON.stringify({ ...HOSTILE_METADATA, slug: "never-written" }));
    const attempts: Record<string, string>[] = [{}, { Authorization: "Bearer wrong-token-wrong-token" }];
    for (const headers of attempts) {
      const response = await fetch(`${baseUrl}/api/admin/documents`, { method: "POST", body: form, headers });
      expect(response.status).toBe(401);
      expect(response.headers.get("content-type")).toMatch(/application\/json/);
    }
    const big = new FormData();
    big.append("file", new Blob([new Uint8Array(17 * 1024 * 1024)]), "big.txt");
    big.append("metadata", "{}");
    const tooLarge = await fetch(`${baseUrl}/api/admin/documents`, { method: "POST", body: big, headers: { Authorization: `Bearer ${ADMIN_TOKEN}` } });
    expect(tooLarge.status).toBe(413);
    const documents = (await (await fetch(`${baseUrl}/api/documents`)).json()).items as { slug: string }[];
    expect(documents.map((d) => d.slug)).not.toContain("never-written");
  });
});

describe("a hostile document", () => {
  it.each([
    ["crimea", 2014, HOSTILE.script],
    ["KAZ", 2015, HOSTILE.img],
    ["ARM", 2016, HOSTILE.link],
    ["RUS", 2018, HOSTILE.formula],
  ])("shows literally in the place panel of %s in %i, with the hostile title as the source, and nothing runs", async (place, year, text) => {
    const { page } = await openExplorer(`?year=${year}&place=${place}`);
    const fact = page.getByTestId("facts-this-year").getByTestId("fact").filter({ hasText: text });
    await fact.first().waitFor({ timeout: 30_000 });
    await expect(fact.first().locator("blockquote").textContent()).resolves.toContain(text);
    await expect(fact.first().getByTestId("fact-document-link").textContent()).resolves.toBe(HOSTILE_METADATA.title);
    await expectNothingRan(page);
  });

  it("shows literally in the document view: title, publisher, whole text and the highlighted quote", async () => {
    const { page } = await open(`/documents/${hostileId}?start=12&end=75`);
    await expect(page.getByTestId("document-title").textContent()).resolves.toBe(HOSTILE_METADATA.title);
    await expect(page.locator("header").textContent()).resolves.toContain(HOSTILE.img);
    const text = (await page.getByTestId("document-text").textContent()) ?? "";
    for (const hostile of Object.values(HOSTILE)) expect(text).toContain(hostile);
    await expect(page.getByTestId("document-quote").textContent()).resolves.toContain(HOSTILE.script);
    await expectNothingRan(page);
  });

  it("shows literally in the search results and selects its place when picked", async () => {
    const { page } = await openExplorer("?year=2015");
    await page.getByTestId("search-input").fill("__pwned");
    const results = page.getByTestId("search-quote");
    await results.nth(2).waitFor({ timeout: 30_000 });
    const texts = await results.allTextContents();
    for (const hostile of [HOSTILE.script, HOSTILE.img, HOSTILE.link]) expect(texts.some((t) => t.includes(hostile))).toBe(true);
    await results.filter({ hasText: HOSTILE.img }).first().click();
    await expect(page.getByTestId("place-name").textContent()).resolves.toMatch(/カザフスタン|Kazakhstan/);
    await expectNothingRan(page);
  });

  it("is exported to CSV with its formula neutralised and its markup as plain text", async () => {
    const response = await fetch(`${baseUrl}/api/facts?document=${hostileId}&format=csv`);
    expect(response.status).toBe(200);
    const rows = parse(await response.text(), { columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(4);
    const cells = rows.flatMap((row) => Object.values(row));
    expect(cells.filter((cell) => /^[=+\-@\t\r]/.test(cell))).toEqual([]);
    expect(cells).toContain(`'${HOSTILE.formula}は2018年2月にロシアとの協議で示された表記である。`);
    expect(cells.some((cell) => cell.includes(HOSTILE.script))).toBe(true);
    expect(cells).toContain(HOSTILE_METADATA.title);
  });
});
