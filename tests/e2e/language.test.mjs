// The EN / LT language toggle switches every visible string — interface,
// data (names, cities, countries, areas), dates, plurals — and the widget's
// `lang`, and leaves no English interface text behind.

import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";

import {
  OPTIONS,
  ROOT,
  englishUiStrings,
  listItems,
  perceivableText,
  phrasesIn,
  useWidgetPages,
  widget,
} from "./support.mjs";

/** English words that only occur inside messages with placeables. */
const ENGLISH_WORDS = /\b(Signed|Showing|signatory|signatories|pledge areas?|Near|of)\b/;

/** The simple Lithuanian UI strings, for the way back to English. */
function lithuanianUiStrings() {
  const source = readFileSync(join(ROOT, "locales", "lt", "widget.ftl"), "utf8");
  return [...source.matchAll(/^([a-z][a-z0-9-]*) = ([^{\n]+)$/gm)]
    .filter(([, id]) => id !== "language-name" && id !== "language-short")
    .map(([, , value]) => value.trim());
}

const pages = useWidgetPages();

async function assertNoEnglishUi(root, when) {
  const text = await perceivableText(root);
  assert.deepEqual(phrasesIn(text, englishUiStrings()), [], `English UI strings ${when}`);
  assert.doesNotMatch(text, ENGLISH_WORDS, `English words ${when}`);
}

test("“Lietuvių” switches the demo widget to Lithuanian, data included", OPTIONS, async () => {
  const root = await pages.open("/index.html");
  const lt = root.getByRole("button", { name: "Lietuvių", exact: true });
  const en = root.getByRole("button", { name: "English", exact: true });
  assert.equal(await lt.getAttribute("lang"), "lt", "the toggle is pronounced in Lithuanian");
  await lt.click();

  assert.equal(await root.getAttribute("lang"), "lt");
  assert.equal(await lt.getAttribute("aria-pressed"), "true");
  assert.equal(await en.getAttribute("aria-pressed"), "false");
  assert.ok(
    await root
      .getByRole("heading", { name: "Europos Tarybos ir technologijų bendrovių partnerystė atviram ir saugiam internetui" })
      .isVisible(),
  );
  assert.ok(await root.getByText("Pasirašyta 2017 m. lapkričio 8 d. · Strasbūras", { exact: true }).isVisible());
  // The built-in areas are everyone's: listed, not toggled (the filter in
  // Lithuanian is checked on the varied fixture below).
  assert.equal((await root.locator(".smw-summary").innerText()).trim(), "15 signatarų");
  assert.equal((await root.getByRole("status").innerText()).trim(), "15 signatarų");
  assert.ok(await root.getByRole("heading", { name: "Bendradarbiavimo sritys" }).isVisible());
  assert.ok(await root.getByRole("listitem").filter({ hasText: /^Žodžio laisvė internete$/ }).isVisible());
  const legend = root.getByRole("list", { name: "Signatarų rūšys" });
  assert.deepEqual((await legend.getByRole("listitem").allInnerTexts()).map((t) => t.trim()), [
    "Institucija",
    "Bendrovė",
    "Asociacija",
  ]);
  const list = listItems(root, "Signatarai");
  assert.equal(await list.count(), 15);
  assert.ok(await list.getByText("„Kaspersky Lab“", { exact: true }).isVisible());
  assert.ok(await list.getByText("Bendrovė · Bona, Vokietija", { exact: true }).isVisible());
  assert.ok(await list.getByText("Asociacija · Briuselis, Belgija").first().isVisible());
  const map = root.getByRole("group", { name: "Signatarų būstinių žemėlapis" });
  assert.ok(await map.getByRole("button", { name: "Priartinti", exact: true }).isVisible());
  assert.ok(await map.getByRole("button", { name: "„Kaspersky Lab“, bendrovė, Maskva, Rusija" }).isVisible());
  // Fanned out on this wide map (core::fan): Washington's two, each a marker.
  assert.ok(await map.getByRole("button", { name: "„Global Network Initiative“ (GNI), asociacija, Vašingtonas, Jungtinės Valstijos" }).isVisible());
  assert.equal(await root.getByText("Filter by pledge area").count(), 0);
  await assertNoEnglishUi(root, "in the Lithuanian view");

  // A group's member list, in Lithuanian: on a phone-wide map, where
  // groups remain.
  await pages.page.setViewportSize({ width: 390, height: 844 });
  await map.getByRole("button", { name: "2 signatarai: Vašingtonas" }).click();
  const group = root.getByRole("region", { name: "2 signatarai: Vašingtonas" });
  assert.ok(await group.getByRole("button", { name: "Uždaryti grupę" }).isVisible());
  await assertNoEnglishUi(root, "with a group open");

  // A detail, in Lithuanian.
  await list.getByRole("button", { name: /^„Deutsche Telekom“/ }).click();
  const detail = root.getByRole("region", { name: "„Deutsche Telekom“" });
  assert.ok(await detail.isVisible());
  for (const text of ["Rūšis", "Bendrovė", "Būstinė", "Bona, Vokietija", "Svetainė"]) {
    assert.ok(await detail.getByText(text, { exact: true }).isVisible(), text);
  }
  // Everyone's areas are listed once above, not in each detail.
  assert.equal(await detail.getByText("Žodžio laisvė internete", { exact: true }).count(), 0);
  assert.ok(await detail.getByRole("button", { name: "Uždaryti išsamią informaciją" }).isVisible());
  await assertNoEnglishUi(root, "with a detail open");

  // And back to English: everything follows, the open detail included.
  await en.click();
  assert.equal(await root.getAttribute("lang"), "en");
  assert.equal(await en.getAttribute("aria-pressed"), "true");
  assert.ok(
    await root
      .getByRole("heading", { name: "Council of Europe partnership with technology companies for an open and safe Internet" })
      .isVisible(),
  );
  assert.equal((await root.locator(".smw-covers h3").innerText()).trim(), "Areas of cooperation");
  assert.ok(await root.getByText("Signed 8 November 2017 · Strasbourg", { exact: true }).isVisible());
  const englishDetail = root.getByRole("region", { name: "Deutsche Telekom" });
  assert.ok(await englishDetail.getByText("Bonn, Germany", { exact: true }).isVisible());
  const text = await perceivableText(root);
  assert.deepEqual(phrasesIn(text, lithuanianUiStrings()), [], "no Lithuanian UI string left");
  assert.deepEqual(pages.session.consoleErrors, []);
  assert.deepEqual(pages.session.pageErrors, []);
});

test("Lithuanian plurals on the fixture: header, groups and the “Rodoma N iš M” line", OPTIONS, async () => {
  const root = await pages.open("/fixtures/varied.html");
  await root.getByRole("button", { name: "Lietuvių", exact: true }).click();
  assert.equal(await root.getAttribute("lang"), "lt");
  assert.ok(await root.getByText(/^6 signatarai · 4 įsipareigojimų sritys/).isVisible());
  const showing = root.getByRole("status");
  assert.equal((await showing.innerText()).trim(), "Rodoma 6 iš 6 signatarų");
  // The Vilnius pair: fanned out on this wide map, each named in Lithuanian.
  assert.ok(await root.getByRole("button", { name: "Vilniaus universitetas, institucija, Vilnius, Lietuva" }).isVisible());

  const chip = (label) => root.getByRole("button", { name: new RegExp(`^${label}\\s*\\d+$`) });
  await chip("Privatumas").click();
  assert.equal((await showing.innerText()).trim(), "Rodoma 4 iš 6 signatarų");
  await chip("Žodžio laisvė").click();
  assert.equal((await showing.innerText()).trim(), "Rodoma 2 iš 6 signatarų");
  await chip("Vaikų sauga").click();
  assert.equal((await showing.innerText()).trim(), "Rodoma 1 iš 6 signatarų");
  assert.equal(await listItems(root, "Signatarai").count(), 1);
  assert.ok(
    await root.getByRole("button", { name: "Vilniaus universitetas, Institucija, Vilnius, Lietuva" }).isVisible(),
  );
  await chip("Kultūra").click();
  assert.equal((await showing.innerText()).trim(), "Rodoma 0 iš 6 signatarų");
  assert.ok(
    await root.getByText("Nė vienas signataras neatitinka visų pasirinktų sričių.", { exact: true }).isVisible(),
  );
  await root.getByRole("button", { name: "Išvalyti filtrą", exact: true }).click();
  assert.equal((await showing.innerText()).trim(), "Rodoma 6 iš 6 signatarų");
  await assertNoEnglishUi(root, "on the fixture");
});
