import { mount } from "signatory-map";

const handle = await mount(document.getElementById("map"), { lang: "en" });
// For the test: the handle's methods work from the page too.
window.signatoryMap = handle;
