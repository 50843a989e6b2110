/**
 * The events of a group, as a list the reader can open them from: a popover anchored to the
 * group on wide charts, a bottom sheet on narrow ones. No group is a dead end: events of the
 * same day, which no zoom can separate, are one activation away here.
 */
import "../i18n/detailsWords.ts";
import { useEffect, useId, useRef, type KeyboardEvent } from "react";
import type { TimelineEvent } from "../model/events.ts";
import { useDetente, useDetenteStore } from "../store/context.tsx";
import { eventDateLabel } from "../i18n/eventText.ts";
import { toneOf } from "../model/tone.ts";
import { useT } from "../store/useT.ts";

export interface OpenGroup {
  /** The layout the group belongs to: another zoom, another grouping. */
  readonly layout: unknown;
  /** Identifies the group button, to give it the focus back. */
  readonly key: string;
  readonly events: readonly TimelineEvent[];
  /** "3 events on 26 January 2025". */
  readonly label: string;
  /** Anchor in plot pixels. */
  readonly x: number;
  readonly y: number;
  /** Set when zooming would separate the events: the list then offers it first. */
  readonly zoomTo?: { readonly from: number; readonly to: number } | undefined;
}

interface Props {
  readonly group: OpenGroup;
  readonly chartWidth: number;
  /** Bottom sheet instead of popover (narrow charts). */
  readonly sheet: boolean;
  readonly onClose: (returnFocus: boolean) => void;
}

const SYMBOL = { conflict: "▼", cooperation: "●", neutral: "■" } as const;
const POPOVER_WIDTH = 300;

export function GroupList({ group, chartWidth, sheet, onClose }: Props) {
  const t = useT();
  const store = useDetenteStore();
  const lang = useDetente((s) => s.settings.lang);
  const titleId = useId();
  const ref = useRef<HTMLDivElement>(null);

  // The first item takes the focus, so Tab and the arrow keys walk the list.
  useEffect(() => {
    ref.current
      ?.querySelector<HTMLElement>(".detente-group-zoom, .detente-group-item")
      ?.focus({ preventScroll: !sheet });
  }, [group.key, sheet]);

  // The list sits inside the zoomable plot: its presses, swipes and wheel scroll the list,
  // never pan or zoom the chart under it (d3-zoom listens on the plot).
  useEffect(() => {
    const node = ref.current;
    if (!node) return;
    const stop = (event: Event): void => event.stopPropagation();
    const types = ["mousedown", "touchstart", "touchmove", "touchend", "wheel", "dblclick"];
    for (const type of types) node.addEventListener(type, stop, { passive: true });
    return () => {
      for (const type of types) node.removeEventListener(type, stop);
    };
  }, []);

  // A press outside closes the list (the focus stays where the reader put it).
  useEffect(() => {
    const node = ref.current;
    if (!node) return;
    const root = node.getRootNode() as Document | ShadowRoot;
    const onPointerDown = (event: Event): void => {
      const path = event.composedPath();
      if (path.includes(node)) return;
      // The group's own button toggles the list itself.
      const groupButton = path.find(
        (target) => target instanceof HTMLElement && target.dataset["groupKey"] === group.key,
      );
      if (!groupButton) onClose(false);
    };
    root.addEventListener("pointerdown", onPointerDown, true);
    return () => root.removeEventListener("pointerdown", onPointerDown, true);
  }, [group.key, onClose]);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => {
    if (event.key === "Escape") {
      event.preventDefault();
      event.stopPropagation();
      onClose(true);
      return;
    }
    if (event.key !== "ArrowDown" && event.key !== "ArrowUp") return;
    const buttons = [
      ...(ref.current?.querySelectorAll<HTMLElement>(".detente-group-zoom, .detente-group-item") ??
        []),
    ];
    const at = buttons.indexOf(event.target as HTMLElement);
    if (at < 0) return;
    event.preventDefault();
    const next = event.key === "ArrowDown" ? at + 1 : at - 1;
    buttons[(next + buttons.length) % buttons.length]?.focus();
  };

  const left = Math.min(Math.max(group.x - POPOVER_WIDTH / 2, 0), chartWidth - POPOVER_WIDTH);
  return (
    <div
      ref={ref}
      className={sheet ? "detente-group-list detente-sheet" : "detente-group-list"}
      role="dialog"
      aria-labelledby={titleId}
      // Groups in the lower lanes open their list upwards, over the chart rather than past it.
      data-above={!sheet && group.y > 160 ? "" : undefined}
      onKeyDown={onKeyDown}
      style={
        sheet
          ? undefined
          : {
              transform: `translate(${Math.max(left, 0).toFixed(0)}px, ${(group.y + 16).toFixed(0)}px)`,
            }
      }
    >
      <div className="detente-group-list-header">
        <h3 id={titleId}>{group.label}</h3>
        <button
          type="button"
          className="detente-button"
          aria-label={t("group.close")}
          title={t("group.close")}
          onClick={() => onClose(true)}
        >
          ×
        </button>
      </div>
      {group.zoomTo ? (
        <button
          type="button"
          className="detente-button detente-text-button detente-group-zoom"
          onClick={() => {
            if (group.zoomTo) store.getState().animateViewport(group.zoomTo);
            onClose(false);
          }}
        >
          {t("group.zoom")}
        </button>
      ) : null}
      <ul>
        {group.events.map((event) => {
          const tone = toneOf(event.score);
          return (
            <li key={event.id}>
              <button
                type="button"
                className="detente-group-item"
                data-event-id={event.id}
                onClick={() => {
                  store.getState().select(event.id, "mark");
                  onClose(false);
                }}
              >
                <span className="detente-group-symbol" data-tone={tone} aria-hidden="true">
                  {SYMBOL[tone]}
                </span>
                <span className="detente-group-text">
                  <span className="detente-group-title">{event.source.title}</span>
                  <span className="detente-group-date">{eventDateLabel(event, lang)}</span>
                </span>
              </button>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
