/**
 * How a Détente CSV names a topic, actor or source in an event's cells: by its label when that
 * label reads back as exactly this record, else by its id. Readers see "Diplomacy; Migration",
 * and the importer still finds the very records (and ids) the dataset had.
 *
 * The importer looks a name up as an id first, then as a label. So a label is written only if
 * no other record has the same label, it is not another record's id, it has no list separator
 * and no surrounding spaces (cells are trimmed); otherwise the id, which is always exact.
 */
import { LIST_SPLIT } from "./columns.ts";

export interface Named {
  readonly id: string;
  readonly name: string;
}

/** Record id → what its cells say. `inLists`: the name must survive splitting a list cell. */
export function cellNames(records: readonly Named[], inLists: boolean): Map<string, string> {
  const ids = new Set(records.map((r) => r.id));
  const count = new Map<string, number>();
  for (const r of records) count.set(r.name, (count.get(r.name) ?? 0) + 1);
  const names = new Map<string, string>();
  for (const r of records) {
    const readable =
      r.name !== "" &&
      r.name === r.name.trim() &&
      !/[\r\n]/.test(r.name) &&
      count.get(r.name) === 1 &&
      (r.name === r.id || !ids.has(r.name)) &&
      !(inLists && LIST_SPLIT.test(r.name));
    names.set(r.id, readable ? r.name : r.id);
  }
  return names;
}

/** A cell's name → record id: the id itself, else the one record with that label. */
export class NameResolver {
  private readonly ids = new Set<string>();
  private readonly byName = new Map<string, string | null>();

  constructor(records: readonly Named[]) {
    for (const r of records) this.add(r);
  }

  add(record: Named): void {
    this.ids.add(record.id);
    // null marks a label two records share: it names neither.
    this.byName.set(record.name, this.byName.has(record.name) ? null : record.id);
  }

  resolve(name: string): string | undefined {
    if (this.ids.has(name)) return name;
    return this.byName.get(name) ?? undefined;
  }

  hasId(id: string): boolean {
    return this.ids.has(id);
  }
}
