"use client";
// Reads facts from the explorer's own API (same origin). A place's facts for every year are read
// once and cached, so moving the year only filters them.
import type { FactItem } from "@/explorer/types";

const placeCache = new Map<string, Promise<FactItem[]>>();

async function readAllPages(query: URLSearchParams): Promise<FactItem[]> {
  const items: FactItem[] = [];
  let cursor: string | null = null;
  do {
    const page = new URLSearchParams(query);
    if (cursor) page.set("cursor", cursor);
    const response = await fetch(`/api/facts?${page.toString()}`);
    if (!response.ok) throw new Error(`Facts: HTTP ${response.status}`);
    const body = (await response.json()) as { items: FactItem[]; nextCursor: string | null };
    items.push(...body.items);
    cursor = body.nextCursor;
  } while (cursor);
  return items;
}

export function factsForPlaces(codes: readonly string[]): Promise<FactItem[]> {
  const key = [...codes].sort().join(",");
  let cached = placeCache.get(key);
  if (!cached) {
    cached = Promise.all(codes.map((code) => readAllPages(new URLSearchParams({ place: code, limit: "200" })))).then((lists) =>
      lists.flat().sort(compareFactDates),
    );
    cached.catch(() => placeCache.delete(key));
    placeCache.set(key, cached);
  }
  return cached;
}

export async function searchQuotes(text: string, signal?: AbortSignal): Promise<FactItem[]> {
  const response = await fetch(`/api/facts?${new URLSearchParams({ q: text, limit: "20" }).toString()}`, { signal });
  if (!response.ok) return [];
  return ((await response.json()) as { items: FactItem[] }).items;
}

export function compareFactDates(a: FactItem, b: FactItem): number {
  return a.year - b.year || (a.month ?? 13) - (b.month ?? 13) || (a.day ?? 32) - (b.day ?? 32) || a.id - b.id;
}
