"use client";
// The year slider: a thin view over TimelineController (play/pause, steps, arrow keys, speed).
import { useEffect, useRef, useState } from "react";
import { TIMELINE_SPEEDS, TimelineController, type TimelineState } from "@/explorer/timelineController";
import { t } from "@/explorer/i18n";
import type { Language } from "@/explorer/types";
import type { YearMode } from "@/explorer/urlState";
import styles from "./Explorer.module.css";

export interface TimelineBarProps {
  first: number;
  last: number;
  /** The years with data: steps, arrow keys and play go from one to the next; a drag snaps to them. */
  stops: readonly number[];
  year: number;
  mode: YearMode;
  lang: Language;
  onYearChange: (year: number) => void;
  onModeChange: (mode: YearMode) => void;
}

export function TimelineBar({ first, last, stops, year, mode, lang, onYearChange, onModeChange }: TimelineBarProps) {
  const controllerRef = useRef<TimelineController | null>(null);
  if (controllerRef.current === null) controllerRef.current = new TimelineController(first, last, { year }, undefined, stops);
  const controller = controllerRef.current;
  const [timeline, setTimeline] = useState<TimelineState>(controller.current);
  const onYearRef = useRef(onYearChange);
  onYearRef.current = onYearChange;
  // Years this bar has reported that the `year` prop has not echoed back yet. While playing, the
  // prop can arrive a tick late; such an echo must not pull the controller back a year.
  const unechoed = useRef(new Set<number>());

  useEffect(() => {
    const unsubscribe = controller.subscribe((next) => {
      setTimeline(next);
      unechoed.current.add(next.year);
      onYearRef.current(next.year);
    });
    return () => {
      unsubscribe();
      controller.pause();
    };
  }, [controller]);

  // The URL (back/forward) can move the year from outside; a year without data snaps to a stop.
  useEffect(() => {
    if (unechoed.current.delete(year)) return;
    unechoed.current.clear();
    if (controller.current.year !== year) controller.setYear(year);
    if (controller.current.year !== year) onYearRef.current(controller.current.year);
  }, [controller, year]);

  const onKeyDown = (event: React.KeyboardEvent) => {
    const steps: Record<string, () => void> = {
      ArrowLeft: () => controller.step(-1),
      ArrowDown: () => controller.step(-1),
      ArrowRight: () => controller.step(1),
      ArrowUp: () => controller.step(1),
      Home: () => controller.toStart(),
      End: () => controller.toEnd(),
      PageDown: () => controller.step(-5),
      PageUp: () => controller.step(5),
    };
    const action = steps[event.key];
    if (!action) return;
    event.preventDefault();
    action();
  };

  return (
    <div className={styles.timeline} data-testid="timeline">
      <button type="button" onClick={() => controller.step(-1)} aria-label={t("previousYear", lang)} disabled={timeline.year <= controller.stops[0]!}>
        ◀
      </button>
      <button type="button" onClick={() => controller.togglePlay()} aria-label={timeline.playing ? t("pause", lang) : t("play", lang)} data-testid="play">
        {timeline.playing ? "❚❚" : "▶"}
      </button>
      <button type="button" onClick={() => controller.step(1)} aria-label={t("nextYear", lang)} disabled={timeline.year >= controller.lastStop}>
        ▶|
      </button>
      <input
        type="range"
        className={styles.slider}
        min={first}
        max={last}
        step={1}
        value={timeline.year}
        aria-label={t("year", lang)}
        aria-valuetext={String(timeline.year)}
        data-testid="year-slider"
        onChange={(event) => controller.setYear(Number(event.target.value))}
        onKeyDown={onKeyDown}
      />
      <output className={styles.year} data-testid="year" aria-live="polite">
        {timeline.year}
      </output>
      <label className={styles.inline}>
        <span className={styles.visuallyHidden}>{t("speed", lang)}</span>
        <select value={timeline.speed} onChange={(event) => controller.setSpeed(Number(event.target.value))} aria-label={t("speed", lang)}>
          {TIMELINE_SPEEDS.map((speed) => (
            <option key={speed} value={speed}>
              {speed}×
            </option>
          ))}
        </select>
      </label>
      <div className={styles.segmented} role="group" aria-label={t("year", lang)}>
        <button type="button" aria-pressed={mode === "year"} onClick={() => onModeChange("year")} data-testid="mode-year">
          {t("thisYear", lang)}
        </button>
        <button type="button" aria-pressed={mode === "upto"} onClick={() => onModeChange("upto")} data-testid="mode-upto">
          {t("upToYear", lang)}
        </button>
      </div>
    </div>
  );
}
