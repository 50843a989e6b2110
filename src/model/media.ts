/**
 * What an event's media URL is, and whether this page may load it. An image is drawn from its
 * URL; everything else (a video, a post, a page) is a plain link, never a third-party player: an
 * embedded player would load another company's scripts and trackers into a reader's page.
 */

export type MediaKind =
  | { readonly kind: "image" }
  /** A video or a social post on a known service, shown as a link naming the service. */
  | { readonly kind: "service"; readonly service: string }
  | { readonly kind: "link"; readonly host: string };

const IMAGE_EXTENSION = /\.(avif|gif|jpe?g|png|svg|webp)$/i;

/** Hosts (and their subdomains) of services that TimelineJS would have embedded as players. */
const SERVICES: readonly (readonly [string, string])[] = [
  ["youtube.com", "YouTube"],
  ["youtu.be", "YouTube"],
  ["youtube-nocookie.com", "YouTube"],
  ["vimeo.com", "Vimeo"],
  ["twitter.com", "X"],
  ["x.com", "X"],
];

function hostMatches(host: string, domain: string): boolean {
  return host === domain || host.endsWith(`.${domain}`);
}

/** Classifies an http(s) URL; anything unparseable is a link to itself. */
export function classifyMedia(url: string): MediaKind {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { kind: "link", host: url };
  }
  const host = parsed.hostname.toLowerCase();
  for (const [domain, service] of SERVICES) {
    if (hostMatches(host, domain)) return { kind: "service", service };
  }
  if (IMAGE_EXTENSION.test(parsed.pathname)) return { kind: "image" };
  return { kind: "link", host: host.replace(/^www\./, "") };
}

/** An allowed entry names the image's origin ("https://host" or "https://host/"). */
function sameOrigin(entry: string, image: URL): boolean {
  try {
    return new URL(entry).origin === image.origin;
  } catch {
    return false;
  }
}

/**
 * Whether an image at `url` may load on the page at `pageHref`: same-origin images always,
 * others only from an origin the deployment lists. A reader's browser otherwise tells that
 * origin who is reading what, and the site's Content-Security-Policy would block it anyway.
 */
export function imageAllowed(
  url: string,
  pageHref: string,
  allowedOrigins: readonly string[],
): boolean {
  try {
    const image = new URL(url, pageHref);
    if (image.protocol !== "https:" && image.protocol !== "http:") return false;
    return (
      image.origin === new URL(pageHref).origin || allowedOrigins.some((o) => sameOrigin(o, image))
    );
  } catch {
    return false;
  }
}
