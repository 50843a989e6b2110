/** The selected event in full: what happened, when (at its precision), who, and the sources quoted. */
import "../i18n/detailsWords.ts";
import { lazy, Suspense, useEffect, useRef } from "react";
import { mustParseEdtf } from "../model/date.ts";
import { formatPreciseDate } from "../i18n/format.ts";
import { useDetente } from "../store/context.tsx";
import { selectLocalDataset, selectSelectedEvent } from "../store/selectors.ts";
import { quoteLang, quoteTranslation } from "../model/localize.ts";
import { eventDateLabel, formatScore } from "../i18n/eventText.ts";
import { toneOf } from "../model/tone.ts";
import { useT } from "../store/useT.ts";
import { useMarkAboveSheet } from "./useMarkAboveSheet.ts";

/** Media are rare (the bundled dataset has none): their view loads with the first event that has. */
const EventMediaView = lazy(() =>
  import("./media/EventMediaView.tsx").then((module) => ({ default: module.EventMediaView })),
);

export function DetailsPanel({
  titleId,
  closable = true,
}: {
  readonly titleId: string;
  /** False in a story step, where Previous/Next and Exit replace the close button. */
  readonly closable?: boolean;
}) {
  const t = useT();
  const event = useDetente(selectSelectedEvent);
  const written = useDetente((s) => s.dataset);
  const dataset = useDetente(selectLocalDataset);
  const lang = useDetente((s) => s.settings.lang);
  const select = useDetente((s) => s.select);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const sectionRef = useRef<HTMLElement>(null);
  const eventId = event?.id;
  const reducedMotion = useDetente((s) => s.settings.reducedMotion);
  useEffect(() => {
    // Wherever the event was opened from (the chart, the list, search), its details come into
    // view: a bottom sheet always is; the side panel may be scrolled away above the list.
    const node = sectionRef.current;
    if (!node || eventId === undefined) return;
    // Not in a frame: the browser would scroll the host's page too, and the embed page shows
    // details as an overlay over the charts, already in view (embedPage.css).
    if (window.parent !== window) return;
    const top = node.getBoundingClientRect().top;
    if (top < 0 || top > window.innerHeight - 120) {
      node.scrollIntoView?.({ block: "start", behavior: reducedMotion ? "auto" : "smooth" });
    }
  }, [eventId, reducedMotion]);

  useMarkAboveSheet(sectionRef, eventId, reducedMotion);

  const fromMark = useDetente((s) => s.selectedFromMark);
  useEffect(() => {
    // A mark opened the panel: take the focus there so it is read next (Escape goes back).
    // Search, story mode and lists keep their focus so the reader can keep stepping.
    if (event && fromMark) headingRef.current?.focus({ preventScroll: true });
  }, [event, fromMark]);

  if (!event) return null;
  const { source } = event;
  const topicLabel = new Map(dataset.topics.map((topic) => [topic.id, topic.label]));
  const actors = new Map(dataset.actors.map((actor) => [actor.id, actor]));
  const sources = new Map(dataset.sources.map((s) => [s.id, s]));
  const partyName = new Map(
    [...dataset.parties, ...(dataset.thirdParties ?? [])].map((p) => [p.code, p.name]),
  );
  const eventTitle = new Map(dataset.events.map((e) => [e.id, e.title]));
  const tone = toneOf(event.score);
  // A disagreement names each source briefly: its title, and its publisher without the
  // parenthetical detail the citation list already gives.
  const sourceName = (id: string) => {
    const cited = sources.get(id);
    if (!cited) return id;
    return (
      <>
        <cite>{cited.title}</cite>, {cited.publisher.replace(/\s*\(.*\)$/, "")}
      </>
    );
  };

  return (
    <section ref={sectionRef} className="detente-details" aria-label={t("details.region")}>
      <header className="detente-details-header">
        <h2 id={titleId} ref={headingRef} tabIndex={-1}>
          {source.title}
        </h2>
        {closable ? (
          <button
            type="button"
            className="detente-button"
            onClick={() => select(null)}
            aria-label={t("details.close")}
            title={t("details.close")}
          >
            ×
          </button>
        ) : null}
      </header>
      {event.context ? (
        <p className="detente-context-note">
          <span className="detente-context-tag">{t("context.tag")}</span>{" "}
          {t("context.note", {
            parties: [source.initiator, source.target]
              .map((code) => partyName.get(code) ?? code)
              .join(lang === "es" ? " y " : " and "),
          })}
        </p>
      ) : null}
      <dl className="detente-details-facts">
        <dt>{t("details.date")}</dt>
        <dd>{eventDateLabel(event, lang)}</dd>
        {source.after && source.after.length > 0 ? (
          <>
            <dt>{t("details.follows")}</dt>
            <dd>
              {source.after.map((id, i) => (
                <span key={id}>
                  {i > 0 ? "; " : ""}
                  <button type="button" className="detente-link-button" onClick={() => select(id)}>
                    {eventTitle.get(id) ?? id}
                  </button>
                </span>
              ))}
            </dd>
          </>
        ) : null}
        <dt>{t("details.topics")}</dt>
        <dd>{source.topics.map((id) => topicLabel.get(id) ?? id).join(", ")}</dd>
        <dt>{t("details.actors")}</dt>
        <dd>
          {source.actors.map((id) => actors.get(id)?.name ?? id).join(", ") || "—"}
          <br />
          <span className="detente-muted">
            {t("details.initiator", {
              initiator: partyName.get(source.initiator) ?? source.initiator,
              target: partyName.get(source.target) ?? source.target,
            })}
          </span>
        </dd>
        <dt>{t("details.score")}</dt>
        <dd data-tone={tone}>
          <strong>{formatScore(event.score)}</strong> ({t(`details.${tone}`)}) ·{" "}
          <span className="detente-muted">
            {event.scoreFromCameo && source.cameo
              ? t("details.scoreFromCameo", { code: source.cameo })
              : source.scoreNote
                ? `${t("details.scoreEditorial")}: ${source.scoreNote}`
                : source.cameo
                  ? `CAMEO ${source.cameo}`
                  : t("details.scoreEditorial")}
          </span>
          {source.weight === 0 ? (
            <>
              <br />
              <span className="detente-muted">{t("details.notCounted")}</span>
            </>
          ) : null}
        </dd>
      </dl>
      {source.media ? (
        <Suspense fallback={null}>
          <EventMediaView media={source.media} />
        </Suspense>
      ) : null}
      <p className="detente-details-summary">{source.summary}</p>
      {(source.discrepancies ?? []).map((discrepancy, i) => (
        <aside
          key={i}
          className="detente-disagreement"
          aria-label={t("details.disagree", { about: discrepancy.about })}
        >
          <h3>{t("details.disagree", { about: discrepancy.about })}</h3>
          <ul>
            {discrepancy.accounts.map((account, j) => (
              <li key={`${account.source}-${j}`}>
                <span className="detente-disagreement-source">{sourceName(account.source)}</span>
                <br />
                {account.says}
              </li>
            ))}
          </ul>
          {discrepancy.resolution ? (
            <p className="detente-muted">
              {t("details.resolution", { resolution: discrepancy.resolution })}
            </p>
          ) : null}
        </aside>
      ))}
      <h3>{t("details.sources")}</h3>
      <ul className="detente-citations">
        {source.citations.map((citation, i) => {
          const cited = sources.get(citation.source);
          return (
            <li key={`${citation.source}-${i}`}>
              {citation.quote && (
                // Verbatim, in the language it was said or written in; a translation, where the
                // dataset gives one, follows and says it is one.
                <Quote
                  quote={citation.quote}
                  lang={quoteLang(written, citation)}
                  translation={quoteTranslation(written, lang, event.id, i)}
                  label={t("details.quoteTranslation")}
                  readerLang={lang}
                />
              )}
              <p className="detente-citation-source">
                {cited ? (
                  <>
                    <cite>{cited.title}</cite>, {cited.publisher}
                    {cited.published
                      ? ` (${formatPreciseDate(mustParseEdtf(cited.published), lang)})`
                      : ""}
                    {cited.url && (
                      <>
                        {" · "}
                        <a href={cited.url} target="_blank" rel="noopener noreferrer">
                          {t("details.open")}
                        </a>
                      </>
                    )}
                  </>
                ) : (
                  citation.source
                )}
              </p>
              {citation.note && <p className="detente-muted">{citation.note}</p>}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

interface QuoteProps {
  readonly quote: string;
  /** The quote's own language. */
  readonly lang: string;
  readonly translation: string | undefined;
  readonly label: string;
  readonly readerLang: string;
}

function Quote({ quote, lang, translation, label, readerLang }: QuoteProps) {
  return (
    <>
      <blockquote lang={lang === readerLang ? undefined : lang}>{quote}</blockquote>
      {translation === undefined ? null : (
        <p className="detente-quote-translation">
          <span className="detente-quote-translation-label">{label}:</span> {translation}
        </p>
      )}
    </>
  );
}
