// The demo's map panel fits its box at the widths readers use, in both
// languages: the map keeps at least 35% of the box (45% when there is room),
// the legend and credits below it never lie over the list, and the caption
// above it shows whole lines. Lithuanian, whose words are longer, once put
// the credits over the first entry on a phone and cut the caption through
// its second line at 1280 px (found comparing engines' screenshots).

import assert from "node:assert/strict";
import { test } from "node:test";

import { OPTIONS, panelFit, panelFitProblems, useWidgetPages, waitForData, widget } from "./support.mjs";

const pages = useWidgetPages();

for (const [width, height] of [[320, 800], [390, 844], [900, 900], [1280, 900]]) {
  test(`${width} px, English and Lithuanian: the map panel fits, nothing over the list, the caption whole`, OPTIONS, async () => {
    const { page } = pages;
    await page.setViewportSize({ width, height });
    const root = await pages.open("/index.html");
    for (const lang of ["en", "lt"]) {
      if (lang === "lt") {
        await root.getByRole("button", { name: "Lietuvių", exact: true }).click();
        await page.waitForFunction(() => document.querySelector("signatory-map")?.shadowRoot?.querySelector(".smw")?.getAttribute("lang") === "lt");
        await waitForData(widget(page));
      }
      const fit = await root.evaluate(panelFit);
      assert.deepEqual(panelFitProblems(fit), [], `${width} px, ${lang}: ${JSON.stringify(fit)}`);
    }
  });
}
