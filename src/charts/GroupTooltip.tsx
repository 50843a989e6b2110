/** The titles inside a group, on hover or focus, so a count badge never hides what it holds. */
import "../i18n/detailsWords.ts";
import { useT } from "../store/useT.ts";
import type { OpenGroup } from "./GroupList.tsx";

/** Titles shown before "+N more": enough to recognise a busy day without covering the chart. */
const MAX_TITLES = 6;

export function GroupTooltip({
  group,
  width,
}: {
  readonly group: OpenGroup;
  readonly width: number;
}) {
  const t = useT();
  const shown = group.events.slice(0, MAX_TITLES);
  const rest = group.events.length - shown.length;
  const flip = group.x > width - 240;
  const below = group.y < 90;
  return (
    <div
      className="detente-tooltip detente-group-tooltip"
      aria-hidden="true"
      data-flip={flip ? "" : undefined}
      data-below={below ? "" : undefined}
      style={{
        transform: `translate(${group.x.toFixed(0)}px, ${(below ? group.y + 14 : group.y - 14).toFixed(0)}px)`,
      }}
    >
      <strong>{group.label}</strong>
      <ul>
        {shown.map((event) => (
          <li key={event.id}>{event.source.title}</li>
        ))}
      </ul>
      {rest > 0 ? <span>{t("group.more", { count: rest })}</span> : null}
    </div>
  );
}
