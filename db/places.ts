// Places: countries, special regions and their islands, region groups with membership by year.
import type { Db } from "./client";
import type { Prisma } from "./generated/prisma/client";

type Tx = Db | Prisma.TransactionClient;

export interface PlaceNameRecord {
  name: string;
  lang: "ja" | "en";
  variant: "official" | "variant" | "historical" | "abbreviation" | "city";
}

export interface PlaceRecord {
  code: string;
  kind: "country" | "special_region" | "subregion" | "group";
  nameEn: string;
  nameJa: string;
  isoA3: string | null;
  isoN3: string | null;
  parentCode: string | null;
  lat: number | null;
  lon: number | null;
  names: PlaceNameRecord[];
}

export interface MembershipRecord {
  groupCode: string;
  memberCode: string;
  fromYear: number;
  toYear: number | null;
  status: "member" | "suspended" | "observer";
  note?: string | null;
}

export interface ControlRecord {
  placeCode: string;
  administrator: string;
  fromYear: number;
  toYear: number | null;
  note: string;
}

export interface PlaceCatalogueInput {
  places: PlaceRecord[];
  memberships: MembershipRecord[];
  control: ControlRecord[];
}

/**
 * Makes the places tables say exactly what the catalogue says. Places are upserted (facts refer
 * to them); names, memberships and control rows are replaced. Run inside a transaction.
 */
export async function syncPlaceCatalogue(tx: Prisma.TransactionClient, catalogue: PlaceCatalogueInput): Promise<void> {
  const parentsLast = [...catalogue.places].sort((a, b) => Number(a.parentCode !== null) - Number(b.parentCode !== null));
  for (const place of parentsLast) {
    const { names: _names, ...fields } = place;
    await tx.place.upsert({ where: { code: place.code }, create: fields, update: fields });
  }
  await tx.placeName.deleteMany({});
  await tx.placeName.createMany({
    data: dedupeNames(catalogue.places).map(({ placeCode, name, lang, variant }) => ({ placeCode, name, lang, variant })),
  });
  await tx.groupMembership.deleteMany({});
  await tx.groupMembership.createMany({ data: catalogue.memberships.map((m) => ({ ...m, note: m.note ?? null })) });
  await tx.placeControl.deleteMany({});
  await tx.placeControl.createMany({ data: catalogue.control });
}

function dedupeNames(places: PlaceRecord[]) {
  const seen = new Set<string>();
  const rows: (PlaceNameRecord & { placeCode: string })[] = [];
  for (const place of places) {
    for (const name of place.names) {
      const key = `${place.code}\u0000${name.name}`;
      if (seen.has(key)) continue;
      seen.add(key);
      rows.push({ ...name, placeCode: place.code });
    }
  }
  return rows;
}

export async function countPlaces(db: Tx): Promise<number> {
  return db.place.count();
}

export async function listPlaces(db: Tx) {
  return db.place.findMany({ orderBy: [{ kind: "asc" }, { nameEn: "asc" }] });
}

export async function findPlace(db: Tx, code: string) {
  return db.place.findUnique({ where: { code }, include: { names: true, control: { orderBy: { fromYear: "asc" } } } });
}
