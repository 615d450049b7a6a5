import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import type { Server } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mimeType, resolveRequest, serveDist } from "../../scripts/serve-dist.ts";

// A miniature dist/ with the shapes Framework writes.
let root: string;
let server: Server;
let origin: string;
beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), "serve-dist-"));
  mkdirSync(join(root, "docs"));
  mkdirSync(join(root, "_import"));
  writeFileSync(join(root, "index.html"), "<h1>home</h1>");
  writeFileSync(join(root, "sanctions.html"), "<h1>sanctions</h1>");
  writeFileSync(join(root, "404.html"), "<h1>not found</h1>");
  writeFileSync(join(root, "docs", "index.html"), "<h1>docs</h1>");
  writeFileSync(join(root, "_import", "style.css"), "body{}");
  writeFileSync(join(root, "app.js"), "export {};");
  ({ server, origin } = await serveDist(root));
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  rmSync(root, { recursive: true, force: true });
});

describe("resolveRequest(root, pathname)", () => {
  it("resolveRequest(root, pathname) serves clean URLs: /sanctions → sanctions.html, / → index.html", () => {
    expect(resolveRequest(root, "/sanctions")).toEqual({ kind: "file", path: join(root, "sanctions.html") });
    expect(resolveRequest(root, "/")).toEqual({ kind: "file", path: join(root, "index.html") });
    expect(resolveRequest(root, "/sanctions.html")).toEqual({ kind: "file", path: join(root, "sanctions.html") });
  });

  it("resolveRequest(root, pathname) redirects a folder to its trailing slash, then serves its index.html", () => {
    expect(resolveRequest(root, "/docs")).toEqual({ kind: "redirect", location: "/docs/" });
    expect(resolveRequest(root, "/docs/")).toEqual({ kind: "file", path: join(root, "docs", "index.html") });
  });

  it("resolveRequest(root, pathname) never leaves root and rejects malformed escapes", () => {
    expect(resolveRequest(root, "/../../etc/passwd")).toEqual({ kind: "not-found" });
    expect(resolveRequest(root, "/%2e%2e/%2e%2e/etc/passwd")).toEqual({ kind: "not-found" });
    expect(resolveRequest(root, "/%E0%A4%A")).toEqual({ kind: "bad-request" });
    expect(resolveRequest(root, "/a%00b")).toEqual({ kind: "bad-request" });
    expect(resolveRequest(root, "/missing/")).toEqual({ kind: "not-found" });
  });
});

describe("mimeType(fileName)", () => {
  it("mimeType(fileName) gives browsers the types they require for modules, styles and fonts", () => {
    expect(mimeType("a/index.9f.js")).toBe("text/javascript; charset=utf-8");
    expect(mimeType("style.CSS")).toBe("text/css; charset=utf-8");
    expect(mimeType("inter.woff2")).toBe("font/woff2");
    expect(mimeType("facts.json")).toBe("application/json; charset=utf-8");
    expect(mimeType("figure.svg")).toBe("image/svg+xml; charset=utf-8");
    expect(mimeType("blob.parquet")).toBe("application/octet-stream");
  });
});

describe("serveDist(root)", () => {
  it("serveDist(root) answers a page with its HTML, its type, and no-cache", async () => {
    const response = await fetch(`${origin}/sanctions`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(response.headers.get("cache-control")).toBe("no-cache");
    expect(await response.text()).toBe("<h1>sanctions</h1>");
  });

  it("serveDist(root) answers an unknown path with 404.html and status 404", async () => {
    const response = await fetch(`${origin}/nowhere`);
    expect(response.status).toBe(404);
    expect(await response.text()).toBe("<h1>not found</h1>");
  });

  it("serveDist(root) redirects /docs to /docs/ keeping the query", async () => {
    const response = await fetch(`${origin}/docs?x=1`, { redirect: "manual" });
    expect(response.status).toBe(301);
    expect(response.headers.get("location")).toBe("/docs/?x=1");
  });

  it("serveDist(root) answers a matching If-None-Match with 304", async () => {
    const first = await fetch(`${origin}/app.js`);
    expect(first.headers.get("content-type")).toBe("text/javascript; charset=utf-8");
    const etag = first.headers.get("etag") ?? "";
    expect(etag).not.toBe("");
    const second = await fetch(`${origin}/app.js`, { headers: { "If-None-Match": etag } });
    expect(second.status).toBe(304);
  });

  it("serveDist(root) allows only GET and HEAD", async () => {
    expect((await fetch(`${origin}/`, { method: "POST" })).status).toBe(405);
    const head = await fetch(`${origin}/_import/style.css`, { method: "HEAD" });
    expect(head.status).toBe(200);
    expect(head.headers.get("content-length")).toBe("6");
    expect(await head.text()).toBe("");
  });
});
