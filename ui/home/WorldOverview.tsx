"use client";
// The home page's map: every country and special region, clickable, with the place's name shown
// for the click. The full explorer builds on the same ExplorerMap.
import { useState } from "react";
import { ExplorerMap, type MapHit } from "@/ui/map/ExplorerMap";
import styles from "./WorldOverview.module.css";

export function WorldOverview() {
  const [picked, setPicked] = useState<MapHit | null>(null);
  return (
    <div className={styles.frame}>
      <ExplorerMap
        className={styles.map}
        ariaLabel="World map of the places the documents talk about"
        initialCenter={[70, 48]}
        initialZoom={2}
        selectedId={picked?.id ?? null}
        onFeatureClick={setPicked}
      />
      <p className={styles.status} role="status" data-testid="picked-place">
        {picked ? `${picked.name_ja ?? ""} ${picked.name_en ? `(${picked.name_en})` : ""}` : "Click a country or region."}
      </p>
    </div>
  );
}
