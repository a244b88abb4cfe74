// The read stage's public surface.
export { decodeDocumentBytes, documentSizeProblem, MAX_DOCUMENT_BYTES, type DecodeResult, type DocumentEncoding } from "./decode";
