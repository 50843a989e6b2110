/**
 * Causes before responses. An event may say which events it follows (`after`); a response can
 * then start no earlier than its causes can, whatever its own date's precision allows. A
 * month-precision response to a cause on the 24th lies between the 24th and the month's end.
 *
 * Validation (on raw input) and event resolution (on validated data) share these functions, so
 * what validation accepts is exactly what the charts can order.
 */

import type { EdtfInterval, PreciseDate } from "./date.ts";
import { spanEnd, spanStart } from "./date.ts";

/**
 * The span an event's start can lie in on its own: its date's span, cut to the interval it is
 * known to lie in (`within`). Empty (start ≥ end) when the two do not overlap.
 */
export function ownSpan(
  date: PreciseDate,
  within: EdtfInterval | undefined,
): { readonly startMs: number; readonly spanEndMs: number } {
  let startMs = spanStart(date);
  let spanEndMs = spanEnd(date);
  if (within?.from) startMs = Math.max(startMs, spanStart(within.from));
  if (within?.to) spanEndMs = Math.min(spanEndMs, spanEnd(within.to));
  return { startMs, spanEndMs };
}

export interface OrderInput {
  readonly id: string;
  /** First instant of the event's own date span, UTC ms. */
  readonly startMs: number;
  /** First instant after its own date span (exclusive), UTC ms. */
  readonly spanEndMs: number;
  readonly after?: readonly string[] | undefined;
}

export type OrderProblem =
  | {
      readonly kind: "cycle";
      /** The event and the index in its `after` list that closes the cycle. */
      readonly index: number;
      readonly ref: number;
      /** Ids around the cycle, first id repeated at the end. */
      readonly cycle: readonly string[];
    }
  | {
      readonly kind: "contradiction";
      readonly index: number;
      readonly ref: number;
      readonly causeId: string;
      /** The earliest instant the cause can start. */
      readonly causeEarliestMs: number;
    };

export interface ResolvedOrder {
  /** Earliest instant each event can start: its own start, raised to its causes' earliest. */
  readonly earliestMs: Float64Array;
  readonly problems: readonly OrderProblem[];
}

const VISITING = 1;
const DONE = 2;

/**
 * Earliest starts and the problems that make an order impossible: a cycle, or a response whose
 * own date ends before a cause can start. Linear in events plus `after` links. Unknown ids are
 * left to the reference check; they impose nothing here.
 */
export function resolveOrder(inputs: readonly OrderInput[]): ResolvedOrder {
  const indexById = new Map<string, number>();
  inputs.forEach((input, i) => {
    if (!indexById.has(input.id)) indexById.set(input.id, i);
  });
  const earliest = new Float64Array(inputs.length);
  const state = new Uint8Array(inputs.length);
  const problems: OrderProblem[] = [];
  const stack: number[] = [];

  // Iterative depth-first search: a long chain of responses must not overflow the call stack.
  for (let root = 0; root < inputs.length; root++) {
    if (state[root] === DONE) continue;
    const frames: { node: number; next: number }[] = [{ node: root, next: 0 }];
    state[root] = VISITING;
    stack.push(root);
    while (frames.length > 0) {
      const frame = frames[frames.length - 1] as { node: number; next: number };
      const node = inputs[frame.node] as OrderInput;
      const after = node.after ?? [];
      if (frame.next < after.length) {
        const ref = frame.next++;
        const cause = indexById.get(after[ref] ?? "");
        if (cause === undefined) continue;
        if (state[cause] === VISITING) {
          const from = stack.indexOf(cause);
          const cycle = [...stack.slice(from), cause].map((i) => (inputs[i] as OrderInput).id);
          problems.push({ kind: "cycle", index: frame.node, ref, cycle });
        } else if (state[cause] !== DONE) {
          state[cause] = VISITING;
          stack.push(cause);
          frames.push({ node: cause, next: 0 });
        }
        continue;
      }
      // Every cause is resolved (or on a reported cycle): raise this event's earliest start.
      let start = node.startMs;
      after.forEach((causeId, ref) => {
        const cause = indexById.get(causeId);
        if (cause === undefined || state[cause] !== DONE) return;
        const causeStart = earliest[cause] ?? 0;
        if (causeStart >= node.spanEndMs) {
          problems.push({
            kind: "contradiction",
            index: frame.node,
            ref,
            causeId,
            causeEarliestMs: causeStart,
          });
        } else if (causeStart > start) start = causeStart;
      });
      earliest[frame.node] = start;
      state[frame.node] = DONE;
      stack.pop();
      frames.pop();
    }
  }
  return { earliestMs: earliest, problems };
}

/**
 * Moves each event that lists causes to just after the last of them, keeping everything else
 * in the given (time) order. Events already after their causes stay put, so a dataset without
 * `after` comes back as the same array. Events stuck on a cycle (only in unvalidated data) are
 * appended in their original order rather than lost.
 */
export function orderAfterCauses<T extends { readonly id: string }>(
  sorted: readonly T[],
  afterOf: (item: T) => readonly string[] | undefined,
): readonly T[] {
  if (!sorted.some((item) => (afterOf(item)?.length ?? 0) > 0)) return sorted;
  const present = new Set(sorted.map((item) => item.id));
  const emitted = new Set<string>();
  const remaining = new Map<T, number>();
  const waiting = new Map<string, T[]>();
  const out: T[] = [];

  const emit = (item: T): void => {
    out.push(item);
    emitted.add(item.id);
    const released = waiting.get(item.id);
    if (!released) return;
    waiting.delete(item.id);
    for (const next of released) {
      const left = (remaining.get(next) ?? 1) - 1;
      remaining.set(next, left);
      if (left === 0) emit(next);
    }
  };

  for (const item of sorted) {
    const pending = new Set(
      (afterOf(item) ?? []).filter((id) => present.has(id) && !emitted.has(id) && id !== item.id),
    );
    if (pending.size === 0) {
      emit(item);
      continue;
    }
    remaining.set(item, pending.size);
    for (const id of pending) {
      const list = waiting.get(id);
      if (list) list.push(item);
      else waiting.set(id, [item]);
    }
  }
  if (out.length < sorted.length) {
    const placed = new Set(out);
    for (const item of sorted) if (!placed.has(item)) out.push(item);
  }
  return out;
}
