// Opaque pagination cursors: base64url of "v1:<last id>". Clients pass back what nextCursor said;
// anything else is a 400, never a database error.

const PREFIX = "v1:";
const MAX_ID = 2_147_483_647; // Postgres int4
const BASE64URL = /^[A-Za-z0-9_-]{1,64}$/;

export function encodeCursor(lastId: number): string {
  if (!Number.isSafeInteger(lastId) || lastId < 0 || lastId > MAX_ID) {
    throw new RangeError(`A cursor holds an id from 0 to ${MAX_ID}, not ${lastId}.`);
  }
  return Buffer.from(`${PREFIX}${lastId}`, "utf8").toString("base64url");
}

/** The id a cursor stands for, or null when the text is not a cursor this API made. */
export function decodeCursor(cursor: string): number | null {
  if (!BASE64URL.test(cursor)) return null;
  const text = Buffer.from(cursor, "base64url").toString("utf8");
  const match = /^v1:(0|[1-9]\d{0,9})$/.exec(text);
  if (!match?.[1]) return null;
  const id = Number(match[1]);
  if (id > MAX_ID) return null;
  // Reject non-canonical spellings (padding bits, trailing characters) so one id has one cursor.
  return encodeCursor(id) === cursor ? id : null;
}
