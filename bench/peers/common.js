// What the two reference maps (leaflet/, d3/) share: the dataset URL (the
// page's `?data=` parameter, like bench/pages/widget.html), loading, the
// language toggle ("English" / "Lietuvių"), one toggle per pledge area
// (aria-pressed; AND: a signatory shows when it pledged every selected
// area) and the visible count. Each map only draws and re-filters markers.

export const DATA_URL = new URLSearchParams(location.search).get("data") || "/bench/data/n15.json";
export const WORLD_URL = "/node_modules/world-atlas/countries-110m.json";

const TEXT = {
  en: {
    showing: (shown, total) => `Showing ${shown} of ${total} signatories`,
    kind: { company: "company", association: "association", institution: "institution" },
  },
  lt: {
    showing: (shown, total) => `Rodoma ${shown} iš ${total} signatarų`,
    kind: { company: "įmonė", association: "asociacija", institution: "institucija" },
  },
};

async function getJson(url) {
  const response = await fetch(url, { credentials: "omit" });
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response.json();
}

/** The text in `lang`, else English. */
export const pick = (text, lang) => text[lang] || text.en;

/**
 * Loads the dataset and the basemap, builds the controls, and calls
 * `map.draw(dataset, world, lang)` once, then `map.filter(shown)` (a
 * Uint8Array, 1 = visible) on every area toggle and `map.setLang(lang)`
 * on every language toggle.
 * @param {{ draw: Function, filter: Function, setLang: Function }} map
 */
export async function start(map) {
  const [dataset, world] = await Promise.all([getJson(DATA_URL), getJson(WORLD_URL)]);
  const root = document.getElementById("peer");
  const areaIndex = new Map(dataset.areas.map((area, i) => [area.id, i]));
  const masks = Uint8Array.from(dataset.signatories, (s) =>
    s.areas.reduce((mask, id) => mask | (1 << areaIndex.get(id)), 0),
  );
  const shown = new Uint8Array(masks.length).fill(1);
  const total = masks.length;
  let lang = "en";
  let selected = 0;
  const number = { en: new Intl.NumberFormat("en"), lt: new Intl.NumberFormat("lt") };

  const count = root.querySelector(".peer-count");
  const showCount = () => {
    let visible = 0;
    for (let i = 0; i < total; i++) visible += shown[i];
    count.textContent = TEXT[lang].showing(number[lang].format(visible), number[lang].format(total));
  };

  const langButtons = [
    ["en", "English"],
    ["lt", "Lietuvių"],
  ].map(([tag, name]) => {
    const button = document.createElement("button");
    button.type = "button";
    button.lang = tag;
    button.textContent = name;
    button.setAttribute("aria-pressed", String(tag === lang));
    button.addEventListener("click", () => setLang(tag));
    return button;
  });
  root.querySelector(".peer-lang").append(...langButtons);

  const areaButtons = dataset.areas.map((area, i) => {
    const button = document.createElement("button");
    button.type = "button";
    button.dataset.area = area.id;
    button.textContent = pick(area.label, lang);
    button.setAttribute("aria-pressed", "false");
    button.addEventListener("click", () => {
      selected ^= 1 << i;
      button.setAttribute("aria-pressed", String((selected & (1 << i)) !== 0));
      for (let k = 0; k < total; k++) shown[k] = (masks[k] & selected) === selected ? 1 : 0;
      map.filter(shown);
      showCount();
    });
    return button;
  });
  root.querySelector(".peer-areas").append(...areaButtons);

  function setLang(tag) {
    if (tag === lang) return;
    lang = tag;
    for (const button of langButtons) button.setAttribute("aria-pressed", String(button.lang === lang));
    dataset.areas.forEach((area, i) => {
      areaButtons[i].textContent = pick(area.label, lang);
    });
    showCount();
    map.setLang(lang);
  }

  showCount();
  map.draw(dataset, world, lang);
  // All markers are in the DOM: the benchmark's "drawn" moment.
  window.__markersDrawn = performance.now();
}

/** A marker's accessible name: "Name, kind, City". */
export const markerName = (s, lang) => `${pick(s.name, lang)}, ${TEXT[lang].kind[s.kind]}, ${pick(s.city, lang)}`;
