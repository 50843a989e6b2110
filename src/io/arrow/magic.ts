/**
 * Is this the start of an Arrow IPC file or stream? Apart from the reader so that detection
 * costs nothing: apache-arrow itself loads only once a file turns out to be Arrow.
 *
 * The file format opens with "ARROW1"; the stream format with a message whose length is prefixed
 * by the continuation marker 0xFFFFFFFF (no UTF-8 text can start with that byte).
 */
const FILE_MAGIC = [0x41, 0x52, 0x52, 0x4f, 0x57, 0x31]; // "ARROW1"

/** Bytes detection needs to have seen. */
export const ARROW_MAGIC_BYTES = FILE_MAGIC.length;

export function isArrowBytes(head: Uint8Array): boolean {
  if (FILE_MAGIC.every((byte, i) => head[i] === byte)) return true;
  return (
    head.length >= 8 && head[0] === 0xff && head[1] === 0xff && head[2] === 0xff && head[3] === 0xff
  );
}

/** The same test on text already decoded (a file read as text by mistake): "ARROW1" survives. */
export function isArrowText(text: string): boolean {
  return text.startsWith("ARROW1");
}
