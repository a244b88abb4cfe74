// Inputs that would take quadratic time if a rule rescanned what it had already read. Speed is a
// bench figure; here the test's timeout only catches a rule that would run for minutes.
import { normaliseDocumentText, paragraphsToSentences, textToParagraphs } from "@/ingest/text";

const cases: [string, string][] = [
  ["a 2 MB line of Latin letters", "a".repeat(2_000_000)],
  ["half a million one-character lines", "あ\n".repeat(500_000)],
  ["a million digits", "1".repeat(1_000_000)],
  ["200,000 unmatched opening brackets", "（".repeat(200_000) + "あ"],
  ["deeply nested brackets around a 。", "「".repeat(100_000) + "。" + "」".repeat(100_000)],
  ["a long run of menu separators", "a|".repeat(500_000)],
  ["300,000 lines wrapped mid-sentence", "日露関係の発展を図って\n".repeat(300_000)],
];

describe("text stage on pathological input", () => {
  it.each(cases)("keeps the offsets of %s", (_, raw) => {
    const { text } = normaliseDocumentText(raw);
    const sentences = paragraphsToSentences(textToParagraphs(text));
    expect(sentences.every((s) => text.slice(s.start, s.end) === s.text)).toBe(true);
  }, 60_000);
});
