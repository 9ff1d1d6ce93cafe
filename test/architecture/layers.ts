/**
 * The layer map of checkpost and a checker of import direction. docs/architecture.md describes the same map;
 * import-direction.test.ts runs the checker on src/ and action/, which makes this file the proof of that page.
 */
import path from "node:path";

/**
 * Layers from the inside out: a module imports only from its own layer or an inner one. A path is matched by
 * its longest prefix here; a file or folder that matches none fails the test, so every new folder gets a place.
 */
export const LAYERS: readonly { name: string; paths: readonly string[] }[] = [
  {
    name: "leaves",
    paths: ["src/text/", "src/load/", "src/schema/", "src/generated/", "src/links/", "src/types.ts", "src/version.ts", "src/memo.ts"],
  },
  { name: "model", paths: ["src/config/", "src/post/", "src/media/"] },
  { name: "rules", paths: ["src/rules/"] },
  {
    name: "services",
    paths: ["src/approval/", "src/check/", "src/repo/", "src/ledger/", "src/github/", "src/channels/", "src/report/"],
  },
  { name: "workflows", paths: ["src/pr/", "src/preview/", "src/publish/", "src/takedown/", "src/cli/", "src/index.ts"] },
  { name: "action", paths: ["action/"] },
];

/** The layer index of a repository-relative path (0 is innermost), or undefined when the map has no place for it. */
export function layerOf(file: string): number | undefined {
  let best: { layer: number; length: number } | undefined;
  for (const [layer, { paths }] of LAYERS.entries()) {
    for (const p of paths) {
      const matches = p.endsWith("/") ? file.startsWith(p) : file === p;
      if (matches && (!best || p.length > best.length)) best = { layer, length: p.length };
    }
  }
  return best?.layer;
}

/** Every module specifier a TypeScript source names: import/export … from, side-effect import, import(). */
export function importsOf(source: string): string[] {
  // Comments may quote imports ("a dynamic import(), not require()"): they are blanked first.
  const code = source.replace(/\/\*[\s\S]*?\*\//g, "").replace(/(^|[^:"'`\\])\/\/[^\n]*/g, "$1");
  const found: string[] = [];
  const patterns = [
    /\b(?:import|export)\s+(?:type\s+)?[^;'"`]*?\bfrom\s*["']([^"']+)["']/g,
    /\bimport\s*["']([^"']+)["']/g,
    /\bimport\s*\(\s*["']([^"']+)["']\s*\)/g,
  ];
  for (const re of patterns) for (const m of code.matchAll(re)) found.push(m[1] as string);
  return found;
}

/** The repository-relative path a relative specifier names, with .js mapped back to the .ts source. */
function resolveSpecifier(from: string, specifier: string): string {
  return path.posix.join(path.posix.dirname(from), specifier).replace(/\.js$/, ".ts");
}

/** The rule folder a path is in (src/rules/<name>/…), if any. */
function ruleFolder(file: string): string | undefined {
  return /^src\/rules\/([^/]+)\//.exec(file)?.[1];
}

/**
 * Every way the files break the architecture, one line each: an import going outward, a rule reaching into
 * another rule's folder or rule infrastructure other than src/rules/types.ts, `@actions/*` in src/, or a file
 * the layer map has no place for. `files` maps repository-relative paths to their source text.
 */
export function violations(files: ReadonlyMap<string, string>): string[] {
  const out: string[] = [];
  for (const [file, source] of files) {
    const from = layerOf(file);
    if (from === undefined) {
      out.push(`${file}: not in the layer map; give its folder a layer in test/architecture/layers.ts and docs/architecture.md`);
      continue;
    }
    for (const specifier of importsOf(source)) {
      if (specifier.startsWith("@actions/")) {
        if (file.startsWith("src/")) out.push(`${file}: import '${specifier}' is @actions/*, which only action/ may use`);
        continue;
      }
      if (!specifier.startsWith(".")) continue;
      const target = resolveSpecifier(file, specifier);
      const to = layerOf(target);
      if (to === undefined) {
        out.push(`${file}: import '${specifier}' names ${target}, which is not in the layer map`);
      } else if (to > from) {
        out.push(`${file}: import '${specifier}' goes outward (${LAYERS[from]?.name} → ${LAYERS[to]?.name})`);
      }
      const rule = ruleFolder(file);
      if (rule && target.startsWith("src/rules/") && ruleFolder(target) !== rule && target !== "src/rules/types.ts") {
        out.push(`${file}: import '${specifier}' reaches into ${target}; a rule imports only src/rules/types.ts and inner layers`);
      }
    }
  }
  return out;
}
