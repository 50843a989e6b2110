import { useId } from "react";
import { useDetente } from "../store/context.tsx";
import { useT } from "../store/useT.ts";

export const HALF_LIFE_CHOICES = [14, 30, 45, 90, 180] as const;

/** Half-life, uncertainty and scope of the tension line; the chart recomputes on change. */
export function TensionSettings() {
  const t = useT();
  const ids = useId();
  const settings = useDetente((s) => s.settings);
  const setSettings = useDetente((s) => s.setSettings);
  const choices: readonly number[] = HALF_LIFE_CHOICES.includes(
    settings.halfLife as (typeof HALF_LIFE_CHOICES)[number],
  )
    ? HALF_LIFE_CHOICES
    : [...HALF_LIFE_CHOICES, settings.halfLife].sort((a, b) => a - b);
  return (
    <fieldset className="detente-settings">
      <legend>{t("tension.settings")}</legend>
      <label htmlFor={`${ids}-hl`}>{t("tension.halfLife")}</label>
      <select
        id={`${ids}-hl`}
        className="detente-select"
        value={settings.halfLife}
        onChange={(event) => setSettings({ halfLife: Number(event.target.value) })}
      >
        {choices.map((days) => (
          <option key={days} value={days}>
            {t("tension.days", { days })}
          </option>
        ))}
      </select>
      <label className="detente-check">
        <input
          type="checkbox"
          checked={settings.showUncertainty}
          onChange={(event) => setSettings({ showUncertainty: event.target.checked })}
        />
        {t("tension.showUncertainty")}
      </label>
      <label htmlFor={`${ids}-scope`}>{t("tension.scope")}</label>
      <select
        id={`${ids}-scope`}
        className="detente-select"
        value={settings.tensionScope}
        onChange={(event) =>
          setSettings({ tensionScope: event.target.value === "filtered" ? "filtered" : "all" })
        }
      >
        <option value="all">{t("tension.scope.all")}</option>
        <option value="filtered">{t("tension.scope.filtered")}</option>
      </select>
    </fieldset>
  );
}
