// What a person does with the explorer, in Debian's Chromium: pick places on the map and in the
// list, read quotes with their sources, move through time, compare deployments, share a URL.
// E2E_BASE_URL reuses a running explorer instead of starting one.
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { launchBrowser, openPage, type WatchedPage } from "./support/browser";
import { startExplorer, type RunningExplorer } from "./support/explorer";

const SCREENSHOTS = path.join(process.cwd(), "tests/e2e/screenshots");
const VIEWPORT = { width: 1280, height: 860 };

let explorer: RunningExplorer | null = null;
let baseUrl = "";
let browser: Browser;
const opened: WatchedPage[] = [];

beforeAll(async () => {
  if (process.env.E2E_BASE_URL) baseUrl = process.env.E2E_BASE_URL;
  else {
    explorer = await startExplorer();
    baseUrl = explorer.baseUrl;
  }
  browser = await launchBrowser();
}, 10 * 60_000);

// Each test's pages close when it ends (their request records stay for the last test).
afterEach(async () => {
  for (const watched of opened) if (!watched.page.isClosed()) await watched.page.context().close();
  // No test may leave a Content-Security-Policy violation behind (MapLibre's blob worker included).
  expect(opened.flatMap((watched) => watched.cspViolations)).toEqual([]);
});

afterAll(async () => {
  await browser?.close();
  await explorer?.stop();
});

async function open(query: string, viewport = VIEWPORT): Promise<Page> {
  const watched = await openPage(browser, `${baseUrl}/${query}`, viewport);
  opened.push(watched);
  await watched.page.waitForSelector('[data-testid="explorer-map"][data-ready="true"]', { state: "attached", timeout: 60_000 });
  return watched.page;
}

/** The pixel of a longitude/latitude in the map at the explorer's initial desktop view (INITIAL_VIEW: centre 85°E 48°N, zoom 2). */
async function pixelAt(page: Page, lon: number, lat: number) {
  const box = (await page.getByTestId("explorer-map").boundingBox())!;
  const world = 512 * 2 ** 2;
  const mercatorY = (latitude: number) => (1 - Math.log(Math.tan(Math.PI / 4 + (latitude * Math.PI) / 360)) / Math.PI) / 2;
  return {
    x: box.x + box.width / 2 + ((lon - 85) / 360) * world,
    y: box.y + box.height / 2 + (mercatorY(lat) - mercatorY(48)) * world,
  };
}

async function moveSliderTo(page: Page, year: number) {
  const slider = page.getByTestId("year-slider");
  await slider.focus();
  for (let guard = 0; guard < 100; guard += 1) {
    const current = Number(await slider.inputValue());
    if (current === year) return;
    await page.keyboard.press(current > year ? "ArrowLeft" : "ArrowRight");
  }
  throw new Error(`The slider did not reach ${year}`);
}

