// A small W3C WebDriver client over plain HTTP (Node's fetch), for the
// engines playwright-core cannot drive: Firefox through geckodriver and
// WebKit through WebKitGTK's WebKitWebDriver. It covers what the
// cross-engine suite does, like a reader: open a page, press keys, click,
// drag, read back through a script, take a screenshot. No npm client is
// needed for that, and none of them downloads a driver behind our back.
//
// Elements are the W3C references scripts return (`{ [ELEMENT]: id }`),
// including those inside the widget's open shadow root.

/** The W3C key of an element reference in a command's JSON. */
export const ELEMENT = "element-6066-11e4-a52e-4f735466cecf";

/** The W3C code points of the keys a reader presses. */
export const KEY = {
  Tab: "\uE004",
  Enter: "\uE007",
  Escape: "\uE00C",
  Space: "\uE00D",
  Shift: "\uE008",
  ArrowLeft: "\uE012",
  ArrowUp: "\uE013",
  ArrowRight: "\uE014",
  ArrowDown: "\uE015",
};

/** A WebDriver error, with the command that met it and the driver's message. */
export class WebDriverError extends Error {
  /** @param {string} what @param {{ error?: string, message?: string }} value */
  constructor(what, value) {
    super(`${what}: ${value?.error ?? "error"}: ${value?.message ?? JSON.stringify(value)}`);
    this.code = value?.error;
  }
}

/**
 * One browser session. `start` opens it on a running driver; every method
 * is one WebDriver command (or a short sequence of them).
 */
export class WebDriverSession {
  /** @param {string} driverUrl @param {string} id @param {Record<string, unknown>} capabilities */
  constructor(driverUrl, id, capabilities) {
    this.base = `${driverUrl}/session/${id}`;
    this.capabilities = capabilities;
  }

  /**
   * Opens a session with `capabilities` (W3C `alwaysMatch`).
   * @param {string} driverUrl
   * @param {Record<string, unknown>} capabilities
   */
  static async start(driverUrl, capabilities) {
    const value = await send("POST", `${driverUrl}/session`, { capabilities: { alwaysMatch: capabilities } });
    return new WebDriverSession(driverUrl, value.sessionId, value.capabilities);
  }

  /** @param {string} method @param {string} path @param {unknown} [body] */
  command(method, path, body) {
    return send(method, `${this.base}${path}`, body);
  }

  /** Loads `url` and waits for its load event (the W3C default). */
  navigate(url) {
    return this.command("POST", "/url", { url });
  }

  /**
   * Runs `fn` (a function, sent as its source) in the page with `args` and
   * returns what it returns (awaited when it is a promise).
   * @template T
   * @param {(...args: any[]) => T} fn
   * @param {...unknown} args
   * @returns {Promise<Awaited<T>>}
   */
  execute(fn, ...args) {
    return this.command("POST", "/execute/sync", { script: `return (${fn}).apply(null, arguments);`, args });
  }

  /**
   * Polls `fn` in the page until it returns something truthy; returns that.
   * On timeout, throws with `what` and the last value `fn` returned.
   * @template T
   * @param {string} what
   * @param {(...args: any[]) => T} fn
   * @param {{ timeout?: number, args?: unknown[] }} [options]
   */
  waitFor(what, fn, { timeout = 15_000, args = [] } = {}) {
    return poll(what, () => this.execute(fn, ...args), timeout);
  }

  /** Clicks `element` (scrolled into view first, as the W3C command does). */
  click(element) {
    return this.command("POST", `/element/${element[ELEMENT]}/click`, {});
  }

  /** The element that has focus in the page (through shadow roots). */
  async focused() {
    return this.execute(() => {
      let active = document.activeElement;
      while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
      return active;
    });
  }

  /**
   * Presses `keys` in order (each down then up), as a reader types them
   * into whatever has focus. A key held with another: `chord(KEY.Shift, KEY.Tab)`.
   * @param {...(string | string[])} keys
   */
  async press(...keys) {
    const actions = [];
    for (const key of keys) {
      const held = Array.isArray(key) ? key : [key];
      for (const value of held) actions.push({ type: "keyDown", value });
      for (const value of [...held].reverse()) actions.push({ type: "keyUp", value });
    }
    await this.command("POST", "/actions", { actions: [{ type: "key", id: "keyboard", actions }] });
    await this.command("DELETE", "/actions");
  }

