import type { Viewport } from "../model/viewport.ts";
import { useDetente } from "../store/context.tsx";
import { selectEventById, selectLayoutEngine, selectShownEvents } from "../store/selectors.ts";
import { eventDateLabel } from "../i18n/eventText.ts";
import { useT } from "../store/useT.ts";
import { laneGeometry, markY, msToX } from "../scene/geometry.ts";

/** Title and date of the hovered or focused mark. Everything it says is also in the list and details. */
export function Tooltip({
  view,
  width,
  id,
}: {
  readonly view: Viewport;
  readonly width: number;
  readonly id: string;
}) {
  const hoveredId = useDetente((s) => s.hoveredId);
  const event = useDetente((s) => selectEventById(s, hoveredId));
  const events = useDetente(selectShownEvents);
  const engine = useDetente(selectLayoutEngine);
  const lang = useDetente((s) => s.settings.lang);
  const t = useT();
  if (!event) return null;
  const index = events.indexOf(event);
  if (index < 0) return null;
  const x = Math.min(Math.max(msToX(event.anchorMs, view.from, view.to, width), 0), width);
  const { lane, row } = engine.placement(index, view, width);
  const y = markY(laneGeometry(engine.rowCounts(view, width)), lane, row);
  const flip = x > width - 220;
  // Near the top the tooltip would be clipped by the plot: show it below the mark instead.
  const below = y < 90;
  return (
    <div
      id={id}
      role="tooltip"
      className="detente-tooltip"
      data-flip={flip ? "" : undefined}
      data-below={below ? "" : undefined}
      style={{
        transform: `translate(${x.toFixed(0)}px, ${(below ? y + 14 : y - 14).toFixed(0)}px)`,
      }}
    >
      <strong>{event.source.title}</strong>
      <span>
        {eventDateLabel(event, lang)}
        {event.context ? ` · ${t("context.tag")}` : ""}
      </span>
    </div>
  );
}
