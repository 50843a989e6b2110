/**
 * A labelled group of toggle buttons (aria-pressed) with "All" and "None". `selected === null`
 * means no filter (everything on); an empty array means nothing selected.
 */
import "../i18n/filterPanelWords.ts";
import { useId, type ReactNode } from "react";
import { keepAllBut, keepTest, leftOut } from "../model/filters.ts";
import { useT } from "../store/useT.ts";

export interface ToggleOption {
  readonly id: string;
  readonly label: string;
  readonly count?: number;
}

interface Props {
  readonly label: string;
  readonly options: readonly ToggleOption[];
  readonly selected: readonly string[] | null;
  readonly onChange: (selected: readonly string[] | null) => void;
  /**
   * Every id that "no filter" stands for, when the chips show only some of them (the most
   * frequent of a long list); by default the options' ids.
   */
  readonly all?: readonly string[];
  /** Drawn after the chips: a long list's "Show all". */
  readonly children?: ReactNode;
}

/**
 * The next selection after toggling `id`; everything on again is "no filter" (null). Turning
 * off a few of everything gives a list that remembers the few (model/filters.ts keepAllBut), so
 * one topic off among 50,000 is not a set of 49,999 to build.
 */
export function toggledSelection(
  selected: readonly string[] | null,
  all: readonly string[],
  id: string,
): readonly string[] | null {
  const left = selected === null ? new Set<string>() : leftOut(selected);
  if (left) {
    const nextLeft = new Set(left);
    if (nextLeft.has(id)) nextLeft.delete(id);
    else nextLeft.add(id);
    return nextLeft.size === 0 ? null : keepAllBut(all, nextLeft);
  }
  const current = selected ?? all;
  const next = current.includes(id) ? current.filter((x) => x !== id) : [...current, id];
  // Everything on again is the same as no filter: keep the state (and the URL) canonical.
  return next.length === all.length ? null : next;
}

export function ToggleGroup({ label, options, selected, onChange, all, children }: Props) {
  const t = useT();
  const labelId = useId();
  // The filter's own set of the list (model/filters.ts), not another one per toggle.
  const on = selected === null ? null : keepTest(selected);
  const isOn = (id: string): boolean => on === null || on.has(id);
  const toggle = (id: string): void =>
    onChange(toggledSelection(selected, all ?? options.map((o) => o.id), id));
  return (
    <div className="detente-toggle-group" role="group" aria-labelledby={labelId}>
      <span id={labelId} className="detente-toggle-label">
        {label}
      </span>
      <button type="button" className="detente-chip-action" onClick={() => onChange(null)}>
        {t("filters.all")}
      </button>
      <button type="button" className="detente-chip-action" onClick={() => onChange([])}>
        {t("filters.none")}
      </button>
      <ul className="detente-chips">
        {options.map((option) => (
          <li key={option.id}>
            {/* The button's text is exactly the label (its accessible name); the count describes it. */}
            <button
              type="button"
              className="detente-chip"
              aria-pressed={isOn(option.id)}
              aria-describedby={option.count === undefined ? undefined : `${labelId}-${option.id}`}
              onClick={() => toggle(option.id)}
            >
              {option.label}
            </button>
            {option.count === undefined ? null : (
              <span id={`${labelId}-${option.id}`} className="detente-chip-count">
                {t("filters.count", { count: option.count })}
              </span>
            )}
          </li>
        ))}
      </ul>
      {children}
    </div>
  );
}
