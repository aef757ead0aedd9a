// Two pages; relative asset URLs (`base: "./"`), so dist/ works from any
// folder. Vite emits the package's .wasm as an asset by itself: the glue
// names it with `new URL("signatory_map_bg.wasm", import.meta.url)`.
import { fileURLToPath } from "node:url";

import { defineConfig } from "vite";

export default defineConfig({
  base: "./",
  logLevel: "warn",
  build: {
    rolldownOptions: {
      input: {
        index: fileURLToPath(new URL("./index.html", import.meta.url)),
        element: fileURLToPath(new URL("./element.html", import.meta.url)),
      },
    },
  },
});
