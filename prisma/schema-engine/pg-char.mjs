// Postgres's internal one-byte "char" type (OID 18: pg_constraint.contype, confdeltype, …), which
// the schema describer reads as a character, as native quaint hands it over. adapter-pg has no
// mapping for it and fails the whole query ("Column type 'char' could not be deserialized"), so
// the client reports such columns as text (which adapter-pg accepts) and remembers where they
// were, and the adapter's result then calls them Character.
import pg from "pg";
import { ColumnTypeEnum } from "@prisma/driver-adapter-utils";

const PG_CHAR_OID = 18;
const PG_TEXT_OID = 25;

/** The "char" column positions of each result, keyed by its rows array (adapter-pg passes it on). */
const charColumnsOf = new WeakMap();

/** A node-postgres client whose results describe "char" columns as text. */
export class PgCharClient extends pg.Client {
  query(...args) {
    const callback = typeof args.at(-1) === "function" ? args.pop() : undefined;
    const result = super.query(...args);
    if (typeof result?.then !== "function") {
      if (callback) throw new Error("Submittable queries with a callback are not supported");
      return result;
    }
    const adjusted = result.then(rememberCharColumns);
    if (!callback) return adjusted;
    adjusted.then((value) => callback(null, value), (error) => callback(error));
    return undefined;
  }
}

function rememberCharColumns(result) {
  for (const res of Array.isArray(result) ? result : [result]) {
    const positions = [];
    (res.fields ?? []).forEach((field, i) => {
      if (field.dataTypeID !== PG_CHAR_OID) return;
      field.dataTypeID = PG_TEXT_OID;
      positions.push(i);
    });
    if (positions.length > 0 && Array.isArray(res.rows)) charColumnsOf.set(res.rows, positions);
  }
  return result;
}

/** Makes an adapter-pg adapter (and its transactions) report "char" columns as Character. */
export function withCharColumns(queryable) {
  const queryRaw = queryable.queryRaw.bind(queryable);
  queryable.queryRaw = async (query) => {
    const result = await queryRaw(query);
    for (const i of charColumnsOf.get(result.rows) ?? []) result.columnTypes[i] = ColumnTypeEnum.Character;
    return result;
  };
  if (typeof queryable.startTransaction === "function") {
    const startTransaction = queryable.startTransaction.bind(queryable);
    queryable.startTransaction = async (...args) => withCharColumns(await startTransaction(...args));
  }
  return queryable;
}
