/**
 * The eras as buttons over their bands in the era row: activating one zooms to that period.
 * The canvas draws the band and its label; these carry the name, the click and the focus.
 */
import type { Viewport } from "../model/viewport.ts";
import { formatWindow } from "../i18n/format.ts";
import { useDetente, useDetenteStore } from "../store/context.tsx";
import { useT } from "../store/useT.ts";
import type { EraSpan } from "../scene/timelineScene.ts";
import { ERA_ROW, msToX } from "../scene/geometry.ts";

interface Props {
  readonly eras: readonly EraSpan[];
  readonly view: Viewport;
  readonly width: number;
}

/** An era narrower than this on screen is left to the keyboard list rather than a sliver. */
const MIN_BUTTON_PX = 16;

export function EraButtons({ eras, view, width }: Props) {
  const t = useT();
  const store = useDetenteStore();
  const lang = useDetente((s) => s.settings.lang);
  if (width <= 0) return null;
  return (
    <div className="detente-eras" role="group" aria-label={t("timeline.eras")}>
      {eras.map((era) => {
        const x0 = Math.max(msToX(era.fromMs, view.from, view.to, width), 0);
        const x1 = Math.min(msToX(era.toMs, view.from, view.to, width), width);
        const visible = x1 - x0 >= MIN_BUTTON_PX;
        const range = formatWindow({ from: era.fromMs, to: era.toMs }, lang);
        return (
          <button
            key={`${era.label}-${era.fromMs}`}
            type="button"
            className="detente-era"
            data-offscreen={visible ? undefined : ""}
            // Out of view, an era is reached with Show all rather than an invisible tab stop.
            tabIndex={visible ? 0 : -1}
            aria-label={t("timeline.era", { label: era.label, range })}
            style={{
              transform: `translateX(${x0.toFixed(1)}px)`,
              width: `${Math.max(x1 - x0, 0).toFixed(1)}px`,
              height: `${ERA_ROW}px`,
            }}
            onClick={() => {
              // A little air either side, so the era's first and last events are not on the edge.
              const pad = (era.toMs - era.fromMs) * 0.03;
              store.getState().animateViewport({ from: era.fromMs - pad, to: era.toMs + pad });
            }}
          />
        );
      })}
    </div>
  );
}
