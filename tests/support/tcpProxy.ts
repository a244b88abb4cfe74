// A loopback TCP proxy that a test can cut and restore, to take a Postgres server "down" for this
// test only without stopping the machine's server; and hold, to keep a query in flight (sent by the
// client, not yet at the database) while the test takes the database away.
import net from "node:net";

export interface TcpProxy {
  port: number;
  cut(): Promise<void>;
  restore(): Promise<void>;
  close(): Promise<void>;
  /** From now on, bytes from clients wait in the proxy; resolves once some have arrived. */
  hold(): Promise<void>;
  /** Forwards what was held and stops holding. */
  release(): void;
}

export async function startTcpProxy(targetHost: string, targetPort: number): Promise<TcpProxy> {
  const sockets = new Set<net.Socket>();
  let server: net.Server | null = null;
  let port = 0;
  let held: { chunks: [net.Socket, Buffer][]; arrived: () => void } | null = null;

  const listen = () =>
    new Promise<void>((resolve, reject) => {
      const s = net.createServer((client) => {
        const upstream = net.connect(targetPort, targetHost);
        for (const socket of [client, upstream]) {
          sockets.add(socket);
          socket.on("close", () => {
            sockets.delete(socket);
            // One side gone: so is the connection (a database that stops closes its side).
            client.destroy();
            upstream.destroy();
          });
          socket.on("error", () => socket.destroy());
        }
        client.on("data", (chunk) => {
          if (held) {
            held.chunks.push([upstream, chunk]);
            held.arrived();
          } else upstream.write(chunk);
        });
        upstream.pipe(client);
      });
      s.once("error", reject);
      s.listen(port, "127.0.0.1", () => {
        port = (s.address() as net.AddressInfo).port;
        server = s;
        resolve();
      });
    });

  const cut = async () => {
    for (const socket of sockets) socket.destroy();
    sockets.clear();
    const s = server;
    server = null;
    if (s) await new Promise<void>((resolve) => s.close(() => resolve()));
  };

  const hold = () =>
    new Promise<void>((resolve) => {
      held = { chunks: [], arrived: resolve };
    });

  const release = () => {
    const chunks = held?.chunks ?? [];
    held = null;
    for (const [upstream, chunk] of chunks) if (!upstream.destroyed) upstream.write(chunk);
  };

  await listen();
  return { port, cut, restore: listen, close: cut, hold, release };
}
