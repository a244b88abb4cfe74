// The year slider's logic without React: clamping, stepping, playing at a speed and stopping on
// the last year. The slider component only renders the state and forwards gestures.
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

  constructor(
    readonly first: number,
    readonly last: number,
    initial: Partial<TimelineState> = {},
    private readonly ticker: Ticker = intervalTicker,
  ) {
    if (last < first) throw new RangeError(`Timeline from ${first} to ${last}: the last year is before the first.`);
    this.state = { year: this.clamp(initial.year ?? last), playing: false, speed: initial.speed ?? 1 };
  }

  get current(): TimelineState {
    return this.state;
  }

  subscribe(listener: (state: TimelineState) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  clamp(year: number): number {
    if (!Number.isFinite(year)) return this.last;
    return Math.min(this.last, Math.max(this.first, Math.round(year)));
  }

  setYear(year: number): void {
    this.update({ year: this.clamp(year) });
  }

  step(delta: number): void {
    this.setYear(this.state.year + delta);
  }

  toStart(): void {
    this.setYear(this.first);
  }

  toEnd(): void {
    this.setYear(this.last);
  }

  /** Plays from the current year; from the last year it starts again at the first. */
  play(): void {
    if (this.state.playing) return;
    if (this.state.year >= this.last) this.update({ year: this.first });
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
    const year = this.clamp(this.state.year + 1);
    this.update({ year });
    if (year >= this.last) this.pause();
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
