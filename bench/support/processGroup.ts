// Children started in their own process group (spawn with detached: true), so that stopping one
// also stops what it started (npm start's Next server).
import type { ChildProcess } from "node:child_process";

/** Ends the process group the child leads and waits for the child to exit (SIGKILL after 15 s). */
export function stopGroup(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.pid === undefined) return resolve();
    const timer = setTimeout(() => {
      try { process.kill(-child.pid!, "SIGKILL"); } catch { /* already gone */ }
    }, 15_000);
    child.once("exit", () => {
      clearTimeout(timer);
      resolve();
    });
    try { process.kill(-child.pid, "SIGTERM"); } catch { resolve(); }
  });
}
