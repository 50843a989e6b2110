import { LANE_GROUPINGS, type LaneGrouping } from "../model/lanes.ts";
import { useDetente, useDetenteStore } from "../store/context.tsx";
import { useT } from "../store/useT.ts";
import { useId } from "react";

export function ZoomControls() {
  const t = useT();
  const store = useDetenteStore();
  const lanes = useDetente((s) => s.settings.lanes);
  const selectId = useId();
  return (
    <div className="detente-controls">
      <button
        type="button"
        className="detente-button"
        aria-label={t("timeline.zoomIn")}
        title={t("timeline.zoomIn")}
        onClick={() => store.getState().zoomBy(2)}
      >
        +
      </button>
      <button
        type="button"
        className="detente-button"
        aria-label={t("timeline.zoomOut")}
        title={t("timeline.zoomOut")}
        onClick={() => store.getState().zoomBy(0.5)}
      >
        −
      </button>
      <button
        type="button"
        className="detente-button"
        aria-label={t("timeline.reset")}
        title={t("timeline.reset")}
        onClick={() => store.getState().resetViewport()}
      >
        ⟲
      </button>
      <button
        type="button"
        className="detente-button detente-text-button"
        onClick={() => store.getState().showAll()}
      >
        {t("timeline.showAll")}
      </button>
      <label htmlFor={selectId} className="detente-control-label">
        {t("timeline.lanes")}
      </label>
      <select
        id={selectId}
        className="detente-select"
        value={lanes}
        onChange={(event) =>
          store.getState().setSettings({ lanes: event.target.value as LaneGrouping })
        }
      >
        {LANE_GROUPINGS.map((grouping) => (
          <option key={grouping} value={grouping}>
            {t(`lanes.${grouping}`)}
          </option>
        ))}
      </select>
    </div>
  );
}
