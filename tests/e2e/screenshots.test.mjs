// Screenshots of the demo widget in English and Lithuanian, for people to
// look at (tests/artifacts/ is git-ignored).

import assert from "node:assert/strict";
import { mkdirSync, rmSync, statSync } from "node:fs";
import { join } from "node:path";
import { before, test } from "node:test";

import { OPTIONS, ROOT, useWidgetPages } from "./support.mjs";

const ARTIFACTS = join(ROOT, "tests", "artifacts");

const pages = useWidgetPages();

before(() => {
  mkdirSync(ARTIFACTS, { recursive: true });
});

test("screenshots of the widget in English and Lithuanian", OPTIONS, async () => {
  const { page } = pages;
  const root = await pages.open("/index.html");
  const element = page.locator("signatory-map");
  const en = join(ARTIFACTS, "widget-en.png");
  const lt = join(ARTIFACTS, "widget-lt.png");
  rmSync(en, { force: true });
  rmSync(lt, { force: true });

  const english = await element.screenshot({ path: en, animations: "disabled" });
  await root.getByRole("button", { name: "Lietuvių", exact: true }).click();
  await root.getByText(/^15 signatarų/).waitFor();
  const lithuanian = await element.screenshot({ path: lt, animations: "disabled" });

  const box = await element.boundingBox();
  assert.ok(box && box.width >= 320 && box.height >= 300, `the widget has a real size: ${JSON.stringify(box)}`);
  for (const file of [en, lt]) {
    const size = statSync(file).size;
    assert.ok(size > 20_000, `${file} is ${size} bytes`);
  }
  assert.notDeepEqual(english, lithuanian, "the two languages look different");
});
