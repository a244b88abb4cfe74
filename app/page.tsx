import { WorldOverview } from "@/ui/home/WorldOverview";
import { loadedCounts } from "@/db/health";
import { prisma } from "@/db/client";
import styles from "./page.module.css";

export const dynamic = "force-dynamic";

export default async function HomePage() {
  const counts = await loadedCounts(prisma()).catch(() => null);
  return (
    <main className={styles.page}>
      <header className={styles.header}>
        <h1>Eurasia documents explorer</h1>
        <p data-testid="loaded-counts">
          {counts
            ? `${counts.documents} documents · ${counts.facts} facts · ${counts.places} places · ${counts.deployments} deployments`
            : "The database is not reachable right now."}
        </p>
      </header>
      <WorldOverview />
    </main>
  );
}