  /**
   * Drags the mouse from viewport point `from` to `to` in `steps` moves.
   * @param {{ x: number, y: number }} from
   * @param {{ x: number, y: number }} to
   */
  async drag(from, to, steps = 8) {
    const moves = [];
    for (let step = 1; step <= steps; step += 1) {
      const x = Math.round(from.x + ((to.x - from.x) * step) / steps);
      const y = Math.round(from.y + ((to.y - from.y) * step) / steps);
      moves.push({ type: "pointerMove", duration: 16, origin: "viewport", x, y });
    }
    const at = { type: "pointerMove", duration: 0, origin: "viewport", x: Math.round(from.x), y: Math.round(from.y) };
    const actions = [at, { type: "pointerDown", button: 0 }, ...moves, { type: "pointerUp", button: 0 }];
    await this.command("POST", "/actions", {
      actions: [{ type: "pointer", id: "mouse", parameters: { pointerType: "mouse" }, actions }],
    });
    await this.command("DELETE", "/actions");
  }

  /**
   * Makes the page's viewport `width` × `height` CSS pixels: sets the
   * window, then corrects by what the browser's own frame takes.
   */
  async setViewport(width, height) {
    let rect = { width, height };
    for (let attempt = 0; attempt < 4; attempt += 1) {
      await this.command("POST", "/window/rect", rect);
      const first = await this.execute(() => ({ width: innerWidth, height: innerHeight }));
      if (first.width === width && first.height === height) return;
      const inner = await this.settledViewport();
      if (inner.width === width && inner.height === height) return;
      rect = { width: rect.width + width - inner.width, height: rect.height + height - inner.height };
    }
    const inner = await this.settledViewport();
    throw new Error(`the viewport stays ${inner.width}×${inner.height}, not ${width}×${height}`);
  }

  /**
   * The viewport's size once it stops changing: MiniBrowser answers the
   * window command before its page has the new size (under Xvfb the resize
   * lands a moment later), and a correction made from the old size
   * overshoots.
   */
  async settledViewport() {
    const read = () => this.execute(() => ({ width: innerWidth, height: innerHeight }));
    let last = await read();
    for (let check = 0; check < 20; check += 1) {
      await sleep(50);
      const now = await read();
      if (now.width === last.width && now.height === last.height) return now;
      last = now;
    }
    return last;
  }

  /** A PNG of the viewport, or of `element` alone (e.g. an iframe standing in for a narrow window). */
  async screenshot(element) {
    const path = element ? `/element/${element[ELEMENT]}/screenshot` : "/screenshot";
    return Buffer.from(await this.command("GET", path), "base64");
  }

  /**
   * Sends the next commands to the document of `frame` (an iframe element),
   * or back to the top-level one (`null`): scripts, clicks and keys then
   * act in that document.
   */
  switchToFrame(frame) {
    return this.command("POST", "/frame", { id: frame });
  }

  /** Ends the session (closes the browser). */
  quit() {
    return this.command("DELETE", "");
  }
}

/** @param {string} method @param {string} url @param {unknown} [body] */
async function send(method, url, body) {
  const response = await fetch(url, {
    method,
    headers: { "content-type": "application/json; charset=utf-8" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  let parsed;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new WebDriverError(`${method} ${url}`, { error: `HTTP ${response.status}`, message: text.slice(0, 200) });
  }
  if (!response.ok) throw new WebDriverError(`${method} ${new URL(url).pathname}`, parsed.value);
  return parsed.value;
}

/** @param {number} ms */
export const sleep = (ms) => new Promise((done) => setTimeout(done, ms));

/**
 * Calls `read` every 50 ms until it resolves to something truthy; returns
 * that. A rejection counts as not yet (the page may be between documents).
 * On timeout, throws with `what` and the last value read.
 * @template T
 * @param {string} what
 * @param {() => Promise<T>} read
 */
export async function poll(what, read, timeout = 15_000) {
  const deadline = Date.now() + timeout;
  let last;
  for (;;) {
    last = await read().catch((error) => ({ error: String(error) }));
    if (last && !(typeof last === "object" && "error" in last)) return last;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what} (last: ${JSON.stringify(last)})`);
    await sleep(50);
  }
}
