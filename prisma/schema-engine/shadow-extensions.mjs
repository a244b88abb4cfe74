// Works around a gap in the wasm build: it describes the shadow database (the migration history
// replayed) without the postgresqlExtensions preview feature, so it sees no extensions there and
// every new migration would again contain `CREATE EXTENSION IF NOT EXISTS "pg_trgm";` even when
// nothing changed. (The native engine passes the preview features on to the shadow connection;
// the wasm build's PostgresConnector::new_external does not.) We know which extensions the shadow
// database really had, so we take back the steps that create those.
//
// Not covered: an extension removed from the schema gets no DROP EXTENSION, and a changed
// extension version no ALTER EXTENSION; write those by hand (`migrate dev --create-only`).

const CREATE_EXTENSION_STEP = /-- CreateExtension\nCREATE EXTENSION IF NOT EXISTS "([^"]+)"[^;\n]*;\n\n?/g;
const ADDED_EXTENSIONS_SECTION = /\n\[\+\] Added extensions\n((?: {2}- .+\n)+)/;
const EMPTY_MIGRATION = "-- This is an empty migration.\n";
const NO_DIFFERENCE = "No difference detected.\n";

/** The names in a datasource's `extensions = [pg_trgm, …]` list, from schema file contents. */
export function declaredExtensions(contents) {
  const names = [];
  for (const content of contents) {
    const list = /^\s*extensions\s*=\s*\[([^\]]*)\]/m.exec(content)?.[1] ?? "";
    names.push(...list.split(",").map((entry) => entry.trim().match(/^[A-Za-z_]\w*/)?.[0]).filter(Boolean));
  }
  return names;
}

/** The script without the steps that create an extension the shadow database already had. */
export function withoutRedundantExtensionSteps(script, shadowExtensions) {
  const kept = script.replace(CREATE_EXTENSION_STEP, (step, name) => (shadowExtensions.has(name) ? "" : step));
  if (kept === script) return script;
  return kept.trim() === "" ? EMPTY_MIGRATION : kept.replace(/\n\n$/, "\n");
}

/** createMigration's output as the native engine would give it. */
export function adjustCreatedMigration(output, { draft }, shadowExtensions) {
  if (output.migrationScript === null) return output;
  const script = withoutRedundantExtensionSteps(output.migrationScript, shadowExtensions);
  if (script === EMPTY_MIGRATION && !draft) return { ...output, migrationScript: null };
  return { ...output, migrationScript: script };
}

/** A `migrate diff --from-migrations` result (script or summary) as the native engine would give it. */
export function adjustDiffFromMigrations(result, { script }, shadowExtensions) {
  if (!result.stdout) return result;
  const stdout = script
    ? withoutRedundantExtensionSteps(result.stdout, shadowExtensions)
    : withoutRedundantExtensionLines(result.stdout, shadowExtensions);
  const empty = stdout === EMPTY_MIGRATION || stdout === NO_DIFFERENCE;
  return { ...result, stdout, exitCode: empty && result.exitCode === 2 ? 0 : result.exitCode };
}

function withoutRedundantExtensionLines(summary, shadowExtensions) {
  const kept = summary.replace(ADDED_EXTENSIONS_SECTION, (section, items) => {
    const left = items.split("\n").filter((line) => line && !shadowExtensions.has(line.slice(4)));
    return left.length > 0 ? `\n[+] Added extensions\n${left.join("\n")}\n` : "";
  });
  if (kept === summary) return summary;
  return kept.trim() === "" ? NO_DIFFERENCE : kept;
}

/** evaluateDataLoss's step count without the redundant extension steps. */
export function adjustDataLossEvaluation(output, declaredExtensions, shadowExtensions) {
  const redundant = declaredExtensions.filter((name) => shadowExtensions.has(name)).length;
  return { ...output, migrationSteps: Math.max(0, output.migrationSteps - redundant) };
}
