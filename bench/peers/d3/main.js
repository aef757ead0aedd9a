// Reference map 2: d3-geo (Equal Earth, like our widget) + topojson-client,
// an SVG with one circle per signatory (no grouping), each with a <title>
// (its tooltip and accessible name). Plain DOM calls, no d3-selection.
import { geoEqualEarth, geoPath } from "d3-geo";
import { feature } from "topojson-client";

import { markerName, start } from "../common.js";

const SVG = "http://www.w3.org/2000/svg";
let circles = [];
let titles = [];
let drawnShown;
let dataset;

const el = (name, attributes = {}) => {
  const node = document.createElementNS(SVG, name);
  for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, value);
  return node;
};

start({
  draw(data, world, lang) {
    dataset = data;
    const box = document.getElementById("map");
    const { width, height } = box.getBoundingClientRect();
    const projection = geoEqualEarth().fitSize([width, height], { type: "Sphere" });
    const path = geoPath(projection);
    const svg = el("svg", { class: "d3-map", viewBox: `0 0 ${width} ${height}` });
    svg.append(el("path", { class: "sphere", d: path({ type: "Sphere" }) }));
    const land = el("g", { class: "land" });
    for (const country of feature(world, world.objects.countries).features) {
      land.append(el("path", { d: path(country) }));
    }
    svg.append(land);
    const dots = el("g");
    for (const s of data.signatories) {
      const [x, y] = projection([s.lon, s.lat]);
      const circle = el("circle", { class: `dot ${s.kind}`, cx: x.toFixed(1), cy: y.toFixed(1), r: 4 });
      const title = el("title");
      title.textContent = markerName(s, lang);
      circle.append(title);
      dots.append(circle);
      circles.push(circle);
      titles.push(title);
    }
    svg.append(dots);
    box.append(svg);
    drawnShown = new Uint8Array(circles.length).fill(1);
  },
  filter(shown) {
    for (let i = 0; i < circles.length; i++) {
      if (shown[i] !== drawnShown[i]) {
        circles[i].setAttribute("display", shown[i] ? "inline" : "none");
        drawnShown[i] = shown[i];
      }
    }
  },
  setLang(lang) {
    dataset.signatories.forEach((s, i) => {
      titles[i].textContent = markerName(s, lang);
    });
  },
});
