// Places: countries, special regions and their islands, region groups with membership by year.
import type { Db } from "./client";
import type { $Enums, Prisma } from "./generated/prisma/client";
import type { GroupMembershipRecord, PlaceControlRecord, PlaceNameRecord, PlaceRecord } from "../places/catalogue/types";

type Tx = Db | Prisma.TransactionClient;

export type { PlaceNameRecord, PlaceRecord } from "../places/catalogue/types";
export type MembershipRecord = GroupMembershipRecord;
export type ControlRecord = PlaceControlRecord;

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
  await tx.groupMembership.createMany({ data: catalogue.memberships });
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

export async function listPlacesOfKind(db: Tx, kind?: $Enums.PlaceKind) {
  return db.place.findMany({
    where: kind ? { kind } : {},
    orderBy: [{ kind: "asc" }, { code: "asc" }],
    select: { code: true, kind: true, nameEn: true, nameJa: true, isoA3: true, isoN3: true, parentCode: true, lat: true, lon: true },
  });
}

export async function placeExists(db: Tx, code: string): Promise<boolean> {
  return (await db.place.count({ where: { code } })) > 0;
}

/** One place with its names, control by year, the groups it belongs to and, for a group, its members. */
export async function findPlaceDetail(db: Tx, code: string) {
  return db.place.findUnique({
    where: { code },
    include: {
      names: { orderBy: [{ lang: "asc" }, { variant: "asc" }, { name: "asc" }], select: { name: true, lang: true, variant: true } },
      control: { orderBy: { fromYear: "asc" }, select: { administrator: true, fromYear: true, toYear: true, note: true } },
      memberships: {
        orderBy: [{ groupCode: "asc" }, { fromYear: "asc" }],
        select: { groupCode: true, fromYear: true, toYear: true, status: true, note: true, group: { select: { nameEn: true, nameJa: true } } },
      },
      members: {
        orderBy: [{ memberCode: "asc" }, { fromYear: "asc" }],
        select: { memberCode: true, fromYear: true, toYear: true, status: true, note: true, member: { select: { nameEn: true, nameJa: true } } },
      },
      children: { orderBy: { code: "asc" }, select: { code: true, kind: true, nameEn: true, nameJa: true } },
    },
  });
}

/**
 * A place belongs to a region over a span of years (toYear null: still so). `via` says why:
 * a membership status, "part of XXX" for a special region of a member, "administered by RUS".
 */
export interface RegionSpan {
  placeCode: string;
  fromYear: number;
  toYear: number | null;
  via: string;
}

export const RUSSIA_REGION = "russia";

/**
 * The places of a region through the years, or null when there is no such region.
 * - a group (central-asia, csto, …): its members by year with status member or suspended (a
 *   suspended member such as Armenia in the CSTO from 2024 is still formally a member; observers
 *   are not members), plus the special regions and subregions that belong de jure to a member;
 * - "russia": RUS, plus the places Russia administers in a year (PlaceControl: the Northern
 *   Territories, Crimea from 2014) and their subregions.
 */
export async function regionSpans(db: Tx, region: string): Promise<RegionSpan[] | null> {
  if (region === RUSSIA_REGION) return russiaSpans(db);
  const group = await db.place.findUnique({ where: { code: region }, select: { kind: true } });
  if (group?.kind !== "group") return null;
  const memberships = await db.groupMembership.findMany({
    where: { groupCode: region, status: { in: ["member", "suspended"] } },
    orderBy: [{ memberCode: "asc" }, { fromYear: "asc" }],
  });
  const spans: RegionSpan[] = memberships.map((m) => ({ placeCode: m.memberCode, fromYear: m.fromYear, toYear: m.toYear, via: m.status }));
  const parts = await descendantsOf(db, [...new Set(memberships.map((m) => m.memberCode))]);
  for (const membership of memberships) {
    for (const part of parts.get(membership.memberCode) ?? []) {
      spans.push({ placeCode: part, fromYear: membership.fromYear, toYear: membership.toYear, via: `part of ${membership.memberCode}` });
    }
  }
  return spans;
}

async function russiaSpans(db: Tx): Promise<RegionSpan[]> {
  const spans: RegionSpan[] = [{ placeCode: "RUS", fromYear: 0, toYear: null, via: "member" }];
  const administered = await db.placeControl.findMany({ where: { administrator: "RUS" }, orderBy: [{ placeCode: "asc" }, { fromYear: "asc" }] });
  const parts = await descendantsOf(db, [...new Set(administered.map((c) => c.placeCode))]);
  for (const control of administered) {
    for (const placeCode of [control.placeCode, ...(parts.get(control.placeCode) ?? [])]) {
      spans.push({ placeCode, fromYear: control.fromYear, toYear: control.toYear, via: "administered by RUS" });
    }
  }
  return spans;
}

/** Special regions and subregions under each of the given places (two levels deep is all there is). */
async function descendantsOf(db: Tx, codes: string[]): Promise<Map<string, string[]>> {
  const result = new Map<string, string[]>();
  if (codes.length === 0) return result;
  const children = await db.place.findMany({ where: { parentCode: { in: codes } }, select: { code: true, parentCode: true } });
  const grandchildren = await db.place.findMany({
    where: { parentCode: { in: children.map((c) => c.code) } },
    select: { code: true, parentCode: true },
  });
  for (const child of children) {
    const below = grandchildren.filter((g) => g.parentCode === child.code).map((g) => g.code);
    result.set(child.parentCode ?? "", [...(result.get(child.parentCode ?? "") ?? []), child.code, ...below]);
  }
  return result;
}

export function spanCoversYear(span: Pick<RegionSpan, "fromYear" | "toYear">, year: number): boolean {
  return span.fromYear <= year && (span.toYear === null || year <= span.toYear);
}

/** Every place that is not a group, with all its names and control by year: what the explorer page ships. */
export async function listPlacesWithNamesAndControl(db: Tx) {
  return db.place.findMany({
    where: { kind: { not: "group" } },
    orderBy: { code: "asc" },
    select: {
      code: true, kind: true, nameEn: true, nameJa: true, parentCode: true,
      names: { orderBy: { name: "asc" }, select: { name: true } },
      control: { orderBy: { fromYear: "asc" }, select: { administrator: true, fromYear: true, toYear: true, note: true } },
    },
  });
}

/** Every group membership by year, in a stable order. */
export async function listGroupMemberships(db: Tx) {
  return db.groupMembership.findMany({
    orderBy: [{ groupCode: "asc" }, { memberCode: "asc" }, { fromYear: "asc" }],
    select: { groupCode: true, memberCode: true, fromYear: true, toYear: true, status: true },
  });
}
