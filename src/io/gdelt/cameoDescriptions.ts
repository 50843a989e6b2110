/**
 * GDELT's CAMEO.eventcodes.txt (code TAB description) → a lookup, so imported GDELT events get
 * titles like "Host a visit" rather than a bare code. Lines that do not parse are ignored:
 * the descriptions only decorate titles, and the file keeps some mojibake as found.
 */
export type CameoDescriptions = ReadonlyMap<string, string>;

export function parseCameoDescriptions(text: string): CameoDescriptions {
  const descriptions = new Map<string, string>();
  for (const line of text.split(/\r?\n/)) {
    const [code, description] = line.split("\t");
    if (code !== undefined && /^\d{2,4}$/.test(code.trim()) && description?.trim()) {
      descriptions.set(code.trim(), description.trim());
    }
  }
  return descriptions;
}
