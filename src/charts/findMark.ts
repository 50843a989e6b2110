/** The mark button of an event inside an instance (no selector escaping: ids are compared, not parsed). */
export function findMark(root: ParentNode, eventId: string): HTMLElement | undefined {
  for (const node of root.querySelectorAll<HTMLElement>(".detente-mark[data-event-id]")) {
    if (node.dataset["eventId"] === eventId) return node;
  }
  return undefined;
}
