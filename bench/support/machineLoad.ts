// What else the machine was doing: latency figures on a shared machine say little without it.
import os from "node:os";

export function machineLoadNote(): string {
  const [one] = os.loadavg();
  return `1-min load average ${one!.toFixed(1)} on ${os.cpus().length} cores at the end of the measurement`;
}
