// A code cache for the bundled CLI on Node versions without module.enableCompileCache() (Node 20): compiling
// the bundle was about 50 ms of a 0.2 s one-post check there. Each CommonJS file of dist-cli/ is compiled
// through vm.Script with the V8 code cache an earlier run left, and a file without one (or whose cache V8
// rejects: another Node, other flags) leaves one at exit, made after the run so that it holds the functions
// the run compiled too. The cache is only ever a speed-up: any failure to read or write it is ignored.
import { lstatSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import module, { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import vm from "node:vm";

/**
 * Compiles the CommonJS files under `folder` (a file: URL of dist-cli/) with a code cache kept in a folder of
 * NODE_COMPILE_CACHE or os.tmpdir() (Node's own variable and default place), one per user and Node version,
 * unless NODE_DISABLE_COMPILE_CACHE is set, as for Node's compile cache.
 */
export function cacheCompiledCode(folder, cacheRoot = process.env.NODE_COMPILE_CACHE || tmpdir()) {
  if (process.env.NODE_DISABLE_COMPILE_CACHE) return;
  const root = fileURLToPath(folder);
  const user = process.getuid?.() ?? "";
  const cache = privateFolder(path.join(cacheRoot, `checkpost-compile-cache-${user}-${process.version}-${process.arch}`));
  if (!cache) return;
  const Module = module.Module;
  const compile = Module.prototype._compile;
  const pending = [];
  Module.prototype._compile = function (content, filename, ...rest) {
    if (!filename.startsWith(root)) return compile.call(this, content, filename, ...rest);
    // The file's path, size and time name its cache: a rebuilt bundle is a new entry (V8 itself checks only the
    // length), and two installations keep an entry each.
    const { size, mtimeMs } = statSync(filename);
    const name = `${path.basename(filename)}-${pathHash(filename)}`;
    const entry = path.join(cache, `${name}-${size}-${Math.trunc(mtimeMs)}`);
    let cachedData;
    try {
      cachedData = readFileSync(entry);
    } catch {}
    const script = new vm.Script(module.wrap(content), { filename, cachedData });
    if (!cachedData || script.cachedDataRejected) pending.push({ name, entry, script });
    const wrapper = script.runInThisContext({ displayErrors: true });
    return wrapper.call(this.exports, this.exports, createRequire(filename), this, filename, path.dirname(filename));
  };
  process.once("exit", () => {
    for (const { name, entry, script } of pending) {
      try {
        // Written whole under another name, then renamed: a run starting meanwhile reads the old entry or none.
        const temporary = `${entry}.${process.pid}.tmp`;
        writeFileSync(temporary, script.createCachedData());
        renameSync(temporary, entry);
        // The entries of earlier builds of the same file are dead weight.
        for (const old of readdirSync(cache)) {
          if (old.startsWith(`${name}-`) && path.join(cache, old) !== entry) rmSync(path.join(cache, old), { force: true });
        }
      } catch {}
    }
  });
}

/** FNV-1a of a path, in hexadecimal: a short name for where a file is, not a secret. */
function pathHash(text) {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return (hash >>> 0).toString(16).padStart(8, "0");
}

/**
 * The folder, made if need be, when only this user may write to it; otherwise undefined. The cache holds
 * compiled code that runs as this user: a folder in a shared temporary directory that another user made or
 * can write to is not used (the temporary directory's sticky bit keeps others from replacing it).
 */
function privateFolder(folder) {
  try {
    mkdirSync(folder, { recursive: true, mode: 0o700 });
    // lstat: a symbolic link planted in its place leads somewhere this user did not choose.
    const stat = lstatSync(folder);
    if (!stat.isDirectory()) return undefined;
    if (process.getuid && (stat.uid !== process.getuid() || (stat.mode & 0o022) !== 0)) return undefined;
    return folder;
  } catch {
    return undefined;
  }
}
