import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { TestProject } from "vitest/node";
import { startStaticServer } from "./staticServer.ts";

declare module "vitest" {
  export interface ProvidedContext {
    /** Origin of the static server that serves dist/, e.g. "http://127.0.0.1:41234". */
    baseUrl: string;
  }
}

const distDir = fileURLToPath(new URL("../../dist/", import.meta.url));

/** Serves the built app on 127.0.0.1 (free port) for the whole e2e run; tests `inject("baseUrl")`. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (!existsSync(`${distDir}index.html`)) {
    throw new Error(
      `Browser tests need the built app, but ${distDir}index.html is missing: run npm run build first.`,
    );
  }
  const server = await startStaticServer({ root: distDir });
  project.provide("baseUrl", server.url);
  return async () => {
    await server.close();
  };
}
