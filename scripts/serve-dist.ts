// Serves the built site (dist/) the way a static host does: clean URLs (/sanctions → sanctions.html),
// folders redirected to their trailing slash, dist/404.html with status 404, correct MIME types,
// and `Cache-Control: no-cache` so a reload always shows the latest build. Port from PORT, else 3000.
import { createReadStream, existsSync, statSync } from "node:fs";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { extname, join, resolve, sep } from "node:path";
import { pathToFileURL } from "node:url";

const MIME_TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".csv": "text/csv; charset=utf-8",
  ".tsv": "text/tab-separated-values; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".md": "text/markdown; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".svg": "image/svg+xml; charset=utf-8",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".gif": "image/gif",
  ".webp": "image/webp",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  ".woff": "font/woff",
  ".ttf": "font/ttf",
  ".otf": "font/otf",
  ".wasm": "application/wasm",
  ".pdf": "application/pdf",
  ".zip": "application/zip",
  ".pptx": "application/vnd.openxmlformats-officedocument.presentationml.presentation",
};

/** The Content-Type a static host sends for a file name; unknown extensions are plain bytes. */
export function mimeType(fileName: string): string {
  return MIME_TYPES[extname(fileName).toLowerCase()] ?? "application/octet-stream";
}

/** What a request path maps to: a file to send, a redirect, or nothing. */
export type Resolution =
  | { kind: "file"; path: string }
  | { kind: "redirect"; location: string }
  | { kind: "not-found" }
  | { kind: "bad-request" };

function isFile(path: string): boolean {
  return existsSync(path) && statSync(path).isFile();
}

/** Maps a URL pathname (without query) to a file under `root`, as a static host with clean URLs would. */
export function resolveRequest(root: string, pathname: string): Resolution {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return { kind: "bad-request" };
  }
  if (!decoded.startsWith("/") || decoded.includes("\0")) return { kind: "bad-request" };
  const base = resolve(root);
  const target = resolve(base, "." + decoded);
  if (target !== base && !target.startsWith(base + sep)) return { kind: "not-found" };
  if (decoded.endsWith("/")) {
    const index = join(target, "index.html");
    return isFile(index) ? { kind: "file", path: index } : { kind: "not-found" };
  }
  if (isFile(target)) return { kind: "file", path: target };
  if (isFile(target + ".html")) return { kind: "file", path: target + ".html" };
  if (isFile(join(target, "index.html"))) return { kind: "redirect", location: pathname + "/" };
  return { kind: "not-found" };
}

function send(request: IncomingMessage, response: ServerResponse, status: number, path: string): void {
  const { size, mtime } = statSync(path);
  const etag = `"${size.toString(16)}-${mtime.getTime().toString(16)}"`;
  response.setHeader("Content-Type", mimeType(path));
  response.setHeader("Cache-Control", "no-cache");
  response.setHeader("ETag", etag);
  response.setHeader("Last-Modified", mtime.toUTCString());
  if (status === 200 && request.headers["if-none-match"] === etag) {
    response.writeHead(304).end();
    return;
  }
  response.setHeader("Content-Length", size);
  response.writeHead(status);
  if (request.method === "HEAD") response.end();
  else createReadStream(path).pipe(response);
}

function sendText(response: ServerResponse, status: number, text: string): void {
  response.writeHead(status, { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-cache" }).end(text);
}

/** An HTTP server for the folder `root` (not yet listening). */
export function createStaticServer(root: string): Server {
  return createServer((request, response) => {
    if (request.method !== "GET" && request.method !== "HEAD") {
      response.setHeader("Allow", "GET, HEAD");
      return sendText(response, 405, "Method Not Allowed\n");
    }
    const url = new URL(request.url ?? "/", "http://localhost");
    const resolution = resolveRequest(root, url.pathname);
    switch (resolution.kind) {
      case "file":
        return send(request, response, 200, resolution.path);
      case "redirect":
        response.writeHead(301, { Location: resolution.location + url.search, "Cache-Control": "no-cache" }).end();
        return;
      case "bad-request":
        return sendText(response, 400, "Bad Request\n");
      case "not-found": {
        const page404 = join(root, "404.html");
        return isFile(page404) ? send(request, response, 404, page404) : sendText(response, 404, "Not Found\n");
      }
    }
  });
}

/** Starts serving `root` on `port` (0 picks a free one) at `host`; resolves with the origin, e.g. http://127.0.0.1:3000. */
export async function serveDist(
  root: string,
  { port = 0, host = "127.0.0.1" }: { port?: number; host?: string } = {},
): Promise<{ server: Server; origin: string }> {
  const server = createStaticServer(root);
  await new Promise<void>((resolvePromise, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => resolvePromise());
  });
  const address = server.address();
  if (address === null || typeof address === "string") throw new Error(`unexpected server address: ${address}`);
  return { server, origin: `http://${host}:${address.port}` };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const root = resolve(process.argv[2] ?? "dist");
  if (!isFile(join(root, "index.html"))) {
    console.error(`no ${join(root, "index.html")}: run \`npm run build\` first`);
    process.exit(1);
  }
  const port = Number(process.env.PORT ?? 3000);
  const { origin } = await serveDist(root, { port, host: process.env.HOST ?? "127.0.0.1" });
  console.log(`serving ${root} at ${origin}/`);
}
