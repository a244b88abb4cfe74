import { TimelineController, type Ticker } from "@/explorer/timelineController";
import { yearsWithData } from "@/explorer/years";

function manualTicker() {
  const running = new Map<number, { callback: () => void; interval: number }>();
  let next = 1;
  const ticker: Ticker = {
    start(callback, interval) {
      running.set(next, { callback, interval });
      return next++;
    },
    stop(handle) {
      running.delete(handle as number);
    },
  };
  return { ticker, running, fire: () => [...running.values()].forEach((r) => r.callback()) };
}

describe("TimelineController", () => {
  it("clamps years to the span and rounds them", () => {
    const timeline = new TimelineController(2000, 2010, { year: 2005 });
    timeline.setYear(1990);
    expect(timeline.current.year).toBe(2000);
    timeline.setYear(2030);
    expect(timeline.current.year).toBe(2010);
    timeline.setYear(2003.6);
    expect(timeline.current.year).toBe(2004);
  });

  it("steps by a delta and stops at either end", () => {
    const timeline = new TimelineController(2000, 2002, { year: 2001 });
    timeline.step(1);
    timeline.step(1);
    expect(timeline.current.year).toBe(2002);
    timeline.step(-5);
    expect(timeline.current.year).toBe(2000);
  });

  it("plays one year per tick and stops on the last year", () => {
    const { ticker, running, fire } = manualTicker();
    const timeline = new TimelineController(2000, 2002, { year: 2000 }, ticker);
    timeline.play();
    expect(timeline.current.playing).toBe(true);
    fire();
    expect(timeline.current.year).toBe(2001);
    fire();
    expect(timeline.current).toMatchObject({ year: 2002, playing: false });
    expect(running.size).toBe(0);
  });

  it("starts again from the first year when play is pressed on the last", () => {
    const { ticker } = manualTicker();
    const timeline = new TimelineController(2000, 2005, { year: 2005 }, ticker);
    timeline.play();
    expect(timeline.current).toMatchObject({ year: 2000, playing: true });
  });

  it("ticks faster at a higher speed", () => {
    const { ticker, running } = manualTicker();
    const timeline = new TimelineController(2000, 2010, { year: 2000 }, ticker);
    timeline.play();
    expect([...running.values()][0]!.interval).toBe(1000);
    timeline.setSpeed(4);
    expect(running.size).toBe(1);
    expect([...running.values()][0]!.interval).toBe(250);
  });

  it("tells listeners about changes only", () => {
    const timeline = new TimelineController(2000, 2010, { year: 2000 });
    const seen: number[] = [];
    timeline.subscribe((state) => seen.push(state.year));
    timeline.setYear(2000);
    timeline.setYear(2001);
    timeline.step(0);
    expect(seen).toEqual([2001]);
  });

  it("pause stops the ticker", () => {
    const { ticker, running, fire } = manualTicker();
    const timeline = new TimelineController(2000, 2010, { year: 2000 }, ticker);
    timeline.play();
    timeline.pause();
    fire();
    expect(running.size).toBe(0);
    expect(timeline.current).toMatchObject({ year: 2000, playing: false });
  });

  it("steps, plays and snaps through the years with data only, skipping the empty ones", () => {
    const { ticker, fire } = manualTicker();
    const timeline = new TimelineController(1955, 1994, { year: 1956 }, ticker, [1955, 1956, 1971, 1992, 1993, 1994]);
    timeline.step(1);
    expect(timeline.current.year).toBe(1971);
    timeline.step(1);
    expect(timeline.current.year).toBe(1992);
    timeline.step(-2);
    expect(timeline.current.year).toBe(1956);
    timeline.setYear(1980);
    expect(timeline.current.year).toBe(1971);
    timeline.setYear(1985);
    expect(timeline.current.year).toBe(1992);
    timeline.setYear(1993);
    timeline.play();
    fire();
    expect(timeline.current).toMatchObject({ year: 1994, playing: false });
    timeline.play();
    expect(timeline.current.year).toBe(1955);
  });

  it("counts a year with data when it has a fact or a deployment starts or ends in it", () => {
    const counts = [{ year: 1956 }, { year: 1992 }, { year: 1956 }];
    const deployments = [{ startYear: 1971, endYear: null }, { startYear: 1995, endYear: 2024 }];
    expect(yearsWithData(counts, deployments)).toEqual([1956, 1971, 1992, 1995, 2024]);
  });
});
