/** An event retold in another language: its texts from the translation, the rest read through. */
import { resolveEvents, type TimelineEvent } from "../../src/model/events.ts";
import { retoldEvent } from "../../src/model/retoldEvent.ts";
import { goldsteinTable } from "../helpers/goldstein.ts";
import { usColombia } from "../helpers/render.tsx";

describe("a retold event", () => {
  it("reads every field but its source from the event it retells", () => {
    const events = resolveEvents(usColombia(), goldsteinTable());
    const original = events.find((e) => e.context) ?? (events[0] as TimelineEvent);
    const source = { ...original.source, title: "Otro título" };
    const retold = retoldEvent(original, source);

    expect(retold.source).toBe(source);
    expect(retold.source.title).toBe("Otro título");
    const { source: _own, ...rest } = original;
    const read = Object.fromEntries(
      Object.keys(rest).map((key) => [key, retold[key as keyof TimelineEvent]]),
    );
    expect(read).toEqual(rest);
    expect(retold.context).toBe(true);
  });

  it("reads nothing up front: a date is parsed only when something asks for it", () => {
    const read: string[] = [];
    const original = new Proxy({} as TimelineEvent, {
      get(_target, key) {
        read.push(String(key));
        return key === "startMs" ? 42 : undefined;
      },
    });
    const retold = retoldEvent(original, usColombia().events[0] as TimelineEvent["source"]);
    expect(read).toEqual([]);
    expect(retold.startMs).toBe(42);
    expect(read).toEqual(["startMs"]);
  });
});
