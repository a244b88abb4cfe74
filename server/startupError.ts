/**
 * A failure a person can act on: what went wrong and what to do about it. The launcher prints it
 * as one line and exits non-zero, without a stack trace.
 */
export class StartupError extends Error {
  constructor(
    readonly problem: string,
    readonly remedy: string,
  ) {
    super(remedy ? `${problem} ${remedy}` : problem);
    this.name = "StartupError";
  }
}
