import net from "node:net";
import { StartupError } from "./startupError";

/** Fails with a clear message when the port the explorer should serve on is taken. */
export async function ensurePortFree(port: number, host = "0.0.0.0"): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const probe = net.createServer();
    probe.once("error", (error: NodeJS.ErrnoException) => {
      if (error.code === "EADDRINUSE") {
        reject(new StartupError(`Port ${port} is already in use.`, `Stop what is using it, or start on another port: PORT=${port + 1} npm start.`));
      } else {
        reject(new StartupError(`Cannot listen on port ${port} (${error.message}).`, "Choose another port with PORT=…"));
      }
    });
    probe.listen(port, host, () => probe.close(() => resolve()));
  });
}

/** A port nothing listens on now, on loopback. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      const port = typeof address === "object" && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}
