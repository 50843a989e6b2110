/**
 * After an event-data import (GDELT, ICEWS, POLECAT/PLOVER, ACLED): the pairs of countries in
 * the file with their event counts, to show another pair (the import runs again with it), and
 * for ACLED the derived event type → CAMEO category mapping, editable. Its own lazy chunk:
 * readers who never import event data never load it.
 */
import { useId, useState } from "react";
import { useStore } from "zustand";
import type { Lang } from "../i18n/format.ts";
import { choicesTranslator, type ChoicesTranslate } from "../i18n/messages/eventChoices.ts";
import type { PairCount } from "../io/eventdata/pairs.ts";
import type { AcledTypeUse } from "../io/acled/mapping.ts";
import { useDetente } from "../store/context.tsx";
import type { ImportStore } from "../store/importStore.ts";
import "./eventChoices.css";

/** CAMEO's 20 root categories (CAMEO codebook, Schrodt 2012), for the ACLED mapping's choices. */
const CAMEO_ROOTS: readonly (readonly [string, string])[] = [
  ["01", "Make public statement"],
  ["02", "Appeal"],
  ["03", "Express intent to cooperate"],
  ["04", "Consult"],
  ["05", "Engage in diplomatic cooperation"],
  ["06", "Engage in material cooperation"],
  ["07", "Provide aid"],
  ["08", "Yield"],
  ["09", "Investigate"],
  ["10", "Demand"],
  ["11", "Disapprove"],
  ["12", "Reject"],
  ["13", "Threaten"],
  ["14", "Protest"],
  ["15", "Exhibit force posture"],
  ["16", "Reduce relations"],
  ["17", "Coerce"],
  ["18", "Assault"],
  ["19", "Fight"],
  ["20", "Use unconventional mass violence"],
];

const pairKey = (codes: readonly string[]): string => codes.join(",");

/** The words in the instance's language (the picker's own table: see eventChoices.ts). */
function useWords(): { t: ChoicesTranslate; lang: Lang } {
  const lang = useDetente((s) => s.settings.lang);
  return { t: choicesTranslator(lang), lang };
}

function pairLabel(pair: PairCount, t: ChoicesTranslate, lang: Lang, current: boolean): string {
  const [a, b] = pair.names;
  const events =
    pair.events === 1
      ? t("pairs.events.one")
      : t("pairs.events.many", { count: new Intl.NumberFormat(lang).format(pair.events) });
  const label = t("pairs.option", { a, b, events });
  return current ? `${label} · ${t("pairs.current")}` : label;
}

function PairPicker({
  pairs,
  current,
  busy,
  onChoose,
}: {
  readonly pairs: readonly PairCount[];
  readonly current: readonly [string, string] | null;
  readonly busy: boolean;
  readonly onChoose: (codes: readonly [string, string]) => void;
}) {
  const { t, lang } = useWords();
  const ids = useId();
  const currentKey = current ? pairKey(current) : "";
  const [selected, setSelected] = useState(currentKey || pairKey(pairs[0]?.codes ?? []));
  const choice = pairs.find((pair) => pairKey(pair.codes) === selected);
  return (
    <section className="detente-event-choices" aria-labelledby={`${ids}-heading`}>
      <h2 id={`${ids}-heading`}>{t("pairs.heading")}</h2>
      <p>{t("pairs.intro", { count: new Intl.NumberFormat(lang).format(pairs.length) })}</p>
      <div className="detente-pair-controls">
        <label htmlFor={`${ids}-pair`}>{t("pairs.label")}</label>
        <select
          id={`${ids}-pair`}
          className="detente-select"
          value={selected}
          onChange={(event) => setSelected(event.target.value)}
        >
          {pairs.map((pair) => (
            <option key={pairKey(pair.codes)} value={pairKey(pair.codes)}>
              {pairLabel(pair, t, lang, pairKey(pair.codes) === currentKey)}
            </option>
          ))}
        </select>
        <button
          type="button"
          className="detente-button"
          disabled={busy || !choice || selected === currentKey}
          onClick={() => {
            if (choice) onChoose(choice.codes);
          }}
        >
          {t("pairs.import")}
        </button>
      </div>
    </section>
  );
}

const typeKey = (use: AcledTypeUse): string => use.subEventType || use.eventType;

function AcledMappingTable({
  types,
  busy,
  onApply,
}: {
  readonly types: readonly AcledTypeUse[];
  readonly busy: boolean;
  readonly onApply: (mapping: Readonly<Record<string, string>>) => void;
}) {
  const { t, lang } = useWords();
  const ids = useId();
  const [roots, setRoots] = useState<Readonly<Record<string, string>>>(() =>
    Object.fromEntries(types.map((use) => [typeKey(use), use.root])),
  );
  const changed = types.some((use) => (roots[typeKey(use)] ?? use.root) !== use.root);
  return (
    <section
      className="detente-event-choices detente-acled-mapping"
      aria-labelledby={`${ids}-heading`}
    >
      <h2 id={`${ids}-heading`}>{t("acled.heading")}</h2>
      <p>{t("acled.intro")}</p>
      <table>
        <thead>
          <tr>
            <th scope="col">{t("acled.type")}</th>
            <th scope="col">{t("acled.root")}</th>
            <th scope="col">{t("acled.count")}</th>
          </tr>
        </thead>
        <tbody>
          {types.map((use, i) => {
            const key = typeKey(use);
            const label = use.subEventType
              ? `${use.eventType}: ${use.subEventType}`
              : use.eventType;
            return (
              <tr key={key}>
                <th scope="row" id={`${ids}-type-${i}`}>
                  {label}
                </th>
                <td>
                  <select
                    className="detente-select"
                    aria-labelledby={`${ids}-type-${i}`}
                    value={roots[key] ?? use.root}
                    onChange={(event) => setRoots({ ...roots, [key]: event.target.value })}
                  >
                    <option value="">{t("acled.unscored")}</option>
                    {CAMEO_ROOTS.map(([code, name]) => (
                      <option key={code} value={code}>
                        {code} {name}
                      </option>
                    ))}
                  </select>
                </td>
                <td className="detente-num">{new Intl.NumberFormat(lang).format(use.events)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <div>
        <button
          type="button"
          className="detente-button"
          disabled={busy || !changed}
          onClick={() => onApply(roots)}
        >
          {t("acled.apply")}
        </button>
      </div>
    </section>
  );
}

export default function EventDataChoices({ store }: { readonly store: ImportStore }) {
  const choices = useStore(store, (s) => s.choices);
  const busy = useStore(store, (s) => s.phase.kind === "reading");
  const controller = store.getState();
  if (!choices) return null;
  const currentKey = choices.current ? pairKey(choices.current) : "none";
  return (
    <>
      {choices.pairs.length > 0 ? (
        // Keyed by the pair shown, so the select starts on it after each import.
        <PairPicker
          key={currentKey}
          pairs={choices.pairs}
          current={choices.current}
          busy={busy}
          onChoose={controller.choosePair}
        />
      ) : null}
      {choices.acledTypes && choices.acledTypes.length > 0 ? (
        <AcledMappingTable
          key={choices.acledTypes.map((use) => `${typeKey(use)}=${use.root}`).join("|")}
          types={choices.acledTypes}
          busy={busy}
          onApply={controller.remapAcled}
        />
      ) : null}
    </>
  );
}
