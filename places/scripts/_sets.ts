import { readFileSync } from "node:fs";
import { findPlaceMentions } from "@/places/gazetteer";
const files = ["000_cba9cb7266e0c2c4", "001_d4a765650d1b98af", "002_7ccd881349fe0dbd", "003_65328be2aa164c64", "004_c79ae0ac60eeb63a"];
for (const f of files) {
  let t = readFileSync(`data/documents/${f}.txt`, "utf8");
  if (f.startsWith("003")) t = t.slice(t.indexOf("日露外相会談"), t.indexOf("このページのトップへ戻る"));
  if (f.startsWith("004")) t = t.slice(0, t.indexOf("プロフィール"));
  const codes = new Set(findPlaceMentions(t).flatMap((m) => m.placeCodes));
  console.log(f, JSON.stringify([...codes].sort()));
}
