/** One Détente instance's interface, inside its own store provider. */
import { lazy, Suspense, useEffect, useId, type KeyboardEvent } from "react";
import { Overview } from "../charts/Overview.tsx";
import { TensionChart } from "../charts/TensionChart.tsx";
import { Timeline } from "../charts/Timeline.tsx";
import { DatasetHeader } from "./DatasetHeader.tsx";
import { ToolbarMenu } from "./ToolbarMenu.tsx";
import { FilterPanel } from "./FilterPanel.tsx";
import { FilterStatus } from "./FilterStatus.tsx";
import { HowComputed } from "./HowComputed.tsx";
import { SearchBox } from "./SearchBox.tsx";
import { StoryMode } from "./StoryMode.tsx";
import { loadStory } from "./story/loadStory.ts";
import { TensionSettings } from "./TensionSettings.tsx";
import { TensionTable } from "./TensionTable.tsx";
import { useDetente, useDetenteStore } from "../store/context.tsx";
import { DetailsPanel } from "./DetailsPanelSoon.tsx";
import { DetailsPlaceholder } from "./DetailsPlaceholder.tsx";
import { EventList } from "./EventList.tsx";
import { Corrections } from "./Corrections.tsx";
import { findMark } from "../charts/findMark.ts";
import { ImportArea, useImportDrop } from "./OpenData.tsx";
import { useT } from "../store/useT.ts";

/** Which parts an instance shows; embeds turn chrome off. Everything is on by default. */
// The table view loads when first asked for: the first screen draws the charts.
const TableView = lazy(() => import("./TableView.tsx"));
// The story (its controller and its presentation) loads when it is first opened.
const StoryHost = lazy(() => loadStory().then((module) => ({ default: module.StoryHost })));

export interface DetenteFeatures {
  /** Title, parties and description. */
  readonly header: boolean;
  /** Language, theme and export. */
  readonly toolbar: boolean;
  /**
   * Copy link and Embed: both describe this page's own URL, which is right for the app and its
   * embed page but not for a component inside someone else's page.
   */
  readonly share: boolean;
  /** Search, story mode, table switch, filters. */
  readonly explore: boolean;
  readonly tension: boolean;
  readonly overview: boolean;
  /** Tension settings, daily table and the explanation. */
  readonly tensionExtras: boolean;
  readonly details: boolean;
  /** The event list under the charts (the charts' text alternative). */
  readonly list: boolean;
}

export const ALL_FEATURES: DetenteFeatures = {
  header: true,
  toolbar: true,
  share: true,
  explore: true,
  tension: true,
  overview: true,
  tensionExtras: true,
  details: true,
  list: true,
};

export interface DetenteViewProps {
  readonly now?: number;
  readonly features?: Partial<DetenteFeatures>;
  /** Heading level of the dataset title: 1 on its own page, lower inside a host's document. */
  readonly headingLevel?: 1 | 2 | 3;
  readonly className?: string;
}

export function DetenteView({ now, features, headingLevel = 1, className }: DetenteViewProps) {
  const show: DetenteFeatures = { ...ALL_FEATURES, ...features };
  const t = useT();
  const ids = useId();
  const store = useDetenteStore();
  const theme = useDetente((s) => s.settings.theme);
  const lang = useDetente((s) => s.settings.lang);
  const view = useDetente((s) => s.settings.view);
  const hasSelection = useDetente((s) => s.selectedId !== null);
  const story = useDetente((s) => s.settings.story);

  useEffect(() => {
    const media = window.matchMedia?.("(prefers-reduced-motion: reduce)");
    if (!media) return;
    const apply = (): void => store.getState().setSettings({ reducedMotion: media.matches });
    apply();
    media.addEventListener?.("change", apply);
    return () => media.removeEventListener?.("change", apply);
  }, [store]);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => {
    if (event.key !== "Escape") return;
    const { selectedId } = store.getState();
    if (selectedId === null) return;
    event.preventDefault();
    store.getState().select(null);
    // Return focus to the mark that opened the details.
    const mark = findMark(event.currentTarget, selectedId);
    mark?.focus({ preventScroll: true });
  };

  // Files dropped anywhere on the instance open there (only where the app provides importing).
  const drop = useImportDrop();

  if (story) {
    // The story is a presentation: the timeline and the step fill the screen together.
    return (
      <div
        className={className ? `detente ${className}` : "detente"}
        data-theme={theme}
        data-story=""
        lang={lang}
      >
        <Suspense fallback={null}>
          <StoryHost now={now} tension={show.tension} headingLevel={headingLevel} />
        </Suspense>
      </div>
    );
  }

  return (
    <div
      className={className ? `detente ${className}` : "detente"}
      data-theme={theme}
      lang={lang}
      onKeyDown={onKeyDown}
      {...drop}
    >
      {show.header || show.toolbar ? (
        <header className="detente-header">
          {show.header ? <DatasetHeader headingLevel={headingLevel} /> : null}
          {show.toolbar ? <ToolbarMenu share={show.share} /> : null}
        </header>
      ) : null}
      <ImportArea />
      {show.explore ? (
        <>
          <div className="detente-explore">
            <SearchBox />
            <div className="detente-explore-actions">
              <StoryMode />
              <button
                type="button"
                className="detente-button detente-text-button"
                aria-pressed={view === "table"}
                onClick={() =>
                  store.getState().setSettings({ view: view === "table" ? "charts" : "table" })
                }
              >
                {t("table.view")}
              </button>
            </div>
            {/* In the same row while closed (one line of chrome less above the chart). */}
            <FilterPanel />
          </div>
        </>
      ) : null}
      <FilterStatus />
      <div className="detente-main" data-details={show.details ? "" : undefined}>
        {view === "charts" ? (
          <div className="detente-charts">
            <Timeline {...(now === undefined ? {} : { now })} />
            {show.tension ? <TensionChart /> : null}
            {show.overview ? <Overview /> : null}
            {show.tensionExtras ? (
              <div className="detente-tension-extras">
                <TensionSettings />
                <TensionTable />
                <HowComputed />
              </div>
            ) : null}
          </div>
        ) : (
          <div className="detente-charts">
            <Suspense fallback={<p className="detente-muted">{t("table.loading")}</p>}>
              <TableView />
            </Suspense>
          </div>
        )}
        {show.details ? (
          <div className="detente-details-rail">
            <DetailsPanel titleId={`${ids}-details-title`} />
            {hasSelection ? null : <DetailsPlaceholder />}
          </div>
        ) : null}
      </div>
      {show.list ? (
        <section className="detente-list-section" aria-labelledby={`${ids}-list`}>
          <h2 id={`${ids}-list`}>{t("list.heading")}</h2>
          <EventList headingId={`${ids}-list`} />
        </section>
      ) : null}
      {show.list ? <Corrections headingId={`${ids}-corrections`} /> : null}
    </div>
  );
}
