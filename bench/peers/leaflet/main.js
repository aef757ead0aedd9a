// Reference map 1: Leaflet + Leaflet.markercluster, the way newsrooms
// embed a clustered point map today and as both projects' docs show it:
// minified builds loaded by index.html (as from a CDN), `L.marker` with
// Leaflet's default icon in one `markerClusterGroup`. A world-atlas
// countries-110m GeoJSON base layer (topojson-client) replaces the tiles;
// maxZoom 18 is what the usual OpenStreetMap tile layer would set (the
// cluster group needs one).
import { feature } from "topojson-client";

import { markerName, start } from "../common.js";

const L = /** @type {any} */ (window).L;
let cluster;
let markers = [];
let dataset;

start({
  draw(data, world, lang) {
    dataset = data;
    const map = L.map("map", { zoomSnap: 0, minZoom: 0, maxZoom: 18, scrollWheelZoom: false, worldCopyJump: false });
    map.attributionControl.setPrefix(false).addAttribution("Basemap: Natural Earth");
    map.fitBounds([[-58, -170], [78, 180]]);
    L.geoJSON(feature(world, world.objects.countries), {
      interactive: false,
      style: { color: "#b9b2a3", weight: 0.5, fillColor: "#f4f1ea", fillOpacity: 1 },
    }).addTo(map);
    markers = data.signatories.map((s) =>
      L.marker([s.lat, s.lon], { title: markerName(s, lang), alt: markerName(s, lang) }),
    );
    cluster = L.markerClusterGroup();
    cluster.addLayers(markers);
    map.addLayer(cluster);
  },
  filter(shown) {
    cluster.clearLayers();
    cluster.addLayers(markers.filter((_, i) => shown[i]));
  },
  setLang(lang) {
    // Markers inside clusters have no element yet: their options are what
    // they will be drawn with; those on the map are renamed in place.
    dataset.signatories.forEach((s, i) => {
      const name = markerName(s, lang);
      markers[i].options.title = markers[i].options.alt = name;
      const icon = markers[i].getElement();
      if (icon) icon.title = icon.alt = name;
    });
  },
});
