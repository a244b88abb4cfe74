// The hand annotations in tests/fixtures/annotations: for each seed document, the facts a careful
// reader derives (sentence, places, year, and the date where the sentence gives one).
import { readFile } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";

export const ANNOTATIONS_DIR = "tests/fixtures/annotations";

const annotationSchema = z.object({
  document: z.string(),
  annotator_notes: z.string().optional(),
  facts: z.array(
    z.object({
      // Spaces copied at a quote's ends (a line's indent) are not part of the sentence the normaliser keeps.
      quote: z.string().trim().min(1),
      places: z.array(z.string()).min(1),
      year: z.number().int(),
      date: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/).optional(),
    }),
  ),
});

export type DocumentAnnotation = z.infer<typeof annotationSchema>;

export async function readAnnotation(documentFile: string, dir = ANNOTATIONS_DIR): Promise<DocumentAnnotation> {
  const file = path.join(dir, documentFile.replace(/\.txt$/, ".json"));
  return annotationSchema.parse(JSON.parse(await readFile(file, "utf8")));
}
