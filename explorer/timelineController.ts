// The year slider's logic without React: clamping, stepping, playing at a speed and stopping on
// the last year. The slider component only renders the state and forwards gestures.
// Given the years with data (`stops`), steps and play move from one such year to the next, and any
// other year (a drag, a shared URL) snaps to the nearest of them: a year with nothing recorded
// looks like its neighbours, so the long gaps (1957–1991 in the documents) are skipped.
export interface TimelineState {
  year: number;
  playing: boolean;
  /** Years per second while playing. */
  speed: number;
}

export interface Ticker {
  start(callback: () => void, intervalMs: number): unknown;
  stop(handle: unknown): void;
}

export const TIMELINE_SPEEDS = [0.5, 1, 2, 4] as const;

const intervalTicker: Ticker = {
  start: (callback, intervalMs) => setInterval(callback, intervalMs),
  stop: (handle) => clearInterval(handle as ReturnType<typeof setInterval>),
};

export class TimelineController {
  private state: TimelineState;
  private handle: unknown = null;
  private readonly listeners = new Set<(state: TimelineState) => void>();

  /** The years the timeline stops at, ascending: the given stops within the span, or every year. */
  readonly stops: readonly number[];

  constructor(
    readonly first: number,
    readonly last: number,
    initial: Partial<TimelineState> = {},
    private readonly ticker: Ticker = intervalTicker,
    stops: readonly number[] | null = null,
  ) {
    if (last < first) throw new RangeError(`Timeline from ${first} to ${last}: the last year is before the first.`);
    const inSpan = [...new Set(stops ?? [])].filter((year) => year >= first && year <= last).sort((a, b) => a - b);
    this.stops = stops === null || inSpan.length === 0 ? Array.from({ length: last - first + 1 }, (_, i) => first + i) : inSpan;
    this.state = { year: this.clamp(initial.year ?? last), playing: false, speed: initial.speed ?? 1 };
  }

  get current(): TimelineState {
    return this.state;
  }

  subscribe(listener: (state: TimelineState) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** The stop nearest to the year (the earlier one on a tie); the last stop for a non-number. */
  clamp(year: number): number {
    if (!Number.isFinite(year)) return this.stops[this.stops.length - 1]!;
    const rounded = Math.round(year);
    let nearest = this.stops[0]!;
    for (const stop of this.stops) if (Math.abs(stop - rounded) < Math.abs(nearest - rounded)) nearest = stop;
    return nearest;
  }

  setYear(year: number): void {
    this.update({ year: this.clamp(year) });
  }

  /** Moves `delta` stops (years with data) forwards or backwards, stopping at either end. */
  step(delta: number): void {
    this.setYear(this.stopAfter(this.state.year, delta));
  }

  toStart(): void {
    this.setYear(this.stops[0]!);
  }

  toEnd(): void {
    this.setYear(this.lastStop);
  }

  get lastStop(): number {
    return this.stops[this.stops.length - 1]!;
  }

  private stopAfter(year: number, delta: number): number {
    const index = this.stops.indexOf(this.clamp(year));
    return this.stops[Math.min(this.stops.length - 1, Math.max(0, index + delta))]!;
  }

  /** Plays from the current year; from the last year it starts again at the first. */
  play(): void {
    if (this.state.playing) return;
    if (this.state.year >= this.lastStop) this.update({ year: this.stops[0]! });
    this.update({ playing: true });
    this.restartTicker();
  }

  pause(): void {
    if (this.handle !== null) this.ticker.stop(this.handle);
    this.handle = null;
    if (this.state.playing) this.update({ playing: false });
  }

  togglePlay(): void {
    if (this.state.playing) this.pause();
    else this.play();
  }

  setSpeed(speed: number): void {
    if (!(speed > 0)) return;
    this.update({ speed });
    if (this.state.playing) this.restartTicker();
  }

  /** One tick of play: the next year, and a stop when the last year is reached. */
  tick(): void {
    if (!this.state.playing) return;
    const year = this.stopAfter(this.state.year, 1);
    this.update({ year });
    if (year >= this.lastStop) this.pause();
  }

  dispose(): void {
    this.pause();
    this.listeners.clear();
  }

  private restartTicker(): void {
    if (this.handle !== null) this.ticker.stop(this.handle);
    this.handle = this.ticker.start(() => this.tick(), 1000 / this.state.speed);
  }

  private update(change: Partial<TimelineState>): void {
    const next = { ...this.state, ...change };
    if (next.year === this.state.year && next.playing === this.state.playing && next.speed === this.state.speed) return;
    this.state = next;
    for (const listener of this.listeners) listener(next);
  }
}
