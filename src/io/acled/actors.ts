/**
 * The country an ACLED actor belongs to. ACLED is not dyadic between states: its actors are
 * named groups. State forces carry their country in the name ("Military Forces of Colombia
 * (2022-)", "Police Forces of the United States (2021-)", "Government of Venezuela (2019-)");
 * every other actor (rebels, militias, protesters, civilians) is placed in the country where
 * the event happened. Only events whose two actors end up in different countries run between
 * two countries; the rest are domestic and are counted as such.
 */
import { countryCode } from "../eventdata/countries.ts";

const STATE_ACTOR =
  /^(?:Military|Police|Naval|Air)?\s*(?:Forces|Government|Navy|Army)\s+of\s+(?:the\s+)?(.+?)\s*(?:\([^)]*\))?\s*(?:-.*)?$/i;

export function actorCountry(actor: string, eventCountry: string): string {
  const named = STATE_ACTOR.exec(actor.trim());
  if (named?.[1]) {
    const code = countryCode(named[1]) ?? countryCode(`the ${named[1]}`);
    if (code) return code;
  }
  return eventCountry;
}
