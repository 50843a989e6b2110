/**
 * Line numbers for the items of a JSON array (TimelineJS events, vis items), so a skipped item
 * is reported as "line 120" rather than "events[7]" alone. jsonc-parser keeps offsets for every
 * node; its recursion gives up on absurd nesting, in which case items simply have no line.
 */
import { findNodeAtLocation, parseTree, type Node } from "jsonc-parser";
import { LineIndex } from "./lineIndex.ts";

export type ItemLines = (index: number) => number | undefined;

const NO_LINES: ItemLines = () => undefined;

export function jsonItemLines(text: string, path: readonly (string | number)[]): ItemLines {
  let array: Node | undefined;
  try {
    const root = parseTree(text);
    array = root === undefined ? undefined : findNodeAtLocation(root, [...path]);
  } catch {
    return NO_LINES;
  }
  const children = array?.type === "array" ? (array.children ?? []) : [];
  if (children.length === 0) return NO_LINES;
  const lines = new LineIndex(text);
  return (index) => {
    const node = children[index];
    return node === undefined ? undefined : lines.lineOf(node.offset);
  };
}
