/** The story's first slide: what the dataset is about, between whom, and over which period. */
import "../../i18n/storyStageWords.ts";
import { formatPreciseDate } from "../../i18n/format.ts";
import type { TimelineEvent } from "../../model/events.ts";
import { useDetente } from "../../store/context.tsx";
import { useT } from "../../store/useT.ts";

export function OpeningSlide({
  events,
  titleId,
  onBegin,
}: {
  readonly events: readonly TimelineEvent[];
  readonly titleId: string;
  readonly onBegin: () => void;
}) {
  const t = useT();
  const dataset = useDetente((s) => s.dataset);
  const lang = useDetente((s) => s.settings.lang);
  const first = events[0];
  const last = events[events.length - 1];
  return (
    <div className="detente-story-opening">
      <h2 id={titleId} tabIndex={-1}>
        {dataset.title}
      </h2>
      <p className="detente-story-parties">
        {dataset.parties.map((party, i) => (
          <span key={party.code}>
            {i > 0 ? " · " : null}
            <abbr title={party.name}>{party.code}</abbr> {party.name}
          </span>
        ))}
      </p>
      {first && last ? (
        <p className="detente-story-period">
          {t("story.period", {
            from: formatPreciseDate(first.start, lang),
            to: formatPreciseDate(last.end ?? last.start, lang),
          })}{" "}
          · {t("story.eventCount", { count: events.length })}
        </p>
      ) : null}
      <p className="detente-story-description">{dataset.description}</p>
      {first ? (
        <button type="button" className="detente-button detente-story-begin" onClick={onBegin}>
          {t("story.begin")} <span aria-hidden="true">→</span>
        </button>
      ) : null}
    </div>
  );
}
