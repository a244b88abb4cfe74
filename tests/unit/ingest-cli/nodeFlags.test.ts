import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { INGEST_NODE_FLAGS } from "../../../ingest/cli/nodeFlags";

describe("the ingest command's V8 flags", () => {
  it("are the flags package.json's ingest script starts node with, so the benchmark measures the command people run", () => {
    const scripts = (JSON.parse(readFileSync("package.json", "utf8")) as { scripts: Record<string, string> }).scripts;
    expect(scripts.ingest).toBe(`node ${INGEST_NODE_FLAGS.join(" ")} --import tsx ingest/cli.ts`);
  });

  it("are flags this node accepts", () => {
    const { status, stderr } = spawnSync(process.execPath, [...INGEST_NODE_FLAGS, "-e", "0"], { encoding: "utf8" });
    expect(stderr).toBe("");
    expect(status).toBe(0);
  });
});
