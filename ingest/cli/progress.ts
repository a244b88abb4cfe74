// A progress bar over the bytes of every file, drawn only on a terminal. The pipeline stages are
// synchronous, so the bar moves per file and stage (read and derive, then write), not within one.
import cliProgress from "cli-progress";

export interface Progress {
  stage(label: string, file: string): void;
  advance(bytes: number): void;
  stop(): void;
}

const SILENT: Progress = { stage: () => undefined, advance: () => undefined, stop: () => undefined };

/** Each file counts twice: once when derived, once when written (or shown, in a dry run). */
export function startProgress(enabled: boolean, totalBytes: number): Progress {
  if (!enabled) return SILENT;
  const bar = new cliProgress.SingleBar(
    { stream: process.stdout, format: "{bar} {percentage}% | {stage} {file}", clearOnComplete: true, hideCursor: true },
    cliProgress.Presets.shades_classic,
  );
  bar.start(Math.max(1, totalBytes * 2), 0, { stage: "", file: "" });
  return {
    stage: (label, file) => bar.update({ stage: label, file }),
    advance: (bytes) => bar.increment(bytes),
    stop: () => bar.stop(),
  };
}
