// Connecting to the configured database, and saying in one line what is wrong when that fails,
// with the error code the Prisma CLI acts on (P1003 makes `migrate dev` create the database).
import { databaseName, withClient, withDatabase } from "./database.mjs";

export class ConnectionProblem extends Error {
  /** @param {string} code @param {string} message */
  constructor(code, message) {
    super(message);
    this.code = code;
  }
}

/** Null when `url` answers a query, else what is wrong. */
export async function connectionProblem(url) {
  try {
    await withClient(url, (client) => client.query("SELECT 1"));
    return null;
  } catch (error) {
    return describeConnectionError(error, url);
  }
}

export function describeConnectionError(error, url) {
  const { host, database, user } = parts(url);
  switch (error?.code) {
    case "ECONNREFUSED":
    case "ENOTFOUND":
    case "EAI_AGAIN":
    case "ETIMEDOUT":
    case "EHOSTUNREACH":
    case "ECONNRESET":
      return new ConnectionProblem(
        "P1001",
        `Can't reach the database server at ${host}: start it, or point DATABASE_URL at a running one.`,
      );
    case "3D000":
      return new ConnectionProblem(
        "P1003",
        `Database \`${database}\` does not exist on the database server at \`${host}\`.`,
      );
    case "28P01":
    case "28000":
      return new ConnectionProblem(
        "P1000",
        `The database server at ${host} refused user \`${user}\`: fix the credentials in DATABASE_URL.`,
      );
  }
  if (/timeout/i.test(error?.message ?? "")) {
    return new ConnectionProblem(
      "P1001",
      `The database server at ${host} did not answer in time: start it, or point DATABASE_URL at a running one.`,
    );
  }
  return new ConnectionProblem(
    "P1001",
    `Can't connect to the database at ${host} (${error?.message ?? error}): check DATABASE_URL.`,
  );
}

export async function createDatabase(url) {
  const name = databaseName(url);
  await withClient(withDatabase(url, "postgres"), (client) => client.query(`CREATE DATABASE "${name}"`));
  return name;
}

export async function dropDatabase(url) {
  const name = databaseName(url);
  await withClient(withDatabase(url, "postgres"), (client) => client.query(`DROP DATABASE "${name}" WITH (FORCE)`));
  return name;
}

function parts(url) {
  try {
    const parsed = new URL(url);
    return {
      host: `${parsed.hostname}:${parsed.port || 5432}`,
      database: databaseName(url),
      user: decodeURIComponent(parsed.username),
    };
  } catch {
    return { host: "(unparsable DATABASE_URL)", database: "", user: "" };
  }
}
