import type { Lane } from "../model/lanes.ts";
import { useT } from "../store/useT.ts";

/** Lane names sit in the top-left corner of each lane, so narrow screens lose no width to them. */
export function LaneLabels({
  lanes,
  top,
}: {
  readonly lanes: readonly Lane[];
  readonly top: (lane: number) => number;
}) {
  const t = useT();
  return (
    <ul className="detente-lane-labels" aria-hidden="true">
      {lanes.map((lane, i) => (
        <li key={lane.id} style={{ top: `${top(i)}px` }}>
          {lane.id === "other" ? t("lanes.other") : lane.label}
        </li>
      ))}
    </ul>
  );
}
