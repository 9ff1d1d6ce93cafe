// Lets the publish bench (plain Node 24, no build step) import the test fakes and the GitHub simulator, which
// are TypeScript written for the test runner: `./state.js` in their imports means `./state.ts`. Node strips the
// types itself (--experimental-transform-types); this hook only maps the extension.
import { existsSync } from "node:fs";
import { registerHooks } from "node:module";
import { fileURLToPath } from "node:url";

registerHooks({
  resolve(specifier, context, next) {
    if (specifier.startsWith(".") && specifier.endsWith(".js") && context.parentURL?.endsWith(".ts")) {
      const ts = new URL(specifier.replace(/\.js$/, ".ts"), context.parentURL);
      if (existsSync(fileURLToPath(ts))) return next(ts.href, context);
    }
    return next(specifier, context);
  },
});
