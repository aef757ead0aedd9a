// Points the <signatory-map> just before this script at the dataset named
// by the page's `?data=` query parameter (before element.js, a module
// script, upgrades it). The peers read the same parameter.
document.currentScript.previousElementSibling.setAttribute(
  "src",
  new URLSearchParams(location.search).get("data") || "/bench/data/n15.json",
);
