/**
 * Which three-letter codes are countries, their names, and names → codes.
 *
 * CAMEO actor country codes are ISO 3166-1 alpha-3 codes (USA, COL), but the same column also
 * holds CAMEO's region codes (AFR Africa, EUR Europe, WST "the West", …) and actor codes of
 * organisations (UNO, NATO's NAT…) leak into it. Only codes in the country table can become a
 * dataset's parties: a relationship is between two countries. The tables live in data/cameo/
 * (see PROVENANCE.md there); Vite inlines them into the import worker only.
 */
import countriesText from "../../../data/cameo/countries.tsv?raw";
import namesText from "../../../data/cameo/country-names.tsv?raw";

function readTable(text: string): Map<string, string> {
  const table = new Map<string, string>();
  for (const line of text.split(/\r?\n/).slice(1)) {
    const [key, value] = line.split("\t");
    if (key && value) table.set(key.trim(), value.trim());
  }
  return table;
}

let names: Map<string, string> | undefined;
let codes: Map<string, string> | undefined;

const countryNames = (): Map<string, string> => (names ??= readTable(countriesText));

/** "côte d'ivoire" ≈ "Cote d’Ivoire": accents, case, quotes and spacing do not matter. */
export function nameKey(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/[’'`]/g, "'")
    .replace(/\s+/g, " ")
    .trim();
}

function nameCodes(): Map<string, string> {
  if (codes) return codes;
  codes = new Map();
  for (const [name, code] of readTable(namesText)) codes.set(nameKey(name), code);
  for (const [code, name] of countryNames())
    if (!codes.has(nameKey(name))) codes.set(nameKey(name), code);
  return codes;
}

/** True for an ISO 3166-1 alpha-3 country code; false for regions, organisations and "". */
export function isCountry(code: string): boolean {
  return countryNames().has(code);
}

/** The country's name ("Colombia"), or undefined for a code that is not a country. */
export function countryName(code: string): string | undefined {
  return countryNames().get(code);
}

/**
 * A country cell → its code: a country code as it stands ("COL"), else a country name
 * ("Colombia", "Russian Federation", "Côte d'Ivoire"); undefined when it is neither.
 */
export function countryCode(cell: string): string | undefined {
  const text = cell.trim();
  if (/^[A-Z]{3}$/.test(text) && isCountry(text)) return text;
  return text === "" ? undefined : nameCodes().get(nameKey(text));
}
