/**
 * The parties a reader asked for (`?parties=USA,COL`, the `parties` prop, the pair picker) →
 * the dataset's two parties with their names, or why they cannot be.
 */
import type { Party } from "../../model/schema.ts";
import { countryName } from "./countries.ts";
import type { PartyCodes } from "./partyCodes.ts";

export type ChosenParties =
  | { readonly ok: true; readonly parties: readonly [Party, Party] }
  | { readonly ok: false; readonly message: string };

export function partiesFromCodes(codes: PartyCodes): ChosenParties {
  const [a, b] = codes;
  if (a === b) return { ok: false, message: `the two parties must differ (both are ${a})` };
  const nameA = countryName(a);
  const nameB = countryName(b);
  const unknown = [nameA ? undefined : a, nameB ? undefined : b].filter(Boolean);
  if (unknown.length > 0 || !nameA || !nameB)
    return {
      ok: false,
      message:
        `${unknown.join(" and ")} ${unknown.length === 1 ? "is not a country code" : "are not country codes"}: ` +
        "parties are two countries, given as ISO 3166-1 alpha-3 codes such as USA,COL " +
        "(region and organisation codes such as AFR, EUR or UNO cannot be parties)",
    };
  return {
    ok: true,
    parties: [
      { code: a, name: nameA },
      { code: b, name: nameB },
    ],
  };
}
