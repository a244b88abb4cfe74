// The 404 page. It renders per request (connection()) like every other page: the proxy's CSP nonce
// is new each time, and a page prerendered at build time would carry scripts without it. (Only
// here, not in the root layout: awaiting connection() there broke the explorer's playback.)
import { connection } from "next/server";

export default async function NotFound() {
  await connection();
  return (
    <main>
      <h1>404</h1>
      <p>This page could not be found. このページは見つかりません。</p>
    </main>
  );
}
