// `npm run bench` suite "map": the explorer's map in headless Chromium, each figure beside the same
// measure of a bare MapLibre page drawing the same GeoJSON with the same layers and feature states.
import type { Browser, Page } from "playwright-core";
import { INITIAL_VIEW } from "../../explorer/initialView";
import { launchBrowser } from "../../tests/e2e/support/browser";
import { startExplorer, type RunningExplorer } from "../../tests/e2e/support/explorer";
import type { BenchContext } from "../context";
import { figure, type Figure } from "../figures";
import { median, percentile, repeat } from "../stats";
import type { BenchSuite } from "../suites";
import { BARE_DATA_FILES, serveBareSite } from "./bareSite";
import { prepareMapDatabase } from "./database";
import { measureFirstRender, timeStep, VIEWPORT, type FirstRender, type StepTiming, type StepTrigger } from "./measure";
import { planSteps, readMapData, readWorld, stepYears } from "./scenario";
import type { StaticServer } from "./staticServer";

const SETTINGS = {
  quick: { renders: 2, warmup: 0, steps: 20, pauseMs: 100 },
  full: { renders: 7, warmup: 1, steps: 120, pauseMs: 150 },
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
    const phase = stopwatch();
    explorer = await startExplorer(database.appEnv);
    context.log(`map: explorer up in ${phase()} s`);
    browser = await launchBrowser();
    const appUrl = `${explorer.baseUrl}/?year=${years[0]}`;

    let mapSize = { width: VIEWPORT.width, height: VIEWPORT.height };
    const appSteps: StepTiming[] = [];
    const appRenders = await loads(settings, () => measureFirstRender(browser!, appUrl, (url) => url.pathname === APP_GEOMETRY), () =>
      measureFirstRender(browser!, appUrl, (url) => url.pathname === APP_GEOMETRY, async (page) => {
        mapSize = await mapSizeOf(page);
        appSteps.push(...(await stepTheExplorer(page, years, settings.pauseMs)));
      }),
    );
    context.log(`map: explorer measured in ${phase()} s`);

    bare = await serveBareSite({ workDir: context.workDir, data, world, plan, view: INITIAL_VIEW });
    const bareUrl = `${bare.url}/?width=${mapSize.width}&height=${mapSize.height}`;
    const isBareGeometry = (url: URL) => BARE_WORLD_GEOMETRY.has(url.pathname);
    const bareSteps: StepTiming[] = [];
    const bareRenders = await loads(settings, () => measureFirstRender(browser!, bareUrl, isBareGeometry), () =>
      measureFirstRender(browser!, bareUrl, isBareGeometry, async (page) => {
        bareSteps.push(...(await stepTheBarePage(page, plan.steps.length, settings.pauseMs)));
      }),
    );
    context.log(`map: bare page measured in ${phase()} s`);

    const scale = `${database.description}; ${settings.steps} steps over ${data.years.withData.length} years with data`;
    return [
      figure({
        figure: "map.first_render_ms", value: median(appRenders.map((r) => r.ms)), unit: "ms", better: "lower", target: 1500,
        baseline: median(bareRenders.map((r) => r.ms)),
        note: `median of ${settings.renders} cold loads${settings.warmup ? " after a warm-up" : ""}, navigation start to the map's first idle frame with the world drawn; baseline: the bare MapLibre page`,
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

/** `warmup` unrecorded loads, then `renders` recorded ones, the last of which also steps. */
async function loads(settings: { renders: number; warmup: number }, load: () => Promise<FirstRender>, lastLoad: () => Promise<FirstRender>) {
  return repeat(settings.renders, settings.warmup, (index) => (index === settings.renders - 1 ? lastLoad() : load()));
}

async function mapSizeOf(page: Page) {
  const box = (await page.getByTestId("explorer-map").boundingBox())!;
  return { width: Math.round(box.width), height: Math.round(box.height) };
}

/** Steps the explorer's slider through `years` (it was loaded at the first), checking each year. */
async function stepTheExplorer(page: Page, years: readonly number[], pauseMs: number): Promise<StepTiming[]> {
  await page.waitForTimeout(500);
  const steps: StepTiming[] = [];
  for (let i = 1; i < years.length; i++) {
    const trigger: StepTrigger = { kind: "slider-key", key: years[i]! > years[i - 1]! ? "ArrowRight" : "ArrowLeft" };
    steps.push(await timeStep(page, trigger));
    const shown = Number(await page.getByTestId("year-slider").inputValue());
    if (shown !== years[i]) throw new Error(`The slider shows ${shown} after step ${i}, not ${years[i]}: the bench's years differ from the app's.`);
    await page.waitForTimeout(pauseMs);
  }
  return steps;
}

async function stepTheBarePage(page: Page, count: number, pauseMs: number): Promise<StepTiming[]> {
  await page.waitForTimeout(500);
  const steps: StepTiming[] = [];
  for (let index = 0; index < count; index++) {
    steps.push(await timeStep(page, { kind: "bare-step", index }));
    await page.waitForTimeout(pauseMs);
  }
  return steps;
}

/** Seconds since the last call (or since it was made), for the log. */
function stopwatch(): () => string {
  let last = performance.now();
  return () => {
    const now = performance.now();
    const seconds = ((now - last) / 1000).toFixed(1);
    last = now;
    return seconds;
  };
}
