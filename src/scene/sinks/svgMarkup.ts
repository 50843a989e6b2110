/** Writing SVG markup as text: escaping, number formatting and elements. */

/**
 * XML 1.0 forbids most control characters and U+FFFE/U+FFFF even when escaped, and a lone
 * surrogate cannot be encoded as UTF-8: one of them in a title would make the file unreadable.
 * Controls are dropped, lone surrogates become U+FFFD.
 */
function xmlSafe(value: string): string {
  let out = "";
  for (const char of value) {
    const code = char.codePointAt(0) ?? 0;
    if (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) continue;
    if (code === 0xfffe || code === 0xffff) continue;
    // Iterating by code point leaves a surrogate on its own only when it is unpaired.
    out += code >= 0xd800 && code <= 0xdfff ? "\uFFFD" : char;
  }
  return out;
}

/** Escapes text and attribute values (both quote kinds, so either attribute quoting is safe). */
export function escapeXml(text: string): string {
  return xmlSafe(text)
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

/** One decimal is below a pixel's visible precision and keeps the file small. */
export function n(value: number): string {
  // String(-0) is "0": a value rounding to minus zero is written without a sign.
  return String(Math.round(value * 10) / 10);
}

export type Attrs = Readonly<Record<string, string | number | undefined>>;

/** Coordinates get one decimal; opacities (0.02 band tints) need three. */
function formatNumber(name: string, value: number): string {
  return name.endsWith("opacity") ? String(Math.round(value * 1000) / 1000) : n(value);
}

export function attrs(values: Attrs): string {
  return Object.entries(values)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([name, value]) => {
      const formatted = typeof value === "number" ? formatNumber(name, value) : escapeXml(value);
      return ` ${name}="${formatted}"`;
    })
    .join("");
}

export function el(name: string, values: Attrs, children?: string): string {
  return children === undefined
    ? `<${name}${attrs(values)}/>`
    : `<${name}${attrs(values)}>${children}</${name}>`;
}

export function textEl(values: Attrs, content: string): string {
  return el("text", values, escapeXml(content));
}
