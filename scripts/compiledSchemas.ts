/**
 * Ahead-of-time compiled parsers for the schemas every event and source goes through.
 *
 * zod compiles a schema into a plain function with `new Function`, which the Content-Security-
 * Policy the app runs under forbids (src/model/schema.ts sets `jitless`), so in the browser zod
 * interprets each schema node by node: about 9 µs an event, most of a large file's load. zod
 * offers `withParser` for parsers compiled elsewhere ("a build-time or native compiler"); this
 * module is that build step. It runs zod's own compiler here, in Node, keeps the code it
 * generates and the values that code refers to (regular expressions, zod's helpers, the schema's
 * own small functions), and writes them out as an ordinary module, src/model/compiled/parsers.ts,
 * which src/model/fastSchema.ts installs with `withParser`. Inputs the compiled code rejects
 * still go through zod's interpreter, so every message stays zod's own.
 *
 * `npm run compile-schemas` rewrites the file; tests/scripts/compiledSchemas.test.ts fails when
 * it is stale (a changed schema or another zod).
 */
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import * as prettier from "prettier";
import * as core from "zod/v4/core";
import { eventSchema, sourceSchema } from "../src/model/schema.ts";

/** Where the generated module lives. */
export const TARGET = fileURLToPath(new URL("../src/model/compiled/parsers.ts", import.meta.url));

/** The schemas compiled: each parser's name in the generated module, and its schema's in schema.ts. */
const COMPILED = [
  { parser: "parseEvent", schema: eventSchema, schemaName: "eventSchema" },
  { parser: "parseSource", schema: sourceSchema, schemaName: "sourceSchema" },
] as const;

interface Generated {
  readonly names: readonly string[];
  readonly values: readonly unknown[];
  readonly code: string;
}

/**
 * Runs zod's compiler for `schema`, catching the code and constants of the parser it hands to
 * `new Function` (the compiler's only way out; the second function it builds, an assert-only
 * validator, is not kept). Nothing is evaluated that zod would not evaluate. `strict` makes zod
 * refuse a schema it cannot compile whole rather than quietly keep its interpreter.
 */
function generate(schema: core.$ZodType): Generated {
  const RealFunction = globalThis.Function;
  let caught: { names: string[]; code: string; values?: unknown[] } | undefined;
  function CatchingFunction(...args: string[]) {
    const code = args.pop() ?? "";
    const factory = new RealFunction(...args, code) as (...values: unknown[]) => unknown;
    if (caught) return factory;
    const parser: { names: string[]; code: string; values?: unknown[] } = { names: args, code };
    caught = parser;
    return (...values: unknown[]) => {
      parser.values = values;
      return factory(...values);
    };
  }
  globalThis.Function = CatchingFunction as unknown as FunctionConstructor;
  try {
    core.compile(schema, { strict: true });
  } finally {
    globalThis.Function = RealFunction;
  }
  if (!caught?.values) throw new Error("zod's compiler did not build a parser");
  return { names: caught.names, values: caught.values, code: caught.code };
}

/** zod's exported helpers, by identity, so generated code imports them rather than copies. */
function zodExports(): Map<unknown, string> {
  const known = new Map<unknown, string>();
  for (const [name, value] of Object.entries(core)) {
    if (typeof value === "function") known.set(value, `core.${name}`);
  }
  for (const [name, value] of Object.entries(core.util)) {
    if (typeof value === "function" && !known.has(value)) known.set(value, `core.util.${name}`);
  }
  return known;
}

/**
 * zod's own functions that its compiler passes in but that zod does not export, written out by
 * name. `throwAsync` runs only when a refinement returns a promise (none of ours do).
 */
const ZOD_INTERNALS: Record<string, string> = {
  throwAsync: "() => { throw new core.$ZodAsyncError(); }",
};

/**
 * A field of an object constant that holds a function: zod's compiled code reads such objects
 * (a URL check's settings) but none of their functions (the error message maker, a closure that
 * cannot be written out). Should a later zod call one, it fails loudly, not with a wrong answer.
 */
const UNUSED_FUNCTION = `() => { throw new Error("not carried into the compiled parser"); }`;

/** A constant as source text, or an error naming what the generator cannot write out. */
function literal(
  value: unknown,
  known: Map<unknown, string>,
  where: string,
  field = false,
): string {
  const exported = known.get(value);
  if (exported) return exported;
  if (typeof value === "symbol") {
    const key = Symbol.keyFor(value);
    if (key === undefined) throw new Error(`${where}: an unregistered symbol`);
    return `Symbol.for(${JSON.stringify(key)})`;
  }
  if (value instanceof RegExp)
    return `new RegExp(${JSON.stringify(value.source)}, ${JSON.stringify(value.flags)})`;
  if (typeof value === "function" && field) return UNUSED_FUNCTION;
  const internal = typeof value === "function" ? ZOD_INTERNALS[value.name] : undefined;
  if (internal) return internal;
  if (typeof value === "function") {
    // The schema's own callbacks (a trim, a refinement): written as they are; the tests run every
    // one, so a callback that needed a variable from its module would fail there.
    const text = Function.prototype.toString.call(value);
    if (text.includes("[native code]")) throw new Error(`${where}: a native function`);
    return `(${text})`;
  }
  if (value === null || ["string", "number", "boolean"].includes(typeof value))
    return JSON.stringify(value);
  if (value === undefined) return "undefined";
  if (Array.isArray(value))
    return `[${value.map((v, i) => literal(v, known, `${where}[${i}]`, true)).join(", ")}]`;
  if (typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype) {
    const fields = Object.entries(value).map(
      ([key, v]) => `${JSON.stringify(key)}: ${literal(v, known, `${where}.${key}`, true)}`,
    );
    return `{ ${fields.join(", ")} }`;
  }
  throw new Error(`${where}: cannot write out a ${Object.prototype.toString.call(value)}`);
}

function zodVersion(): string {
  const require = createRequire(import.meta.url);
  return (require("zod/package.json") as { version: string }).version;
}

/** The generated module's text, formatted as the repository formats its code. */
export async function renderCompiledSchemas(): Promise<string> {
  const known = zodExports();
  const parts = COMPILED.map(({ parser, schema, schemaName }) => {
    const { names, values, code } = generate(schema);
    const constants = names.map(
      (name, i) => `  const ${name} = ${literal(values[i], known, `${parser}: ${name}`)};`,
    );
    // zod's code is the body of a factory that returns the parser: run here, once, at load.
    const type = `(input: unknown) => output<typeof ${schemaName}> | typeof INVALID`;
    return [
      `export const ${parser}: ${type} = /* @__PURE__ */ (() => {`,
      ...constants,
      code,
      `})();`,
    ].join("\n");
  });
  const text = [
    `// Generated by \`npm run compile-schemas\` (scripts/compiledSchemas.ts) from src/model/schema.ts`,
    `// with zod ${zodVersion()}'s compiler. Do not edit: change the schema and run the command again.`,
    `// @ts-nocheck -- generated code, checked by tests/scripts/compiledSchemas.test.ts`,
    `import * as core from "zod/v4/core";`,
    `import type { INVALID, output } from "zod";`,
    `import type { ${COMPILED.map((c) => c.schemaName).join(", ")} } from "../schema.ts";`,
    ``,
    ...parts,
    ``,
  ].join("\n");
  const options = await prettier.resolveConfig(TARGET);
  return prettier.format(text, { ...options, filepath: TARGET });
}
