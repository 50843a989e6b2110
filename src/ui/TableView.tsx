/**
 * "View as table": the events as a sortable table, and the daily tension values with each day's
 * events, as two tabs (the ARIA tabs pattern: ←/→, Home and End move between the tabs, which
 * select as they take focus). A lazy chunk: it loads when the reader first asks for the table.
 */
import { useId, useRef, useState, type KeyboardEvent } from "react";
import { publishingTranslator, type PublishingKey } from "../i18n/publishing.ts";
import { useDetente } from "../store/context.tsx";
import { EventTable } from "./EventTable.tsx";
import { HowComputed } from "./HowComputed.tsx";
import { TensionDailyTable } from "./TensionDailyTable.tsx";

type Tab = "events" | "tension";
const TABS: readonly Tab[] = ["events", "tension"];
const TAB_LABELS: Record<Tab, PublishingKey> = {
  events: "table.tab.events",
  tension: "table.tab.tension",
};

/** Days of tension listed one by one before the table falls back to months. */
const TABLE_VIEW_DAILY_LIMIT = 1100;

export default function TableView() {
  const t = publishingTranslator(useDetente((s) => s.settings.lang));
  const ids = useId();
  const [tab, setTab] = useState<Tab>("events");
  const tabRefs = useRef<Partial<Record<Tab, HTMLButtonElement | null>>>({});

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => {
    const at = TABS.indexOf(tab);
    const next =
      event.key === "ArrowRight"
        ? TABS[(at + 1) % TABS.length]
        : event.key === "ArrowLeft"
          ? TABS[(at - 1 + TABS.length) % TABS.length]
          : event.key === "Home"
            ? TABS[0]
            : event.key === "End"
              ? TABS[TABS.length - 1]
              : undefined;
    if (next === undefined) return;
    event.preventDefault();
    setTab(next);
    tabRefs.current[next]?.focus();
  };

  return (
    <div className="detente-table-view">
      <div
        role="tablist"
        aria-label={t("table.tabs")}
        className="detente-tabs"
        onKeyDown={onKeyDown}
        style={{
          display: "flex",
          gap: "4px",
          marginBottom: "8px",
          borderBottom: "1px solid var(--detente-border)",
        }}
      >
        {TABS.map((candidate) => (
          <button
            key={candidate}
            ref={(element) => {
              tabRefs.current[candidate] = element;
            }}
            type="button"
            role="tab"
            id={`${ids}-tab-${candidate}`}
            aria-selected={tab === candidate}
            aria-controls={`${ids}-panel-${candidate}`}
            tabIndex={tab === candidate ? 0 : -1}
            className="detente-button detente-tab"
            onClick={() => setTab(candidate)}
            style={
              tab === candidate
                ? { fontWeight: 700, borderBottom: "3px solid var(--detente-focus)" }
                : undefined
            }
          >
            {t(TAB_LABELS[candidate])}
          </button>
        ))}
      </div>
      {TABS.map((candidate) => (
        <div
          key={candidate}
          role="tabpanel"
          id={`${ids}-panel-${candidate}`}
          aria-labelledby={`${ids}-tab-${candidate}`}
          hidden={tab !== candidate}
          className="detente-tab-panel"
        >
          {tab !== candidate ? null : candidate === "events" ? (
            <EventTable />
          ) : (
            <>
              <TensionDailyTable dailyLimit={TABLE_VIEW_DAILY_LIMIT} eventDaysOption />
              <HowComputed />
            </>
          )}
        </div>
      ))}
    </div>
  );
}
