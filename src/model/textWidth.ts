/**
 * Text widths without a font to measure: advance widths in em for a system sans-serif, by
 * character class, set a little above typical metrics so a label given room by the estimate
 * never overruns it. The stacking layout (stacking.ts) and documents (SVG, PNG) use it: the
 * layout must not depend on a canvas, and one estimate keeps the screen's and the export's rows
 * the same.
 *
 * A table over ASCII makes it cheap enough to run over 100,000 titles when a dataset loads.
 */
const NARROW = 0.32;
const SLIM = 0.44;
const WIDE = 0.95;
const CAPITAL = 0.74;
const DEFAULT = 0.64;

const ASCII = new Float64Array(128).fill(DEFAULT);
for (const char of "il.,:;'|! \t\n\r") ASCII[char.charCodeAt(0)] = NARROW;
for (const char of "fjrt()[]-/") ASCII[char.charCodeAt(0)] = SLIM;
for (let code = 65; code <= 90; code++) ASCII[code] = CAPITAL;
for (const char of "mwMW@%") ASCII[char.charCodeAt(0)] = WIDE;

function charEm(code: number): number {
  if (code < 128) return ASCII[code] as number;
  if (code === 0x2014 || code === 0x2026) return WIDE; // — …
  if (code === 0xa0 || (code >= 0x2000 && code <= 0x200a)) return NARROW;
  return DEFAULT;
}

export function estimateTextWidth(value: string, fontSize: number): number {
  let em = 0;
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    // The second half of a surrogate pair adds nothing: the pair is one character.
    if (code >= 0xdc00 && code <= 0xdfff && i > 0) continue;
    em += charEm(code);
  }
  return em * fontSize;
}
