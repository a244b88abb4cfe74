// The explorer as `npm start` serves it: an embedded database with every document loaded, a map
// drawn from local data, and not one request to a host other than this machine.
import type { Browser } from "playwright-core";
import { launchBrowser, openPage } from "./support/browser";
import { startExplorer, type RunningExplorer } from "./support/explorer";

let explorer: RunningExplorer;
let browser: Browser;

beforeAll(async () => {
  explorer = await startExplorer();
  browser = await launchBrowser();
}, 10 * 60_000);

afterAll(async () => {
  await browser?.close();
  await explorer?.stop();
});

describe("the explorer served offline", () => {
  it("reports the embedded database with every document loaded", async () => {
    const response = await fetch(`${explorer.baseUrl}/api/health`);
    expect(response.status).toBe(200);
    const health = await response.json();
    expect(health).toMatchObject({ status: "ok", database: { kind: "embedded" }, migrations: { state: "up to date" } });
    expect(health.counts.documents).toBe(5);
    expect(health.counts.facts).toBeGreaterThan(300);
  });

  it("draws the world map from local data without a request leaving localhost", async () => {
    const { page, externalRequests, pageErrors, cspViolations } = await openPage(browser, explorer.baseUrl);
    await page.locator("canvas.maplibregl-canvas").waitFor({ state: "visible", timeout: 30_000 });
    await page.waitForFunction(() => document.querySelector("canvas.maplibregl-canvas")?.getAttribute("width") !== null);
    await page.waitForTimeout(1_500);
    await page.screenshot({ path: "tests/e2e/screenshots/offline-home.png" });
    expect(externalRequests).toEqual([]);
    expect(pageErrors).toEqual([]);
    expect(cspViolations).toEqual([]);
    await page.context().close();
  });
});
