/**
 * Arrow columns read back as plain values, exactly, on vectors made here: strings with accents
 * and characters outside the Basic Multilingual Plane (counted in UTF-16 units), nulls, slices
 * that start inside a buffer, invalid UTF-8, dictionaries, lists (and large lists, read by the
 * library), and numbers of every width, 64-bit integers as numbers.
 */
import {
  Dictionary,
  Field,
  Float16,
  Float64,
  Int32,
  Int64,
  LargeList,
  LargeUtf8,
  List,
  Utf8,
  makeData,
  makeVector,
  vectorFromArray,
} from "apache-arrow";
import { numbers, stringLists, strings } from "../../../src/io/arrow/columns.ts";

describe("strings", () => {
  it("reads Utf8 strings with accents, emoji, empties and nulls", () => {
    const vector = vectorFromArray(["a", "Bogotá", "😀x", null, "", "ü😀ü"], new Utf8());
    expect(strings(vector)).toEqual(["a", "Bogotá", "😀x", null, "", "ü😀ü"]);
  });

  it("reads a slice that starts inside the buffer", () => {
    const vector = vectorFromArray(["zero", "é1", "😀2", null, "four"], new Utf8());
    expect(strings(vector.slice(1, 4))).toEqual(["é1", "😀2", null]);
    expect(strings(vector.slice(4))).toEqual(["four"]);
  });

  it("reads invalid UTF-8 string by string, as a decoder does", () => {
    const data = makeData({
      type: new Utf8(),
      length: 2,
      nullCount: 0,
      valueOffsets: Int32Array.from([0, 2, 3]),
      data: Uint8Array.from([0x61, 0xff, 0x62]),
    });
    expect(strings(makeVector(data))).toEqual(["a\ufffd", "b"]);
  });

  it("reads dictionary-encoded strings, sliced too", () => {
    const vector = vectorFromArray(
      ["x", "yé", "x", null, "😀"],
      new Dictionary(new Utf8(), new Int32()),
    );
    expect(strings(vector)).toEqual(["x", "yé", "x", null, "😀"]);
    expect(strings(vector.slice(2))).toEqual(["x", null, "😀"]);
  });

  it("reads strings of another type through the library", () => {
    expect(strings(vectorFromArray(["a", null, "ñ"], new LargeUtf8()))).toEqual(["a", null, "ñ"]);
  });
});

describe("stringLists", () => {
  const lists = [["a", "b"], null, [], ["c😀", "é"], ["d"]];

  it("reads lists of strings, empty lists and nulls", () => {
    const vector = vectorFromArray(lists, new List(new Field("item", new Utf8(), true)));
    expect(stringLists(vector)).toEqual(lists);
  });

  it("reads a slice of lists", () => {
    const vector = vectorFromArray(lists, new List(new Field("item", new Utf8(), true)));
    expect(stringLists(vector.slice(2, 5))).toEqual([[], ["c😀", "é"], ["d"]]);
  });

  it("reads lists whose offsets do not start at 0, as another writer may send them", () => {
    // Items "skip", "a", "b", "c"; two rows from item 1: ["a", "b"] and ["c"].
    const items = vectorFromArray(["skip", "a", "b", "c"], new Utf8()).data[0];
    if (!items) throw new Error("no data");
    const data = makeData({
      type: new List(new Field("item", new Utf8(), true)),
      length: 2,
      nullCount: 0,
      valueOffsets: Int32Array.from([1, 3, 4]),
      child: items,
    });
    expect(stringLists(makeVector(data))).toEqual([["a", "b"], ["c"]]);
  });

  it("reads lists of dictionary-encoded strings", () => {
    const type = new List(new Field("item", new Dictionary(new Utf8(), new Int32()), true));
    expect(stringLists(vectorFromArray(lists, type))).toEqual(lists);
  });

  it("reads large lists through the library", () => {
    const vector = vectorFromArray(lists, new LargeList(new Field("item", new Utf8(), true)));
    expect(stringLists(vector)).toEqual(lists);
  });
});

describe("numbers", () => {
  it("reads floats with nulls, sliced", () => {
    const vector = vectorFromArray([1.5, -2.25, null, 4], new Float64());
    expect(numbers(vector)).toEqual([1.5, -2.25, null, 4]);
    expect(numbers(vector.slice(1))).toEqual([-2.25, null, 4]);
  });

  it("reads 32- and 64-bit integers as numbers", () => {
    expect(numbers(vectorFromArray([3, null, -7], new Int32()))).toEqual([3, null, -7]);
    const big = numbers(vectorFromArray([5n, null, -9n], new Int64()));
    expect(big).toEqual([5, null, -9]);
    expect(big.map((n) => typeof n)).toEqual(["number", "object", "number"]);
  });

  it("reads half floats through the library", () => {
    expect(numbers(vectorFromArray([0.5, null, -3], new Float16()))).toEqual([0.5, null, -3]);
  });
});
