/** The events as an accessible list: the app's text alternative to the charts. */
import { useMemo, useState } from "react";
import { useDetente } from "../store/context.tsx";
import { selectFilteredEvents, selectLocalDataset } from "../store/selectors.ts";
import { selectLinkedIds } from "../store/tensionSelectors.ts";
import { eventDateLabel, formatScore } from "../i18n/eventText.ts";
import { toneOf } from "../model/tone.ts";
import { useT } from "../store/useT.ts";

/** Rows rendered at a time: a list of 100,000 events would be a million DOM nodes. */
const PAGE = 200;

export function EventList({ headingId }: { readonly headingId: string }) {
  const [shown, setShown] = useState(PAGE);
  const t = useT();
  const events = useDetente(selectFilteredEvents);
  const topics = useDetente((s) => selectLocalDataset(s).topics);
  const lang = useDetente((s) => s.settings.lang);
  const selectedId = useDetente((s) => s.selectedId);
  const select = useDetente((s) => s.select);
  // Events driving the day the tension chart points at are marked here too.
  const linked = useDetente(selectLinkedIds);
  const rows = useMemo(() => events.slice(0, shown), [events, shown]);
  // Only the labels the rows name: a map of every label cost the render that first showed an
  // import of 50,000 topics a long task; a look-up pass over them is a fraction of that.
  const topicLabel = useMemo(() => {
    const named = new Set(rows.flatMap((event) => event.source.topics));
    const labels = new Map<string, string>();
    for (const topic of topics) if (named.has(topic.id)) labels.set(topic.id, topic.label);
    return labels;
  }, [rows, topics]);

  if (events.length === 0) return <p className="detente-empty">{t("list.empty")}</p>;
  const remaining = events.length - shown;
  return (
    <>
      <ol className="detente-list" aria-labelledby={headingId}>
        {rows.map((event) => (
          <li
            key={event.id}
            className="detente-list-item"
            data-tone={toneOf(event.score)}
            aria-current={linked.has(event.id) ? "true" : undefined}
            data-context={event.context ? "true" : undefined}
          >
            <button
              type="button"
              className="detente-list-button"
              aria-pressed={selectedId === event.id}
              onClick={() => select(selectedId === event.id ? null : event.id)}
            >
              <span className="detente-list-date">{eventDateLabel(event, lang)}</span>{" "}
              <span className="detente-list-title">{event.source.title}</span>
              {event.context ? (
                <>
                  {" "}
                  <span className="detente-context-tag">{t("context.tag")}</span>
                </>
              ) : null}
            </button>
            <span className="detente-list-meta">
              <span className="detente-visually-hidden">{t("list.topics")}: </span>
              {event.source.topics.map((id) => topicLabel.get(id) ?? id).join(" · ")}
              <span
                className="detente-score"
                aria-label={`${t("details.score")} ${formatScore(event.score)}`}
              >
                {formatScore(event.score)}
              </span>
            </span>
          </li>
        ))}
      </ol>
      {remaining > 0 ? (
        <button
          type="button"
          className="detente-button detente-text-button"
          onClick={() => setShown(shown + PAGE)}
        >
          {t("list.more", { count: Math.min(PAGE, remaining), remaining })}
        </button>
      ) : null}
    </>
  );
}
