/**
 * Signposts at the plot's edges for the events outside the window: "‹ 2 earlier" and
 * "3 later ›". Each opens the list of those events (the nearest first), so nothing the zoom
 * leaves out is a dead end: any event is two activations away from any view.
 */
import { useMemo } from "react";
import type { TimelineEvent } from "../model/events.ts";
import { edgeEvents } from "../model/edgeEvents.ts";
import { eventColumns } from "../model/eventColumns.ts";
import { formatUtcDay } from "../i18n/format.ts";
import type { Viewport } from "../model/viewport.ts";
import { useDetente } from "../store/context.tsx";
import { useT } from "../store/useT.ts";
import type { OpenGroup } from "./GroupList.tsx";

/** A list of 50,000 titles helps nobody: the nearest ones are listed, the count says the rest. */
const MAX_LISTED = 50;

interface Props {
  readonly events: readonly TimelineEvent[];
  readonly view: Viewport;
  readonly width: number;
  /** Vertical centre of the signposts, in plot pixels. */
  readonly y: number;
  readonly layout: unknown;
  readonly openKey: string | undefined;
  readonly onOpen: (group: OpenGroup | null) => void;
}

export function EdgeGroups({ events, view, width, y, layout, openKey, onOpen }: Props) {
  const t = useT();
  const lang = useDetente((s) => s.settings.lang);
  // One pass on settle (not per frame), and no sort: cheap even at a million events.
  const { before, after } = useMemo(
    () => edgeEvents(events, eventColumns(events).anchorMs, view, MAX_LISTED),
    [events, view],
  );

  const groupFor = (side: "before" | "after"): OpenGroup => {
    // Nearest to the window first: the latest of the earlier events, the earliest of the later.
    const { count, nearest, far } = side === "before" ? before : after;
    const edge = formatUtcDay(side === "before" ? view.from : view.to, lang);
    const span = view.to - view.from;
    return {
      layout,
      key: `edge-${side}`,
      events: nearest,
      label: t(side === "before" ? "edge.beforeLabel" : "edge.afterLabel", {
        count,
        date: edge,
      }),
      x: side === "before" ? 0 : width,
      y,
      zoomTo:
        far === undefined
          ? undefined
          : side === "before"
            ? { from: far.anchorMs - span * 0.05, to: view.to }
            : { from: view.from, to: far.anchorMs + span * 0.05 },
    };
  };

  const button = (side: "before" | "after") => {
    const { count } = side === "before" ? before : after;
    if (count === 0) return null;
    const group = groupFor(side);
    return (
      <button
        type="button"
        className="detente-edge"
        data-side={side}
        data-group-key={group.key}
        tabIndex={-1}
        aria-haspopup="dialog"
        aria-expanded={openKey === group.key}
        // The visible words come first in the name, as speech-input users say what they see.
        aria-label={`${t(side === "before" ? "edge.before" : "edge.after", { count })}: ${t("timeline.cluster", { label: group.label })}`}
        style={{ top: `${(y - 9).toFixed(0)}px` }}
        onClick={() => onOpen(openKey === group.key ? null : group)}
      >
        {side === "before" ? <span aria-hidden="true">‹ </span> : null}
        {t(side === "before" ? "edge.before" : "edge.after", { count })}
        {side === "after" ? <span aria-hidden="true"> ›</span> : null}
      </button>
    );
  };

  return (
    <>
      {button("before")}
      {button("after")}
    </>
  );
}
