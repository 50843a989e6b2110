/**
 * Every topic (or actor) of a long list, most frequent first, with a search box: a virtualised
 * multi-select listbox. Only the rows in sight (and a few either side) are in the document, so
 * 50,000 options cost a few dozen elements; a keystroke filters labels folded once, in a pass
 * that takes milliseconds.
 *
 * Keyboard: from the search box, ↓ enters the list; in the list ↑ ↓ Page Up/Down Home End move,
 * Space or Enter turns the option on or off. Touch and mouse: scroll, tap to turn on or off.
 */
import "../i18n/filterPanelWords.ts";
import { useMemo, useRef, useState, type KeyboardEvent } from "react";
import { useDetente } from "../store/context.tsx";
import { searchFacet, type FacetRanking } from "../store/facetSelectors.ts";
import { keepTest } from "../model/filters.ts";
import { useT } from "../store/useT.ts";
import { toggledSelection } from "./ToggleGroup.tsx";

/** Row height in CSS pixels (a comfortable touch target) and rows in sight. */
export const ROW_PX = 36;
const ROWS_SHOWN = 8;
const OVERSCAN = 4;

interface Props {
  readonly id: string;
  /** "Topics" or "Actors". */
  readonly group: string;
  readonly ranking: FacetRanking;
  readonly counts: ReadonlyMap<string, number>;
  readonly selected: readonly string[] | null;
  readonly onChange: (selected: readonly string[] | null) => void;
}

export default function FacetList({ id, group, ranking, counts, selected, onChange }: Props) {
  const t = useT();
  const lang = useDetente((s) => s.settings.lang);
  const listRef = useRef<HTMLDivElement>(null);
  const [query, setQuery] = useState("");
  const [scrollTop, setScrollTop] = useState(0);
  const [active, setActive] = useState(0);
  const matches = useMemo(() => searchFacet(ranking, query), [ranking, query]);
  // The filter's own set of the list (model/filters.ts), not another one per toggle.
  const on = selected === null ? null : keepTest(selected);
  const number = new Intl.NumberFormat(lang);

  const viewHeight = ROWS_SHOWN * ROW_PX;
  const first = Math.max(0, Math.floor(scrollTop / ROW_PX) - OVERSCAN);
  const last = Math.min(matches.length, Math.ceil((scrollTop + viewHeight) / ROW_PX) + OVERSCAN);
  const optionId = (position: number): string => `${id}-option-${position}`;
  const current = Math.min(active, matches.length - 1);

  const toggleAt = (position: number): void => {
    const option = ranking.ranked[matches[position] ?? -1];
    if (option) onChange(toggledSelection(selected, ranking.ids, option.id));
  };

  /** Moves the active option and scrolls it into sight (it may not be rendered yet). */
  const moveTo = (position: number): void => {
    const next = Math.max(0, Math.min(matches.length - 1, position));
    setActive(next);
    const list = listRef.current;
    if (!list) return;
    const top = next * ROW_PX;
    if (top < list.scrollTop) list.scrollTop = top;
    else if (top + ROW_PX > list.scrollTop + viewHeight) list.scrollTop = top + ROW_PX - viewHeight;
    setScrollTop(list.scrollTop);
  };

  const onListKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => {
    const moves: Record<string, () => number> = {
      ArrowDown: () => current + 1,
      ArrowUp: () => current - 1,
      PageDown: () => current + ROWS_SHOWN,
      PageUp: () => current - ROWS_SHOWN,
      Home: () => 0,
      End: () => matches.length - 1,
    };
    const move = moves[event.key];
    if (move) {
      event.preventDefault();
      moveTo(move());
    } else if (event.key === " " || event.key === "Enter") {
      event.preventDefault();
      toggleAt(current);
    }
  };

  const rows = [];
  for (let position = first; position < last; position++) {
    const option = ranking.ranked[matches[position] as number];
    if (!option) continue;
    const isOn = on === null || on.has(option.id);
    rows.push(
      <div
        key={option.id}
        id={optionId(position)}
        role="option"
        className="detente-facet-option"
        aria-selected={isOn}
        aria-setsize={matches.length}
        aria-posinset={position + 1}
        data-active={position === current ? "" : undefined}
        style={{ top: `${position * ROW_PX}px`, height: `${ROW_PX}px` }}
        onClick={() => {
          setActive(position);
          toggleAt(position);
        }}
      >
        <span className="detente-facet-check" aria-hidden="true">
          {isOn ? "✓" : ""}
        </span>
        <span className="detente-facet-label">{option.label}</span>
        <span className="detente-chip-count">
          {t("filters.count", { count: counts.get(option.id) ?? 0 })}
        </span>
      </div>,
    );
  }

  return (
    <div className="detente-facet-list" id={id}>
      <label className="detente-facet-search">
        <span>{t("facets.search", { group: group.toLocaleLowerCase(lang) })}</span>
        <input
          type="search"
          className="detente-input"
          value={query}
          aria-controls={`${id}-listbox`}
          onChange={(event) => {
            setQuery(event.target.value);
            setActive(0);
            setScrollTop(0);
            if (listRef.current) listRef.current.scrollTop = 0;
          }}
          onKeyDown={(event) => {
            if (event.key === "ArrowDown" && matches.length > 0) {
              event.preventDefault();
              listRef.current?.focus();
            }
          }}
        />
      </label>
      <p className="detente-muted detente-facet-status" aria-live="polite">
        {t("facets.matches", { count: number.format(matches.length) })}
      </p>
      <div
        ref={listRef}
        id={`${id}-listbox`}
        className="detente-facet-listbox"
        role="listbox"
        aria-multiselectable="true"
        aria-label={t("facets.list", { group: group.toLocaleLowerCase(lang) })}
        aria-activedescendant={current >= first && current < last ? optionId(current) : undefined}
        tabIndex={0}
        style={{ height: `${Math.min(viewHeight, Math.max(1, matches.length) * ROW_PX)}px` }}
        onScroll={(event) => setScrollTop(event.currentTarget.scrollTop)}
        onKeyDown={onListKeyDown}
      >
        <div
          role="presentation"
          className="detente-facet-sizer"
          style={{ height: `${matches.length * ROW_PX}px` }}
        >
          {rows}
        </div>
      </div>
    </div>
  );
}
