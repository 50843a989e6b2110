/**
 * The events as a table: date, title, topics, actors, initiator → target, score and sources, for
 * the events passing the filters. Column headers are buttons that sort (aria-sort tells which);
 * a box filters the rows by their words; ↑/↓ move between the events' buttons, and a button opens
 * the event's details beside the table.
 */
import {
  useDeferredValue,
  useId,
  useMemo,
  useState,
  type CSSProperties,
  type KeyboardEvent,
} from "react";
import {
  EVENT_COLUMNS,
  eventRows,
  filterRows,
  sortRows,
  type EventColumn,
  type SortDirection,
} from "../model/eventTable.ts";
import { eventDateLabel, formatScore } from "../i18n/eventText.ts";
import { publishingTranslator, type PublishingKey } from "../i18n/publishing.ts";
import { useDetente, useDetenteStore } from "../store/context.tsx";
import { selectFilteredEvents } from "../store/selectors.ts";

// Styles through the CSSOM (a strict style-src allows it): they load with this lazy chunk, not
// with every page's stylesheet.
const stickyHead: CSSProperties = {
  position: "sticky",
  top: 0,
  background: "var(--detente-bg)",
  whiteSpace: "nowrap",
};
const sortButton: CSSProperties = {
  padding: "2px 0",
  font: "inherit",
  fontWeight: 600,
  color: "inherit",
  textAlign: "left",
  cursor: "pointer",
  background: "none",
  border: 0,
};
const selectedRow: CSSProperties = {
  background: "var(--detente-surface)",
  boxShadow: "inset 3px 0 0 var(--detente-focus)",
};
const numberCell: CSSProperties = { textAlign: "right", fontVariantNumeric: "tabular-nums" };

const COLUMN_LABELS: Record<EventColumn, PublishingKey> = {
  date: "table.col.date",
  title: "table.col.title",
  topics: "table.col.topics",
  actors: "table.col.actors",
  parties: "table.col.parties",
  score: "table.col.score",
  sources: "table.col.sources",
};

/** The first press on a column sorts the way a reader most often wants it. */
const FIRST_DIRECTION: Record<EventColumn, SortDirection> = {
  date: "ascending",
  title: "ascending",
  topics: "ascending",
  actors: "ascending",
  parties: "ascending",
  score: "descending",
  sources: "descending",
};

export function EventTable() {
  const ids = useId();
  const store = useDetenteStore();
  const dataset = useDetente((s) => s.dataset);
  const events = useDetente(selectFilteredEvents);
  const selectedId = useDetente((s) => s.selectedId);
  const lang = useDetente((s) => s.settings.lang);
  const t = publishingTranslator(lang);
  const [sort, setSort] = useState<{ column: EventColumn; direction: SortDirection }>({
    column: "date",
    direction: "ascending",
  });
  const [query, setQuery] = useState("");
  const deferredQuery = useDeferredValue(query);

  const rows = useMemo(() => eventRows(dataset, events), [dataset, events]);
  const shown = useMemo(
    () => sortRows(filterRows(rows, deferredQuery), sort.column, sort.direction),
    [rows, deferredQuery, sort],
  );

  const sortBy = (column: EventColumn): void => {
    setSort((current) =>
      current.column === column
        ? {
            column,
            direction: current.direction === "ascending" ? "descending" : "ascending",
          }
        : { column, direction: FIRST_DIRECTION[column] },
    );
  };

  /** ↑/↓ from one event's button to the next row's. */
  const onKeyDown = (event: KeyboardEvent<HTMLTableSectionElement>): void => {
    if (event.key !== "ArrowDown" && event.key !== "ArrowUp") return;
    const buttons = [
      ...event.currentTarget.querySelectorAll<HTMLButtonElement>(".detente-table-open"),
    ];
    const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
    if (at < 0) return;
    const next = buttons[event.key === "ArrowDown" ? at + 1 : at - 1];
    if (!next) return;
    event.preventDefault();
    next.focus();
  };

  const captionValues = {
    count: shown.length,
    total: rows.length,
    column: t(COLUMN_LABELS[sort.column]).toLocaleLowerCase(lang),
    direction: t(sort.direction === "ascending" ? "table.ascending" : "table.descending"),
  };

  return (
    <div className="detente-event-table">
      <div
        className="detente-table-filter"
        style={{ display: "flex", flexWrap: "wrap", alignItems: "center", gap: "6px" }}
      >
        <label htmlFor={`${ids}-filter`}>{t("table.filter")}</label>{" "}
        <input
          id={`${ids}-filter`}
          type="search"
          className="detente-input"
          value={query}
          placeholder={t("table.filterPlaceholder")}
          onChange={(event) => setQuery(event.target.value)}
          style={{ flex: "1 1 16rem" }}
        />
      </div>
      <p className="detente-muted" id={`${ids}-keys`}>
        {t("table.keys")}
      </p>
      <div
        className="detente-table-wrap"
        style={{ maxHeight: "min(70vh, 640px)" }}
        role="region"
        aria-labelledby={`${ids}-caption`}
        // Scrollable: it must be reachable from the keyboard to scroll it.
        tabIndex={0}
      >
        <table className="detente-table">
          <caption id={`${ids}-caption`} aria-live="polite">
            {shown.length === rows.length
              ? t("table.caption", captionValues)
              : t("table.captionFiltered", captionValues)}
          </caption>
          <thead>
            <tr>
              {EVENT_COLUMNS.map((column) => (
                <th
                  key={column}
                  scope="col"
                  aria-sort={sort.column === column ? sort.direction : undefined}
                  style={stickyHead}
                >
                  <button
                    type="button"
                    className="detente-sort-button"
                    style={sortButton}
                    onClick={() => sortBy(column)}
                  >
                    {t(COLUMN_LABELS[column])}
                    <span aria-hidden="true">
                      {sort.column === column
                        ? sort.direction === "ascending"
                          ? " ▲"
                          : " ▼"
                        : " ↕"}
                    </span>
                  </button>
                </th>
              ))}
            </tr>
          </thead>
          <tbody onKeyDown={onKeyDown}>
            {shown.map((row) => {
              const { event } = row;
              return (
                <tr
                  key={event.id}
                  data-event-id={event.id}
                  className={event.id === selectedId ? "detente-table-selected" : undefined}
                  style={event.id === selectedId ? selectedRow : undefined}
                >
                  <td>{eventDateLabel(event, lang)}</td>
                  <th scope="row" style={{ fontWeight: 400 }}>
                    <button
                      type="button"
                      className="detente-link-button detente-table-open"
                      aria-current={event.id === selectedId ? "true" : undefined}
                      aria-describedby={`${ids}-keys`}
                      onClick={() => store.getState().select(event.id)}
                    >
                      {event.source.title}
                    </button>
                  </th>
                  <td>{row.topics.join(", ")}</td>
                  <td>{row.actors.join(", ")}</td>
                  <td>
                    {row.initiator} → {row.target}
                  </td>
                  <td className="detente-table-number" style={numberCell}>
                    {formatScore(event.score)}
                  </td>
                  <td>{row.sources.join("; ")}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
        {shown.length === 0 && query.trim() !== "" ? (
          <p role="status">{t("table.none", { query: query.trim() })}</p>
        ) : null}
      </div>
    </div>
  );
}
