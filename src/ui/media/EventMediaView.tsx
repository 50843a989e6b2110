/**
 * An event's media in its details and story step: an image where this page may load it, else a
 * link to it; a video or a social post as a link naming its service, never an embedded player.
 */
import "../../i18n/storyStageWords.ts";
import { classifyMedia, imageAllowed } from "../../model/media.ts";
import type { EventMedia } from "../../model/schema.ts";
import { useT } from "../../store/useT.ts";
import { useImageOrigins } from "./mediaPolicy.tsx";

export function EventMediaView({ media }: { readonly media: EventMedia }) {
  const t = useT();
  const origins = useImageOrigins();
  const kind = classifyMedia(media.url);
  const shown =
    kind.kind === "image" &&
    typeof window !== "undefined" &&
    imageAllowed(media.url, window.location.href, origins);
  const credit = media.credit ? (
    <span className="detente-media-credit">{t("media.credit", { credit: media.credit })}</span>
  ) : null;
  const linkText =
    kind.kind === "service"
      ? t("media.onService", { service: kind.service })
      : kind.kind === "image"
        ? t("media.image", { host: new URL(media.url).hostname.replace(/^www\./, "") })
        : t("media.link", { host: kind.host });
  return (
    <figure className="detente-media" data-media-kind={shown ? "image" : "link"}>
      {shown ? (
        // No alt text given: the image is decorative and the caption carries its meaning.
        <img src={media.url} alt={media.alt ?? ""} loading="lazy" referrerPolicy="no-referrer" />
      ) : (
        <a
          className="detente-media-link"
          href={media.url}
          target="_blank"
          rel="noopener noreferrer"
        >
          {linkText}
          <span className="detente-visually-hidden"> {t("media.newTab")}</span>
        </a>
      )}
      {media.caption || credit ? (
        <figcaption>
          {media.caption}
          {media.caption && credit ? " " : null}
          {credit}
        </figcaption>
      ) : null}
    </figure>
  );
}
