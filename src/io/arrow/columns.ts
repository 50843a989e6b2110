/**
 * Arrow columns as plain JavaScript arrays, fast: a million events' strings are where the time
 * goes. Vector iteration decodes each string on its own and builds a Vector per list row
 * (several seconds at a million rows); here each Utf8 buffer is decoded once and cut at its
 * offsets, each dictionary decoded once and indexed, and list rows sliced from their flat child.
 * Anything else (LargeUtf8, Utf8View, numbers) goes through the library's own iteration.
 */
import { DataType, makeVector, type Data, type Vector } from "apache-arrow";

const utf8 = new TextDecoder();

const valid = (data: Data, i: number): boolean => data.nullCount === 0 || data.getValid(i);

// The library slices a Data's offset and value buffers along with it (Data.slice), so row i's
// entries sit at index i of them; only the validity bitmap counts from `data.offset`, and
// getValid applies that itself. Adding the offset again read a slice's neighbours instead.

/** A Utf8 Data's strings: one decode, then slices; per string only if the cut does not fit. */
function utf8Strings(data: Data): (string | null)[] {
  const offsets = data.valueOffsets as Int32Array;
  const bytes = data.values as Uint8Array;
  const { length } = data;
  const start = offsets[0] ?? 0;
  const text = utf8.decode(bytes.subarray(start, offsets[length] ?? start));
  const out = new Array<string | null>(length);
  // UTF-16 units so far: one per UTF-8 lead byte, two for a four-byte sequence.
  let byte = start;
  let unit = 0;
  let from = 0;
  for (let i = 0; i < length; i++) {
    const to = offsets[i + 1] ?? byte;
    for (; byte < to; byte++) {
      const b = bytes[byte] ?? 0;
      if ((b & 0xc0) !== 0x80) unit += b >= 0xf0 ? 2 : 1;
    }
    out[i] = valid(data, i) ? text.slice(from, unit) : null;
    from = unit;
  }
  if (unit === text.length) return out;
  // Invalid UTF-8 (replacement characters shift the count): decode string by string.
  for (let i = 0; i < length; i++)
    out[i] = valid(data, i) ? utf8.decode(bytes.subarray(offsets[i], offsets[i + 1])) : null;
  return out;
}

/** One Data's values as strings (or whatever the library gives for other types). */
function dataStrings(data: Data): unknown[] {
  const type = data.type as DataType;
  if (DataType.isUtf8(type)) return utf8Strings(data);
  if (DataType.isDictionary(type) && data.dictionary && DataType.isInt(type.indices)) {
    const words = strings(data.dictionary);
    const indices = data.values as ArrayLike<number | bigint>;
    const out = new Array<unknown>(data.length);
    for (let i = 0; i < data.length; i++)
      out[i] = valid(data, i) ? words[Number(indices[i])] : null;
    return out;
  }
  return Array.from(makeVector(data) as Iterable<unknown>);
}

/** A column of strings (Utf8, or dictionary-encoded), null where a row has none. */
export function strings(vector: Vector): unknown[] {
  return vector.data.length === 1 && vector.data[0]
    ? dataStrings(vector.data[0])
    : vector.data.flatMap(dataStrings);
}

/** A column of lists of strings: each row an array, null where a row has none. */
export function stringLists(vector: Vector): unknown[] {
  const out: unknown[] = [];
  for (const data of vector.data) {
    const child = data.children[0];
    if (!DataType.isList(data.type) || !child) {
      for (const row of makeVector(data) as Iterable<Vector | null>)
        out.push(row === null ? null : Array.from(row));
      continue;
    }
    const offsets = data.valueOffsets as Int32Array;
    const first = offsets[0] ?? 0;
    const items = dataStrings(child.slice(first, (offsets[data.length] ?? first) - first));
    for (let i = 0; i < data.length; i++)
      out.push(
        valid(data, i)
          ? items.slice((offsets[i] ?? first) - first, (offsets[i + 1] ?? first) - first)
          : null,
      );
  }
  return out;
}

/** A column of numbers (any float or integer type; 64-bit integers as numbers), null where none. */
export function numbers(vector: Vector): unknown[] {
  const out: unknown[] = [];
  for (const data of vector.data) {
    const type = data.type as DataType;
    const values = data.values as ArrayLike<number | bigint> | undefined;
    // Half floats are stored as 16-bit patterns: the library decodes those.
    const direct = DataType.isInt(type) || (DataType.isFloat(type) && type.precision !== 0);
    if (!values || !direct) {
      for (const n of makeVector(data) as Iterable<unknown>)
        out.push(typeof n === "bigint" ? Number(n) : n);
      continue;
    }
    for (let i = 0; i < data.length; i++) out.push(valid(data, i) ? Number(values[i]) : null);
  }
  return out;
}
