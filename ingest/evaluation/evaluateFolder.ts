// A folder of annotated documents kept outside the repository (the held-out set): for each
// NAME.txt, its metadata in NAME.meta.json (the fields of a data/documents/manifest.json entry)
// and its hand annotation in NAME.json (the format of tests/fixtures/annotations).
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { validateDocumentMetadata } from "../metadata";
import { readAnnotation } from "./annotations";
import { evaluateDocuments, type AnnotatedDocument, type Evaluation } from "./evaluateDocuments";

export async function readAnnotatedFolder(dir: string): Promise<AnnotatedDocument[]> {
  const texts = (await readdir(dir)).filter((name) => name.endsWith(".txt")).sort();
  if (texts.length === 0) throw new Error(`${dir} holds no .txt documents.`);
  const documents: AnnotatedDocument[] = [];
  for (const file of texts) {
    const metaFile = path.join(dir, file.replace(/\.txt$/, ".meta.json"));
    const metadata = validateDocumentMetadata({ file, ...JSON.parse(await readFile(metaFile, "utf8")) });
    if (!metadata.ok) throw new Error(`${metaFile}: ${metadata.problems.join("; ")}`);
    documents.push({ metadata: metadata.metadata, bytes: await readFile(path.join(dir, file)), annotation: await readAnnotation(file, dir) });
  }
  return documents;
}

export async function evaluateFolder(dir: string): Promise<Evaluation> {
  return evaluateDocuments(await readAnnotatedFolder(dir));
}
