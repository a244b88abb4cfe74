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
    module: { type: "commonjs" },
  },
];

const shared = {
  transform: { "^.+\\.(t|j|mj)sx?$": swc },
  moduleFileExtensions: ["ts", "tsx", "js", "mjs", "json"],
  moduleNameMapper: { "^@/(.*)$": "<rootDir>/$1", "^server-only$": "<rootDir>/tests/support/empty.cjs" },
  transformIgnorePatterns: ["/node_modules/(?!(@electric-sql|topojson-client|world-atlas)/)"],
  testEnvironment: "node",
};

/** @type {import('jest').Config} */
export default {
  projects: [
    { ...shared, displayName: "unit", testMatch: ["<rootDir>/tests/unit/**/*.test.ts"] },
    { ...shared, displayName: "db", testMatch: ["<rootDir>/tests/db/**/*.test.ts"], globalSetup: "<rootDir>/tests/support/dbGlobalSetup.ts" },
    { ...shared, displayName: "e2e", testMatch: ["<rootDir>/tests/e2e/**/*.test.ts"] },
  ],
};
