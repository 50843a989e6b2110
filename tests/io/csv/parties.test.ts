/** A plain CSV's two parties, from its initiator/target cells or as the caller names them. */
import { resolveCsvParties } from "../../../src/io/csv/parties.ts";
import { ImportLog } from "../../../src/io/pipeline/log.ts";

const warningsOf = (log: ImportLog): readonly string[] => log.report("csv", 0).warnings;

describe("resolveCsvParties", () => {
  it("takes the two codes used most, whatever their case or spaces, and says which", () => {
    const log = new ImportLog();
    const cells = [" usa", "COL", "Usa ", "col", "USA", "VEN", "United States", "", "US"];
    const resolver = resolveCsvParties(cells, undefined, log);
    expect(resolver.parties).toEqual([
      { code: "USA", name: "USA" },
      { code: "COL", name: "COL" },
    ]);
    expect(warningsOf(log)).toEqual([
      "parties taken from the initiator/target columns: USA and COL; 1 other codes were found (rows with them are skipped)",
    ]);
    expect(resolver.resolve(" col ")).toBe("COL");
    expect(resolver.resolve("usa")).toBe("USA");
    expect(resolver.resolve("VEN")).toBeUndefined();
    expect(resolver.resolve("  ")).toBe("");
  });

  it("gives ties to the code seen first", () => {
    const resolver = resolveCsvParties(
      ["PER", "ECU", "BRA", "ECU", "PER"],
      undefined,
      new ImportLog(),
    );
    expect(resolver.parties?.map((p) => p.code)).toEqual(["PER", "ECU"]);
  });

  it("puts a placeholder beside a single code, named as one", () => {
    const log = new ImportLog();
    const resolver = resolveCsvParties(["COL", "col"], undefined, log);
    expect(resolver.parties).toEqual([
      { code: "COL", name: "COL" },
      { code: "AAA", name: "Side B" },
    ]);
    expect(warningsOf(log)).toEqual([
      "parties taken from the initiator/target columns: COL and AAA (placeholder)",
    ]);
    const placeholderFirst = resolveCsvParties(["AAA"], undefined, new ImportLog());
    expect(placeholderFirst.parties?.[1].code).toBe("BBB");
  });

  it("names no parties when no cell holds a code, and says nothing", () => {
    const log = new ImportLog();
    const resolver = resolveCsvParties(["United States", "", "US"], undefined, log);
    expect(resolver.parties).toBeUndefined();
    expect(warningsOf(log)).toEqual([]);
    expect(resolver.resolve("USA")).toBeUndefined();
  });

  it("uses the parties the caller names, by code or by name, without counting", () => {
    const log = new ImportLog();
    const given = [
      { code: "USA", name: " United States " },
      { code: "COL", name: "Colombia" },
    ] as const;
    const resolver = resolveCsvParties(["VEN", "VEN", "VEN"], given, log);
    expect(resolver.parties).toBe(given);
    expect(warningsOf(log)).toEqual([]);
    expect(resolver.resolve("united states")).toBe("USA");
    expect(resolver.resolve(" COLOMBIA")).toBe("COL");
    expect(resolver.resolve("usa")).toBe("USA");
    expect(resolver.resolve("VEN")).toBeUndefined();
  });
});