describe("the explorer in Chromium", () => {
  it("clicks Armenia on the map in 2020 and reads the ceasefire with its source", async () => {
    const page = await open("?year=2020&lang=en");
    // Deployment points sit on Armenia at world zoom; hide them to click the country itself.
    await page.getByTestId("layer-deployments").uncheck();
    const { x, y } = await pixelAt(page, 44.6, 40.3);
    // The first frames after load may not be hit-testable yet: click until the panel opens.
    for (let attempt = 0; attempt < 10 && (await page.getByTestId("place-name").count()) === 0; attempt += 1) {
      await page.waitForTimeout(300);
      await page.mouse.click(x, y);
    }
    await expect(page.getByTestId("place-name").textContent()).resolves.toContain("Armenia");
    const ceasefire = page.getByTestId("facts-this-year").getByTestId("fact").filter({ hasText: "停戦" }).first();
    await ceasefire.waitFor();
    await expect(ceasefire.textContent()).resolves.toMatch(/2020/);
    const source = ceasefire.getByTestId("fact-document-link");
    await expect(source.textContent()).resolves.toMatch(/Diplomatic Bluebook|外交青書/);
    await page.screenshot({ path: path.join(SCREENSHOTS, "armenia-2020.png") });
    expect(new URL(page.url()).searchParams.get("place")).toBe("ARM");

    const quote = (await ceasefire.locator("blockquote").textContent())!;
    await source.click();
    await page.getByTestId("document-quote").waitFor();
    await expect(page.getByTestId("document-quote").textContent()).resolves.toBe(quote);
    await page.screenshot({ path: path.join(SCREENSHOTS, "document-quote.png") });
  });

  it("moves the slider to 2024: the Nagorno-Karabakh peacekeepers are withdrawing and gone after, the Belarus deployment is there", async () => {
    const page = await open("?year=2020&lang=en");
    await page.getByTestId("tab-list").click();
    const list = page.getByTestId("deployment-list");
    await expect(list.locator('[data-slug^="aze-nk-peacekeepers"]').count()).resolves.toBe(1);
    await expect(list.locator('[data-slug="blr-nonstrategic-nuclear-asipovichy"]').count()).resolves.toBe(0);

    await moveSliderTo(page, 2024);
    await expect(page.getByTestId("year").textContent()).resolves.toBe("2024");
    // The list follows the slider a moment after the map (a deferred value); it says which year it shows.
    await page.locator('[data-testid="deployment-list"][data-year="2024"]').waitFor();
    await expect(list.locator('[data-slug="blr-nonstrategic-nuclear-asipovichy"]').count()).resolves.toBe(1);
    // The reference table ends the peacekeeping mission in 2024 (withdrawal completed in June).
    const peacekeepers = list.locator('[data-slug^="aze-nk-peacekeepers"]');
    await expect(peacekeepers.getAttribute("data-ending")).resolves.toBe("true");
    await expect(peacekeepers.textContent()).resolves.toContain("withdrawn during 2024");
    await page.screenshot({ path: path.join(SCREENSHOTS, "deployments-2024.png") });
    await moveSliderTo(page, 2025);
    await page.locator('[data-testid="deployment-list"][data-year="2025"]').waitFor();
    await expect(list.locator('[data-slug^="aze-nk-peacekeepers"]').count()).resolves.toBe(0);
    await expect(list.locator('[data-slug="blr-nonstrategic-nuclear-asipovichy"]').count()).resolves.toBe(1);
  });

  it("keeps the small Northern Territories clickable on the map at world zoom", async () => {
    const page = await open("?year=2020&lang=en");
    await page.getByTestId("layer-deployments").uncheck();
    const { x, y } = await pixelAt(page, 147.75, 45.03);
    for (let attempt = 0; attempt < 10 && (await page.getByTestId("place-name").count()) === 0; attempt += 1) {
      await page.waitForTimeout(300);
      await page.mouse.click(x, y);
    }
    await expect(page.getByTestId("place-name").textContent()).resolves.toContain("Northern Territories");
    await expect(page.getByTestId("place-holding").textContent()).resolves.toContain("Japan's territory under Russian administration");
  });

  it("picks the Northern Territories and reads facts from 2008, 2010 and 2020", async () => {
    const page = await open("?year=2008");
    await page.getByTestId("tab-list").click();
    await page.getByTestId("place-list").locator('[data-code="northern-territories"]').click();
    await expect(page.getByTestId("place-name").textContent()).resolves.toContain("北方領土");
    await expect(page.getByTestId("place-holding").textContent()).resolves.toContain("日本の領土（ロシアが施政）");
    for (const year of [2008, 2010, 2020]) {
      await moveSliderTo(page, year);
      // The panel follows the slider a moment after the map (a deferred render): wait for its year.
      const facts = page.locator(`[data-testid="facts-this-year"][data-year="${year}"]`).getByTestId("fact");
      await facts.first().waitFor();
      const dates = await facts.locator("time").allTextContents();
      expect(dates.length).toBeGreaterThan(0);
      expect(dates.every((date) => date.startsWith(`${year}年`))).toBe(true);
    }
    // The curated timeline up to the year, each event with its quote or citation.
    await expect(page.getByTestId("timeline-events").locator("li").count()).resolves.toBeGreaterThan(0);
    await page.screenshot({ path: path.join(SCREENSHOTS, "northern-territories-2020.png") });
  });

  it("plays from 2022 and stops on the last year; the choropleth follows without reloading the map", async () => {
    const page = await open("?year=2022&lang=en");
    const last = await page.getByTestId("year-slider").getAttribute("max");
    const mapCanvas = await page.locator("canvas.maplibregl-canvas").elementHandle();
    await page.getByRole("combobox", { name: "Speed" }).selectOption("4");
    await page.getByTestId("play").click();
    await page.waitForFunction((year) => document.querySelector('[data-testid="year"]')?.textContent === year, last);
    await page.waitForFunction(() => document.querySelector('[data-testid="play"]')?.getAttribute("aria-label") === "Play");
    // The same canvas: the map was not rebuilt by the year changes.
    expect(await mapCanvas!.evaluate((canvas) => canvas.isConnected)).toBe(true);
    // The URL is written just after the frame, so it may follow the last year a moment later.
    await page.waitForFunction((year) => new URLSearchParams(window.location.search).get("year") === year, last);
  });

  it("compares deployments in 2020 with 2024 in a table", async () => {
    const page = await open("?year=2024&lang=en");
    await page.getByTestId("tab-compare").click();
    await page.getByTestId("compare-start").click();
    await page.getByTestId("compare-from").selectOption("2020");
    await page.getByTestId("compare-to").selectOption("2024");
    const table = page.getByTestId("compare-table");
    await table.waitFor();
    await expect(table.locator('tr[data-change="added"]').filter({ hasText: "Asipovichy" }).count()).resolves.toBe(1);
    await expect(table.locator('tr[data-change="ending"]').filter({ hasText: "Nagorno-Karabakh" }).count()).resolves.toBeGreaterThan(0);
    await expect(table.locator('tr[data-change="changed"]').count()).resolves.toBeGreaterThan(0);
    expect(new URL(page.url()).searchParams.get("compare")).toBe("2020-2024");
    await page.screenshot({ path: path.join(SCREENSHOTS, "compare-2020-2024.png") });
  });

  it("restores a shared URL on reload and goes back through the history", async () => {
    const page = await open("?year=2010&place=northern-territories&view=ground&lang=en&compare=2020-2024");
    await expect(page.getByTestId("year").textContent()).resolves.toBe("2010");
    await expect(page.getByTestId("place-name").textContent()).resolves.toContain("Northern Territories");
    await expect(page.getByTestId("view-ground").getAttribute("aria-pressed")).resolves.toBe("true");
    await page.getByTestId("year-slider").focus();
    await page.keyboard.press("ArrowRight");
    await page.waitForFunction(() => new URL(location.href).searchParams.get("year") === "2011");
    await page.waitForTimeout(800); // let the burst settle so the next change is a new history entry
    await page.getByTestId("view-japan").click();
    await page.waitForFunction(() => !new URL(location.href).searchParams.has("view"));
    const shared = page.url();
    await page.reload();
    await page.waitForSelector('[data-testid="explorer-map"][data-ready="true"]', { state: "attached" });
    expect(page.url()).toBe(shared);
    await expect(page.getByTestId("year").textContent()).resolves.toBe("2011");
    await expect(page.getByTestId("view-japan").getAttribute("aria-pressed")).resolves.toBe("true");
    await page.goBack();
    await page.waitForFunction(() => new URL(location.href).searchParams.get("view") === "ground");
    await expect(page.getByTestId("view-ground").getAttribute("aria-pressed")).resolves.toBe("true");
    await expect(page.getByTestId("year").textContent()).resolves.toBe("2011");
  });

  it("finds Georgia by its old name グルジア and a quote by its text", async () => {
    const page = await open("?year=2008");
    await page.getByTestId("search-input").fill("グルジア");
    await page.getByTestId("search-place").first().click();
    await expect(page.getByTestId("place-name").textContent()).resolves.toContain("ジョージア");
    expect(new URL(page.url()).searchParams.get("place")).toBe("GEO");
    await page.getByTestId("search-input").fill("停戦合意");
    const quote = page.getByTestId("search-quote").first();
    await quote.waitFor();
    const label = (await quote.textContent())!;
    await quote.click();
    const year = label.match(/^(\d{4})/)![1]!;
    await expect(page.getByTestId("year").textContent()).resolves.toBe(year);
    const factsOfYear = page.locator(`[data-testid="facts-this-year"][data-year="${year}"]`);
    await factsOfYear.getByTestId("fact").first().waitFor();
    await expect(factsOfYear.textContent()).resolves.toContain("停戦合意");
  });

  it("shows the CSTO summary with Armenia frozen in 2024 and Uzbekistan gone after 2011", async () => {
    const page = await open("?year=2024&region=csto&lang=en");
    await page.getByTestId("tab-summary").click();
    const places = page.getByTestId("summary-places");
    await places.getByText("Armenia").waitFor();
    await expect(places.textContent()).resolves.toMatch(/Armenia\s*\d+\s*frozen/);
    await moveSliderTo(page, 2011);
    await places.getByText("Uzbekistan").waitFor();
    await moveSliderTo(page, 2012);
    await page.waitForFunction(() => document.querySelector('[data-testid="summary-panel"] h3')?.textContent?.includes("2012"));
    await expect(places.getByText("Uzbekistan").count()).resolves.toBe(0);
    await page.screenshot({ path: path.join(SCREENSHOTS, "summary-csto.png") });
  });

  it("selects the place at the centre of the map with the keyboard and switches the interface language", async () => {
    const page = await open("?year=2020");
    await expect(page.getByTestId("tab-list").textContent()).resolves.toBe("一覧表示");
    await page.getByTestId("language").click();
    await expect(page.getByTestId("tab-list").textContent()).resolves.toBe("List view");
    expect(new URL(page.url()).searchParams.get("lang")).toBe("en");
    await page.getByTestId("layer-deployments").uncheck();
    const canvas = page.locator("canvas.maplibregl-canvas");
    await canvas.focus();
    for (let attempt = 0; attempt < 10 && (await page.getByTestId("place-name").count()) === 0; attempt += 1) {
      await page.waitForTimeout(300);
      await page.keyboard.press("Enter");
    }
    // The first view is centred on 85°E 48°N, in Kazakhstan.
    await expect(page.getByTestId("place-name").textContent()).resolves.toContain("Kazakhstan");
  });

  it("lays out on a 390 px phone", async () => {
    const page = await open("?year=2020&place=ARM&lang=en", { width: 390, height: 844 });
    await page.getByTestId("place-name").waitFor();
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(390);
    await page.waitForTimeout(1500); // let MapLibre paint after the layout settles
    // A viewport screenshot: a full-page one resizes the viewport and blanks the WebGL canvas.
    await page.screenshot({ path: path.join(SCREENSHOTS, "phone-390.png") });
  });

  it("opens a deployment's quoted document with the quote highlighted", async () => {
    const page = await open("?year=2024&place=arm-fsb-border-guards-zvartnots&lang=en");
    const panel = page.getByTestId("deployment-panel");
    await expect(panel.textContent()).resolves.toContain("withdrawn during 2024");
    const quote = (await panel.locator("blockquote").first().textContent())!;
    await panel.getByTestId("deployment-document-link").first().click();
    await page.getByTestId("document-quote").waitFor();
    await expect(page.getByTestId("document-quote").textContent()).resolves.toBe(quote);
  });

  it("flies to the selected place when a shared URL is opened", async () => {
    const page = await open("?year=2020&place=ARM&lang=en");
    const map = page.getByTestId("explorer-map");
    await page.waitForFunction(() => Number(document.querySelector('[data-testid="explorer-map"]')?.getAttribute("data-zoom")) > 4, null, { timeout: 20_000 });
    const [lon, lat] = (await map.getAttribute("data-center"))!.split(",").map(Number);
    expect(Math.abs(lon! - 45)).toBeLessThan(2);
    expect(Math.abs(lat! - 40.2)).toBeLessThan(2);
  });

  // Between 1956 and 1992 the data has only the first Northern Territories grave visits (1964, a
  // document) and the Tartus naval facility's start (1971, the reference table).
  it("steps over the years with nothing recorded (1957–1991 but 1964 and 1971)", async () => {
    const page = await open("?year=1956&lang=en");
    const slider = page.getByTestId("year-slider");
    await slider.focus();
    for (const year of ["1964", "1971", "1992"]) {
      await page.keyboard.press("ArrowRight");
      await expect(page.getByTestId("year").textContent()).resolves.toBe(year);
    }
    await page.getByRole("button", { name: "Previous year" }).click();
    await expect(page.getByTestId("year").textContent()).resolves.toBe("1971");
  });

  it("made no request to any host but localhost, got no error response (favicon included) and threw no page errors", () => {
    expect(opened.length).toBeGreaterThan(0);
    expect(opened.flatMap((o) => o.externalRequests)).toEqual([]);
    expect(opened.flatMap((o) => o.errorResponses)).toEqual([]);
    expect(opened.flatMap((o) => o.pageErrors)).toEqual([]);
    // the front server logs every request Next did not answer, with the reason
    const frontFailures = (explorer?.output() ?? "").split("\n").filter((line) => line.startsWith("[front]"));
    expect(frontFailures).toEqual([]);
  });
});
