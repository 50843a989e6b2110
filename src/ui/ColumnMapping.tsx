/**
 * The column-mapping step for a plain CSV whose header does not name the required fields: one
 * select per Détente field, listing the file's columns, starting from what detectColumns found.
 * Required fields (date, title) come first; the import runs again with the chosen mapping.
 */
import "../i18n/importPanelWords.ts";
import { useId, useState, type FormEvent } from "react";
import {
  CSV_FIELDS,
  REQUIRED_CSV_FIELDS,
  type CsvField,
  type CsvMapping,
} from "../io/csv/columns.ts";
import type { MessageKey } from "../i18n/translate.ts";
import { useT } from "../store/useT.ts";

const FIELD_LABELS: Record<CsvField, MessageKey> = {
  date: "import.field.date",
  end: "import.field.end",
  title: "import.field.title",
  summary: "import.field.summary",
  topics: "import.field.topics",
  actors: "import.field.actors",
  initiator: "import.field.initiator",
  target: "import.field.target",
  cameo: "import.field.cameo",
  score: "import.field.score",
  source: "import.field.source",
  quote: "import.field.quote",
  note: "import.field.note",
  url: "import.field.url",
};

const ORDERED_FIELDS: readonly CsvField[] = [
  ...REQUIRED_CSV_FIELDS,
  ...CSV_FIELDS.filter((field) => !REQUIRED_CSV_FIELDS.includes(field)),
];

export interface ColumnMappingProps {
  readonly name: string;
  readonly header: readonly string[];
  readonly initial: CsvMapping;
  readonly onSubmit: (mapping: CsvMapping) => void;
  readonly onCancel: () => void;
}

export function ColumnMapping({ name, header, initial, onSubmit, onCancel }: ColumnMappingProps) {
  const t = useT();
  const ids = useId();
  const [mapping, setMapping] = useState<CsvMapping>(initial);
  const complete = REQUIRED_CSV_FIELDS.every((field) => mapping[field] !== undefined);

  const choose = (field: CsvField, value: string): void => {
    // Rebuilt rather than deleted from: an unmapped field is absent, not undefined.
    const rest = Object.entries(mapping).filter(([key]) => key !== field);
    setMapping(
      Object.fromEntries(value === "" ? rest : [...rest, [field, Number(value)]]) as CsvMapping,
    );
  };

  const submit = (event: FormEvent<HTMLFormElement>): void => {
    event.preventDefault();
    if (complete) onSubmit(mapping);
  };

  return (
    <form className="detente-import-mapping" aria-labelledby={`${ids}-heading`} onSubmit={submit}>
      <h2 id={`${ids}-heading`}>{t("import.mapping.heading")}</h2>
      <p>{t("import.mapping.intro", { name })}</p>
      <div className="detente-import-mapping-fields">
        {ORDERED_FIELDS.map((field) => {
          const required = REQUIRED_CSV_FIELDS.includes(field);
          const id = `${ids}-${field}`;
          return (
            <div key={field} className="detente-import-mapping-field">
              <label htmlFor={id}>
                {t(FIELD_LABELS[field])}
                {required ? <span aria-hidden="true"> *</span> : null}
              </label>
              <select
                id={id}
                className="detente-select"
                aria-required={required}
                value={mapping[field] === undefined ? "" : String(mapping[field])}
                onChange={(event) => choose(field, event.target.value)}
              >
                <option value="">{t("import.mapping.none")}</option>
                {header.map((cell, index) => (
                  <option key={index} value={String(index)}>
                    {t("import.mapping.column", { n: index + 1, name: cell.trim() || "—" })}
                  </option>
                ))}
              </select>
            </div>
          );
        })}
      </div>
      {complete ? null : <p role="status">{t("import.mapping.needed")}</p>}
      <div className="detente-import-actions">
        <button type="submit" className="detente-button" disabled={!complete}>
          {t("import.mapping.submit")}
        </button>
        <button type="button" className="detente-button" onClick={onCancel}>
          {t("import.cancel")}
        </button>
      </div>
    </form>
  );
}
