// A tiny static file server for the built app (dist/), used by the browser tests
// (tests/e2e/globalSetup.ts, via tests/e2e/staticServer.ts) and by scripts/screenshot.mjs.
// Plain JavaScript with only Node built-ins so that scripts can use it without a TypeScript loader;
// the types live in static-server.d.mts.
import { createServer } from "node:http";
import { createReadStream } from "node:fs";
import { realpath, stat } from "node:fs/promises";
import { extname, resolve, sep } from "node:path";

/** @type {Readonly<Record<string, string>>} */
export const CONTENT_TYPES = Object.freeze({
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".txt": "text/plain; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".ico": "image/x-icon",
  ".webmanifest": "application/manifest+json",
  ".woff2": "font/woff2",
});

/**
 * Maps a request path to a file inside `root`, or returns null when it must not be served.
 * @param {string} root absolute, real path of the served directory
 * @param {string} urlPath the request target (path and optional query)
 * @returns {string | null}
 */
function resolveInsideRoot(root, urlPath) {
  let pathname;
  try {
    pathname = decodeURIComponent(new URL(urlPath, "http://localhost").pathname);
  } catch {
    return null;
  }
  if (pathname.includes("\0")) return null;
  if (pathname.endsWith("/")) pathname += "index.html";
  const file = resolve(root, "." + pathname);
  return file.startsWith(root + sep) ? file : null;
}

/**
 * @param {import("node:http").ServerResponse} res
 * @param {number} status
 * @param {string} message
 */
function sendText(res, status, message) {
  res.writeHead(status, {
    "Content-Type": "text/plain; charset=utf-8",
    "Content-Length": Buffer.byteLength(message),
    "Cache-Control": "no-store",
  });
  res.end(message);
}

/**
 * Serves the files under `root` (GET and HEAD only). `/` and any path ending in `/` serve the
 * directory's index.html; everything that is not an existing regular file inside `root` is a 404.
 * @param {import("./static-server.d.mts").StaticServerOptions} options
 * @returns {Promise<import("./static-server.d.mts").StaticServer>}
 */
export async function startStaticServer(options) {
  const root = await realpath(resolve(options.root));
  const host = options.host ?? "127.0.0.1";
  const extraHeaders = options.headers ?? {};

  const server = createServer((req, res) => {
    void (async () => {
      if (req.method !== "GET" && req.method !== "HEAD") {
        res.setHeader("Allow", "GET, HEAD");
        sendText(res, 405, "Method Not Allowed\n");
        return;
      }
      const candidate = resolveInsideRoot(root, req.url ?? "/");
      if (candidate === null) {
        sendText(res, 404, "Not Found\n");
        return;
      }
      let file;
      let size;
      try {
        // Resolve symlinks too, so a link cannot point outside the served directory.
        file = await realpath(candidate);
        const info = await stat(file);
        if (!info.isFile() || !file.startsWith(root + sep)) throw new Error("not servable");
        size = info.size;
      } catch {
        sendText(res, 404, "Not Found\n");
        return;
      }
      res.writeHead(200, {
        ...extraHeaders,
        "Content-Type": CONTENT_TYPES[extname(file).toLowerCase()] ?? "application/octet-stream",
        "Content-Length": size,
        "Cache-Control": "no-store",
        "X-Content-Type-Options": "nosniff",
      });
      if (req.method === "HEAD") {
        res.end();
        return;
      }
      const stream = createReadStream(file);
      stream.on("error", () => res.destroy());
      stream.pipe(res);
    })().catch(() => {
      if (!res.headersSent) sendText(res, 500, "Internal Server Error\n");
      else res.destroy();
    });
  });

  await new Promise((resolveListen, rejectListen) => {
    server.once("error", rejectListen);
    server.listen(options.port ?? 0, host, () => {
      server.off("error", rejectListen);
      resolveListen(undefined);
    });
  });

  const address = server.address();
  if (address === null || typeof address === "string") {
    server.close();
    throw new Error("static server: could not determine the listening port");
  }
  const port = address.port;
  const urlHost = host.includes(":") ? `[${host}]` : host;

  return {
    url: `http://${urlHost}:${port}`,
    port,
    root,
    close() {
      return new Promise((resolveClose, rejectClose) => {
        server.close((error) => (error ? rejectClose(error) : resolveClose()));
        // Keep-alive connections from a browser would otherwise hold close() open.
        server.closeAllConnections();
      });
    },
  };
}
