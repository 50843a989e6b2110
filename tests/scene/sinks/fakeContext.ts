/**
 * A 2D context that records what is done to it, in order: method calls with their arguments and
 * property writes, so canvas drawing runs in unit tests without a canvas.
 */
export type ContextStep =
  | { readonly op: "call"; readonly name: string; readonly args: readonly unknown[] }
  | { readonly op: "set"; readonly name: string; readonly value: unknown };

export interface FakeContext {
  readonly ctx: CanvasRenderingContext2D;
  readonly steps: ContextStep[];
  /** The calls named `name`, their arguments only. */
  calls(name: string): unknown[][];
  /** The value of property `name` at each of the context's `name` calls (e.g. alpha at fill). */
  valuesAt(property: string, call: string): unknown[];
  clearSteps(): void;
}

/** Text is measured as 0.5 em per character, enough for fitting tests to be exact. */
export function fakeContext(): FakeContext {
  const steps: ContextStep[] = [];
  const state: Record<string, unknown> = { globalAlpha: 1, font: "10px sans-serif" };
  const methods: Record<string, (...args: unknown[]) => unknown> = {
    measureText: (text: unknown) => {
      const size = Number(/(\d+(?:\.\d+)?)px/.exec(String(state.font))?.[1] ?? 10);
      return { width: String(text).length * size * 0.5 };
    },
  };
  const ctx = new Proxy(state, {
    get(target, name: string) {
      if (name in target) return target[name];
      return (...args: unknown[]) => {
        steps.push({ op: "call", name, args });
        return methods[name]?.(...args);
      };
    },
    set(target, name: string, value: unknown) {
      target[name] = value;
      steps.push({ op: "set", name, value });
      return true;
    },
  }) as unknown as CanvasRenderingContext2D;

  return {
    ctx,
    steps,
    calls: (name) =>
      steps.flatMap((step) => (step.op === "call" && step.name === name ? [[...step.args]] : [])),
    valuesAt(property, call) {
      const values: unknown[] = [];
      let current: unknown = property === "globalAlpha" ? 1 : undefined;
      for (const step of steps) {
        if (step.op === "set" && step.name === property) current = step.value;
        if (step.op === "call" && step.name === call) values.push(current);
      }
      return values;
    },
    clearSteps: () => {
      steps.length = 0;
    },
  };
}
