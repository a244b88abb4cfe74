// Measures findPlaceMentions on the seed documents repeated to N MB: npx tsx places/scripts/measure-gazetteer.ts 50
import { readFileSync, readdirSync } from "node:fs";
import { findPlaceMentions } from "@/places/gazetteer";
const seeds = readdirSync("data/documents").filter((f) => f.endsWith(".txt")).map((f) => readFileSync(`data/documents/${f}`, "utf8")).join("\n");
const mb = Number(process.argv[2] ?? 5);
let text = seeds; while (text.length * 2 < mb * 1024 * 1024) text += seeds;
let t = performance.now(); findPlaceMentions("ロシア"); console.log("build ms", (performance.now() - t).toFixed(0));
t = performance.now(); const m = findPlaceMentions(text); const ms = performance.now() - t;
console.log(`${(Buffer.byteLength(text) / 1048576).toFixed(1)} MB utf-8, ${text.length} code units, ${m.length} mentions, ${ms.toFixed(0)} ms`);
