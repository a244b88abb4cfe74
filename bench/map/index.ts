// `npm run bench` suite "map": the explorer's map in headless Chromium, each figure beside the same
// measure of a bare MapLibre page drawing the same GeoJSON with the same layers and feature states.
import type { Browser } from "playwright-core";
import { INITIAL_VIEW } from "../../explorer/initialView";
import { launchBrowser } from "../../tests/e2e/support/browser";
import { startExplorer, type RunningExplorer } from "../../tests/e2e/support/explorer";
import type { BenchContext } from "../context";
import { figure, type Figure } from "../figures";
import { median, percentile, repeat } from "../stats";
import type { BenchSuite } from "../suites";
import { BARE_DATA_FILES, serveBareSite } from "./bareSite";
import { prepareMapDatabase } from "./database";
import { measureFirstRender, timeStep, VIEWPORT, waitForFirstRender, type StepTiming, type StepTrigger } from "./measure";
import { planSteps, readMapData, readWorld, stepYears } from "./scenario";
import type { StaticServer } from "./staticServer";

const SETTINGS = {
  quick: { renders: 2, steps: 25, pauseMs: 100 },
  full: { renders: 7, steps: 120, pauseMs: 150 },
};
const APP_GEOMETRY = "/geo/world.topo.json";
const BARE_WORLD_GEOMETRY = new Set(["countries", "special-regions", "labels"].map((source) => `/${BARE_DATA_FILES[source]}`));

export const mapSuite: BenchSuite = {
  name: "map",
  description: "the explorer's map in headless Chromium, beside a bare MapLibre page with the same data and layers",
  run,
};

async function run(context: BenchContext): Promise<Figure[]> {
  const settings = context.quick ? SETTINGS.quick : SETTINGS.full;
  const database = await prepareMapDatabase(context);
  let explorer: RunningExplorer | null = null;
  let bare: StaticServer | null = null;
  let browser: Browser | null = null;
  try {
    const [data, world] = await Promise.all([database.withUrl(readMapData), readWorld()]);
    const years = stepYears(data.years.withData, settings.steps);
    const plan = planSteps(data, world, years);
    context.log(`map: starting the explorer (builds first if the build is stale)`);
    explorer = await startExplorer(database.appEnv);
    browser = await launchBrowser();
    const appUrl = `${explorer.baseUrl}/?year=${years[0]}`;

    const appRenders = await repeat(settings.renders, 1, () => measureFirstRender(browser!, appUrl, (url) => url.pathname === APP_GEOMETRY));
    const { steps: appSteps, mapSize } = await stepTheExplorer(browser, appUrl, years, settings.pauseMs);

    bare = await serveBareSite({ workDir: context.workDir, data, world, plan, view: INITIAL_VIEW });
    const bareUrl = `${bare.url}/?width=${mapSize.width}&height=${mapSize.height}`;
    const bareRenders = await repeat(settings.renders, 1, () => measureFirstRender(browser!, bareUrl, (url) => BARE_WORLD_GEOMETRY.has(url.pathname)));
    const bareSteps = await stepTheBarePage(browser, bareUrl, plan.steps.length, settings.pauseMs);

    const scale = `${database.description}; ${settings.steps} steps over ${data.years.withData.length} years with data`;
    return [
      figure({
        figure: "map.first_render_ms", value: median(appRenders.map((r) => r.ms)), unit: "ms", better: "lower", target: 1500,
        baseline: median(bareRenders.map((r) => r.ms)),
        note: `median of ${settings.renders} cold loads, navigation start to the map's first idle frame with the world drawn; baseline: the bare MapLibre page`,
      }),
      stepFigure("map.slider_step_idle_p95_ms", appSteps, bareSteps, (t) => t.idleMs, 50,
        `p95 of ${scale}: keydown on the slider to MapLibre's next idle event; baseline: the same feature-state changes on the bare page`),
      stepFigure("map.slider_step_painted_p95_ms", appSteps, bareSteps, (t) => t.paintedMs, null,
        "as above, to the end of that frame's task (software compositing has read the WebGL pixels back)"),
      figure({
        figure: "map.geometry_gzip_kb", value: median(appRenders.map((r) => r.geometryBytes)) / 1024, unit: "KB", better: "lower", target: 400,
        baseline: median(bareRenders.map((r) => r.geometryBytes)) / 1024,
        note: "bytes on the wire of the world geometry (topojson, gzip by Next); baseline: the same countries, regions and labels as gzipped GeoJSON; deployment points excluded from both (the app sends them in the page's props)",
      }),
    ];
  } finally {
    await browser?.close();
    await bare?.close();
    await explorer?.stop();
    await database.drop();
  }
}

function stepFigure(name: string, app: StepTiming[], bare: StepTiming[], pick: (t: StepTiming) => number | null, target: number | null, note: string): Figure {
  const timed = (timings: StepTiming[]) => timings.map(pick).filter((ms): ms is number => ms !== null);
  const appTimed = timed(app);
  const missing = app.length - appTimed.length + (bare.length - timed(bare).length);
  return figure({
    figure: name, unit: "ms", better: "lower", target,
    value: appTimed.length ? percentile(appTimed, 95) : null,
    baseline: timed(bare).length ? percentile(timed(bare), 95) : null,
    note: missing ? `${note}; ${missing} step(s) drew no frame and are not timed` : note,
  });
}

/** Loads the explorer at the first year and steps the slider through `years`, checking each year. */
async function stepTheExplorer(browser: Browser, url: string, years: readonly number[], pauseMs: number) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    const page = await context.newPage();
    await page.goto(url);
    await waitForFirstRender(page);
    const box = (await page.getByTestId("explorer-map").boundingBox())!;
    await page.waitForTimeout(500);
    const steps: StepTiming[] = [];
    for (let i = 1; i < years.length; i++) {
      const trigger: StepTrigger = { kind: "slider-key", key: years[i]! > years[i - 1]! ? "ArrowRight" : "ArrowLeft" };
      steps.push(await timeStep(page, trigger));
      const shown = Number(await page.getByTestId("year-slider").inputValue());
      if (shown !== years[i]) throw new Error(`The slider shows ${shown} after step ${i}, not ${years[i]}: the bench's years differ from the app's.`);
      await page.waitForTimeout(pauseMs);
    }
    return { steps, mapSize: { width: Math.round(box.width), height: Math.round(box.height) } };
  } finally {
    await context.close();
  }
}

async function stepTheBarePage(browser: Browser, url: string, count: number, pauseMs: number): Promise<StepTiming[]> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    const page = await context.newPage();
    await page.goto(url);
    await waitForFirstRender(page);
    await page.waitForTimeout(500);
    const steps: StepTiming[] = [];
    for (let index = 0; index < count; index++) {
      steps.push(await timeStep(page, { kind: "bare-step", index }));
      await page.waitForTimeout(pauseMs);
    }
    return steps;
  } finally {
    await context.close();
  }
}
