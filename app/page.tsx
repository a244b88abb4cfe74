// The explorer page: reads everything through db/ in parallel on the server, parses the shared URL
// state, and hands plain props to the one client explorer component.
import { preload } from "react-dom";
import { prisma } from "@/db/client";
import { EXPLORER_REGIONS, loadExplorerData } from "@/explorer/loadExplorerData";
import { parseUrlState, type UrlStateBounds } from "@/explorer/urlState";
import { Explorer } from "@/ui/explorer/Explorer";
import styles from "./page.module.css";

export const dynamic = "force-dynamic";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** The map's world file, fetched by ui/map/ExplorerMap.tsx: asked for while the page still loads. */
const WORLD_URL = "/geo/world.topo.json";

export default async function HomePage({ searchParams }: { searchParams: SearchParams }) {
  preload(WORLD_URL, { as: "fetch", crossOrigin: "anonymous" });
  const [data, params] = await Promise.all([loadExplorerData(prisma()).catch(() => null), searchParams]);
  if (!data) {
    return (
      <main className={styles.page}>
        <p role="alert" className={styles.unavailable}>
          The database is not reachable right now. データベースに接続できません。
        </p>
      </main>
    );
  }
  const bounds: UrlStateBounds = { first: data.years.first, last: data.years.last, categories: data.categories, regions: EXPLORER_REGIONS };
  return (
    <main className={styles.page}>
      <Explorer data={data} initialState={parseUrlState(params, bounds)} bounds={bounds} />
    </main>
  );
}
