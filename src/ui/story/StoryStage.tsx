/**
 * The story as a presentation: the timeline and the current step side by side on wide screens,
 * stacked on phones, both on one screen (detente.css, "story"). Page chrome, filters and the
 * list step aside while it is open. Previous/Next, ←/→ anywhere on the page (outside text
 * fields), a horizontal swipe over the step, and an optional autoplay move between steps.
 * Loaded on demand with StoryHost.tsx, which gives it the charts and the details: a first view
 * never draws it.
 */
import "../../i18n/storyStageWords.ts";
import { useEffect, useRef, useState, type ReactNode, type TouchEvent } from "react";
import type { TimelineEvent } from "../../model/events.ts";
import type { Era } from "../../model/schema.ts";
import { useDetente } from "../../store/context.tsx";
import { useT } from "../../store/useT.ts";
import { EraCard } from "./EraCard.tsx";
import { OpeningSlide } from "./OpeningSlide.tsx";
import { StoryNav } from "./StoryNav.tsx";

/** Longer than the longest viewport glide (600 ms) and the marks' settling after it. */
const GLIDE_SETTLED_MS = 850;

/** A horizontal swipe: far enough, mostly sideways and quick. Left = next, right = previous. */
export function swipeStep(dx: number, dy: number, ms: number): -1 | 0 | 1 {
  if (Math.abs(dx) < 50 || Math.abs(dx) < 2 * Math.abs(dy) || ms > 800) return 0;
  return dx < 0 ? 1 : -1;
}

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
  // Ids are slugs (schema.ts): safe inside a quoted attribute selector.
  const mark =
    chart.querySelector<HTMLElement>(`.detente-mark[data-event-id="${id}"]`) ??
    chart.querySelector<HTMLElement>(".detente-cluster[data-holds-selected]");
  if (!mark) return;
  const box = chart.getBoundingClientRect();
  const rect = mark.getBoundingClientRect();
  if (rect.top >= box.top + 8 && rect.bottom <= box.bottom - 8) return;
  chart.scrollTop += rect.top - box.top - (box.height - rect.height) / 2;
}

export interface StoryStageProps {
  readonly events: readonly TimelineEvent[];
  readonly step: number;
  readonly total: number;
  readonly eventId: string | undefined;
  readonly go: (delta: number) => void;
  readonly titleId: string;
  readonly headingLevel: 1 | 2 | 3;
  /** The era the story enters at this step, introduced above the event. */
  readonly era: Era | undefined;
  readonly chart: ReactNode;
  readonly details: ReactNode;
  /** Once, when the story opens. */
  readonly onOpen: () => void;
  readonly onExit: () => void;
}

export function StoryStage(props: StoryStageProps) {
  const { events, step, total, eventId, go, titleId, era, onOpen } = props;
  const t = useT();
  const title = useDetente((s) => s.dataset.title);
  const Heading = `h${props.headingLevel}` as "h1" | "h2" | "h3";
  const chartRef = useRef<HTMLDivElement>(null);
  const stepRef = useRef<HTMLDivElement>(null);
  const touch = useRef<{ x: number; y: number; at: number } | null>(null);
  const [playing, setPlaying] = useState(false);

  useEffect(() => {
    onOpen();
    // The step is what a keyboard or screen reader user meets first.
    stepRef.current?.querySelector<HTMLElement>("h2")?.focus({ preventScroll: true });
    // Only when the story opens: later steps move the chart themselves.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    const chart = chartRef.current;
    if (!chart || eventId === undefined) return;
    // Once now (a jump) and once the glide has settled and the marks have been placed again.
    revealMark(chart, eventId);
    const timer = setTimeout(() => revealMark(chart, eventId), GLIDE_SETTLED_MS);
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

  return (
    <section className="detente-story-stage" aria-label={t("story.presentation")}>
      {/* The page's outline keeps the dataset's title while the story hides the header. */}
      <Heading className="detente-visually-hidden">{title}</Heading>
      <div className="detente-story-chart" ref={chartRef}>
        {props.chart}
      </div>
      <div
        className="detente-story-step"
        ref={stepRef}
        aria-labelledby={titleId}
        role="region"
        onTouchStart={onTouchStart}
        onTouchEnd={onTouchEnd}
      >
        {eventId !== undefined ? (
          <>
            {era ? <EraCard era={era} /> : null}
            {props.details}
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
        onExit={props.onExit}
      />
    </section>
  );
}
