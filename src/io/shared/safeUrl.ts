/**
 * Links from imported files are kept only when they are plain http(s) URLs, checked with the
 * same rule the dataset schema applies, so an imported source can never fail validation on its
 * URL. `javascript:`, `data:` and other schemes, and embed HTML pasted where a URL belongs, are
 * dropped (the importer reports each drop as a warning).
 */
import { sourceSchema } from "../../model/schema.ts";

export type UrlCheck =
  | { readonly ok: true; readonly url: string }
  | { readonly ok: false; readonly reason: "empty" | "not-http" };

export function checkUrl(raw: string | undefined): UrlCheck {
  const text = (raw ?? "").trim();
  if (text === "") return { ok: false, reason: "empty" };
  // Protocol-relative links ("//host/path") are how some embeds are written; they mean https.
  const candidate = text.startsWith("//") ? `https:${text}` : text;
  if (!/^https?:\/\//i.test(candidate) || /\s/.test(candidate)) {
    return { ok: false, reason: "not-http" };
  }
  const parsed = sourceSchema.shape.url.safeParse(candidate);
  return parsed.success && parsed.data !== undefined
    ? { ok: true, url: parsed.data }
    : { ok: false, reason: "not-http" };
}

/** Host name of a checked URL, for a source's publisher when nothing better is known. */
export function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, "") || url;
  } catch {
    return url;
  }
}
