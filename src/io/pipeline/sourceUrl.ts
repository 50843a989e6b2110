/**
 * `?src=` in the page URL: which addresses the app may load data from. Same-origin addresses
 * always; other origins only where the deployment lists them in `detente.config.json` next to
 * the app (public/detente.config.json in the repository):
 *
 *   { "allowedOrigins": ["https://data.example.org"] }
 *
 * Without the file (or with a broken one) only same-origin addresses load. Why refuse the rest:
 * a link can put any address in `?src=`, and the page would then show, under this site's name,
 * whatever a stranger's server sends; the deployment, not the link, decides whom it trusts.
 */

export interface SourceConfig {
  /** Normalised origins ("https://data.example.org"), never paths. */
  readonly allowedOrigins: readonly string[];
}

export const SAME_ORIGIN_ONLY: SourceConfig = { allowedOrigins: [] };

export type SourceCheck =
  | { readonly ok: true; readonly url: string }
  | { readonly ok: false; readonly reason: "invalid" | "scheme" }
  | {
      readonly ok: false;
      readonly reason: "origin";
      readonly url: string;
      readonly origin: string;
    };

/** The config file's text → the allowed origins; anything unreadable means same-origin only. */
export function parseSourceConfig(text: string): { config: SourceConfig; warnings: string[] } {
  const warnings: string[] = [];
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return {
      config: SAME_ORIGIN_ONLY,
      warnings: ["detente.config.json is not JSON: only same-origin data is loaded"],
    };
  }
  const list =
    typeof value === "object" && value !== null && "allowedOrigins" in value
      ? value.allowedOrigins
      : undefined;
  if (list === undefined) return { config: SAME_ORIGIN_ONLY, warnings };
  if (!Array.isArray(list))
    return {
      config: SAME_ORIGIN_ONLY,
      warnings: ["detente.config.json: allowedOrigins must be a list of origins"],
    };
  const origins: string[] = [];
  for (const entry of list) {
    try {
      if (typeof entry !== "string") throw new Error("not a string");
      const url = new URL(entry);
      if (url.protocol !== "https:" && url.protocol !== "http:") throw new Error("not http(s)");
      origins.push(url.origin);
    } catch {
      warnings.push(`detente.config.json: ignoring allowedOrigins entry ${JSON.stringify(entry)}`);
    }
  }
  return { config: { allowedOrigins: origins }, warnings };
}

/** Fetches the deployment's config; a missing or unreadable file means same-origin only. */
export async function loadSourceConfig(
  url = `${import.meta.env.BASE_URL}detente.config.json`,
): Promise<SourceConfig> {
  try {
    const response = await fetch(url, { cache: "no-cache" });
    if (!response.ok) return SAME_ORIGIN_ONLY;
    const { config, warnings } = parseSourceConfig(await response.text());
    for (const warning of warnings) console.warn(`Détente: ${warning}`);
    return config;
  } catch {
    return SAME_ORIGIN_ONLY;
  }
}

/** Resolves `src` against the page and says whether it may be loaded. */
export function checkSourceUrl(src: string, pageHref: string, config: SourceConfig): SourceCheck {
  let url: URL;
  try {
    url = new URL(src, pageHref);
  } catch {
    return { ok: false, reason: "invalid" };
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") return { ok: false, reason: "scheme" };
  const page = new URL(pageHref);
  if (url.origin === page.origin || config.allowedOrigins.includes(url.origin))
    return { ok: true, url: url.href };
  return { ok: false, reason: "origin", url: url.href, origin: url.origin };
}

/**
 * A link's `?baseline=` address under the rule of its `?src=`: same origin, or an origin the
 * deployment lists. The address to fetch, or why not.
 */
export async function checkBaselineUrl(
  url: string,
  pageHref: string,
): Promise<{ url: string } | { reason: string }> {
  const check = checkSourceUrl(url, pageHref, await loadSourceConfig());
  if (check.ok) return { url: check.url };
  return {
    reason:
      check.reason === "origin"
        ? `${check.origin} is not among the origins this site loads data from`
        : "expected an http(s) address",
  };
}
