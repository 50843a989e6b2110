import fc from "fast-check";
import { guardCell, unguardCell } from "../../../src/io/csv/formulaGuard.ts";

/** Strings rich in what the rule is about: apostrophes, triggers, and ordinary text. */
const cell = fc.string({
  unit: fc.constantFrom("'", "=", "+", "-", "@", "\t", "\r", "a", " ", "1", "\n"),
  maxLength: 8,
});

describe("the CSV formula guard", () => {
  it("is undone exactly by the importer, whatever the text", () => {
    fc.assert(
      fc.property(fc.oneof(cell, fc.string()), (text) => {
        expect(unguardCell(guardCell(text))).toBe(text);
      }),
      { numRuns: 2000 },
    );
  });

  it("guards exactly the texts a spreadsheet would run, and those that would read back as one", () => {
    expect(guardCell("=1+1")).toBe("'=1+1");
    expect(guardCell("-5")).toBe("'-5");
    expect(guardCell("\t@x")).toBe("'\t@x");
    expect(guardCell("'=x")).toBe("''=x");
    expect(guardCell("'''+x")).toBe("''''+x");
    expect(guardCell("'quoted'")).toBe("'quoted'");
    expect(guardCell("a=b")).toBe("a=b");
    expect(guardCell("")).toBe("");
  });

  it("takes off one apostrophe only where the guard put it", () => {
    expect(unguardCell("'=1+1")).toBe("=1+1");
    expect(unguardCell("''=x")).toBe("'=x");
    expect(unguardCell("'quoted'")).toBe("'quoted'");
    expect(unguardCell("'")).toBe("'");
    expect(unguardCell("=x")).toBe("=x");
    // A guarded cell never starts with a trigger; one that does was not written by the guard.
    fc.assert(
      fc.property(cell, (text) => {
        const out = unguardCell(text);
        expect(out === text || `'${out}` === text).toBe(true);
      }),
    );
  });
});
