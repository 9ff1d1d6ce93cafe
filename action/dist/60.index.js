export const id = 60;
export const ids = [60];
export const modules = {

/***/ 47060:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   changedFiles: () => (/* binding */ changedFiles),
/* harmony export */   defaultBase: () => (/* binding */ defaultBase)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(16141);



/** Runs git in `cwd` and returns its output; undefined when git fails (not a repository, an unknown ref). */
function git(cwd, args) {
    try {
        return (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFileSync)("git", args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"], maxBuffer: 64 * 1024 * 1024 });
    }
    catch {
        return undefined;
    }
}
/**
 * The base a pull request would be compared with: the remote's default branch (origin/HEAD), else origin/main,
 * else main: what `checkpost check --changed` compares with when given no base.
 */
function defaultBase(cwd) {
    assertRepository(cwd);
    const head = git(cwd, ["rev-parse", "--abbrev-ref", "origin/HEAD"])?.trim();
    if (head && head !== "origin/HEAD")
        return head;
    for (const candidate of ["origin/main", "main"]) {
        if (git(cwd, ["rev-parse", "--verify", "--quiet", `${candidate}^{commit}`]) !== undefined)
            return candidate;
    }
    throw new _types_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y("--changed found no base to compare with (no origin/HEAD, origin/main or main); pass one: --changed BASE");
}
/**
 * The files under `cwd` that differ from where the current branch left `base` (their merge base, as a pull
 * request's diff does): committed, staged, unstaged and untracked changes, without deleted files. Absolute paths.
 */
function changedFiles(cwd, base) {
    assertRepository(cwd);
    const mergeBase = git(cwd, ["merge-base", base, "HEAD"])?.trim();
    if (!mergeBase) {
        throw new _types_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y(`--changed: "${base}" is not a branch, tag or commit that shares history with HEAD; expected e.g. origin/main`);
    }
    // --relative: paths relative to cwd, and only files under it (the content root).
    const tracked = git(cwd, ["diff", "--name-only", "--relative", "--no-renames", "--diff-filter=d", "-z", mergeBase, "--"]) ?? "";
    const untracked = git(cwd, ["ls-files", "--others", "--exclude-standard", "-z"]) ?? "";
    const files = new Set([...tracked.split("\0"), ...untracked.split("\0")].filter(Boolean));
    return [...files].map((file) => node_path__WEBPACK_IMPORTED_MODULE_1___default().join(cwd, file));
}
function assertRepository(cwd) {
    if (git(cwd, ["rev-parse", "--is-inside-work-tree"])?.trim() !== "true") {
        throw new _types_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y(`--changed compares with a git base, but ${cwd} is not inside a git repository`);
    }
}


/***/ })

};
