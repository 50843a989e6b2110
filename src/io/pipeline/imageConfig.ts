/**
 * `allowedImageOrigins` in the deployment's `detente.config.json` (the file that also lists the
 * data origins, see sourceUrl.ts): the other sites whose images events may show.
 *
 *   { "allowedOrigins": [], "allowedImageOrigins": ["https://upload.wikimedia.org"] }
 *
 * Without the key (or the file) only same-origin images load; the others are links. A deployer
 * who lists an origin adds it to the Content-Security-Policy's `img-src` too (README).
 */

/** The config file's text → normalised image origins; anything unreadable means none. */
export function parseImageOrigins(text: string): { origins: string[]; warnings: string[] } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { origins: [], warnings: ["detente.config.json is not JSON: only same-origin images"] };
  }
  const list =
    typeof value === "object" && value !== null && "allowedImageOrigins" in value
      ? value.allowedImageOrigins
      : undefined;
  if (list === undefined) return { origins: [], warnings: [] };
  if (!Array.isArray(list))
    return {
      origins: [],
      warnings: ["detente.config.json: allowedImageOrigins must be a list of origins"],
    };
  const origins: string[] = [];
  const warnings: string[] = [];
  for (const entry of list) {
    const origin = typeof entry === "string" ? originOf(entry) : undefined;
    if (origin) origins.push(origin);
    else
      warnings.push(
        `detente.config.json: ignoring allowedImageOrigins entry ${JSON.stringify(entry)}`,
      );
  }
  return { origins, warnings };
}

function originOf(text: string): string | undefined {
  try {
    const url = new URL(text);
    return url.protocol === "https:" || url.protocol === "http:" ? url.origin : undefined;
  } catch {
    return undefined;
  }
}

/** Fetches the deployment's image origins; a missing or unreadable file means none. */
export async function loadImageOrigins(
  url = `${import.meta.env.BASE_URL}detente.config.json`,
): Promise<string[]> {
  try {
    const response = await fetch(url, { cache: "no-cache" });
    if (!response.ok) return [];
    const { origins, warnings } = parseImageOrigins(await response.text());
    for (const warning of warnings) console.warn(`Détente: ${warning}`);
    return origins;
  } catch {
    return [];
  }
}
