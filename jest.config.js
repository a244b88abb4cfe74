// Three suites: fast unit tests of pure logic, integration tests against a real database (run
// serially on a freshly migrated database), and end-to-end tests in Debian's Chromium.
const swc = [
  "@swc/jest",
  {
    jsc: {
      parser: { syntax: "typescript", tsx: true },
      transform: { react: { runtime: "automatic" } },
      target: "es2022",
    },
    // Keep import() as is: PGlite and Prisma's query compiler load WebAssembly glue through
    // dynamic imports of ES modules, which Jest serves with --experimental-vm-modules.
    module: { type: "commonjs", ignoreDynamic: true },
  },
];

const shared = {
  transform: { "^.+\\.(t|j|mj)sx?$": swc },
  moduleFileExtensions: ["ts", "tsx", "js", "mjs", "json"],
  moduleNameMapper: { "^@/(.*)$": "<rootDir>/$1", "^server-only$": "<rootDir>/tests/support/empty.cjs" },
  testEnvironment: "node",
};

/** @type {import('jest').Config} */
export default {
  // Generous: the first embedded database of a run compiles PGlite's WebAssembly, and end-to-end
  // tests build and start the app. Slow unit tests are still slow; this only avoids false alarms.
  testTimeout: 120_000,
  projects: [
    { ...shared, displayName: "unit", testMatch: ["<rootDir>/tests/unit/**/*.test.ts"] },
    {
      ...shared,
      displayName: "db",
      testMatch: ["<rootDir>/tests/db/**/*.test.ts"],
      globalSetup: "<rootDir>/tests/support/dbGlobalSetup.ts",
    },
    { ...shared, displayName: "e2e", testMatch: ["<rootDir>/tests/e2e/**/*.test.ts"] },
  ],
};
