/**
 * A topic or actor filter that stays quick whatever the data: up to CHIP_LIMIT options are all
 * chips, in the dataset's order, as before; a longer list shows its most frequent CHIP_LIMIT as
 * chips and offers the whole list, searchable and virtualised (FacetList, a separate chunk
 * loaded when asked for), so 50,000 topics never become 50,000 buttons.
 */
import "../i18n/filterPanelWords.ts";
import { lazy, Suspense, useId, useState } from "react";
import { useDetente } from "../store/context.tsx";
import { selectFacetRanking, type Facet } from "../store/facetSelectors.ts";
import { useT } from "../store/useT.ts";
import { ToggleGroup } from "./ToggleGroup.tsx";

export const CHIP_LIMIT = 24;

const FacetList = lazy(() => import("./FacetList.tsx"));

interface Props {
  readonly facet: Facet;
  readonly label: string;
  /** Events per id in the current window. */
  readonly counts: ReadonlyMap<string, number>;
  readonly selected: readonly string[] | null;
  readonly onChange: (selected: readonly string[] | null) => void;
}

export default function FacetFilter({ facet, label, counts, selected, onChange }: Props) {
  const t = useT();
  const listId = useId();
  const ranking = useDetente((s) => selectFacetRanking(s, facet));
  const lang = useDetente((s) => s.settings.lang);
  const [showAll, setShowAll] = useState(false);
  const total = ranking.ids.length;
  const long = total > CHIP_LIMIT;
  const shown = long ? ranking.ranked.slice(0, CHIP_LIMIT) : ranking.options;
  const options = shown.map((option) => ({ ...option, count: counts.get(option.id) ?? 0 }));
  const number = new Intl.NumberFormat(lang);
  return (
    <ToggleGroup
      label={label}
      options={options}
      all={ranking.ids}
      selected={selected}
      onChange={onChange}
    >
      {long ? (
        <div className="detente-facet-more" data-filter-group={facet}>
          <span className="detente-muted">
            {t("facets.top", { shown: number.format(CHIP_LIMIT), total: number.format(total) })}
          </span>{" "}
          <button
            type="button"
            className="detente-chip-action"
            aria-expanded={showAll}
            aria-controls={showAll ? listId : undefined}
            onClick={() => setShowAll(!showAll)}
          >
            {showAll ? t("facets.hideAll") : t("facets.showAll", { total: number.format(total) })}
          </button>
          {showAll ? (
            <Suspense fallback={null}>
              <FacetList
                id={listId}
                group={label}
                ranking={ranking}
                counts={counts}
                selected={selected}
                onChange={onChange}
              />
            </Suspense>
          ) : null}
        </div>
      ) : null}
    </ToggleGroup>
  );
}
