/** The events as an accessible list: the app's text alternative to the charts. */
import { useDetente } from "../store/context.tsx";
import { selectFilteredEvents } from "../store/selectors.ts";
import { eventDateLabel, formatScore, toneOf } from "./eventText.ts";
import { useT } from "./useT.ts";

export function EventList({ headingId }: { readonly headingId: string }) {
  const t = useT();
  const events = useDetente(selectFilteredEvents);
  const topics = useDetente((s) => s.dataset.topics);
  const lang = useDetente((s) => s.settings.lang);
  const selectedId = useDetente((s) => s.selectedId);
  const select = useDetente((s) => s.select);
  const topicLabel = new Map(topics.map((topic) => [topic.id, topic.label]));

  if (events.length === 0) return <p className="detente-empty">{t("list.empty")}</p>;
  return (
    <ol className="detente-list" aria-labelledby={headingId}>
      {events.map((event) => (
        <li key={event.id} className="detente-list-item" data-tone={toneOf(event.score)}>
          <button
            type="button"
            className="detente-list-button"
            aria-pressed={selectedId === event.id}
            onClick={() => select(selectedId === event.id ? null : event.id)}
          >
            <span className="detente-list-date">{eventDateLabel(event, lang)}</span>{" "}
            <span className="detente-list-title">{event.source.title}</span>
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
  );
}
