// The measurements, in headless Chromium, of one page (the explorer or the bare MapLibre page):
// the first render after navigation, the time from a year step to the map's next idle frame (and
// to the end of that frame, once its pixels are composited), and the geometry bytes on the wire.
import type { Browser, Page } from "playwright-core";
import { MAP_FIRST_RENDER_MARK, MAP_IDLE_EVENT } from "../../ui/map/mapSignals";

export const VIEWPORT = { width: 1280, height: 800 };
const LOAD_TIMEOUT_MS = 60_000;
/** A step that changes nothing on the map draws no frame; it is counted, not timed. */
const STEP_TIMEOUT_MS = 2_000;

export interface FirstRender {
  /** Navigation start to the first idle frame with the world drawn, in ms. */
  ms: number;
  /** Bytes on the wire (encoded) of the responses whose URL `isGeometry` accepts. */
  geometryBytes: number;
}

/**
 * Opens `url` in a fresh context (cold cache) and waits for the map's first render; `andThen`, if
 * given, goes on using the page (the bench steps the slider on the last load) before it closes.
 */
export async function measureFirstRender(
  browser: Browser,
  url: string,
  isGeometry: (url: URL) => boolean,
  andThen?: (page: Page) => Promise<void>,
): Promise<FirstRender> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    const page = await context.newPage();
    const geometry: Promise<number>[] = [];
    page.on("requestfinished", (request) => {
      if (isGeometry(new URL(request.url()))) geometry.push(request.sizes().then((sizes) => sizes.responseBodySize));
    });
    await page.goto(url);
    const ms = await waitForFirstRender(page);
    const geometryBytes = (await Promise.all(geometry)).reduce((sum, bytes) => sum + bytes, 0);
    await andThen?.(page);
    return { ms, geometryBytes };
  } finally {
    await context.close();
  }
}

export async function waitForFirstRender(page: Page): Promise<number> {
  await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, MAP_FIRST_RENDER_MARK, { timeout: LOAD_TIMEOUT_MS });
  return page.evaluate((mark) => performance.getEntriesByName(mark)[0]!.startTime, MAP_FIRST_RENDER_MARK);
}

/** How a step is made: a key on the explorer's slider, or the bare page's precomputed step. */
export type StepTrigger = { kind: "slider-key"; key: "ArrowRight" | "ArrowLeft" } | { kind: "bare-step"; index: number };

export interface StepTiming {
  /** Trigger to MapLibre's next `idle` (the frame's draw calls issued), or null when no frame came. */
  idleMs: number | null;
  /** Trigger to the end of that frame's task (software compositing has read its pixels back). */
  paintedMs: number | null;
}

/** Makes one step inside the page and times it there, so no round trip to the bench is counted. */
export function timeStep(page: Page, trigger: StepTrigger): Promise<StepTiming> {
  return page.evaluate(
    ([trigger, idleEvent, timeoutMs]) =>
      new Promise<StepTiming>((resolve) => {
        // Inline arrows only: tsx would wrap a named function in a helper the page does not have.
        const map = document.querySelector('[data-testid="explorer-map"]')!;
        const listening = new AbortController();
        const started = performance.now();
        const timer = setTimeout(() => {
          listening.abort();
          resolve({ idleMs: null, paintedMs: null });
        }, timeoutMs);
        map.addEventListener(
          idleEvent,
          () => {
            const idleMs = performance.now() - started;
            clearTimeout(timer);
            // A task queued now runs after the frame's task, which includes the compositor's commit.
            const channel = new MessageChannel();
            channel.port1.onmessage = () => resolve({ idleMs, paintedMs: performance.now() - started });
            channel.port2.postMessage(null);
          },
          { once: true, signal: listening.signal },
        );
        if (trigger.kind === "slider-key") {
          document.querySelector('[data-testid="year-slider"]')!.dispatchEvent(new KeyboardEvent("keydown", { key: trigger.key, bubbles: true }));
        } else {
          (window as unknown as { bareMap: { step(index: number): void } }).bareMap.step(trigger.index);
        }
      }),
    [trigger, MAP_IDLE_EVENT, STEP_TIMEOUT_MS] as const,
  );
}
