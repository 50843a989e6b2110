/**
 * Ids for imported records: slugs (lower-case ASCII letters, digits, single hyphens), derived
 * from whatever names the record has, and made unique deterministically in file order
 * ("meeting", "meeting-2", "meeting-3"…), so importing the same file twice gives the same ids.
 */

const MAX_SLUG_LENGTH = 60;

/** A slug for `text`, or "" when it has no letters or digits at all. */
export function slugify(text: string): string {
  const slug = text
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "") // "Bogotá" → "Bogota"
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  if (slug.length <= MAX_SLUG_LENGTH) return slug;
  const cut = slug.slice(0, MAX_SLUG_LENGTH);
  const lastHyphen = cut.lastIndexOf("-");
  return (lastHyphen > 20 ? cut.slice(0, lastHyphen) : cut).replace(/-+$/, "");
}

/** Hands out unique slugs within one collection (events, topics, sources…). */
export class IdAllocator {
  private readonly used = new Set<string>();
  /** Next suffix to try per base, so 10,000 events titled "Meeting" stay linear. */
  private readonly nextSuffix = new Map<string, number>();

  /** The first candidate that slugifies to something, made unique; else `fallback`, unique. */
  take(candidates: readonly (string | undefined)[], fallback: string): string {
    let base = fallback;
    for (const candidate of candidates) {
      const slug = candidate === undefined ? "" : slugify(candidate);
      if (slug !== "") {
        base = slug;
        break;
      }
    }
    let id = base;
    let n = this.nextSuffix.get(base) ?? 2;
    while (this.used.has(id)) id = `${base}-${n++}`;
    this.nextSuffix.set(base, n);
    this.used.add(id);
    return id;
  }

  has(id: string): boolean {
    return this.used.has(id);
  }
}
