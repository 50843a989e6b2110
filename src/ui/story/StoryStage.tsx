/**
 * The story as a presentation: the timeline and the current step side by side on wide screens,
 * stacked on phones, both on one screen (detente.css, "story"). Page chrome, filters, the
 * tension chart and the list step aside while it is open. Previous/Next, ←/→ anywhere on the
 * page (outside text fields), a horizontal swipe over the step, and an optional autoplay move
 * between steps. Loaded on demand: a first view never draws it.
 */
import { useEffect, useId, useRef, useState, type TouchEvent } from "react";
import { MAX_ANIMATION_MS } from "../../store/createDetenteStore.ts";
import { findMark } from "../../charts/findMark.ts";
import { Timeline } from "../../charts/Timeline.tsx";
import { TensionChart } from "../../charts/TensionChart.tsx";
import { eraEnteredAt, storyWindow, swipeStep } from "../../model/story.ts";
import { useDetente, useDetenteStore } from "../../store/context.tsx";
import { useT } from "../../store/useT.ts";
import { DetailsPanel } from "../DetailsPanel.tsx";
import { EraCard } from "./EraCard.tsx";
import { OpeningSlide } from "./OpeningSlide.tsx";
import { StoryNav } from "./StoryNav.tsx";
import { useStory } from "./useStory.ts";

/** Typing in these must never turn a page. */
function isTextEntry(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return (
    target.isContentEditable ||
    target instanceof HTMLInputElement ||
    target instanceof HTMLTextAreaElement ||
    target instanceof HTMLSelectElement
  );
}

/** Scrolls the chart's own box (never the page) so the step's mark, or its group, is in view. */
function revealMark(chart: HTMLElement, id: string): void {
  const mark =
    findMark(chart, id) ??
    chart.querySelector<HTMLElement>(".detente-cluster[data-holds-selected]");
  if (!mark) return;
  const box = chart.getBoundingClientRect();
  const rect = mark.getBoundingClientRect();
  if (rect.top >= box.top + 8 && rect.bottom <= box.bottom - 8) return;
  chart.scrollTop += rect.top - box.top - (box.height - rect.height) / 2;
}

export function StoryStage({
  now,
  tension,
}: {
  readonly now?: number | undefined;
  /** The tension chart under the timeline (scrolled to in the chart's box on small screens). */
  readonly tension: boolean;
}) {
  const t = useT();
  const ids = useId();
  const store = useDetenteStore();
  const { events, step, total, go, event } = useStory();
  const eras = useDetente((s) => s.dataset.eras);
  const era = eraEnteredAt(events, step, eras ?? []);
  const chartRef = useRef<HTMLDivElement>(null);
  const stepRef = useRef<HTMLDivElement>(null);
  const touch = useRef<{ x: number; y: number; at: number } | null>(null);
  const [playing, setPlaying] = useState(false);

  useEffect(() => {
    // Opened from a link at an event: the chart starts around it, not on the opening window.
    const state = store.getState();
    const selected = events.find((e) => e.id === state.selectedId);
    if (selected) state.setViewport(storyWindow(selected));
    // The step is what a keyboard or screen reader user meets first.
    stepRef.current?.querySelector<HTMLElement>("h2")?.focus({ preventScroll: true });
    // Only when the story opens: later steps move the chart themselves.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [store]);

  const eventId = event?.id;
  useEffect(() => {
    const chart = chartRef.current;
    if (!chart || eventId === undefined) return;
    // Once now (a jump) and once the glide has settled and the marks have been placed again.
    revealMark(chart, eventId);
    const timer = setTimeout(() => revealMark(chart, eventId), MAX_ANIMATION_MS + 250);
    stepRef.current?.scrollTo?.({ top: 0 });
    return () => clearTimeout(timer);
  }, [eventId]);

  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent): void => {
      if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey || isTextEntry(e.target)) return;
      if (e.key !== "ArrowRight" && e.key !== "ArrowLeft") return;
      e.preventDefault();
      setPlaying(false);
      go(e.key === "ArrowRight" ? 1 : -1);
    };
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, [go]);

  const onTouchStart = (e: TouchEvent<HTMLElement>): void => {
    const point = e.touches[0];
    touch.current =
      point && e.touches.length === 1
        ? { x: point.clientX, y: point.clientY, at: e.timeStamp }
        : null;
  };
  const onTouchEnd = (e: TouchEvent<HTMLElement>): void => {
    const start = touch.current;
    const point = e.changedTouches[0];
    touch.current = null;
    if (!start || !point) return;
    const delta = swipeStep(
      point.clientX - start.x,
      point.clientY - start.y,
      e.timeStamp - start.at,
    );
    if (delta === 0) return;
    setPlaying(false);
    go(delta);
  };

  const titleId = `${ids}-step-title`;
  return (
    <section className="detente-story-stage" aria-label={t("story.presentation")}>
      <div className="detente-story-chart" ref={chartRef}>
        <Timeline {...(now === undefined ? {} : { now })} />
        {tension ? <TensionChart /> : null}
      </div>
      <div
        className="detente-story-step"
        ref={stepRef}
        aria-labelledby={titleId}
        role="region"
        onTouchStart={onTouchStart}
        onTouchEnd={onTouchEnd}
      >
        {event ? (
          <>
            {era ? <EraCard era={era} /> : null}
            <DetailsPanel titleId={titleId} closable={false} />
          </>
        ) : (
          <OpeningSlide events={events} titleId={titleId} onBegin={() => go(1)} />
        )}
      </div>
      <StoryNav
        step={step}
        total={total}
        go={go}
        playing={playing}
        setPlaying={setPlaying}
        onExit={() => store.getState().setSettings({ story: false })}
      />
    </section>
  );
}
