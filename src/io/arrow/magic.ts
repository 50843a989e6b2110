/**
 * Is this the start of an Arrow IPC file or stream? Apart from the reader so that detection
 * costs next to nothing in the workers: apache-arrow itself loads only once a file turns out to
 * be Arrow.
 *
 * The file format opens with "ARROW1"; the stream format with a message whose length is prefixed
 * by the continuation marker 0xFFFFFFFF (no UTF-8 text can start with the byte 0xFF).
 */
export const isArrowBytes = (head: Uint8Array): boolean =>
  /^(ARROW1|\xff{4})/.test(String.fromCharCode(...head.subarray(0, 6)));

/** The same test on text already decoded (a file read as text by mistake): "ARROW1" survives. */
export const isArrowText = (text: string): boolean => text.startsWith("ARROW1");
