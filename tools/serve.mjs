// A small static file server for the demo and the end-to-end tests.
// Listens on 127.0.0.1 only; serves .wasm as application/wasm (needed for
// streaming compilation) and never lists directories.
//
//   node tools/serve.mjs [--port 8080] [--root .]
//   import { serve } from "./tools/serve.mjs"  // tests: await serve({ root, port: 0 })

import { createReadStream, statSync } from "node:fs";
import { createServer } from "node:http";
import { extname, join, normalize, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".wasm": "application/wasm",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".txt": "text/plain; charset=utf-8",
};

/**
 * What `onRequest` hears when a browser opens TLS to this server as its
 * proxy (WebKit, for any HTTPS URL): a request for some other host, which
 * cannot be named from outside the encryption.
 */
export const TLS_TO_PROXY = "https://(host-inside-tls).invalid/";

/**
 * Starts serving `root`. `headers(path)` may add response headers (tests
 * use it for a Content-Security-Policy); `routes` maps a path to a handler
 * `(request, response) => void` for test endpoints; `onRequest(url)` hears
 * the absolute URL of every request, before it is answered.
 *
 * A browser told to use this server as its proxy (the cross-engine tests
 * do, so that nothing else is reachable) sends requests for other hosts
 * here too: they are heard, then refused (502, or a closed tunnel for
 * HTTPS), never answered from `root`.
 * @param {{ root?: string, port?: number, headers?: (path: string) => Record<string, string>,
 *   routes?: Record<string, (request: import("node:http").IncomingMessage, response: import("node:http").ServerResponse) => void>,
 *   onRequest?: (url: string) => void }} [options]
 * @returns {Promise<{ url: string, close: () => Promise<void> }>}
 */
export function serve({ root = ".", port = 0, headers = () => ({}), routes = {}, onRequest = () => {} } = {}) {
  const base = resolve(root);
  let ownHost = "";
  const server = createServer((request, response) => {
    // A proxied request names its host (absolute form); a direct one is a path.
    const proxied = /^[a-z]+:\/\//i.test(request.url ?? "");
    const target = new URL(request.url ?? "/", `http://${request.headers.host ?? ownHost}`);
    onRequest(target.href);
    if (proxied && target.host !== ownHost) return send(response, 502, "this server is not a proxy");
    const path = decodeURIComponent(target.pathname);
    if (routes[path]) return routes[path](request, response);
    let file = normalize(join(base, path));
    if (file !== base && !file.startsWith(base + sep)) return send(response, 403, "forbidden");
    try {
      if (statSync(file).isDirectory()) file = join(file, "index.html");
      const size = statSync(file).size;
      response.writeHead(200, {
        "content-type": TYPES[extname(file)] ?? "application/octet-stream",
        "content-length": size,
        "cache-control": "no-store",
        ...headers(path),
      });
      createReadStream(file).pipe(response);
    } catch {
      send(response, 404, "not found");
    }
  });
  server.on("connect", (request, socket) => {
    onRequest(`https://${request.url}/`);
    socket.destroy();
  });
  // WebKitGTK's driver makes the session's `sslProxy` an https:// proxy:
  // for an HTTPS URL, WebKit opens TLS to this server (its CONNECT would
  // come inside). The host it wanted is not in the handshake (the proxy's
  // address is), so it is heard as TLS_TO_PROXY; anything else unparsable
  // gets the usual 400.
  server.on("clientError", (error, socket) => {
    if (/** @type {any} */ (error).rawPacket?.[0] === 0x16) onRequest(TLS_TO_PROXY);
    if (socket.writable) socket.end("HTTP/1.1 400 Bad Request\r\n\r\n");
    else socket.destroy();
  });
  return new Promise((done, fail) => {
    server.once("error", fail);
    server.listen(port, "127.0.0.1", () => {
      const address = server.address();
      const actualPort = typeof address === "object" && address ? address.port : port;
      ownHost = `127.0.0.1:${actualPort}`;
      done({
        url: `http://127.0.0.1:${actualPort}`,
        close: () => new Promise((closed) => { server.closeAllConnections(); server.close(() => closed()); }),
      });
    });
  });
}

function send(response, status, text) {
  response.writeHead(status, { "content-type": "text/plain; charset=utf-8" });
  response.end(text);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const arg = (name, fallback) => {
    const i = process.argv.indexOf(name);
    return i > 0 ? process.argv[i + 1] : fallback;
  };
  const { url } = await serve({ root: arg("--root", "."), port: Number(arg("--port", "8080")) });
  console.log(`Serving the demo at ${url}/  (Ctrl+C to stop)`);
}
