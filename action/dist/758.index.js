export const id = 758;
export const ids = [758];
export const modules = {

/***/ 16758:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runPublishAction: () => (/* binding */ runPublishAction)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 17 modules
var core = __webpack_require__(41804);
// EXTERNAL MODULE: ./src/github/octokit-api.ts
var octokit_api = __webpack_require__(51731);
;// CONCATENATED MODULE: ./src/ledger/context.ts
function ledgerContext(store, options = {}) {
    return { store, now: options.now ?? (() => new Date()), run: options.run, rows: new Map(), corrections: [] };
}

;// CONCATENATED MODULE: ./src/ledger/github-store.ts
/** The ledger on its branch: one contents-API request per read or write. */
class GitHubLedgerStore {
    github;
    branch;
    branchReady = false;
    constructor(github, branch) {
        this.github = github;
        this.branch = branch;
    }
    async read(path) {
        const file = await this.github.getContent(this.branch, path);
        return file ? { text: file.text, version: file.sha } : undefined;
    }
    async write(path, text, version, message) {
        // Only a creation can meet a missing branch: a file with a version was read from the branch.
        if (version === undefined && !this.branchReady) {
            await this.github.ensureBranch(this.branch);
            this.branchReady = true;
        }
        return this.github.putContent(this.branch, path, text, version, message);
    }
}

;// CONCATENATED MODULE: ./src/ledger/store.ts
/**
 * Compare-and-swap file storage under the ledger: every write names the version it replaces, so two runs
 * can never both believe they changed the same file. The GitHub implementation maps the version to a
 * contents-API blob sha; the in-memory one to a counter.
 */
/** Someone else changed the file since it was read: re-read and decide again, never overwrite blindly. */
class LedgerConflict extends Error {
    path;
    constructor(path) {
        super(`the ledger file ${path} was changed by another run since it was read`);
        this.path = path;
        this.name = "LedgerConflict";
    }
}

;// CONCATENATED MODULE: ./src/ledger/cas.ts

/**
 * Read, decide, write with the version read; on a conflict read again and decide again — the decision is
 * re-made on the other run's data, never replayed over it. Bounded: a file that keeps changing under us
 * means something is wrong, and saying so beats spinning.
 */
async function casUpdate(store, path, message, decide, attempts = 10) {
    for (let attempt = 1;; attempt++) {
        const current = await store.read(path);
        const step = decide(current?.text);
        if (step.write === undefined)
            return step.result;
        try {
            await store.write(path, step.write, current?.version, message);
            return step.result;
        }
        catch (error) {
            if (!(error instanceof LedgerConflict) || attempt >= attempts) {
                if (error instanceof LedgerConflict)
                    throw new Error(`the ledger file ${path} changed ${attempts} times while this run tried to update it; run again`);
                throw error;
            }
        }
    }
}

// EXTERNAL MODULE: ./src/ledger/layout.ts
var layout = __webpack_require__(20899);
;// CONCATENATED MODULE: ./src/ledger/index-file.ts
/**
 * The ledger's index: read once per run to plan, written once per run with what changed. Concurrent runs
 * merge rather than overwrite: on a conflict the index is read again and this run's rows are laid over it,
 * keeping for each post the row made from the longer entry history (the newer state).
 */


/** The index, or undefined when the ledger has not started (its first run adopts what is on the branch). */
async function readIndex(store) {
    const file = await store.read(layout/* INDEX_PATH */.Pm);
    return file ? (0,layout/* parseIndex */.A1)(file.text) : undefined;
}
/**
 * Adopt posts that were on the branch when the ledger started: published by hand or never, and never
 * published by checkpost. Only index rows: the first run of a repository with hundreds of posts then makes
 * one write, not one per post (GitHub allows about 80 content-creating requests a minute).
 */
function adopt(ctx, posts) {
    const at = ctx.now().toISOString();
    for (const post of posts) {
        const id = (0,layout/* entryId */.ub)(post);
        const channels = Object.fromEntries(post.channels.map((c) => [c.id, { type: c.type, state: "adopted", at }]));
        ctx.rows.set(id, { id, client: post.client, path: post.path, blob: post.blob, channels, adoptedOnly: true, seq: 0 });
    }
}
/**
 * Write this run's rows into the index (creating it, with `started`, on the ledger's first run). `start`
 * creates the index even with no rows, so that a first run over an empty branch still starts the ledger.
 */
/** How long a text-only correction is kept in the index: the longest pattern window the config allows. */
const CORRECTIONS_KEPT_MS = 366 * 86_400_000;
async function flushIndex(ctx, options = {}) {
    if (ctx.rows.size === 0 && ctx.corrections.length === 0 && !options.start)
        return;
    const at = ctx.now().toISOString();
    const message = `index: ${ctx.rows.size} post(s)${ctx.run ? ` by run ${ctx.run.id}` : ""}`;
    await casUpdate(ctx.store, layout/* INDEX_PATH */.Pm, message, (text) => {
        const index = text ? (0,layout/* parseIndex */.A1)(text) : { format: 1, started: { at, ...(ctx.run ? { run: ctx.run } : {}) }, rows: {} };
        let changed = text === undefined;
        for (const [id, row] of ctx.rows) {
            const current = index.rows[id];
            if (row === null) {
                if (current)
                    delete index.rows[id];
                changed ||= current !== undefined;
            }
            else if (!current || current.seq <= row.seq) {
                changed ||= JSON.stringify(current) !== JSON.stringify(row);
                index.rows[id] = row;
            }
        }
        if (ctx.corrections.length > 0) {
            const oldest = ctx.now().getTime() - CORRECTIONS_KEPT_MS;
            const known = new Set((index.corrections ?? []).map((c) => `${c.path}\0${c.blob}`));
            const added = ctx.corrections.filter((c) => !known.has(`${c.path}\0${c.blob}`));
            const kept = [...(index.corrections ?? []), ...added].filter((c) => Date.parse(c.at) >= oldest);
            changed ||= added.length > 0 || kept.length !== (index.corrections ?? []).length;
            index.corrections = kept;
        }
        return { write: changed ? (0,layout/* serializeIndex */.Jt)(index) : undefined, result: undefined };
    });
    ctx.rows.clear();
    ctx.corrections.length = 0;
}

// EXTERNAL MODULE: ./src/ledger/rows.ts
var ledger_rows = __webpack_require__(72800);
;// CONCATENATED MODULE: ./src/ledger/stale.ts
/** A claim this old is presumed abandoned (its run crashed or was cancelled): a run takes ~seconds per post. */
const DEFAULT_STALE_AFTER_MS = 10 * 60_000;
/**
 * Whether a `publishing` claim can be taken over to resolve it: its holder is an earlier attempt of this
 * very run (GitHub re-runs keep the run id and raise the attempt), or it is older than `staleAfterMs`.
 * A younger claim of another run may belong to a run still publishing: leave it alone.
 */
function isStaleClaim(claim, now, run, staleAfterMs) {
    if (!claim)
        return true;
    if (claim.run && run && claim.run.id === run.id && (claim.run.attempt ?? 1) < (run.attempt ?? 1))
        return true;
    return now.getTime() - Date.parse(claim.heldSince) >= staleAfterMs;
}

;// CONCATENATED MODULE: ./src/ledger/protocol.ts




function newEntry(id, post, at, generation, previous) {
    return {
        format: 1,
        id,
        generation,
        ...(previous ? { previous } : {}),
        client: post.client,
        path: post.path,
        formerPaths: [],
        blob: post.blob,
        ...(post.pullRequest ? { pullRequest: post.pullRequest } : {}),
        ...(post.approvals ? { approvals: post.approvals } : {}),
        channels: {},
        history: [],
        createdAt: at,
    };
}
/** Set a channel's record and log the transition. */
function setChannel(entry, channel, record, extra = {}) {
    const from = entry.channels[channel]?.state;
    entry.channels[channel] = record;
    entry.history.push({
        at: record.at,
        channel,
        ...(from ? { from } : {}),
        to: record.state,
        ...(record.run ? { run: record.run } : {}),
        ...extra,
    });
}
/**
 * Read-decide-write on one entry. `decide` gets a private copy (undefined when the file does not exist) and
 * returns the entry to write, or none to leave it. The row for the index is noted only after a write
 * succeeded, or for what was read when nothing was written (a stale index repairs itself this way).
 */
async function updateEntry(ctx, id, message, decide) {
    const path = (0,layout/* entryPath */.s3)(id);
    const { result, entry } = await casUpdate(ctx.store, path, message, (text) => {
        const current = text === undefined ? undefined : (0,layout/* parseEntry */.ER)(text, path);
        const step = decide(current ? structuredClone(current) : undefined);
        return { write: step.write && (0,layout/* serialize */.lK)(step.write), result: { result: step.result, entry: step.write ?? current } };
    });
    if (entry)
        ctx.rows.set(id, (0,ledger_rows/* rowFromEntry */.DH)(entry));
    return result;
}
/** The entry a new claim for this post belongs to: generation 1, or the first after closed ones. */
async function locate(ctx, post) {
    let previous;
    for (let generation = 1;; generation++) {
        const id = (0,layout/* entryId */.ub)(post, generation);
        const file = await ctx.store.read((0,layout/* entryPath */.s3)(id));
        if (!file || !(0,ledger_rows/* isClosed */.Lx)((0,layout/* parseEntry */.ER)(file.text, (0,layout/* entryPath */.s3)(id))))
            return { id, generation, ...(previous ? { previous } : {}) };
        previous = id;
    }
}
/**
 * Claim a channel of a post before creating anything on it. `id` is the ledger id when the index knows the
 * post (moved posts keep theirs); a post new to the ledger gets the id derived from its identity, so two
 * runs racing for it write the same file and exactly one wins.
 */
async function claim(ctx, input) {
    const [result] = await claimAll(ctx, { ...(input.id ? { id: input.id } : {}), post: input.post, channels: [input] });
    return result;
}
/**
 * Claim several channels of one post in one compare-and-swap write of its entry: a post on four channels costs
 * one ledger write before its creates, not four (GitHub's client spaces writes a second apart). Each channel
 * is won, held by another run, or already settled, exactly as if claimed alone.
 */
async function claimAll(ctx, input) {
    const where = input.id ? { id: input.id, generation: 1 } : await locate(ctx, input.post);
    const at = ctx.now().toISOString();
    const names = input.channels.map((c) => c.channel).join(", ");
    return updateEntry(ctx, where.id, `claim ${input.post.path} on ${names}`, (current) => {
        const entry = current ?? newEntry(where.id, input.post, at, where.generation, "previous" in where ? where.previous : undefined);
        const open = (c) => {
            const record = entry.channels[c.channel];
            return !record || record.state === "failed";
        };
        if (!input.channels.some(open)) {
            return {
                result: input.channels.map((c) => {
                    const record = entry.channels[c.channel];
                    return { outcome: record.state === "publishing" ? "held" : "settled", entry, record };
                }),
            };
        }
        if (entry.blob !== input.post.blob) {
            // A new version of a post none of whose channels is live yet (e.g. fixed after a refusal) is simply
            // what gets published; a live post's new version is a correction, which is not a claim.
            if (Object.values(entry.channels).some((r) => ledger_rows/* LIVE_STATES */._d.has(r.state)))
                throw new Error(`${input.post.path} changed after it was published; a correction, not a new claim, applies`);
            entry.history.push({ at, fromBlob: entry.blob, toBlob: input.post.blob, reason: "new version before publication" });
            entry.blob = input.post.blob;
        }
        const results = input.channels.map((c) => {
            const record = entry.channels[c.channel];
            if (record && !open(c))
                return { outcome: record.state === "publishing" ? "held" : "settled", entry, record };
            const stored = { ...c.claim, ...(ctx.run ? { run: ctx.run } : {}), heldSince: at };
            setChannel(entry, c.channel, { type: c.type, state: "publishing", at, ...(ctx.run ? { run: ctx.run } : {}), claim: stored });
            return { outcome: "won", entry, claim: stored };
        });
        return { write: entry, result: results };
    });
}
/**
 * Take over a stale `publishing` claim to resolve it (keeping its key: the platform knows the post by it).
 * Staleness is judged on what is read, so of two runs racing to take over, the second sees the first's
 * fresh hold and backs off.
 */
async function takeOver(ctx, input) {
    const at = ctx.now().toISOString();
    return updateEntry(ctx, input.id, `resolve the claim of ${input.id} on ${input.channel}`, (entry) => {
        if (!entry)
            throw new Error(`the ledger has no entry ${input.id}; nothing to resolve on ${input.channel}`);
        const record = entry.channels[input.channel];
        if (!record)
            throw new Error(`the ledger entry ${input.id} has no channel ${input.channel}; nothing to resolve`);
        if (record.state !== "publishing" || !record.claim)
            return { result: { outcome: "settled", entry, record } };
        if (!isStaleClaim(record.claim, ctx.now(), ctx.run, input.staleAfterMs))
            return { result: { outcome: "held", entry, record } };
        const stored = { ...record.claim, ...(ctx.run ? { run: ctx.run } : {}), heldSince: at };
        entry.channels[input.channel] = { ...record, claim: stored };
        entry.history.push({
            at,
            channel: input.channel,
            reason: "stale claim taken over to resolve it",
            ...(ctx.run ? { run: ctx.run } : {}),
        });
        return { write: entry, result: { outcome: "won", entry, claim: stored } };
    });
}
/** A transition allowed only to the holder of the claim `key`. */
function claimedTransition(ctx, input, message, from, next) {
    const at = ctx.now().toISOString();
    return updateEntry(ctx, input.id, message, (entry) => {
        const record = entry?.channels[input.channel];
        if (!entry || !record || record.claim?.key !== input.key)
            return { result: { ok: false, entry, ...(record ? { record } : {}) } };
        const updated = from.has(record.state) ? next(record, at) : "refused";
        if (updated === "done")
            return { result: { ok: true, entry } };
        if (updated === "refused")
            return { result: { ok: false, entry, record } };
        setChannel(entry, input.channel, updated, updated.publication ? { publication: updated.publication } : {});
        return { write: entry, result: { ok: true, entry } };
    });
}
const PENDING = new Set(["publishing", "in_doubt"]);
/** The create succeeded: `published`, with what takedowns and corrections will need. Repeat-safe. */
function record(ctx, input) {
    return claimedTransition(ctx, input, `published ${input.id} on ${input.channel}`, new Set([...PENDING, "published"]), (r, at) => r.state === "published"
        ? r.publication?.id === input.publication.id
            ? "done"
            : "refused"
        : { ...r, state: "published", at, ...(ctx.run ? { run: ctx.run } : {}), publication: input.publication, reason: undefined });
}
/** The platform cannot say whether the claimed create happened: a person decides (`resolve`). Never re-posted. */
function markInDoubt(ctx, input) {
    return claimedTransition(ctx, input, `in doubt: ${input.id} on ${input.channel}`, new Set(["publishing"]), (r, at) => ({
        ...r,
        state: "in_doubt",
        at,
        ...(ctx.run ? { run: ctx.run } : {}),
        reason: input.reason,
    }));
}
/** The platform refused: nothing was created; a later run tries again with a new claim. */
function markFailed(ctx, input) {
    return claimedTransition(ctx, input, `failed: ${input.id} on ${input.channel}`, new Set(["publishing"]), (r, at) => ({
        ...r,
        state: "failed",
        at,
        ...(ctx.run ? { run: ctx.run } : {}),
        reason: input.reason,
    }));
}
function resolve(ctx, input) {
    const at = ctx.now().toISOString();
    return updateEntry(ctx, input.id, `resolved ${input.id} on ${input.channel} by ${input.by}`, (entry) => {
        const record = entry?.channels[input.channel];
        if (!entry || !record || !PENDING.has(record.state))
            return { result: { ok: false, entry, ...(record ? { record } : {}) } };
        const res = input.resolution;
        const base = { ...record, at, by: input.by, ...(ctx.run ? { run: ctx.run } : {}) };
        const next = res.kind === "published"
            ? {
                ...base,
                state: "published",
                publication: { id: res.platformId ?? res.url, url: res.url },
                reason: `resolved by ${input.by}: published`,
            }
            : { ...base, state: "failed", reason: `resolved by ${input.by}: not published; the next run publishes it again` };
        setChannel(entry, input.channel, next, { by: input.by });
        return { write: entry, result: { ok: true, entry } };
    });
}
/** The post's file moved (same blob): the publication follows it. Adopted-only rows have no entry to change. */
async function move(ctx, input) {
    const at = ctx.now().toISOString();
    const { row, to } = input;
    await updateEntry(ctx, row.id, `moved ${row.path} to ${to}`, (entry) => {
        if (!entry || entry.path === to)
            return { result: undefined };
        entry.history.push({ at, fromPath: entry.path, toPath: to, ...(ctx.run ? { run: ctx.run } : {}) });
        entry.formerPaths.push(entry.path);
        entry.path = to;
        return { write: entry, result: undefined };
    });
    if (!ctx.rows.get(row.id))
        ctx.rows.set(row.id, { ...row, path: to });
}
/** Record channels checkpost cannot publish to yet, so the run says it once per post and later runs stay quiet. */
async function skip(ctx, input) {
    const where = input.id ? { id: input.id, generation: 1 } : await locate(ctx, input.post);
    const at = ctx.now().toISOString();
    await updateEntry(ctx, where.id, `not published yet: ${input.post.path}`, (current) => {
        const entry = current ?? newEntry(where.id, input.post, at, where.generation, "previous" in where ? where.previous : undefined);
        const todo = input.channels.filter((c) => !entry.channels[c.id]);
        for (const c of todo)
            setChannel(entry, c.id, { type: c.type, state: "skipped", at, ...(ctx.run ? { run: ctx.run } : {}), reason: input.reason });
        return todo.length ? { write: entry, result: undefined } : { result: undefined };
    });
}
/**
 * An adopted-only post's entry, made from its index row when something first happens to it (a takedown
 * confirmed by a person): adoption itself writes no entry files.
 */
function entryFromRow(row, at) {
    const entry = newEntry(row.id, row, at, 1, undefined);
    for (const [id, c] of Object.entries(row.channels))
        entry.channels[id] = { type: c.type, state: c.state, at: c.at };
    return entry;
}
/**
 * The post is gone from the platform (removed by us, or confirmed by a person: `by`). Repeat-safe. `row`
 * lets a person confirm the takedown of an adopted post, which has no entry file yet.
 */
function takeDown(ctx, input) {
    return takeDownChannels(ctx, { ...input, channels: [input.channel] });
}
/**
 * Several channels of one post down in one write: a takedown removes from every platform first, then records
 * once (GitHub spaces content writes about a second apart, and a takedown must not wait for its bookkeeping).
 * Channels already down stay as they are; `ok` is false when the entry or any channel is unknown.
 */
function takeDownChannels(ctx, input) {
    const at = ctx.now().toISOString();
    const what = input.channels.join(", ");
    return updateEntry(ctx, input.id, `taken down: ${input.id} on ${what}`, (current) => {
        const entry = current ?? (input.row ? entryFromRow(input.row, at) : undefined);
        if (!entry || input.channels.some((c) => !entry.channels[c]))
            return { result: { ok: false, entry } };
        let changed = false;
        for (const channel of input.channels) {
            const record = entry.channels[channel];
            if (record.state === "taken_down")
                continue;
            const next = {
                ...record,
                state: "taken_down",
                at,
                ...(ctx.run ? { run: ctx.run } : {}),
                reason: input.reason,
                ...(input.by ? { by: input.by } : {}),
            };
            setChannel(entry, channel, next, input.by ? { by: input.by } : {});
            changed = true;
        }
        // What took it down, in the same write (set once: a re-run or a later revert changes nothing).
        if (changed && input.takedown && !entry.takedown)
            entry.takedown = {
                at,
                ...(ctx.run ? { run: ctx.run } : {}),
                ...input.takedown.trigger,
                ...(input.takedown.onBranch ? { onBranch: true } : {}),
            };
        return changed ? { write: entry, result: { ok: true, entry } } : { result: { ok: true, entry } };
    });
}
/** An entry as stored, or undefined when the ledger has none with this id (e.g. an adopted-only post). */
async function readEntry(ctx, id) {
    const file = await ctx.store.read((0,layout/* entryPath */.s3)(id));
    return file ? (0,layout/* parseEntry */.ER)(file.text, (0,layout/* entryPath */.s3)(id)) : undefined;
}

// EXTERNAL MODULE: ./src/repo/github-content-repo.ts
var github_content_repo = __webpack_require__(31734);
;// CONCATENATED MODULE: ./src/ledger/takedown.ts



/** Note what took the post down; the first run to record it wins (a re-run or a later revert changes nothing). */
function recordTakedown(ctx, input) {
    const at = ctx.now().toISOString();
    return updateEntry(ctx, input.id, `takedown of ${input.id}`, (entry) => {
        if (!entry || entry.takedown)
            return { result: entry };
        entry.takedown = { at, ...(ctx.run ? { run: ctx.run } : {}), ...input.trigger, ...(input.onBranch ? { onBranch: true } : {}) };
        entry.history.push({
            at,
            reason: `takedown: ${input.trigger.emergency ? "emergency" : "gone from the branch"}`,
            ...(ctx.run ? { run: ctx.run } : {}),
        });
        return { write: entry, result: entry };
    });
}
/** The file of a post taken down in an emergency is now gone from the branch: the ledger stops following it. */
function releaseHeldDown(ctx, id) {
    const at = ctx.now().toISOString();
    return updateEntry(ctx, id, `file of ${id} removed after its takedown`, (entry) => {
        if (!entry?.takedown?.onBranch)
            return { result: undefined };
        entry.takedown = { ...entry.takedown, onBranch: false };
        entry.history.push({ at, reason: "the file was removed after the emergency takedown", ...(ctx.run ? { run: ctx.run } : {}) });
        return { write: entry, result: undefined };
    });
}
function claimRetrospective(ctx, input) {
    const at = ctx.now().toISOString();
    return updateEntry(ctx, input.id, `retrospective of ${input.id}`, (entry) => {
        if (!entry || !(0,ledger_rows/* wasLive */.Ss)(entry))
            return { result: { outcome: "none" } };
        const current = entry.retrospective;
        if (current?.state === "opened")
            return { result: { outcome: "opened", record: current } };
        if (current?.state === "opening") {
            const claim = { heldSince: current.heldSince ?? current.at, ...(current.run ? { run: current.run } : {}) };
            if (!isStaleClaim(claim, ctx.now(), ctx.run, input.staleAfterMs))
                return { result: { outcome: "held", record: current } };
        }
        entry.retrospective = { state: "opening", at, heldSince: at, ...(ctx.run ? { run: ctx.run } : {}) };
        entry.history.push({ at, reason: "retrospective claimed", ...(ctx.run ? { run: ctx.run } : {}) });
        return { write: entry, result: { outcome: "won", entry } };
    });
}
function recordRetrospective(ctx, input) {
    const at = ctx.now().toISOString();
    return updateEntry(ctx, input.id, `retrospective of ${input.id}: #${input.number}`, (entry) => {
        if (!entry || entry.retrospective?.state === "opened")
            return { result: undefined };
        entry.retrospective = {
            state: "opened",
            at,
            number: input.number,
            ...(input.url ? { url: input.url } : {}),
            ...(ctx.run ? { run: ctx.run } : {}),
        };
        entry.history.push({ at, reason: `retrospective #${input.number}`, ...(ctx.run ? { run: ctx.run } : {}) });
        return { write: entry, result: undefined };
    });
}

;// CONCATENATED MODULE: ./src/takedown/kinds.ts
const KINDS = [
    {
        kind: "grammar",
        title: "grammar or spelling",
        questions: [
            "Which check missed it, or was its finding accepted or suppressed?",
            "Is a correction enough, or is this starting to repeat?",
        ],
    },
    {
        kind: "factual",
        title: "factual",
        questions: [
            "Which fact was wrong: did we provide it, or were we given it (by the client's contact, someone else at the organisation, a public source)?",
            "Was its source checked before approval, and did everyone who needs to look at the post look at it?",
        ],
    },
    {
        kind: "account",
        title: "wrong account or channel",
        questions: ["Where should it have gone, and who chose this channel?", "Did the preview show the channel to the approver?"],
    },
    {
        kind: "tone",
        title: "sensitive topic or tone",
        questions: ["Which words or topic were the problem, and did a check flag them?", "Who else should have seen it before it went out?"],
    },
    {
        kind: "community",
        title: "community management",
        questions: ["What happened in the replies, and who was on duty?", "What should the answer (or the moderation) have been?"],
    },
    { kind: "other", title: "other", questions: ["What went wrong, in one sentence?", "What would have caught it earlier?"] },
];
/** The label that sets a retrospective's kind (a person adds it, or ticks the checklist). */
const kindLabel = (kind) => `mistake:${kind}`;
/** A retrospective's kind: from a `mistake:<kind>` label, else from the ticked checklist line; undefined when unset. */
function kindOf(issue) {
    for (const info of KINDS)
        if (issue.labels.includes(kindLabel(info.kind)))
            return info.kind;
    for (const info of KINDS) {
        const ticked = new RegExp(`^\\s*[-*] \\[[xX]\\] ${escapeRegExp(info.title)}\\b`, "m");
        if (ticked.test(issue.body))
            return info.kind;
    }
    return undefined;
}
const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

;// CONCATENATED MODULE: ./src/takedown/patterns.ts
const DIMENSIONS = ["client", "author", "kind"];
/**
 * Every group (same client, author or kind) of at least `threshold` retrospectives taken down within the
 * window ending now. A retrospective whose kind is not set yet counts for its client and author only.
 */
function findPatterns(retros, options) {
    const from = options.now.getTime() - options.windowDays * 86_400_000;
    const recent = [...retros]
        .filter((r) => {
        const at = Date.parse(r.at);
        return at >= from && at <= options.now.getTime();
    })
        .sort((a, b) => Date.parse(a.at) - Date.parse(b.at) || a.number - b.number);
    const patterns = [];
    for (const dimension of DIMENSIONS) {
        const groups = new Map();
        for (const r of recent) {
            const value = dimension === "author" ? r.author?.toLowerCase() : r[dimension];
            if (value)
                groups.set(value, [...(groups.get(value) ?? []), r]);
        }
        for (const [value, issues] of groups)
            if (issues.length >= options.threshold)
                patterns.push({ dimension, value, issues });
    }
    return patterns;
}
const NAMES = { client: "client", author: "author", kind: "kind of mistake" };
/** The hidden marker of a pattern note: one note per group and newest issue, however often it is evaluated. */
const patternMarker = (p) => `<!-- checkpost:pattern ${p.dimension}=${p.value} -->`;
/** The newest retrospective issue of a pattern: the one that says so (text-only corrections have none). */
function newestIssue(p) {
    return [...p.issues].reverse().find((r) => r.number > 0);
}
function patternNote(p, windowDays, escalateTo) {
    const newest = newestIssue(p);
    const earlier = p.issues.filter((r) => r.number > 0 && r !== newest);
    const corrections = p.issues.filter((r) => r.number === 0).length;
    const who = p.dimension === "author" ? `@${p.value}` : p.value;
    const links = earlier.map((r) => (r.url ? `[#${r.number}](${r.url})` : `#${r.number}`));
    if (corrections)
        links.push(`${corrections} text-only correction${corrections === 1 ? "" : "s"}`);
    return [
        patternMarker(p),
        `**Pattern:** ${p.issues.length} retrospectives${corrections ? " and corrections" : ""} for the same ${NAMES[p.dimension]} (${who}) within ${windowDays} days. A correction is not enough any more: the process must change.`,
        "",
        `Earlier: ${links.join(", ") || "—"}`,
        ...(escalateTo.length ? ["", `${escalateTo.map((l) => `@${l}`).join(" ")}: please look at this pattern.`] : []),
    ].join("\n");
}

;// CONCATENATED MODULE: ./src/takedown/render.ts
/**
 * The retrospective issue, rendered by checkpost (issue forms apply only in GitHub's web UI): short, for people.
 * What went out and where, for how long, who wrote, approved and reverted it, the facts and who provided each,
 * the findings accepted or suppressed at merge, and one line to fill in: the kind of mistake, with its questions.
 * A hidden marker carries the takedown's ledger id (to find the issue again) and what patterns are counted by.
 * Pure: the data in, the title and body out.
 */

const RETROSPECTIVE_LABEL = "checkpost:retrospective";
const PATTERN_LABEL = "pattern";
const retrospectiveMarker = (meta) => `<!-- checkpost:retrospective ${JSON.stringify(meta)} -->`;
/** The marker's metadata from an issue body, or undefined when the body carries none (or a broken one). */
function parseMarker(body) {
    const found = /<!-- checkpost:retrospective (\{.*?\}) -->/.exec(body);
    if (!found)
        return undefined;
    try {
        const meta = JSON.parse(found[1]);
        return typeof meta.id === "string" && typeof meta.client === "string" && typeof meta.at === "string" ? meta : undefined;
    }
    catch {
        return undefined;
    }
}
const user = (p) => (p ? `@${p.login}` : "unknown");
const date = (iso) => (iso ? iso.replace("T", " ").replace(/\.\d+Z$|Z$/, " UTC") : "—");
const quote = (text) => text
    .split("\n")
    .map((l) => `> ${l}`)
    .join("\n");
/** How long something was live, in words: "3 h 12 min", "2 days 4 h". */
function duration(from, to) {
    if (!from || !to)
        return "—";
    const minutes = Math.max(0, Math.round((Date.parse(to) - Date.parse(from)) / 60_000));
    const days = Math.floor(minutes / 1440);
    const hours = Math.floor((minutes % 1440) / 60);
    const mins = minutes % 60;
    if (days > 0)
        return `${days} day${days === 1 ? "" : "s"}${hours ? ` ${hours} h` : ""}`;
    if (hours > 0)
        return `${hours} h${mins ? ` ${mins} min` : ""}`;
    return `${mins} min`;
}
function retrospectiveTitle(data) {
    const what = data.correction ? "corrected" : "taken down";
    return `Retrospective: ${data.path} ${what} (${data.clientName ?? data.meta.client})`;
}
function renderRetrospective(data) {
    const lines = [retrospectiveMarker(data.meta)];
    const manual = data.channels.filter((c) => c.manual);
    const how = data.takedown.emergency
        ? `an emergency takedown by @${data.takedown.by ?? "a person"}`
        : data.takedown.revert
            ? `the revert #${data.takedown.revert.number}`
            : `the removal of its file${data.takedown.by ? ` by @${data.takedown.by}` : ""}`;
    lines.push(data.correction
        ? `\`${data.path}\` (${data.clientName ?? data.meta.client}) was corrected after it was published: ${data.correction}`
        : `\`${data.path}\` (${data.clientName ?? data.meta.client}) was taken down after ${how}.`, "");
    if (manual.length)
        lines.push(`> [!WARNING]\n> **Manual takedown required** on ${manual.map((c) => `${c.id}${c.url ? ` (${c.url})` : ""}`).join(", ")}: delete it there by hand, then confirm each with a manual run of checkpost-publish: ${manual.map((c) => `\`takedown: ${data.path} ${c.id} removed\``).join(", ")}.`, "");
    lines.push("### What went out", "", "| channel | where | live from | to | for |", "|---|---|---|---|---|");
    for (const c of data.channels)
        lines.push(`| ${c.id} (${c.type}) | ${c.url ? `[link](${c.url})${c.manual ? " **still live**" : c.liveTo ? " (removed)" : ""}` : "—"} | ${date(c.liveFrom)} | ${c.manual ? "**still live**" : date(c.liveTo)} | ${c.manual ? "—" : duration(c.liveFrom, c.liveTo)} |`);
    lines.push("");
    const texts = new Map();
    for (const c of data.channels)
        if (c.text !== undefined)
            texts.set(c.text, [...(texts.get(c.text) ?? []), c.id]);
    for (const [text, ids] of texts)
        lines.push(`The text ${ids.join(", ")} got:`, "", quote(text), "");
    lines.push("### Who", "");
    lines.push(`- **Wrote it:** ${data.meta.author ? `@${data.meta.author}` : "unknown (no author in the front-matter)"}`);
    const approval = (p) => `${user(p)}${p.at ? ` on ${date(p.at)}` : ""}${p.url ? ` ([review](${p.url}))` : ""}`;
    lines.push(`- **Approved it (client contact):** ${data.contact ? approval(data.contact) : "—"}`);
    lines.push(`- **Second approver:** ${data.second.length ? data.second.map(approval).join(", ") : "—"}`);
    if (data.pullRequest)
        lines.push(`- **Merged through:** ${data.pullRequest.url ? `[#${data.pullRequest.number}](${data.pullRequest.url})` : `#${data.pullRequest.number}`}${data.pullRequest.title ? ` ${data.pullRequest.title}` : ""}`);
    const revert = data.takedown.revert;
    if (data.takedown.emergency)
        lines.push(`- **Taken down by:** @${data.takedown.by ?? "unknown"} (emergency run${data.takedown.run ? `, [run](${data.takedown.run})` : ""})`);
    else if (revert) {
        lines.push(`- **Reverted by:** ${data.takedown.by ? `@${data.takedown.by}` : "unknown"} in ${revert.url ? `[#${revert.number}](${revert.url})` : `#${revert.number}`}: **${revert.title ?? ""}**`);
        if (revert.body?.trim())
            lines.push("", quote(revert.body.trim()));
    }
    else
        lines.push(`- **Removed by:** ${data.takedown.by ? `@${data.takedown.by}` : "unknown"}${data.takedown.commit ? ` in ${data.takedown.commit.slice(0, 7)}` : ""} (no pull request)`);
    lines.push("");
    lines.push("### Facts", "");
    if (data.facts.length === 0)
        lines.push("The post listed no facts.");
    for (const f of data.facts)
        lines.push(`- ${f.claim} — provided by **${f.providedBy}**, source: ${f.source}${f.note ? ` (${f.note})` : ""}`);
    lines.push("");
    lines.push("### Checks at merge", "");
    if (data.accepted.length === 0 && data.suppressed.length === 0)
        lines.push("No finding was accepted or suppressed.");
    for (const f of data.accepted)
        lines.push(`- accepted ${f.severity} \`${f.rule}\` (line ${f.line}): ${f.message}`);
    for (const s of data.suppressed)
        lines.push(`- suppressed: \`${s}\``);
    lines.push("");
    lines.push("### What kind of mistake? (tick one, or add a `mistake:<kind>` label)", "");
    for (const k of KINDS)
        lines.push(`- [${data.meta.kind === k.kind ? "x" : " "}] ${k.title}`);
    lines.push("", "<details><summary>Questions for that kind (answer in a comment, a few lines)</summary>", "");
    for (const k of KINDS)
        lines.push(`**${k.title}**`, ...k.questions.map((q) => `- ${q}`), "");
    lines.push("</details>", "");
    if (data.refusedAssignees?.length)
        lines.push(`Not assigned (GitHub does not allow assigning them in this repository): ${data.refusedAssignees.map((l) => `@${l}`).join(", ")}.`, "");
    return { title: retrospectiveTitle(data), body: lines.join("\n") };
}

;// CONCATENATED MODULE: ./src/takedown/escalate.ts



function retrospectiveSettings(config) {
    const r = config.raw.retrospective ?? {};
    return {
        labels: [...(r.labels ?? [])],
        threshold: r.pattern_threshold ?? 3,
        windowDays: r.pattern_window_days ?? 30,
        escalateTo: [...(r.escalate_to ?? [])],
    };
}
/** A retrospective issue as the pattern counter sees it; undefined for an issue without checkpost's marker. */
function countedOf(item) {
    const meta = parseMarker(item.body);
    if (!meta)
        return undefined;
    const kind = kindOf(item) ?? meta.kind;
    return {
        number: item.number,
        ...(item.htmlUrl ? { url: item.htmlUrl } : {}),
        client: meta.client,
        ...(meta.author ? { author: meta.author } : {}),
        ...(kind ? { kind } : {}),
        at: meta.at,
    };
}
/** Notes (and labels) the newest issue of each pattern, once per pattern; returns the notes this call added. */
/** A text-only correction as the pattern counter sees it: a grammar-or-spelling slip, without an issue. */
const countedCorrection = (c) => ({
    number: 0,
    client: c.client,
    ...(c.author ? { author: c.author } : {}),
    kind: "grammar",
    at: c.at,
});
async function escalatePatterns(api, config, items, now, corrections = []) {
    const settings = retrospectiveSettings(config);
    const counted = [...items.flatMap((i) => countedOf(i) ?? []), ...corrections.map(countedCorrection)];
    const patterns = findPatterns(counted, { threshold: settings.threshold, windowDays: settings.windowDays, now });
    const added = [];
    for (const pattern of patterns) {
        const newest = newestIssue(pattern);
        if (!newest)
            continue; // only text-only corrections so far: said with the next retrospective
        const comments = await api.listIssueComments(newest.number);
        if (comments.some((c) => c.body.includes(patternMarker(pattern))))
            continue;
        const text = patternNote(pattern, settings.windowDays, settings.escalateTo);
        const item = items.find((i) => i.number === newest.number);
        if (!item?.labels.includes(PATTERN_LABEL)) {
            await api.addLabels(newest.number, [PATTERN_LABEL]);
            item?.labels.push(PATTERN_LABEL);
        }
        await api.createIssueComment(newest.number, text);
        added.push({ issue: newest.number, text });
    }
    return added;
}
/** Re-counts patterns after a person set a retrospective's kind (an `issues` event); anything else is ignored. */
async function escalateAfterIssueEvent(api, config, event, now) {
    if (!event.labels.includes(RETROSPECTIVE_LABEL))
        return [];
    const since = new Date(now.getTime() - retrospectiveSettings(config).windowDays * 86_400_000).toISOString();
    return escalatePatterns(api, config, await api.issuesWithLabel(RETROSPECTIVE_LABEL, since), now, event.corrections ?? []);
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/channels/registry.ts + 5 modules
var registry = __webpack_require__(98089);
// EXTERNAL MODULE: ./src/check/check-post.ts + 2 modules
var check_post = __webpack_require__(41449);
;// CONCATENATED MODULE: ./src/takedown/gather.ts
/**
 * The facts of one takedown, for its retrospective, from the ledger entry (where, when, who approved, what took
 * it down) and from GitHub: the post as approved (its text per channel, its facts, the findings accepted or
 * suppressed at merge) at the pull request's head commit, and the approvers' reviews there.
 */




const SUPPRESSION = /<!--\s*(checkpost-disable(?:-next-line)?(?:\s[^>]*?)?)\s*-->/g;
async function gatherRetrospective(input) {
    const { entry, config } = input;
    const root = external_node_path_default().posix.dirname(input.configPath);
    const repoPathOf = (rel) => (root === "." ? rel : `${root}/${rel}`);
    const head = entry.pullRequest?.headSha;
    let post;
    let accepted = [];
    let suppressed = [];
    if (head) {
        const repo = new github_content_repo/* GitHubContentRepo */.r(input.api, head, input.workspace);
        for (const rel of [entry.path, ...[...entry.formerPaths].reverse()]) {
            const loaded = await repo.readPost(repoPathOf(rel), rel);
            if (!loaded?.post?.data)
                continue;
            post = loaded.post;
            // As the review saw it at merge: what a reviewer accepted (warnings, notes) and what the author silenced.
            const messages = await (0,check_post/* checkLoadedPost */.I9)(loaded, config);
            accepted = messages
                .filter((m) => m.severity !== "error")
                .map((m) => ({ rule: m.ruleId, severity: m.severity, line: m.line, message: m.message }));
            suppressed = [...loaded.post.body.matchAll(SUPPRESSION)].map((m) => m[1].trim());
            break;
        }
    }
    const channels = [];
    for (const [id, record] of Object.entries(entry.channels)) {
        if (!record.publication)
            continue;
        const published = entry.history.find((t) => t.channel === id && t.to === "published");
        const configured = config.channels.get(id);
        let text;
        if (post && configured) {
            try {
                text = (0,registry/* adapterOf */.nZ)(configured).text(post, id).text;
            }
            catch {
                text = undefined;
            }
        }
        const manual = input.correction
            ? undefined
            : (input.manual.get(id) ?? (record.state !== "taken_down" ? `${record.state}: still live` : undefined));
        channels.push({
            id,
            type: record.type,
            url: record.publication.url,
            ...(text !== undefined ? { text } : {}),
            ...(published ? { liveFrom: published.at } : {}),
            ...(record.state === "taken_down" ? { liveTo: record.at } : {}),
            ...(manual ? { manual } : {}),
        });
    }
    const { contact, second } = await approvals(input.api, entry);
    const takedown = entry.takedown;
    const revert = takedown?.pullRequest;
    const author = post?.data.author ?? undefined;
    return {
        meta: {
            id: entry.id,
            client: entry.client,
            ...(author ? { author } : {}),
            at: takedown?.at ?? input.now.toISOString(),
            ...(input.kind ? { kind: input.kind } : {}),
        },
        path: entry.path,
        ...(config.clients.get(entry.client)?.name ? { clientName: config.clients.get(entry.client)?.name } : {}),
        channels,
        ...(entry.pullRequest
            ? { pullRequest: { number: entry.pullRequest.number, ...(entry.pullRequest.url ? { url: entry.pullRequest.url } : {}) } }
            : {}),
        ...(contact ? { contact } : {}),
        second,
        takedown: {
            ...(takedown?.by ? { by: takedown.by } : {}),
            ...(takedown?.emergency ? { emergency: true } : {}),
            ...(revert
                ? {
                    revert: {
                        number: revert.number,
                        ...(revert.url ? { url: revert.url } : {}),
                        ...(revert.title ? { title: revert.title } : {}),
                        ...(revert.body ? { body: revert.body } : {}),
                    },
                }
                : {}),
            ...(takedown?.commit ? { commit: takedown.commit } : {}),
            ...(takedown?.run?.url ? { run: takedown.run.url } : {}),
        },
        facts: (post?.data.facts ?? []).map((f) => ({
            claim: f.claim,
            source: f.source,
            providedBy: f.provided_by,
            ...(f.note ? { note: f.note } : {}),
        })),
        accepted,
        suppressed,
    };
}
/** The contact's and the second approvers' approving reviews at the approved head commit, with links. */
async function approvals(api, entry) {
    const pull = entry.pullRequest;
    const logins = [entry.approvals?.contact, ...(entry.approvals?.second ?? [])].filter((l) => Boolean(l));
    if (!pull || logins.length === 0)
        return { second: [] };
    const reviews = await api.listReviews(pull.number);
    const person = (login) => {
        const review = [...reviews]
            .reverse()
            .find((r) => r.user?.login.toLowerCase() === login.toLowerCase() && r.state === "APPROVED" && (!pull.headSha || r.commitId === pull.headSha));
        return {
            login,
            ...(review?.submittedAt ? { at: review.submittedAt } : {}),
            ...(review && pull.url ? { url: `${pull.url}#pullrequestreview-${review.id}` } : {}),
        };
    };
    const contact = entry.approvals?.contact;
    return { ...(contact ? { contact: person(contact) } : {}), second: (entry.approvals?.second ?? []).map(person) };
}

;// CONCATENATED MODULE: ./src/takedown/retrospective.ts






/** The retrospectives listed once per run (one request, whatever the number of takedowns). */
class Listing {
    api;
    since;
    items;
    constructor(api, since) {
        this.api = api;
        this.since = since;
    }
    async all(fresh = false) {
        if (!this.items || fresh)
            this.items = await this.api.issuesWithLabel(RETROSPECTIVE_LABEL, this.since);
        return this.items;
    }
    add(item) {
        this.items?.push(item);
    }
}
async function openRetrospectives(requests, run) {
    const settings = retrospectiveSettings(run.config);
    const now = run.ctx.now();
    const listing = new Listing(run.api, new Date(now.getTime() - settings.windowDays * 86_400_000).toISOString());
    const out = [];
    for (const request of requests) {
        try {
            out.push(await openOne(request, run, listing));
        }
        catch (error) {
            out.push({ id: request.id, path: request.path, state: "failed", detail: error instanceof Error ? error.message : String(error) });
        }
    }
    const opened = out.filter((o) => o.state === "opened" || o.state === "found");
    if (opened.length > 0 || run.ctx.corrections.length > 0) {
        const corrections = [...(run.corrections ?? []), ...run.ctx.corrections];
        // Counted as of now, after this run's issues and corrections were made (theirs are the newest times).
        const notes = await escalatePatterns(run.api, run.config, await listing.all(), run.ctx.now(), corrections);
        for (const o of opened)
            o.patterns = notes.filter((n) => n.issue === o.number).map((n) => n.text);
    }
    return out;
}
async function openOne(request, run, listing) {
    if (request.correction)
        return openForCorrection(request, request.correction, run, listing);
    const { api, ctx } = run;
    const base = { id: request.id, path: request.path };
    const claim = await claimRetrospective(ctx, { id: request.id, staleAfterMs: run.staleAfterMs ?? DEFAULT_STALE_AFTER_MS });
    if (claim.outcome === "none")
        return { ...base, state: "none" };
    if (claim.outcome === "opened")
        return {
            ...base,
            state: "exists",
            ...(claim.record.number ? { number: claim.record.number } : {}),
            ...(claim.record.url ? { url: claim.record.url } : {}),
        };
    if (claim.outcome === "held")
        return { ...base, state: "held", detail: `being opened by run ${claim.record.run?.id ?? "(unknown)"}` };
    const mine = (items) => items.find((i) => parseMarker(i.body)?.id === request.id);
    const found = mine(await listing.all());
    if (found) {
        await recordRetrospective(ctx, { id: request.id, number: found.number, ...(found.htmlUrl ? { url: found.htmlUrl } : {}) });
        return { ...base, state: "found", number: found.number, ...(found.htmlUrl ? { url: found.htmlUrl } : {}) };
    }
    const data = await gatherRetrospective({
        api,
        config: run.config,
        configPath: run.configPath,
        workspace: run.workspace,
        entry: claim.entry,
        manual: request.manual ?? new Map(),
        now: ctx.now(),
        ...(request.kind ? { kind: request.kind } : {}),
    });
    const created = await createRetrospective(run, data, listing, request.id);
    await recordRetrospective(ctx, { id: request.id, number: created.number, ...(created.htmlUrl ? { url: created.htmlUrl } : {}) });
    return { ...base, state: "opened", number: created.number, ...(created.htmlUrl ? { url: created.htmlUrl } : {}) };
}
/**
 * A correction whose facts changed: a factual mistake, with its own marker (the post's id and new version), so a
 * later takedown of the same post still gets its own issue. Found again by the marker alone: corrections run in
 * the publishing workflow, one run at a time.
 */
async function openForCorrection(request, correction, run, listing) {
    const base = { id: request.id, path: request.path };
    const markerId = `${request.id}:${correction.blob.slice(0, 12)}`;
    const existing = (await listing.all()).find((i) => parseMarker(i.body)?.id === markerId);
    if (existing)
        return { ...base, state: "exists", number: existing.number, ...(existing.htmlUrl ? { url: existing.htmlUrl } : {}) };
    const entry = await readEntry(run.ctx, request.id);
    if (!entry)
        return { ...base, state: "none" };
    const data = await gatherRetrospective({
        api: run.api,
        config: run.config,
        configPath: run.configPath,
        workspace: run.workspace,
        entry,
        manual: new Map(),
        now: run.ctx.now(),
        kind: "factual",
        correction: true,
    });
    const before = data.facts.map((f) => f.claim);
    if (JSON.stringify(before) === JSON.stringify(correction.facts)) {
        // No retrospective of its own, but it counts toward patterns (kept in the ledger's index).
        run.ctx.corrections.push({
            at: run.ctx.now().toISOString(),
            client: entry.client,
            ...(data.meta.author ? { author: data.meta.author } : {}),
            path: request.path,
            blob: correction.blob,
        });
        return { ...base, state: "none", detail: "a text-only correction: counted toward patterns" };
    }
    const by = correction.pullRequest ? ` in #${correction.pullRequest}` : "";
    const said = (facts) => (facts.length ? facts.map((f) => `"${f}"`).join("; ") : "none");
    data.meta = { ...data.meta, id: markerId, at: run.ctx.now().toISOString() };
    data.correction = `its facts changed${by}, from ${said(before)} to ${said(correction.facts)}. It stays live, corrected; this retrospective is about the facts that went out first.`;
    const created = await createRetrospective(run, data, listing, markerId);
    return { ...base, state: "opened", number: created.number, ...(created.htmlUrl ? { url: created.htmlUrl } : {}) };
}
/** Assignees checked, the issue created (or found by its marker after a failed create), and listed for patterns. */
async function createRetrospective(run, data, listing, markerId) {
    const { api, ctx } = run;
    const mine = (items) => items.find((i) => parseMarker(i.body)?.id === markerId);
    const settings = retrospectiveSettings(run.config);
    // GitHub drops assignees it cannot assign without a word: ask first, and say in the issue who was left out.
    const wanted = [...new Set([data.meta.author, ...data.second.map((p) => p.login)].filter((l) => Boolean(l)))];
    const assignees = [];
    const refused = [];
    for (const login of wanted)
        ((await api.canBeAssigned(login)) ? assignees : refused).push(login);
    const { title, body } = renderRetrospective({ ...data, refusedAssignees: refused });
    const labels = [...new Set([RETROSPECTIVE_LABEL, ...settings.labels, ...(data.meta.kind ? [`mistake:${data.meta.kind}`] : [])])];
    let created;
    try {
        created = await api.createIssue({ title, body, labels, ...(assignees.length ? { assignees } : {}) });
    }
    catch (error) {
        // The create may have happened (a 502 after GitHub made it): look once more before giving up.
        const again = mine(await listing.all(true));
        if (!again)
            throw error;
        created = again;
    }
    const url = created.htmlUrl;
    listing.add({
        number: created.number,
        title,
        ...(url ? { htmlUrl: url } : {}),
        body,
        labels,
        state: "open",
        createdAt: ctx.now().toISOString(),
    });
    return { number: created.number, ...(url ? { htmlUrl: url } : {}) };
}

;// CONCATENATED MODULE: ./src/takedown/trigger.ts
async function findTrigger(api, input) {
    const pusher = input.actor ? { by: input.actor } : {};
    const commit = await api.lastCommitFor(input.repoPath, input.headSha);
    if (!commit)
        return pusher;
    const pulls = await api.pullsOfCommit(commit.sha);
    const pull = pulls.find((p) => p.mergedAt !== null && p.baseRef === input.branch);
    if (!pull)
        return { commit: commit.sha, ...pusher };
    const by = pull.user?.login ?? input.actor;
    return {
        commit: commit.sha,
        pullRequest: {
            number: pull.number,
            ...(pull.htmlUrl ? { url: pull.htmlUrl } : {}),
            ...(pull.title ? { title: pull.title } : {}),
            ...(pull.body ? { body: pull.body } : {}),
            ...(pull.user ? { author: pull.user.login } : {}),
        },
        ...(by ? { by } : {}),
    };
}

// EXTERNAL MODULE: ./src/types.ts
var types = __webpack_require__(16141);
// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(14006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
;// CONCATENATED MODULE: ./src/publish/branch-posts.ts
/**
 * What is on the default branch at its head: checkpost.yml and the posts, as the planner sees them. The tree
 * (one request) gives every post's blob sha; a post is read only when the ledger does not already know it at
 * that blob with nothing left to do, so a run costs requests for new and pending posts, not for the archive.
 */



/** Channel states that need nothing more from the post's text: its file need not be read again. */
const SETTLED = new Set(["published", "adopted", "skipped", "taken_down", "in_doubt"]);
async function readBranchPosts(input) {
    const { config, configPath } = input;
    const tree = await input.api.getFileTree(input.headSha);
    if (tree.truncated) {
        // A partial list would make posts look deleted (and taken down): refuse rather than guess.
        throw new types/* UserError */.y(`GitHub cut the file list of ${input.headSha.slice(0, 7)} (over 100,000 entries or 7 MB): checkpost cannot see every post and publishes nothing; move other files out of this repository`);
    }
    const root = external_node_path_default().posix.dirname(configPath);
    const isPost = picomatch_default()([...config.posts], { dot: false });
    const known = new Map();
    for (const row of Object.values(input.ledger?.rows ?? {}))
        known.set(`${row.path}\0${row.blob}`, row);
    // The ledger's first run adopts every post on the branch from the tree alone: reading 5,000 posts would cost
    // 5,000 requests, five times what GITHUB_TOKEN may make in an hour. The client comes from the folder that holds
    // the post; its channels stay unknown, and an adopted row without channels counts as adopted on every channel.
    const adopting = input.ledger === undefined && !config.raw.publishing?.publish_existing;
    const out = [];
    for (const file of tree.files) {
        const relPath = root === "." ? file.path : file.path.startsWith(`${root}/`) ? file.path.slice(root.length + 1) : undefined;
        if (relPath === undefined || !isPost(relPath))
            continue;
        const owner = adopting ? clientOfFolder(config, relPath) : undefined;
        if (owner) {
            out.push({ repoPath: file.path, plan: { path: relPath, blob: file.sha, client: owner, channels: [] } });
            continue;
        }
        const row = known.get(`${relPath}\0${file.sha}`);
        if (row && Object.values(row.channels).every((c) => SETTLED.has(c.state))) {
            out.push({ repoPath: file.path, plan: { path: relPath, blob: file.sha, client: row.client, channels: Object.keys(row.channels) } });
            continue;
        }
        out.push(await readPost(input.repo, config, file.path, relPath, file.sha, row));
    }
    return out;
}
/** The client whose folder holds the post (the deepest folder when folders nest), or undefined. */
function clientOfFolder(config, relPath) {
    let best;
    for (const client of config.clients.values())
        for (const folder of client.folders)
            if (relPath.startsWith(folder) && folder.length > (best?.depth ?? -1))
                best = { client: client.id, depth: folder.length };
    return best?.client;
}
async function readPost(repo, config, repoPath, relPath, blob, row) {
    const loaded = await repo.readPost(repoPath, relPath);
    const data = loaded?.post?.data;
    if (loaded?.post && data && config.clients.has(data.client)) {
        const plan = {
            path: relPath,
            blob,
            client: data.client,
            channels: [...data.channels],
            ...(data.publish_at ? { publishAt: data.publish_at } : {}),
        };
        return { repoPath, plan, valid: loaded.post };
    }
    // Invalid on the branch: held with the reason, never treated as gone (which would take a live post down).
    const problems = (loaded?.messages ?? []).filter((m) => m.severity === "error").map((m) => `line ${m.line}: ${m.message}`);
    const reason = data
        ? `client "${data.client}" is not in checkpost.yml`
        : problems.slice(0, 2).join("; ") || "its front-matter is invalid";
    return {
        repoPath,
        plan: {
            path: relPath,
            blob,
            client: data?.client ?? row?.client ?? "",
            channels: data ? [...data.channels] : Object.keys(row?.channels ?? {}),
            errors: [`${relPath} cannot be read as a post: ${reason}`],
        },
    };
}

;// CONCATENATED MODULE: ./src/publish/comments.ts
const REFUSED_LABEL = "checkpost:refused";
/**
 * One comment for every post of one merged pull request that went live in a run: a merge of thirty posts gets one
 * comment listing them, not thirty (GitHub spaces comments seconds apart, and thirty would bury the thread).
 */
function publishedPullComment(posts) {
    const people = [...new Set(posts.flatMap((p) => [p.author, ...p.onDuty]).filter((p) => Boolean(p)))].map((p) => `@${p}`);
    const one = posts.length === 1;
    return [
        ...posts.map((post) => `<!-- checkpost:published ${post.path} -->`),
        ...posts.flatMap((post, i) => [
            ...(i > 0 ? [""] : []),
            `**Published** \`${post.path}\`:`,
            "",
            ...post.live.map((l) => `- ${l.channel}: ${l.publication.url}`),
        ]),
        "",
        `To take ${one ? "it" : "them"} down, revert this pull request (the **Revert** button above) and merge the revert: checkpost removes ${one ? "the post" : "each post"} from every channel it published to.`,
        ...(people.length ? ["", `${people.join(" ")}: ${one ? "it is" : `these ${posts.length} posts are`} live now.`] : []),
    ].join("\n");
}
const refusedMarker = (post) => `<!-- checkpost:refused ${post.path} ${post.blob} -->`;
function refusedText(post) {
    return [refusedMarker(post), `**Not published:** \`${post.path}\``, "", post.reason, "", `**What to do:** ${post.todo}`].join("\n");
}
/** Comments the refusal on the pull request, unless an earlier run already did for this version of the post. */
function commentRefusal(api, pull, post) {
    return commentOnce(api, pull, refusedMarker(post), refusedText(post));
}
/** A comment whose first line is `marker`, unless one with that marker is already there. */
async function commentOnce(api, pull, marker, body) {
    const comments = await api.listIssueComments(pull);
    if (comments.some((c) => c.body.includes(marker)))
        return false;
    await api.createIssueComment(pull, body);
    return true;
}
const inDoubtMarker = (post) => `<!-- checkpost:in-doubt ${post.path} ${post.channel} -->`;
function inDoubtText(post) {
    return [
        inDoubtMarker(post),
        `**In doubt:** \`${post.path}\` on ${post.channel} may or may not be live (${post.detail}). checkpost will not post it again by itself.`,
        "",
        "Look on the platform, then run the publishing workflow by hand (Actions → checkpost-publish → Run workflow) with",
        `\`resolve: ${post.path} ${post.channel} published <url>\` if it is there, or \`resolve: ${post.path} ${post.channel} retry\` if it is not.`,
    ].join("\n");
}
/** Says once on the pull request that a publication is in doubt and how a person resolves it. */
function commentInDoubt(api, pull, post) {
    return commentOnce(api, pull, inDoubtMarker(post), inDoubtText(post));
}
/** A direct push has no pull request to comment on: one open issue per refused version of a post. */
async function openRefusalIssue(api, post) {
    const title = `checkpost did not publish ${post.path} (${post.blob.slice(0, 7)})`;
    const open = await api.openIssuesWithLabel(REFUSED_LABEL);
    if (open.some((i) => i.title === title))
        return false;
    await api.createIssue({ title, body: refusedText(post), labels: [REFUSED_LABEL] });
    return true;
}

// EXTERNAL MODULE: ./src/approval/gate.ts
var gate = __webpack_require__(9884);
// EXTERNAL MODULE: ./src/pr/review-pull-request.ts + 16 modules
var review_pull_request = __webpack_require__(16875);
;// CONCATENATED MODULE: ./src/publish/guard.ts
/**
 * The publish guard: before a post goes out, prove from GitHub's own records that this exact version was
 * approved. Branch protection can be missing, misconfigured or bypassed by an admin, and anyone with write
 * access can create a `checkpost/approval: success` status, so neither is trusted:
 *
 * 1. the commit that last changed the post on the default branch leads (GET /commits/{sha}/pulls) to a merged
 *    pull request into that branch — otherwise it came by a direct push;
 * 2. the post's blob on the branch equals its blob at that pull request's head commit — the bytes published
 *    are the bytes reviewed (not changed by a later push or a merge resolution);
 * 3. the approval gate, recomputed from that pull request's reviews at its head commit with the config at its
 *    base (the same review the pull-request workflow runs, writing nothing), is `success`;
 * 4. that review finds no `error` in the post at the head commit.
 */


const DEFAULT_DELAYS = [2000, 4000, 8000];
/** How long after a commit GitHub's commit-to-pull-request index may still lag. */
const LAG_MS = 10 * 60_000;
const guard_short = (sha) => sha.slice(0, 7);
const defaultSleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
async function guardPost(input) {
    const { api, repoPath } = input;
    const last = await api.lastCommitFor(repoPath, input.headSha);
    const commit = last?.sha;
    if (!commit) {
        return {
            ok: false,
            code: "direct_push",
            reason: `${repoPath}: no commit on ${input.branch} changed it, so no pull request can vouch for it`,
            todo: "Bring the post in through a pull request that the client's contact approves.",
        };
    }
    const pull = await mergedPullOf(input, commit, isRecent(last?.date, input.now ?? (() => new Date())));
    if (!pull) {
        return {
            ok: false,
            code: "direct_push",
            commit,
            reason: `${repoPath} was last changed by commit ${guard_short(commit)}, which no merged pull request into ${input.branch} brought (a direct push): only approved pull requests are published`,
            todo: `Open a pull request that changes ${repoPath} (a one-character edit will do), get the client's contact's approval, and merge it.`,
        };
    }
    const pullRef = {
        number: pull.number,
        ...(pull.htmlUrl ? { url: pull.htmlUrl } : {}),
        ...(pull.user ? { author: pull.user.login } : {}),
    };
    const approvedBlob = await api.getBlobSha(repoPath, pull.headSha);
    if (approvedBlob !== input.blob) {
        return {
            ok: false,
            code: "changed_after_approval",
            pull: pullRef,
            commit,
            reason: `${repoPath} on ${input.branch} is not the version reviewed in #${pull.number} (its head commit ${guard_short(pull.headSha)} ${approvedBlob ? "has other content" : "does not have this file"}): it changed after approval`,
            todo: `Open a pull request with ${repoPath} as it should be published and have it approved; checkpost publishes only the bytes that were approved.`,
        };
    }
    // The review the pull request got, recomputed: reviews at the head commit, config at the base, checks at the
    // head, as of the merge (so a publish_at that has passed since is not an error now).
    const cached = input.cache?.get(pull.number) ?? recompute(input, pull);
    input.cache?.set(pull.number, cached);
    const { review, approvers } = await cached;
    if (review.approval.state !== "success") {
        return {
            ok: false,
            code: "not_approved",
            pull: pullRef,
            commit,
            reason: `#${pull.number} was merged without the approval checkpost requires (${review.approval.description}); a checkpost/approval status does not count, the reviews do`,
            todo: `Have the client's contact approve ${repoPath} in a new pull request (any change to it), then merge that pull request.`,
        };
    }
    const file = review.report.files.find((f) => f.path === repoPath);
    if (!file) {
        return {
            ok: false,
            code: "not_reviewed",
            pull: pullRef,
            commit,
            reason: `${repoPath} is not among the posts checkpost reviewed in #${pull.number}`,
            todo: `Check that ${repoPath} matches the posts globs of ${input.configPath}, then bring it in through a new pull request.`,
        };
    }
    const errors = file.messages.filter((m) => m.severity === "error");
    if (errors.length > 0) {
        const listed = errors.slice(0, 3).map((m) => `line ${m.line}: ${m.message} (${m.ruleId})`);
        return {
            ok: false,
            code: "error_findings",
            pull: pullRef,
            commit,
            reason: `${repoPath} has ${errors.length} error(s) at #${pull.number}'s head commit: ${listed.join("; ")}${errors.length > 3 ? "; …" : ""}`,
            todo: "Fix the errors in a new pull request and have it approved.",
        };
    }
    return { ok: true, pull: { ...pullRef, headSha: pull.headSha }, approvers };
}
async function recompute(input, pull) {
    const review = await (0,review_pull_request/* reviewPullRequest */.F)({
        api: input.api,
        prNumber: pull.number,
        configPath: input.configPath,
        workspace: input.workspace,
        dryRun: true,
        comment: false,
        ...(pull.mergedAt ? { now: new Date(pull.mergedAt) } : {}),
    });
    // Who approved the head commit, for the ledger's record (the gate above already decided that it is enough).
    const approvers = [...(0,gate/* decisiveReviews */.G0)(await input.api.listReviews(pull.number)).values()]
        .filter((r) => r.state === "APPROVED" && r.commitId === pull.headSha && r.user)
        .map((r) => r.user?.login);
    return { review, approvers };
}
/**
 * The merged pull request into `branch` that brought `commit`, asking again with backoff while GitHub lists
 * none (its index lags a push by a moment). Several (a commit cherry-picked into two): the latest merged.
 */
async function mergedPullOf(input, commit, recent) {
    const delays = recent ? (input.retryDelaysMs ?? DEFAULT_DELAYS) : [];
    const sleep = input.sleep ?? defaultSleep;
    for (let attempt = 0;; attempt++) {
        const pulls = await input.api.pullsOfCommit(commit);
        const merged = pulls
            .filter((p) => p.mergedAt !== null && p.baseRef === input.branch)
            .sort((a, b) => String(b.mergedAt).localeCompare(String(a.mergedAt)));
        // Only an empty answer can be the lag: a list of open or unmerged pull requests is GitHub's real answer.
        if (merged[0] || pulls.length > 0 || attempt >= delays.length)
            return merged[0];
        await sleep(delays[attempt]);
    }
}
/** A commit whose date is unknown counts as recent: waiting costs seconds, a wrong refusal costs a publication. */
function isRecent(date, now) {
    const at = date ? Date.parse(date) : Number.NaN;
    return Number.isNaN(at) || now().getTime() - at < LAG_MS;
}

// EXTERNAL MODULE: ./src/github/publish-api.ts
var publish_api = __webpack_require__(13189);
;// CONCATENATED MODULE: ./src/publish/ledger-github.ts


/** What a person sees first when opening the ledger branch in GitHub's UI. */
const README = `# checkpost ledger

This branch is written by checkpost's publishing workflow: one JSON file per publication under \`entries/\`
and \`index.json\`, the posts it follows. Its history never mixes with the content's. Do not edit it by hand;
see docs/ledger.md in checkpost for the format.
`;
/** The ledger's view of GitHub (src/ledger/github-store.ts) on the publishing API: conflicts become LedgerConflict. */
function ledgerGitHubOf(api) {
    return {
        getContent: (branch, path) => api.getTextFile(branch, path),
        async putContent(branch, path, text, sha, message) {
            try {
                return await api.putTextFile(branch, path, text, sha, message);
            }
            catch (error) {
                if (error instanceof publish_api/* ContentConflict */.G)
                    throw new LedgerConflict(path);
                throw error;
            }
        },
        async ensureBranch(branch) {
            await api.createOrphanBranch(branch, { path: "README.md", text: README }, "Start the checkpost ledger");
        },
    };
}

// EXTERNAL MODULE: ./src/config/local-time.ts
var local_time = __webpack_require__(68131);
;// CONCATENATED MODULE: ./src/publish/window.ts
/**
 * Is a client's publishing window open now, and if not, when does it open? Pure Intl arithmetic in the
 * window's IANA time zone, so that DST changes move the opening with the wall clock. "Inside" means exactly
 * what the publish-window checkpoint checks: a listed weekday and start ≤ local time < end.
 */

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
/** Local wall-clock fields read as if they were UTC: the difference to the instant is the zone's offset. */
function wallAsUtc(instant, timeZone) {
    const local = (0,local_time/* localTime */.HJ)(instant, timeZone);
    const [y, m, d] = local.date.split("-").map(Number);
    const [hh, mm] = local.time.split(":").map(Number);
    return Date.UTC(y ?? 0, (m ?? 1) - 1, d ?? 1, hh ?? 0, mm ?? 0);
}
/**
 * The first instant at which the local clock in `timeZone` reads `date` `time` (a time skipped by a DST
 * change: the end of the gap, when the window is first open).
 */
function zonedInstant(date, time, timeZone) {
    const [y, m, d] = date.split("-").map(Number);
    const [hh, mm] = time.split(":").map(Number);
    const wall = Date.UTC(y ?? 0, (m ?? 1) - 1, d ?? 1, hh ?? 0, mm ?? 0);
    // The offsets in force a day either side cover both sides of any DST change near this time.
    const offsets = [wall - DAY, wall + DAY].map((t) => wallAsUtc(new Date(t), timeZone) - Math.floor(t / MINUTE) * MINUTE);
    const matches = offsets.map((o) => wall - o).filter((t) => wallAsUtc(new Date(t), timeZone) === wall);
    if (matches.length > 0)
        return new Date(Math.min(...matches));
    // In a gap (spring forward) the wall time does not exist: the first instant whose wall clock has passed
    // it is the end of the gap, found by bisecting minutes between the two offsets' readings.
    let lo = wall - Math.max(...offsets);
    let hi = wall - Math.min(...offsets);
    while (hi - lo > MINUTE) {
        const mid = lo + Math.floor((hi - lo) / MINUTE / 2) * MINUTE;
        if (wallAsUtc(new Date(mid), timeZone) >= wall)
            hi = mid;
        else
            lo = mid;
    }
    return new Date(hi);
}
function addDays(date, days) {
    const [y, m, d] = date.split("-").map(Number);
    const t = new Date(Date.UTC(y ?? 0, (m ?? 1) - 1, (d ?? 1) + days));
    // getUTCDay: 0 = Sunday; WEEKDAYS starts on Monday.
    return { date: t.toISOString().slice(0, 10), weekday: local_time/* WEEKDAYS */.w4[(t.getUTCDay() + 6) % 7] ?? "mon" };
}
/** Whether `now` is inside the window, or when it next opens (undefined: it never does, e.g. start ≥ end). */
function windowState(window, now) {
    const local = (0,local_time/* localTime */.HJ)(now, window.timezone);
    if (window.days.includes(local.weekday) && local.time >= window.start && local.time < window.end)
        return { inside: true };
    if (window.start >= window.end)
        return { inside: false };
    for (let k = 0; k <= 7; k++) {
        const day = addDays(local.date, k);
        if (!window.days.includes(day.weekday))
            continue;
        const opens = zonedInstant(day.date, window.start, window.timezone);
        if (opens.getTime() > now.getTime())
            return { inside: false, opensAt: opens };
    }
    return { inside: false };
}

;// CONCATENATED MODULE: ./src/publish/plan.ts
/**
 * The reconciler's heart: compare what should be live (the posts on the default branch, due, inside their
 * window, not paused) with what the ledger says is live, and list the difference as intents with reasons.
 * Pure: no I/O, no clock — the same input always gives the same plan, so a missed or repeated run is
 * caught up by the next one, and a dry run shows exactly what a real run would do.
 */



const ADOPTED = { type: "", state: "adopted", at: "" };
/** Channel types a later issue adds publishing for: their posts still go out on their other channels. */
const NOT_PUBLISHED_YET = new Set(["linkedin", "x"]);
const byPath = (a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
function plan(input) {
    const { config } = input;
    const posts = [...input.posts].sort(byPath);
    const intents = [];
    const firstRun = input.ledger === undefined;
    if (firstRun) {
        intents.push({ kind: "start_ledger", reason: "the ledger starts with this run" });
        if (!config.publishExisting) {
            for (const post of posts) {
                const types = config.clients[post.client]?.channels ?? {};
                const channels = post.channels.map((id) => ({ id, type: types[id] ?? "unknown" }));
                intents.push({
                    kind: "adopt",
                    post,
                    channels,
                    reason: "on the branch when the ledger started: published by hand or not at all, never by checkpost",
                });
            }
            return { intents, firstRun };
        }
    }
    const rows = Object.values(input.ledger?.rows ?? {}).sort(byPath);
    const rowByPath = new Map(rows.map((r) => [r.path, r]));
    const onBranch = new Set(posts.map((p) => p.path));
    const matched = new Set();
    for (const post of posts) {
        let row = rowByPath.get(post.path);
        if (!row) {
            // Same bytes under a new name, and the old name is gone: the same publication, moved.
            const moved = rows.find((r) => r.blob === post.blob && r.client === post.client && !onBranch.has(r.path) && !matched.has(r.id));
            if (moved) {
                intents.push({ kind: "move", row: moved, to: post.path, reason: `moved from ${moved.path} with the same content` });
                row = { ...moved, path: post.path };
            }
        }
        if (row)
            matched.add(row.id);
        if (row?.heldDown) {
            intents.push({
                kind: "down",
                row,
                post,
                reason: "taken down by an emergency run: merge the revert (or delete the file) to close it",
            });
            if (row.retrospective)
                intents.push({ kind: "retrospective", row, reason: "its retrospective issue is not opened yet" });
            continue;
        }
        // (An adopted row knows no channels: an empty list is not "down everywhere".)
        const states = row ? Object.values(row.channels) : [];
        if (row && !row.adoptedOnly && states.length > 0 && states.every((c) => c.state === "taken_down")) {
            // Down everywhere, and its file is back (a revert of the revert): a new publication, after its retrospective.
            if (row.retrospective)
                intents.push({ kind: "retrospective", row, reason: "its retrospective issue is not opened yet" });
            intents.push(...planPost(post, undefined, input));
            continue;
        }
        // An adopted post (channels unknown: adopted from the tree alone) that changes is a correction to make by hand.
        if (row && row.blob !== post.blob && (row.adoptedOnly || Object.values(row.channels).some((c) => ledger_rows/* LIVE_STATES */._d.has(c.state)))) {
            intents.push(correction(row, post, input));
            continue;
        }
        intents.push(...planPost(post, row, input));
    }
    for (const row of rows) {
        if (matched.has(row.id) || onBranch.has(row.path))
            continue;
        const channels = Object.entries(row.channels)
            .filter(([, c]) => c.state !== "taken_down")
            .map(([id, c]) => ({ id, type: c.type }));
        if (channels.length > 0)
            intents.push({ kind: "take_down", row, channels, reason: `${row.path} is gone from the branch` });
        else if (row.retrospective)
            intents.push({ kind: "retrospective", row, reason: "its retrospective issue is not opened yet" });
        if (channels.length === 0 && row.heldDown)
            intents.push({ kind: "release", row, reason: `${row.path} is gone from the branch after its emergency takedown` });
    }
    return { intents: limitBlastRadius(intents, input), firstRun };
}
/**
 * A live post whose file changed: its published channels are corrected, approved like any post (the guard) and
 * when a post may go out (pause, window); channels in other live states are left for a person.
 */
function correction(row, post, input) {
    const client = input.config.clients[post.client];
    const channels = Object.entries(row.channels)
        .filter(([id, c]) => c.state === "published" && post.channels.includes(id))
        .map(([id, c]) => ({ id, type: c.type }));
    if (!client || channels.length === 0)
        return {
            kind: "changed_after_publish",
            row,
            post,
            reason: "changed after it was published, on no channel checkpost published it to: correct it by hand",
        };
    const why = notNow(post, client, input);
    if (why)
        return why;
    const policy = client.corrections ?? "edit";
    return { kind: "correct", row, post, channels, policy, reason: `corrected after it was published (${policy})` };
}
/** The intents for one post the ledger does not know, or knows at this content. */
function planPost(post, row, input) {
    const client = input.config.clients[post.client];
    if (!client)
        return [{ kind: "held", post, reason: `client "${post.client}" is not in checkpost.yml` }];
    const unknown = post.channels.filter((c) => !client.channels[c]);
    if (unknown.length > 0)
        return [{ kind: "held", post, reason: `channel(s) ${unknown.join(", ")} are not channels of ${post.client}` }];
    const publish = [];
    const resolve = [];
    const skip = [];
    const out = [];
    for (const id of post.channels) {
        const channel = { id, type: client.channels[id] ?? "" };
        // A row adopted from the tree alone (the ledger's first run reads no post) lists no channels: all are adopted.
        const state = row?.channels[id] ?? (row?.adoptedOnly ? ADOPTED : undefined);
        if (!state || state.state === "failed")
            (NOT_PUBLISHED_YET.has(channel.type) ? skip : publish).push(channel);
        else if (state.state === "publishing") {
            const stale = isStaleClaim(state.heldSince ? { heldSince: state.heldSince, ...(state.claimRun ? { run: state.claimRun } : {}) } : undefined, input.now, input.options?.run, input.options?.staleAfterMs ?? DEFAULT_STALE_AFTER_MS);
            if (stale)
                resolve.push(channel);
            else
                out.push({
                    kind: "wait",
                    post,
                    reason: `${id}: being published by run ${state.claimRun?.id ?? "(unknown)"} since ${state.heldSince ?? state.at}`,
                });
        }
        else if (state.state === "in_doubt" && row)
            out.push({
                kind: "in_doubt",
                id: row.id,
                post,
                channel,
                reason: `${id}: may have been published; resolve with a manual run: resolve: published <url> | retry`,
            });
    }
    if (publish.length + resolve.length + skip.length === 0)
        return out;
    const why = notNow(post, client, input);
    if (why)
        return [...out, why];
    const failed = (c) => row?.channels[c.id]?.state === "failed";
    const id = row ? { id: row.id } : {};
    for (const channel of resolve)
        if (row)
            out.push({
                kind: "resolve_claim",
                id: row.id,
                post,
                channel,
                reason: `${channel.id}: a run claimed it and stopped; ask the platform`,
            });
    for (const channel of publish)
        out.push({
            kind: "publish",
            ...id,
            post,
            channel,
            reason: failed(channel) ? "again, after a refusal" : post.publishAt ? `scheduled for ${post.publishAt}` : "merged",
        });
    if (skip.length > 0)
        out.push({
            kind: "skip",
            ...id,
            post,
            channels: skip,
            reason: `not published yet on ${skip.map((c) => c.id).join(", ")}: checkpost does not publish to ${[...new Set(skip.map((c) => c.type))].join(" or ")} yet`,
        });
    return out;
}
/** Why a post that has work to do must not be published now, or undefined. */
function notNow(post, client, input) {
    if (post.errors && post.errors.length > 0)
        return { kind: "held", post, reason: `not published: ${post.errors.join("; ")}` };
    if (input.pause)
        return { kind: "wait", post, reason: `paused by #${input.pause.issue}` };
    if (client.paused)
        return { kind: "wait", post, reason: `client ${post.client} is paused in checkpost.yml` };
    if (post.publishAt !== undefined) {
        const at = Date.parse(post.publishAt);
        if (Number.isNaN(at))
            return { kind: "held", post, reason: `publish_at "${post.publishAt}" is not a date-time` };
        if (at > input.now.getTime())
            return { kind: "wait", post, until: new Date(at).toISOString(), reason: `scheduled for ${post.publishAt}` };
    }
    if (client.window) {
        const state = windowState(client.window, input.now);
        if (!state.inside) {
            const window = `${client.window.start}–${client.window.end} ${client.window.timezone}`;
            return state.opensAt
                ? {
                    kind: "wait",
                    post,
                    until: state.opensAt.toISOString(),
                    reason: `outside the publishing window (${window}) until ${state.opensAt.toISOString()}`,
                }
                : { kind: "held", post, reason: `the publishing window (${window}) never opens` };
        }
    }
    return undefined;
}
/**
 * A run that would publish more posts than allowed publishes none (a merge full of old posts is a classic
 * accident), unless a manual run confirmed exactly that number. Resolving earlier claims is not new
 * publishing and is never blocked.
 */
function limitBlastRadius(intents, input) {
    const publishing = new Set(intents.flatMap((i) => (i.kind === "publish" ? [i.post.path] : [])));
    const max = input.config.maxPostsPerRun;
    const confirm = input.options?.confirm;
    if (publishing.size <= max || confirm === publishing.size)
        return intents;
    const mismatch = confirm === undefined ? "" : ` (confirm: ${confirm} does not match)`;
    const reason = `${publishing.size} posts would be published, more than publishing.max_posts_per_run (${max}): none is published${mismatch}; check the list and run manually with confirm: ${publishing.size}`;
    const out = [];
    const blocked = new Set();
    for (const intent of intents) {
        if ((intent.kind === "publish" || intent.kind === "skip") && publishing.has(intent.post.path)) {
            if (!blocked.has(intent.post.path))
                out.push({ kind: "blocked", post: intent.post, reason });
            blocked.add(intent.post.path);
        }
        else
            out.push(intent);
    }
    return out;
}

;// CONCATENATED MODULE: ./src/publish/plan-config.ts
/** The part of checkpost.yml (from the default branch) that the planner reads, with the schema's defaults. */
function planConfig(config) {
    const clients = {};
    for (const [id, client] of config.clients) {
        clients[id] = {
            paused: config.raw.clients[id]?.paused === true,
            ...(client.publishWindow ? { window: client.publishWindow } : {}),
            corrections: config.raw.clients[id]?.corrections ?? config.raw.corrections ?? "edit",
            channels: Object.fromEntries([...client.channels].map(([channelId, channel]) => [channelId, channel.settings.type])),
        };
    }
    return {
        clients,
        maxPostsPerRun: config.raw.publishing?.max_posts_per_run ?? 5,
        publishExisting: config.raw.publishing?.publish_existing === true,
    };
}

// EXTERNAL MODULE: ./src/media/media-file.ts
var media_file = __webpack_require__(92403);
// EXTERNAL MODULE: ./src/media/media-type.ts
var media_type = __webpack_require__(72453);
// EXTERNAL MODULE: ./src/repo/content-repo.ts
var content_repo = __webpack_require__(79986);
;// CONCATENATED MODULE: ./src/publish/prepare.ts




async function preparePost(repo, config, post, channelId) {
    const channel = config.channels.get(channelId);
    if (!channel)
        throw new Error(`${post.relPath}: channel ${channelId} is not in checkpost.yml`);
    const { text } = (0,registry/* adapterOf */.nZ)(channel).text(post, channelId);
    const media = [];
    for (const item of post.data.media ?? []) {
        const resolved = (0,media_file/* resolveMediaPath */.EM)(config.root, post.file, item.file);
        if (!resolved.ok)
            throw new Error(`${post.relPath}: media ${item.file} ${resolved.problem}`);
        const repoPath = (0,content_repo/* repoPathOf */.x)(repo, resolved.absolute);
        const bytes = await repo.mediaBytes(repoPath);
        if (!bytes)
            throw new Error(`${post.relPath}: media ${item.file} is not in the repository at the published commit`);
        const mimeType = media_type/* MIME_TYPES */.Z$[(0,media_file/* extensionOf */.je)(repoPath)];
        if (!mimeType)
            throw new Error(`${post.relPath}: media ${item.file} is not a type checkpost publishes (png, jpg, gif, webp, mp4, mov)`);
        media.push({ path: repoPath, bytes, mimeType, alt: item.alt });
    }
    return {
        text,
        media,
        ...(post.data.reply_to ? { replyTo: post.data.reply_to } : {}),
        postPath: post.relPath,
        channelId,
    };
}

// EXTERNAL MODULE: ./node_modules/@atproto/api/dist/index.js
var dist = __webpack_require__(56523);
;// CONCATENATED MODULE: ./src/channels/publisher.ts
/**
 * The publishing side of a channel adapter: what the publish and takedown workflows call, per channel type.
 *
 * The protocol that makes "exactly once" possible lives in the ledger (claim → create → record); a
 * publisher's part is to offer the platform's own handle for an interrupted create:
 * - `newClaim` picks the key the platform will recognise (a Bluesky record key, a Mastodon
 *   Idempotency-Key, a webhook idempotency key), stored in the ledger *before* the create;
 * - `resolve` answers, after a crash or timeout, whether that claim's create happened, without creating;
 * - `publish` never retries a create by itself on a 5xx or a timeout: it throws a `PublishError` whose
 *   `outcome` says whether the platform certainly did nothing ("refused") or may have applied it ("unknown").
 *
 * Every network call goes to the base URL from the config or the secret (the PDS, the instance, the
 * webhook), so tests point publishers at loopback fakes. Secrets are read through `SecretSource` and never
 * appear in an error message, a log line or a thrown error's properties.
 */
/** A failed platform call, worded for a person; never carries a secret. */
class PublishError extends Error {
    outcome;
    status;
    retryAfter;
    constructor(message, outcome, status, 
    /** Seconds to wait before asking again (429 `retry-after`), when the platform said. */
    retryAfter) {
        super(message);
        this.outcome = outcome;
        this.status = status;
        this.retryAfter = retryAfter;
        this.name = "PublishError";
    }
}

;// CONCATENATED MODULE: ./src/channels/bluesky/failure.ts
/**
 * Turns what `@atproto/api` throws into a `PublishError` a person can act on, with the one distinction the
 * ledger needs: could the call have changed anything? A write that got no clear answer (a 5xx, a timeout,
 * a dropped connection, an answer the client could not read) may have been applied: "unknown", never retried
 * by us. A 4xx, a 429, or any failure of a call that writes nothing: "refused", safe to run again.
 */


/** `@atproto/xrpc`'s ResponseType for "no HTTP answer" (network error, abort) and "unreadable answer". */
const NO_ANSWER = 1;
const INVALID_ANSWER = 2;
function toPublishError(err, context) {
    if (err instanceof PublishError)
        return err;
    const { status, detail, retryAfter } = describe(err, context.timeoutMs);
    const mayHaveApplied = context.writes && (status === NO_ANSWER || status === INVALID_ANSWER || status >= 500);
    let message = `${context.channel}: ${context.action} failed: ${detail}.`;
    if (status === 429) {
        message += retryAfter === undefined ? " Rate limited: try again later." : ` Rate limited: try again in ${retryAfter} s.`;
    }
    else if (mayHaveApplied) {
        message += " It may have been applied: look it up before doing it again.";
    }
    const httpStatus = status >= 100 ? status : undefined;
    return new PublishError(scrub(message, context.secret), mayHaveApplied ? "unknown" : "refused", httpStatus, retryAfter);
}
function describe(err, timeoutMs) {
    if (!(err instanceof dist.XRPCError)) {
        return { status: NO_ANSWER, detail: err instanceof Error ? err.message : String(err) };
    }
    if (err.status === NO_ANSWER) {
        return { status: NO_ANSWER, detail: timedOut(err) ? `no answer within ${timeoutMs / 1000} s` : `no answer (${err.message})` };
    }
    if (err.status === INVALID_ANSWER)
        return { status: INVALID_ANSWER, detail: `the answer did not match the lexicon (${err.message})` };
    const detail = `${err.status} ${err.error}${err.message && err.message !== err.error ? ` (${err.message})` : ""}`;
    return { status: err.status, detail, retryAfter: err.status === 429 ? retryAfterSeconds(err.headers ?? {}) : undefined };
}
/** fetch rejects with the abort reason (a TimeoutError from AbortSignal.timeout); XRPCError wraps it. */
function timedOut(err) {
    let cause = err.cause;
    for (let depth = 0; depth < 4 && cause instanceof Error; depth++, cause = cause.cause) {
        if (cause.name === "TimeoutError")
            return true;
    }
    return false;
}
/** `retry-after` (seconds or an HTTP date), else the PDS's `ratelimit-reset` (epoch seconds). */
function retryAfterSeconds(headers, now = Date.now()) {
    const retryAfter = headers["retry-after"];
    if (retryAfter !== undefined) {
        const seconds = Number(retryAfter);
        if (Number.isFinite(seconds) && seconds >= 0)
            return Math.ceil(seconds);
        const date = Date.parse(retryAfter);
        if (Number.isFinite(date))
            return Math.max(0, Math.ceil((date - now) / 1000));
    }
    const reset = Number(headers["ratelimit-reset"]);
    return Number.isFinite(reset) && reset > 0 ? Math.max(0, Math.ceil(reset - now / 1000)) : undefined;
}
function scrub(message, secret) {
    return secret ? message.split(secret).join("[secret]") : message;
}

;// CONCATENATED MODULE: ./src/channels/bluesky/post-address.ts
/**
 * The two ways a Bluesky post is named: its at:// URI (`at://<did or handle>/app.bsky.feed.post/<rkey>`),
 * which the protocol uses, and its web address on bsky.app (`https://bsky.app/profile/<handle or did>/post/<rkey>`),
 * which people paste into `reply_to`.
 */
const POST_COLLECTION = "app.bsky.feed.post";
const AT_URI = /^at:\/\/([^/?#]+)\/([^/?#]+)\/([^/?#]+)$/;
const WEB_URL = /^https:\/\/(?:www\.)?bsky\.app\/profile\/([^/?#]+)\/post\/([^/?#]+)\/?(?:[?#].*)?$/;
/** The repository, collection and key a post URI or bsky.app URL names; undefined when it names no post. */
function parsePostAddress(text) {
    const at = AT_URI.exec(text.trim());
    if (at)
        return { repo: decodeURIComponent(at[1] ?? ""), collection: at[2] ?? "", rkey: at[3] ?? "" };
    const web = WEB_URL.exec(text.trim());
    if (web)
        return { repo: decodeURIComponent(web[1] ?? ""), collection: POST_COLLECTION, rkey: web[2] ?? "" };
    return undefined;
}
function publicPostUrl(handle, rkey) {
    return `https://bsky.app/profile/${handle}/post/${rkey}`;
}

;// CONCATENATED MODULE: ./src/channels/bluesky/record-key.ts
/**
 * Bluesky record keys for posts: TIDs ("timestamp identifiers"), 13 characters of base32-sortable text
 * encoding a 64-bit number whose top bit is 0, then 53 bits of microseconds since the Unix epoch, then a
 * 10-bit clock id. `app.bsky.feed.post` declares `key: tid`, so the PDS refuses anything else.
 *
 * The key is chosen at claim time and stored in the ledger before the create, so that an interrupted
 * create can be looked up by it (and a second create with it can never make a second post). The time and
 * randomness are injected so that tests get known keys; `@atproto/common-web`'s TID reads the clock itself.
 */
/** base32-sortable: ASCII order of the characters is numeric order, so keys sort by time. */
const S32 = "234567abcdefghijklmnopqrstuvwxyz";
const TID_PATTERN = /^[234567abcdefghij][234567abcdefghijklmnopqrstuvwxyz]{12}$/;
function recordKey(now, random) {
    const millis = now.getTime();
    if (!Number.isFinite(millis) || millis < 0)
        throw new RangeError(`A record key needs a valid time, not ${String(now)}`);
    // Milliseconds are all a Date has: a random sub-millisecond part and clock id keep two claims made in
    // the same millisecond (two channels, two runs) apart.
    const micros = BigInt(millis) * 1000n + BigInt(pick(random, 1000));
    let n = (micros << 10n) | BigInt(pick(random, 1024));
    let key = "";
    for (let i = 0; i < 13; i++) {
        key = S32[Number(n & 31n)] + key;
        n >>= 5n;
    }
    return key;
}
function pick(random, size) {
    return Math.min(size - 1, Math.max(0, Math.floor(random() * size)));
}

;// CONCATENATED MODULE: ./src/channels/bluesky/publish.ts
/**
 * Publishing to Bluesky through `@atproto/api`: an app-password session on the account's PDS (`service` in
 * the channel's config, https://bsky.social by default), posts created under a record key chosen at claim
 * time, so that an interrupted create is found by `getRecord` on that key and a repeated create can never
 * make a second post (the PDS answers 500 for an existing key; see failure.ts for what that means here).
 *
 * Posts carry rich-text facets (links, hashtags, mentions; UTF-8 byte offsets, computed by `RichText`),
 * up to four images with alt text, a link card when there is a link and no image, a reply reference and
 * language tags. Bluesky has no edit: a correction is a removal and a new post, so there is no `edit`.
 */





const DEFAULT_SERVICE = "https://bsky.social";
const DEFAULT_TIMEOUT_MS = 30_000;
/** app.bsky.embed.images allows four. */
const MAX_IMAGES = 4;
/** app.bsky.embed.images#image: `maxSize` 2000000 bytes, `accept` image/*; the PDS refuses the post otherwise. */
const MAX_IMAGE_BYTES = 2_000_000;
/** app.bsky.feed.post's `langs` holds at most three. */
const MAX_LANGS = 3;
function createBlueskyPublisher(settings, options) {
    const service = settings.service ?? DEFAULT_SERVICE;
    const expectedHandle = normaliseHandle(settings.handle);
    const channel = `Bluesky @${expectedHandle}`;
    const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    const random = options.random ?? Math.random;
    const fetchWithTimeout = withTimeout(options.fetch ?? globalThis.fetch, timeoutMs);
    let secret;
    let session;
    const failure = (action, writes) => ({ action, writes, channel, timeoutMs, secret });
    /** Run one platform call, turning whatever it throws into a PublishError. */
    async function call(action, writes, run) {
        try {
            return await run();
        }
        catch (err) {
            throw toPublishError(err, failure(action, writes));
        }
    }
    function login() {
        session ??= openSession().catch((err) => {
            // A failed login is not remembered: the next call tries again.
            session = undefined;
            throw err;
        });
        return session;
    }
    async function openSession() {
        const name = settings.secret_env;
        secret = options.secrets(name);
        if (!secret) {
            throw new PublishError(`${channel}: the environment variable ${name} is not set; it must hold an app password of the account (Settings → Privacy and security → App passwords).`, "refused");
        }
        const agent = new dist.AtpAgent({ service, fetch: fetchWithTimeout });
        const password = secret;
        await call(`logging in to ${service} with the app password in ${name}`, false, () => agent.login({ identifier: expectedHandle, password }));
        const data = agent.session;
        if (!data)
            throw new PublishError(`${channel}: ${service} answered the login without a session.`, "refused");
        return { agent, did: data.did, handle: normaliseHandle(data.handle) };
    }
    function accountCheck(s) {
        const ok = expectedHandle.startsWith("did:") ? s.did === expectedHandle : s.handle === expectedHandle;
        return { ok, expected: `@${expectedHandle}`, actual: `@${s.handle} (${s.did})` };
    }
    /** Never write to an account other than the configured one, even if the caller skipped verifyAccount. */
    async function loginAsConfigured() {
        const s = await login();
        const check = accountCheck(s);
        if (!check.ok) {
            throw new PublishError(`${channel}: the app password in ${settings.secret_env} opens ${check.actual}, not ${check.expected}; nothing was done.`, "refused");
        }
        return s;
    }
    function publication(s, uri, cid, rkey) {
        return { id: uri, url: publicPostUrl(s.handle, rkey), refs: { uri, cid, rkey, did: s.did } };
    }
    async function facets(s, text) {
        // detectFacets asks the PDS for each mention's DID; a handle nobody has gets did "", which the lexicon
        // rejects, so such a mention stays plain text instead of failing the post.
        await text.detectFacets(s.agent);
        const kept = (text.facets ?? [])
            .map((facet) => ({ ...facet, features: facet.features.filter((f) => !isUnresolvedMention(f)) }))
            .filter((facet) => facet.features.length > 0);
        return kept.length > 0 ? kept : undefined;
    }
    async function replyRef(s, replyTo) {
        const address = parsePostAddress(replyTo);
        if (!address || address.collection !== POST_COLLECTION) {
            throw new PublishError(`${channel}: reply_to "${replyTo}" is not a Bluesky post: expected https://bsky.app/profile/<handle>/post/<id> or at://<did>/${POST_COLLECTION}/<id>.`, "refused");
        }
        const parent = await findPost(s, address, `looking up the post reply_to names (${replyTo})`);
        if (!parent)
            throw new PublishError(`${channel}: the post reply_to names (${replyTo}) does not exist (deleted?).`, "refused");
        // A reply to a reply belongs to the same thread: its root is the parent's root.
        const root = parent.value.reply?.root;
        const parentRef = { uri: parent.uri, cid: parent.cid };
        return { root: root?.uri && root.cid ? { uri: root.uri, cid: root.cid } : parentRef, parent: parentRef };
    }
    /** getRecord; undefined when the PDS says there is no such record. */
    async function findPost(s, address, action) {
        try {
            const { data } = await s.agent.com.atproto.repo.getRecord(address);
            if (!data.cid)
                throw new PublishError(`${channel}: ${action}: the answer has no CID.`, "refused");
            return { uri: data.uri, cid: data.cid, value: data.value };
        }
        catch (err) {
            if (isRecordNotFound(err))
                return undefined;
            throw toPublishError(err, failure(action, false));
        }
    }
    async function images(s, input) {
        const out = [];
        // One at a time, in order: the order of images is the order the post shows them.
        for (const media of input.media) {
            const { data } = await call(`uploading ${media.path}`, false, () => s.agent.uploadBlob(media.bytes, { encoding: media.mimeType }));
            out.push({ image: data.blob, alt: media.alt });
        }
        return out;
    }
    return {
        newClaim(now) {
            return { key: recordKey(now, random), at: now.toISOString() };
        },
        async verifyAccount() {
            return accountCheck(await login());
        },
        async publish(input) {
            refuseUnpostableMedia(channel, input);
            const s = await loginAsConfigured();
            const text = new dist.RichText({ text: input.text });
            const record = {
                $type: POST_COLLECTION,
                text: text.text,
                createdAt: new Date().toISOString(),
            };
            const detected = await facets(s, text);
            if (detected)
                record.facets = detected;
            if (input.replyTo)
                record.reply = await replyRef(s, input.replyTo);
            const uploaded = await images(s, input);
            const link = detected?.flatMap((f) => f.features).find(isLink)?.uri;
            if (uploaded.length > 0) {
                record.embed = { $type: "app.bsky.embed.images", images: uploaded };
            }
            else if (link) {
                // A card without fetching the page (no network beyond the PDS): the address is its title.
                record.embed = { $type: "app.bsky.embed.external", external: { uri: link, title: link, description: "" } };
            }
            const langs = [...new Set(input.languages ?? [])].slice(0, MAX_LANGS);
            if (langs.length > 0)
                record.langs = langs;
            const rkey = input.claim.key;
            const { data } = await call("creating the post", true, () => s.agent.com.atproto.repo.createRecord({ repo: s.did, collection: POST_COLLECTION, rkey, record }));
            return publication(s, data.uri, data.cid, rkey);
        },
        async resolve(input) {
            const s = await loginAsConfigured();
            const rkey = input.claim.key;
            try {
                const found = await findPost(s, { repo: s.did, collection: POST_COLLECTION, rkey }, `looking up the post with key ${rkey}`);
                return found ? { state: "published", publication: publication(s, found.uri, found.cid, rkey) } : { state: "absent" };
            }
            catch (err) {
                const reason = err instanceof Error ? err.message : String(err);
                return { state: "unknown", reason: scrub(reason, secret) };
            }
        },
        async remove(target) {
            const address = parsePostAddress(target.refs?.uri ?? target.id);
            if (!address)
                throw new PublishError(`${channel}: "${target.id}" is not an at:// URI of a post; cannot remove it.`, "refused");
            const s = await loginAsConfigured();
            if (address.repo !== s.did && normaliseHandle(address.repo) !== s.handle) {
                throw new PublishError(`${channel}: ${target.url} belongs to ${address.repo}, not to ${s.did}; nothing was removed.`, "refused");
            }
            const { data } = await call(`removing ${target.url}`, true, () => s.agent.com.atproto.repo.deleteRecord({ repo: s.did, collection: address.collection, rkey: address.rkey }));
            // The PDS answers a commit only when it deleted something: none means it was already gone.
            return data.commit ? "removed" : "already-gone";
        },
    };
}
function normaliseHandle(handle) {
    return handle.trim().replace(/^@/, "").toLowerCase();
}
function isUnresolvedMention(feature) {
    return feature.$type === "app.bsky.richtext.facet#mention" && !feature.did;
}
function isLink(feature) {
    return feature.$type === "app.bsky.richtext.facet#link";
}
/** getRecord's "no such record": RecordNotFound, or older PDSes' InvalidRequest "Could not locate record". */
function isRecordNotFound(err) {
    return (err instanceof dist.XRPCError &&
        err.status === 400 &&
        (err.error === "RecordNotFound" || (err.error === "InvalidRequest" && err.message.startsWith("Could not locate record"))));
}
/** What the PDS would refuse anyway, refused before anything is uploaded, naming the file. */
function refuseUnpostableMedia(channel, input) {
    if (input.media.length > MAX_IMAGES) {
        throw new PublishError(`${channel}: a post holds at most ${MAX_IMAGES} images; ${input.postPath} has ${input.media.length}.`, "refused");
    }
    for (const media of input.media) {
        if (!media.mimeType.startsWith("image/")) {
            throw new PublishError(`${channel}: ${media.path} is ${media.mimeType}; a post's images must be images.`, "refused");
        }
        if (media.bytes.length > MAX_IMAGE_BYTES) {
            throw new PublishError(`${channel}: ${media.path} has ${media.bytes.length} bytes; Bluesky takes images of at most ${MAX_IMAGE_BYTES} bytes.`, "refused");
        }
    }
}
/** Every request gets a deadline: a write that hangs must end as "unknown", not hold the run forever. */
function withTimeout(base, timeoutMs) {
    return (input, init) => {
        const own = init?.signal ?? (input instanceof Request ? input.signal : undefined);
        const deadline = AbortSignal.timeout(timeoutMs);
        // AbortSignal.any arrived in Node 20.3; without it the deadline alone still bounds the request.
        const signal = own && typeof AbortSignal.any === "function" ? AbortSignal.any([own, deadline]) : deadline;
        return base(input, { ...init, signal });
    };
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./src/channels/http-call.ts
/**
 * What the plain-`fetch` publishers (Discord webhooks, generic webhooks) share: one request with a timeout,
 * classified the way the ledger needs it, and errors that never carry the secret URL or key.
 *
 * A webhook URL *is* the credential, so every message built here goes through `scrub`, and a thrown error
 * never keeps the original error as `cause` (its text may hold the URL).
 */

const http_call_DEFAULT_TIMEOUT_MS = 30_000;
const WRITES = new Set(["POST", "PUT", "PATCH", "DELETE"]);
function createCaller(options, secrets) {
    const doFetch = options.fetch ?? globalThis.fetch;
    const timeoutMs = options.timeoutMs ?? http_call_DEFAULT_TIMEOUT_MS;
    const scrub = (text) => scrubSecrets(text, secrets());
    return {
        scrub,
        failure(result, body, what, says, write, where) {
            if (result.status === 429) {
                const wait = http_call_retryAfterSeconds(result.headers, body);
                const when = wait === undefined ? "later" : `in ${wait} s`;
                return new PublishError(scrub(`${what}: ${says} (rate limited); nothing was done; try again ${when}.`), "refused", 429, wait);
            }
            if (result.status >= 500 && write) {
                return new PublishError(scrub(`${what}: ${says}; it may have been applied: not retried; a person must check ${where}.`), "unknown", result.status);
            }
            return new PublishError(scrub(`${what}: ${says}.`), "refused", result.status);
        },
        async call(url, init, what, read = false) {
            const write = !read && WRITES.has(init.method);
            let response;
            try {
                response = await doFetch(url, { ...init, signal: AbortSignal.timeout(timeoutMs), redirect: "error" });
            }
            catch (error) {
                throw new PublishError(scrub(noAnswer(error, what, timeoutMs, write)), write ? "unknown" : "refused");
            }
            let text;
            try {
                text = await response.text();
            }
            catch (error) {
                // The status line arrived but the body broke off: for a 2xx write the platform applied it.
                throw new PublishError(scrub(noAnswer(error, what, timeoutMs, write)), write ? "unknown" : "refused", response.status);
            }
            return { status: response.status, headers: response.headers, text };
        },
    };
}
function noAnswer(error, what, timeoutMs, write) {
    const timedOut = error instanceof Error && (error.name === "TimeoutError" || error.name === "AbortError");
    const reason = timedOut ? `no answer within ${timeoutMs / 1000} s` : `the connection failed (${http_call_describe(error)})`;
    const consequence = write
        ? "it may have been applied: it is not retried, and a person must check before anything is sent again"
        : "nothing was changed";
    return `${what}: ${reason}; ${consequence}.`;
}
/** The error's own words, and its cause's (undici puts the useful part there), for a person; scrubbed by the caller. */
function http_call_describe(error) {
    if (!(error instanceof Error))
        return String(error);
    const cause = error.cause instanceof Error ? `: ${error.cause.message}` : "";
    return `${error.message}${cause}`;
}
/** Replace each secret, and its URL-encoded and path-only forms, by "[secret]". */
function scrubSecrets(text, secrets) {
    let out = text;
    const forms = new Set();
    for (const secret of secrets) {
        if (secret.length < 4)
            continue;
        forms.add(secret);
        forms.add(encodeURIComponent(secret));
        try {
            const url = new URL(secret);
            forms.add(url.pathname);
            for (const part of url.pathname.split("/"))
                if (part.length >= 16)
                    forms.add(part);
            for (const value of url.searchParams.values())
                if (value.length >= 8)
                    forms.add(value);
        }
        catch {
            // Not a URL: the plain and encoded forms are enough.
        }
    }
    // Longest first, so a URL is replaced whole before its path or token would be.
    for (const form of [...forms].sort((a, b) => b.length - a.length))
        out = out.split(form).join("[secret]");
    return out;
}
/** Read a secret by its environment variable's name; refuses (naming the variable, never a value) when empty. */
function requireSecret(secrets, name, what) {
    if (!name)
        throw new PublishError(`${what}: the channel names no environment variable for it in checkpost.yml.`, "refused");
    const value = secrets(name)?.trim();
    if (!value)
        throw new PublishError(`${what}: the environment variable ${name} is empty or not set; add it as a secret of the publishing step.`, "refused");
    return value;
}
/**
 * Parse a secret URL: https, or http to a loopback address (tests' fakes). The message names the variable
 * and what is wrong, never the value.
 */
function secretUrl(value, variable, what) {
    let url;
    try {
        url = new URL(value);
    }
    catch {
        throw new PublishError(`${what}: ${variable} does not hold a URL.`, "refused");
    }
    const loopback = url.hostname === "127.0.0.1" || url.hostname === "localhost" || url.hostname === "[::1]";
    if (url.protocol !== "https:" && !(url.protocol === "http:" && loopback)) {
        throw new PublishError(`${what}: the URL in ${variable} must start with https://.`, "refused");
    }
    return url;
}
/**
 * Seconds to wait after a 429: the JSON body's `retry_after` (Discord: seconds, a float) first, then the
 * `Retry-After` header (seconds, or an HTTP date).
 */
function http_call_retryAfterSeconds(headers, body) {
    if (body && typeof body === "object" && "retry_after" in body) {
        const value = Number(body.retry_after);
        if (Number.isFinite(value) && value >= 0)
            return value;
    }
    const header = headers.get("retry-after");
    if (header === null)
        return undefined;
    const seconds = Number(header);
    if (Number.isFinite(seconds) && seconds >= 0)
        return seconds;
    const date = Date.parse(header);
    return Number.isNaN(date) ? undefined : Math.max(0, (date - Date.now()) / 1000);
}
/** JSON, or undefined when the body is empty or not JSON. */
function parseJson(text) {
    if (!text)
        return undefined;
    try {
        return JSON.parse(text);
    }
    catch {
        return undefined;
    }
}
/**
 * A random key in the UUID v4 layout (what receivers expect of an idempotency key): from the injected
 * randomness in tests, from the platform's cryptographic generator otherwise.
 */
function randomKey(random) {
    if (!random)
        return globalThis.crypto.randomUUID();
    const hex = Array.from({ length: 32 }, () => Math.floor(random() * 16).toString(16));
    hex[12] = "4";
    hex[16] = ((Number.parseInt(hex[16] ?? "0", 16) & 0x3) | 0x8).toString(16);
    const s = hex.join("");
    return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
}

;// CONCATENATED MODULE: ./src/channels/discord/publish.ts
/**
 * Publishing to a Discord channel through an incoming webhook (Discord's webhook resource: Execute, Get,
 * Edit and Delete Webhook Message), with plain `fetch`.
 *
 * The webhook URL is the only credential and the only address: it comes from the environment variable the
 * channel's `secret_env` names, and no message, error or returned value ever contains it (nor its token).
 *
 * Discord offers no way to ask whether an interrupted create happened (no listing, no nonce for webhooks),
 * so the message id returned by `?wait=true` is the only handle for a later edit or takedown, and a create
 * that ended in a 5xx or a timeout is "unknown" for a person to resolve.
 */



/** Discord's documented limits for a webhook message. */
const DISCORD_LIMITS = { content: 2000, files: 10, description: 1024 };
/** Discord's JSON error codes this publisher tells apart. */
const UNKNOWN_MESSAGE = 10008;
const UNKNOWN_WEBHOOK = 10015;
/** `/api/webhooks/{id}/{token}`, with an optional API version, as Discord shows a webhook's URL. */
const WEBHOOK_PATH = /^(\/api(?:\/v\d+)?\/webhooks\/(\d{1,20})\/[A-Za-z0-9_.-]+)\/?$/;
const SNOWFLAKE = /^\d{1,20}$/;
function createDiscordPublisher(settings, options) {
    const variable = settings.secret_env;
    const label = `Discord channel${settings.name ? ` ${settings.name}` : ""}`;
    let secretValue;
    const caller = createCaller(options, () => (secretValue ? [secretValue] : []));
    /** What the webhook GET said, so a publication's link needs no second request. */
    let info;
    function webhook() {
        const value = requireSecret(options.secrets, variable, `${label}: the webhook URL`);
        secretValue = value;
        const url = secretUrl(value, variable, `${label}: the webhook URL`);
        const match = WEBHOOK_PATH.exec(url.pathname);
        if (!match?.[1] || !match[2]) {
            throw new PublishError(`${label}: the URL in ${variable} is not a Discord webhook URL (expected https://discord.com/api/webhooks/<id>/<token>).`, "refused");
        }
        url.pathname = match[1];
        url.searchParams.delete("wait");
        return { id: match[2], url };
    }
    function endpoint(hook, suffix = "", query = {}) {
        const url = new URL(hook.url);
        url.pathname += suffix;
        for (const [key, value] of Object.entries(query))
            url.searchParams.set(key, value);
        return url.toString();
    }
    /** GET the webhook: who it belongs to. Undefined when Discord says the webhook does not exist. */
    async function fetchInfo(hook) {
        // Get Webhook takes no thread_id: ask about the webhook itself.
        const url = new URL(hook.url);
        url.search = "";
        const result = await caller.call(url.toString(), { method: "GET" }, `${label}: reading the webhook`);
        const body = parseJson(result.text);
        if (result.status === 401 || result.status === 404)
            return { refusal: caller.scrub(`no webhook: ${discordSays(result, body)}`) };
        if (result.status !== 200 || !body)
            throw failure(result, body, `${label}: reading the webhook`, false);
        info = {
            guildId: typeof body.guild_id === "string" ? body.guild_id : undefined,
            channelId: typeof body.channel_id === "string" ? body.channel_id : undefined,
            name: typeof body.name === "string" ? body.name : undefined,
        };
        return { info };
    }
    function publication(hook, message, media) {
        const guildId = message.guild_id ?? info?.guildId;
        const channelId = message.channel_id ?? info?.channelId;
        const refs = { webhook_id: hook.id, media_digest: mediaDigest(media) };
        if (channelId)
            refs.channel_id = channelId;
        if (guildId)
            refs.guild_id = guildId;
        const attachments = (message.attachments ?? []).map((a) => a.id).filter((id) => typeof id === "string");
        if (attachments.length > 0)
            refs.attachment_ids = attachments.join(",");
        const url = guildId && channelId ? `https://discord.com/channels/${guildId}/${channelId}/${message.id}` : message.id;
        return { id: message.id, url, refs };
    }
    function messageId(publication, hook, what) {
        if (!SNOWFLAKE.test(publication.id))
            throw new PublishError(`${what}: "${publication.id}" is not a Discord message id.`, "refused");
        const from = publication.refs?.webhook_id;
        if (from && from !== hook.id) {
            // Another webhook cannot touch this message, and Discord would answer "Unknown Message": never read that as gone.
            throw new PublishError(`${what}: the message was posted by webhook ${from}, but ${variable} now holds webhook ${hook.id}, which cannot change it; restore that webhook's URL or change the message by hand in Discord.`, "refused");
        }
        return publication.id;
    }
    return {
        newClaim(now) {
            return { key: randomKey(options.random), at: now.toISOString() };
        },
        async verifyAccount() {
            const hook = webhook();
            const pins = [settings.guild_id && `server ${settings.guild_id}`, settings.channel_id && `channel ${settings.channel_id}`].filter(Boolean);
            const expected = pins.length > 0 ? pins.join(", ") : "any server and channel (not pinned: set guild_id or channel_id in checkpost.yml to pin it)";
            const found = await fetchInfo(hook);
            if (!found.info)
                return { ok: false, expected, actual: found.refusal ?? "no webhook" };
            const actual = `webhook${found.info.name ? ` "${found.info.name}"` : ""} ${hook.id} in server ${found.info.guildId ?? "(none)"}, channel ${found.info.channelId ?? "(none)"}`;
            const ok = (!settings.guild_id || settings.guild_id === found.info.guildId) &&
                (!settings.channel_id || settings.channel_id === found.info.channelId);
            return { ok, expected, actual };
        },
        async publish(input) {
            const hook = webhook();
            const what = `${label}: posting ${input.postPath}`;
            checkMessage(input, what);
            const payload = { content: input.text, allowed_mentions: allowedMentions(settings.allow_mentions === true) };
            const result = await caller.call(endpoint(hook, "", { wait: "true" }), { method: "POST", ...body(payload, input.media) }, what);
            const message = parseJson(result.text);
            if (result.status === 200 && message && typeof message.id === "string" && SNOWFLAKE.test(message.id)) {
                if (!message.guild_id && !info)
                    await fetchInfo(hook).catch(() => undefined);
                return publication(hook, message, input.media);
            }
            if (result.status >= 200 && result.status < 300) {
                // Created, but without the id a takedown needs: only a person can find the message.
                throw new PublishError(`${what}: Discord answered ${result.status} without a message id; the message was probably posted; a person must check the channel.`, "unknown", result.status);
            }
            throw failure(result, message, what, true);
        },
        async resolve() {
            return { state: "unknown", reason: "Discord webhooks cannot list messages: a person must check the channel and resolve it" };
        },
        async remove(published) {
            const hook = webhook();
            const what = `${label}: deleting message ${published.id}`;
            const id = messageId(published, hook, what);
            const result = await caller.call(endpoint(hook, `/messages/${id}`), { method: "DELETE" }, what);
            if (result.status === 204 || result.status === 200)
                return "removed";
            const body = parseJson(result.text);
            if (result.status === 404 && errorCode(body) === UNKNOWN_MESSAGE)
                return "already-gone";
            if (result.status === 404 && errorCode(body) === UNKNOWN_WEBHOOK) {
                throw new PublishError(`${what}: the webhook in ${variable} no longer exists, so the message (if still there) must be deleted by hand in Discord.`, "refused", 404);
            }
            throw failure(result, body, what, true);
        },
        async edit(published, input) {
            const hook = webhook();
            const what = `${label}: editing message ${published.id}`;
            const id = messageId(published, hook, what);
            checkMessage(input, what);
            const payload = {
                content: input.text,
                allowed_mentions: allowedMentions(settings.allow_mentions === true),
            };
            // Discord keeps a message's attachments unless `attachments` is sent: send it only when the media changed.
            const mediaChanged = published.refs?.media_digest !== mediaDigest(input.media);
            const request = mediaChanged ? body(payload, input.media, true) : body(payload, []);
            const result = await caller.call(endpoint(hook, `/messages/${id}`), { method: "PATCH", ...request }, what);
            const message = parseJson(result.text);
            if (result.status === 200 && message && message.id === id)
                return publication(hook, message, input.media);
            if (result.status === 404 && errorCode(message) === UNKNOWN_MESSAGE) {
                throw new PublishError(`${what}: Discord no longer has this message (deleted in the channel?).`, "refused", 404);
            }
            throw failure(result, message, what, true);
        },
    };
    /** Any unexpected answer, in Discord's own words. */
    function failure(result, body, what, write) {
        return caller.failure(result, body, what, discordSays(result, body), write, "the Discord channel");
    }
}
/** `parse: []` lets a post show @everyone, roles and users without notifying anyone (Discord's allowed mentions object). */
function allowedMentions(allow) {
    return { parse: allow ? ["users", "roles", "everyone"] : [] };
}
/** Refuse before sending what Discord would refuse: nothing is created, and the message says what to change. */
function checkMessage(input, what) {
    const length = [...input.text].length;
    if (length > DISCORD_LIMITS.content) {
        throw new PublishError(`${what}: the text is ${length} characters; a Discord message takes at most ${DISCORD_LIMITS.content}.`, "refused");
    }
    if (input.media.length > DISCORD_LIMITS.files) {
        throw new PublishError(`${what}: ${input.media.length} files; a Discord message takes at most ${DISCORD_LIMITS.files}.`, "refused");
    }
    if (length === 0 && input.media.length === 0)
        throw new PublishError(`${what}: the message has neither text nor media.`, "refused");
    for (const media of input.media) {
        const alt = [...media.alt].length;
        if (alt > DISCORD_LIMITS.description) {
            throw new PublishError(`${what}: the alt text of ${media.path} is ${alt} characters; Discord keeps at most ${DISCORD_LIMITS.description} per attachment.`, "refused");
        }
    }
}
/**
 * The request body: JSON without files; with files, multipart `payload_json` + `files[n]`, each described by
 * `attachments[n]` (id n, filename, description = alt text). `replaceAttachments` sends the list even when
 * empty, which removes the old ones on an edit.
 */
function body(payload, media, replaceAttachments = false) {
    if (media.length === 0) {
        const json = replaceAttachments ? { ...payload, attachments: [] } : payload;
        return { headers: { "Content-Type": "application/json" }, body: JSON.stringify(json) };
    }
    const names = media.map((m, n) => fileName(m.path, n));
    const attachments = media.map((m, n) => ({ id: n, filename: names[n], description: m.alt }));
    const form = new FormData();
    form.set("payload_json", JSON.stringify({ ...payload, attachments }));
    media.forEach((m, n) => {
        form.set(`files[${n}]`, new Blob([m.bytes], { type: m.mimeType }), names[n]);
    });
    return { body: form };
}
/** The file's own name, reduced to characters Discord keeps in attachment URLs. */
function fileName(path, n) {
    const base = path.split("/").pop() ?? "";
    const safe = base.replace(/[^A-Za-z0-9._-]+/g, "_").replace(/^[._]+/, "");
    return safe || `image-${n + 1}`;
}
/** A fingerprint of the media as published (bytes, type and alt text), so an edit re-uploads only when they changed. */
function mediaDigest(media) {
    const hash = (0,external_node_crypto_.createHash)("sha256");
    for (const m of media) {
        hash.update(m.mimeType).update("\0").update(m.alt).update("\0");
        hash.update((0,external_node_crypto_.createHash)("sha256").update(m.bytes).digest("hex")).update("\n");
    }
    return hash.digest("hex");
}
function errorCode(body) {
    return body && typeof body === "object" && typeof body.code === "number"
        ? body.code
        : undefined;
}
/** "Discord answered 400 Invalid Form Body (code 50035): {...}", from Discord's JSON error object when there is one. */
function discordSays(result, body) {
    const error = body && typeof body === "object" ? body : undefined;
    const message = typeof error?.message === "string" ? ` ${error.message}` : "";
    const code = typeof error?.code === "number" ? ` (code ${error.code})` : "";
    const details = error?.errors ? `: ${JSON.stringify(error.errors).slice(0, 400)}` : "";
    return `Discord answered ${result.status}${message}${code}${details}`;
}

// EXTERNAL MODULE: ./node_modules/masto/dist/esm/adapters/clients.js + 22 modules
var clients = __webpack_require__(24606);
// EXTERNAL MODULE: ./node_modules/masto/dist/esm/adapters/errors/masto-http-error.js
var masto_http_error = __webpack_require__(35283);
// EXTERNAL MODULE: ./node_modules/masto/dist/esm/adapters/errors/masto-timeout-error.js
var masto_timeout_error = __webpack_require__(15830);
// EXTERNAL MODULE: ./src/text/one-line.ts
var one_line = __webpack_require__(73854);
;// CONCATENATED MODULE: ./src/channels/mastodon/publish-errors.ts
/**
 * What a failed `masto` call means for "exactly once": whether the instance certainly did nothing ("refused")
 * or may have applied a write ("unknown"), worded for a person, without the token.
 *
 * masto 7 reports failures in four shapes (read in its `http-native-impl.js`):
 * - `MastoHttpError` for a JSON error answer, with `statusCode` and the `Response` as `cause`;
 * - `MastoTimeoutError` when the client's `timeout` fired;
 * - a plain `TypeError` for a 5xx whose body is a proxy's HTML page (it destructures the `undefined` it decoded
 *   from the HTML), and for a connection that failed (`fetch failed`, with the network error as `cause`);
 * - `MastoUnexpectedError` / `MastoDeserializeError` for a body of another type or broken JSON.
 * Only the first carries a status code: every other shape after a write was sent is "unknown".
 */



/** Network errors raised before a request could reach the instance: nothing can have been applied. */
const NOT_REACHED = new Set(["ECONNREFUSED", "ENOTFOUND", "EAI_AGAIN", "EHOSTUNREACH", "ENETUNREACH", "ERR_INVALID_URL"]);
/** A failure of `call` as a `PublishError` (a `PublishError` passes through unchanged). */
function publishErrorOf(error, context) {
    if (error instanceof PublishError)
        return error;
    const { doing, write } = context;
    const unsure = write ? "unknown" : "refused";
    const mayHaveApplied = write ? " It may have been applied: do not repeat it blindly." : "";
    if (error instanceof masto_http_error/* MastoHttpError */.T) {
        const status = error.statusCode;
        const said = publish_errors_describe(error);
        if (status === 429) {
            const retryAfter = retryAfterOf(error.cause);
            const wait = retryAfter === undefined ? "" : ` Try again in ${retryAfter} s.`;
            return new PublishError(`Mastodon is rate-limiting this account while ${doing} (429${said}).${wait}`, "refused", 429, retryAfter);
        }
        if (status === 401 || status === 403) {
            return new PublishError(`Mastodon refused the access token in ${context.secretEnv} while ${doing} (${status}${said}): check that it is valid and has the scopes write:statuses and write:media.`, "refused", status);
        }
        if (status < 500)
            return new PublishError(`Mastodon refused ${doing} (${status}${said}).`, "refused", status);
        return new PublishError(`Mastodon failed while ${doing} (${status}${said}).${mayHaveApplied}`, unsure, status);
    }
    if (error instanceof masto_timeout_error/* MastoTimeoutError */.Y) {
        return new PublishError(`Mastodon did not answer in time while ${doing}.${mayHaveApplied}`, unsure);
    }
    const code = networkCode(error);
    if (code && NOT_REACHED.has(code)) {
        return new PublishError(`Could not reach the Mastodon instance while ${doing} (${code}).`, "refused");
    }
    const detail = code ?? (error instanceof Error ? shorten(error.message) : "no details");
    return new PublishError(`Mastodon's answer while ${doing} was not an API answer (a proxy's error page or a broken connection: ${detail}).${mayHaveApplied}`, unsure);
}
/** Seconds to wait after a 429: `Retry-After` when a proxy sent it, else Mastodon's `X-RateLimit-Reset`. */
function retryAfterOf(cause) {
    if (!(cause instanceof Response))
        return undefined;
    const headers = cause.headers;
    const retryAfter = headers.get("retry-after");
    if (retryAfter !== null) {
        const seconds = Number(retryAfter);
        if (Number.isFinite(seconds))
            return Math.max(0, Math.ceil(seconds));
        const at = Date.parse(retryAfter);
        if (!Number.isNaN(at))
            return secondsUntil(at, headers);
    }
    // Mastodon's own 429 (rack-attack) sends no Retry-After, only the ISO 8601 time the window resets.
    const reset = Date.parse(headers.get("x-ratelimit-reset") ?? "");
    return Number.isNaN(reset) ? undefined : secondsUntil(reset, headers);
}
/** Measured against the answer's own `Date` so that a skewed local clock does not distort the wait. */
function secondsUntil(at, headers) {
    const serverNow = Date.parse(headers.get("date") ?? "");
    const now = Number.isNaN(serverNow) ? Date.now() : serverNow;
    return Math.max(0, Math.ceil((at - now) / 1000));
}
function publish_errors_describe(error) {
    const text = [error.message, error.description].filter((part) => typeof part === "string" && part !== "").join(": ");
    return text === "" ? "" : `: ${shorten(text)}`;
}
function networkCode(error) {
    for (let current = error, depth = 0; current instanceof Object && depth < 4; depth++) {
        const code = current.code;
        if (typeof code === "string")
            return code;
        current = current.cause;
    }
    return undefined;
}
function shorten(text) {
    const line = (0,one_line/* oneLine */.T)(text).trim();
    return line.length > 200 ? `${line.slice(0, 199)}…` : line;
}

;// CONCATENATED MODULE: ./src/channels/mastodon/status-text.ts
/**
 * Recognising a status by its text, to resolve an interrupted create once the instance has forgotten its
 * Idempotency-Key. Mastodon keeps the plain text it was sent but returns it (`text`) only from a delete; lists
 * give the HTML it rendered (`content`): paragraphs, `<br />`, links split into visible and invisible spans,
 * mentions shortened to `@user`, hashtags as links. Turning that HTML back into text and normalising both sides
 * (whitespace, `@user@domain` → `@user`, Unicode NFC) compares what a person would call the same text.
 */
const ENTITIES = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " };
/** The status's text: its source when the instance sent it, else its rendered HTML turned back into text. */
function statusPlainText(status) {
    if (typeof status.text === "string")
        return status.text;
    return htmlToText(status.content);
}
/** Whether a status's text and the text that was sent are the same, as Mastodon renders them. */
function sameStatusText(statusText, sent) {
    return comparable(statusText) === comparable(sent);
}
function htmlToText(html) {
    return decodeEntities(html
        .replace(/<br\s*\/?>/gi, "\n")
        .replace(/<\/p>\s*<p(?:\s[^>]*)?>/gi, "\n\n")
        .replace(/<[^>]*>/g, ""));
}
function decodeEntities(text) {
    return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, name) => {
        if (name.startsWith("#")) {
            const code = name[1] === "x" || name[1] === "X" ? Number.parseInt(name.slice(2), 16) : Number.parseInt(name.slice(1), 10);
            return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
        }
        return ENTITIES[name.toLowerCase()] ?? whole;
    });
}
/** Mastodon shows a mention of `@user@domain` as `@user`; whitespace and line breaks are layout, not text. */
function comparable(text) {
    return text
        .normalize("NFC")
        .replace(/(^|[^\p{L}\p{N}_/])@([\p{L}\p{N}_]+)@[\p{L}\p{N}.-]+\p{L}/gu, "$1@$2")
        .replace(/\s+/g, " ")
        .trim();
}

;// CONCATENATED MODULE: ./src/channels/mastodon/publish.ts
/**
 * Publishing to a Mastodon account through `masto` 7 (the REST client the project pins: masto 8 needs Node 22).
 *
 * Exactly once rests on Mastodon's `Idempotency-Key`: the key is chosen at claim time (`newClaim`) and sent
 * with the create; the instance remembers it for an hour and answers a repeated create with the status it
 * already made. A create that failed with a 5xx, a timeout or a proxy's HTML page is never repeated here
 * (`PublishError` "unknown"); `resolve` looks for the status among the account's own recent statuses, which
 * works after the key is forgotten too, and says "absent" only when the status is not there: publishing again
 * with the same claim is then safe, and within the hour the key also covers a create that lands late.
 *
 * masto 7 calls the global `fetch` and takes no `fetch` option, so `PublisherOptions.fetch` is not used here;
 * its `timeout` option bounds every request.
 */





const publish_DEFAULT_TIMEOUT_MS = 30_000;
/** Mastodon attaches at most 4 media to a status and keeps descriptions up to 1,500 characters. */
const MAX_MEDIA = 4;
const MAX_DESCRIPTION = 1500;
/**
 * A status created this long before the claim still counts: the instance's clock and ours may differ, and missing
 * our own status (then posting it again) is worse than taking an identical status from just before for it.
 */
const CLOCK_SKEW_MS = 10 * 60_000;
/** Mastodon lists at most 40 statuses a page; 5 pages cover any account's output since an interrupted run. */
const LOOKUP_PAGE = 40;
const LOOKUP_PAGES = 5;
/** How long an upload may stay "processing" (masto's own default for its wait). */
const MEDIA_PROCESSING_MS = 60_000;
function createMastodonPublisher(settings, options) {
    const visibility = settings.visibility ?? "public";
    const secretEnv = settings.secret_env;
    let client;
    /** The client, made on first use so that a missing token is reported by the call that needs it. */
    const api = () => {
        if (client)
            return client;
        const token = options.secrets(secretEnv)?.trim();
        if (!token) {
            throw new PublishError(`The Mastodon access token for ${settings.account} is missing: set the environment variable ${secretEnv} (a token with the scopes write:statuses and write:media).`, "refused");
        }
        client = (0,clients/* createRestAPIClient */.S9)({
            url: instanceUrl(settings.instance).origin,
            accessToken: token,
            timeout: options.timeoutMs ?? publish_DEFAULT_TIMEOUT_MS,
            log: "error",
        });
        return client;
    };
    const call = async (doing, write, request) => {
        const context = { doing, write, secretEnv };
        try {
            return await request();
        }
        catch (error) {
            throw publishErrorOf(error, context);
        }
    };
    const uploadAll = async (media) => {
        if (media.length > MAX_MEDIA) {
            throw new PublishError(`Mastodon attaches at most ${MAX_MEDIA} media to a status; this post has ${media.length}.`, "refused");
        }
        const long = media.find((item) => [...item.alt].length > MAX_DESCRIPTION);
        if (long) {
            throw new PublishError(`The description of ${long.path} is longer than Mastodon's ${MAX_DESCRIPTION} characters.`, "refused");
        }
        const rest = api();
        // In parallel; a failed upload leaves at most an unattached file, which Mastodon deletes on its own.
        const uploaded = await Promise.all(media.map(async (item) => {
            const file = new File([Buffer.from(item.bytes)], baseName(item.path), { type: item.mimeType });
            // masto's own wait sleeps a second before every poll, even after a 200 with the file ready (Mastodon's answer
            // for still images, which it processes at once; video, GIF and audio answer 202): skip it, and poll only
            // while the upload is still processing (202, then 206 to each poll).
            const attachment = await call(`uploading ${item.path}`, false, () => rest.v2.media.create({ file, description: item.alt, skipPolling: true }));
            return attachment.url ? attachment : processed(attachment.id, item.path);
        }));
        return uploaded.map((attachment) => attachment.id);
    };
    const processed = async (id, path) => {
        const rest = api();
        const deadline = Date.now() + MEDIA_PROCESSING_MS;
        for (let wait = 250;; wait = Math.min(wait * 2, 4_000)) {
            await new Promise((resolve) => setTimeout(resolve, wait));
            const attachment = await call(`waiting for ${path} to be processed`, false, () => rest.v1.media.$select(id).fetch());
            if (attachment.url)
                return attachment;
            if (Date.now() > deadline) {
                throw new PublishError(`Mastodon has not finished processing ${path} after ${MEDIA_PROCESSING_MS / 1000} s; try again later.`, "refused");
            }
        }
    };
    /** The id of the status a reply answers: read from this instance's own status URLs, else found by search. */
    const replyTarget = async (url) => {
        const instance = instanceUrl(settings.instance);
        let target;
        try {
            target = new URL(url);
        }
        catch {
            throw new PublishError(`reply_to should be the URL of a Mastodon status; got "${url}".`, "refused");
        }
        if (target.host === instance.host) {
            const own = /^\/@[^/]+\/(\d+)\/?$/.exec(target.pathname) ?? /^\/users\/[^/]+\/statuses\/(\d+)\/?$/.exec(target.pathname);
            if (own?.[1])
                return own[1];
        }
        const rest = api();
        const found = await call("finding the status to reply to", false, () => rest.v2.search.list({ q: url, resolve: true, type: "statuses", limit: 1 }));
        const status = found.statuses[0];
        if (!status)
            throw new PublishError(`${instance.host} cannot find the status to reply to (${url}).`, "refused");
        return status.id;
    };
    const language = (input) => input.languages?.[0]?.split("-")[0]?.toLowerCase() || undefined;
    return {
        newClaim(now) {
            return { key: options.random ? uuidFrom(options.random) : (0,external_node_crypto_.randomUUID)(), at: now.toISOString() };
        },
        async verifyAccount() {
            const rest = api();
            const wanted = parseAccount(settings.account);
            const host = instanceUrl(settings.instance).host.toLowerCase();
            const me = await call("asking whose token this is", false, () => rest.v1.accounts.verifyCredentials());
            let domain = host;
            // An instance may serve accounts of another domain (LOCAL_DOMAIN ≠ WEB_DOMAIN): ask it which one.
            if (wanted.domain && wanted.domain !== host) {
                domain = (await call("asking the instance's domain", false, () => rest.v2.instance.fetch())).domain.toLowerCase();
            }
            const ok = me.username.toLowerCase() === wanted.username.toLowerCase() && (!wanted.domain || wanted.domain === domain);
            return { ok, expected: `@${wanted.username}@${wanted.domain ?? host}`, actual: `@${me.username}@${domain}` };
        },
        async publish(input) {
            const rest = api();
            const inReplyToId = input.replyTo ? await replyTarget(input.replyTo) : undefined;
            const mediaIds = await uploadAll(input.media);
            const status = await call("creating the status", true, () => rest.v1.statuses.create({ status: input.text, visibility, mediaIds, inReplyToId, language: language(input) }, 
            // masto 7 merges per-call headers from `requestInit` over its own (see its http-config.js).
            { requestInit: { headers: { "Idempotency-Key": input.claim.key } } }));
            return publicationOf(status);
        },
        async resolve(input) {
            const rest = api();
            const since = Date.parse(input.claim.at) - CLOCK_SKEW_MS;
            if (Number.isNaN(since))
                return { state: "unknown", reason: `The claim's time "${input.claim.at}" is not a date.` };
            try {
                const me = await call("asking whose token this is", false, () => rest.v1.accounts.verifyCredentials());
                const pages = rest.v1.accounts.$select(me.id).statuses.list({ limit: LOOKUP_PAGE, excludeReblogs: true });
                let seen = 0;
                for await (const page of pages) {
                    for (const status of page) {
                        if (isClaimed(status, input, since))
                            return { state: "published", publication: publicationOf(status) };
                    }
                    seen += 1;
                    const oldest = page.at(-1);
                    if (!oldest || Date.parse(oldest.createdAt) < since || seen >= LOOKUP_PAGES)
                        break;
                }
                return { state: "absent" };
            }
            catch (error) {
                const reason = publishErrorOf(error, { doing: "looking for the status among the account's own", write: false, secretEnv });
                return { state: "unknown", reason: reason.message };
            }
        },
        async remove(publication) {
            const rest = api();
            const status = rest.v1.statuses.$select(publication.id);
            try {
                await status.remove();
                return "removed";
            }
            catch (error) {
                if (!(error instanceof masto_http_error/* MastoHttpError */.T && error.statusCode === 404)) {
                    throw publishErrorOf(error, { doing: `deleting status ${publication.id}`, write: true, secretEnv });
                }
            }
            // Mastodon answers 404 also for another account's status: gone only if nobody can see it any more.
            const stillThere = await status.fetch().then(() => true, (error) => {
                if (error instanceof masto_http_error/* MastoHttpError */.T && error.statusCode === 404)
                    return false;
                throw publishErrorOf(error, { doing: `checking that status ${publication.id} is gone`, write: false, secretEnv });
            });
            if (stillThere) {
                throw new PublishError(`Status ${publication.id} is still online but the token in ${secretEnv} cannot delete it: it belongs to another account.`, "refused", 404);
            }
            return "already-gone";
        },
        async edit(publication, input) {
            const rest = api();
            // Media are uploaded again: the instance cannot tell us whether the reviewed bytes changed.
            const mediaIds = await uploadAll(input.media);
            const status = await call(`editing status ${publication.id}`, true, () => rest.v1.statuses.$select(publication.id).update({ status: input.text, mediaIds, language: language(input) }));
            return publicationOf(status);
        },
    };
}
/** A status of the account is the claimed one when it was created after the claim with the same text and media count. */
function isClaimed(status, input, since) {
    return (!status.reblog &&
        Date.parse(status.createdAt) >= since &&
        status.mediaAttachments.length === input.media.length &&
        sameStatusText(statusPlainText(status), input.text));
}
function publicationOf(status) {
    const refs = { accountId: status.account.id };
    const mediaIds = status.mediaAttachments.map((attachment) => attachment.id);
    if (mediaIds.length > 0)
        refs.mediaIds = mediaIds.join(",");
    return { id: status.id, url: status.url ?? status.uri, refs };
}
function instanceUrl(instance) {
    try {
        return new URL(instance);
    }
    catch {
        throw new PublishError(`The Mastodon instance should be a URL such as https://mastodon.social; got "${instance}".`, "refused");
    }
}
/** "@acme" or "@acme@example.social" (the leading "@" optional). */
function parseAccount(account) {
    const [username = "", domain] = account.trim().replace(/^@/, "").split("@");
    return domain ? { username, domain: domain.toLowerCase() } : { username };
}
function baseName(path) {
    return path.slice(path.lastIndexOf("/") + 1) || "media";
}
/** A version 4 UUID from an injected random source, so that tests get the same keys every run. */
function uuidFrom(random) {
    const bytes = Array.from({ length: 16 }, () => Math.floor(random() * 256) & 0xff);
    bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
    bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
    const hex = bytes.map((byte) => byte.toString(16).padStart(2, "0")).join("");
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

;// CONCATENATED MODULE: ./src/channels/webhook/publish.ts
/**
 * Publishing to a generic webhook: the receiver is the client's own system, so the contract is ours and is
 * documented in docs/webhook.md (payloads, headers, answers, the signature check). Any change here changes
 * that contract: keep the two in step.
 *
 * Every request is a signed JSON POST to the URL in `secret_env`; the HMAC-SHA256 key comes from
 * `signing_secret_env`, and publishing refuses without it (an unsigned request lets anyone who learns the
 * URL publish in the client's name). Neither value ever appears in a message or an error.
 */



/** The shortest signing key accepted: a guessable key makes the signature worthless. */
const MIN_SIGNING_KEY_LENGTH = 16;
/** `refs.id_source` when the receiver answered without an id and the idempotency key stands in for it. */
const ID_FROM_IDEMPOTENCY_KEY = "idempotency-key";
function createWebhookPublisher(settings, options) {
    const label = `webhook channel${settings.name ? ` ${settings.name}` : ""}`;
    const known = new Set();
    const caller = createCaller(options, () => [...known]);
    function target() {
        const value = requireSecret(options.secrets, settings.secret_env, `${label}: the webhook URL`);
        known.add(value);
        const url = secretUrl(value, settings.secret_env, `${label}: the webhook URL`);
        if (!settings.signing_secret_env) {
            throw new PublishError(`${label}: signing_secret_env is not set in checkpost.yml; a webhook is only published to with signed requests (see docs/webhook.md).`, "refused");
        }
        const key = requireSecret(options.secrets, settings.signing_secret_env, `${label}: the signing key`);
        known.add(key);
        if (key.length < MIN_SIGNING_KEY_LENGTH) {
            throw new PublishError(`${label}: the signing key in ${settings.signing_secret_env} is shorter than ${MIN_SIGNING_KEY_LENGTH} characters; use a random key of 32 bytes or more.`, "refused");
        }
        return { url: url.toString(), key };
    }
    /** POST one signed event. `idempotencyKey` goes in the header for writes; a lookup is a read and sends none. */
    function send(to, event, idempotencyKey, what) {
        const sentAt = Math.floor(Date.now() / 1000);
        const raw = JSON.stringify({ ...event, sent_at: sentAt });
        const headers = {
            "Content-Type": "application/json",
            "User-Agent": "checkpost",
            "X-Checkpost-Event": String(event.event),
            "X-Checkpost-Timestamp": String(sentAt),
            "X-Checkpost-Signature": `sha256=${(0,external_node_crypto_.createHmac)("sha256", to.key).update(raw).digest("hex")}`,
        };
        if (idempotencyKey)
            headers["Idempotency-Key"] = idempotencyKey;
        // A lookup changes nothing, so its failures are "refused" (nothing happened) rather than "unknown".
        return caller.call(to.url, { method: "POST", headers, body: raw }, what, event.event === "lookup");
    }
    return {
        newClaim(now) {
            return { key: randomKey(options.random), at: now.toISOString() };
        },
        async verifyAccount() {
            target();
            return {
                ok: true,
                expected: `the receiver at the URL in ${settings.secret_env}`,
                actual: `not checked: a generic webhook has no account to ask; requests are signed with the key in ${settings.signing_secret_env}`,
            };
        },
        async publish(input) {
            const to = target();
            const what = `${label}: posting ${input.postPath}`;
            const length = [...input.text].length;
            if (settings.max_length && length > settings.max_length) {
                throw new PublishError(`${what}: the text is ${length} characters; this receiver takes at most ${settings.max_length}.`, "refused");
            }
            const result = await send(to, publishEvent(input), input.claim.key, what);
            const answer = parseJson(result.text);
            if (result.status >= 200 && result.status < 300)
                return publication(answer, input.claim.key);
            throw failure(result, answer, what, true);
        },
        async resolve(input) {
            const unknown = (why) => ({
                state: "unknown",
                reason: `the receiver ${why}: a person must check whether ${input.postPath} arrived and resolve it`,
            });
            let result;
            try {
                result = await send(target(), { event: "lookup", idempotency_key: input.claim.key }, undefined, `${label}: looking up ${input.postPath}`);
            }
            catch (error) {
                return unknown(`could not be asked (${error instanceof Error ? error.message : "no answer"})`);
            }
            const answer = parseJson(result.text);
            // Only an explicit answer counts: a receiver without lookups may answer 404 to anything it does not know.
            if (result.status === 200 && answer?.found === true && typeof answer.id === "string" && answer.id) {
                return { state: "published", publication: publication(answer, input.claim.key) };
            }
            if (result.status === 200 && answer?.found === false)
                return { state: "absent" };
            return unknown(`does not answer lookups (status ${result.status})`);
        },
        async remove(published) {
            const to = target();
            const what = `${label}: removing ${published.id}`;
            const key = published.refs?.idempotency_key ?? published.id;
            const event = { event: "remove", id: published.id, idempotency_key: key };
            const result = await send(to, event, `${key}:remove`, what);
            if (result.status >= 200 && result.status < 300)
                return "removed";
            if (result.status === 404 || result.status === 410)
                return "already-gone";
            throw failure(result, parseJson(result.text), what, true);
        },
    };
    /** Any unexpected answer, with the receiver's `{ error }` text when it gave one. */
    function failure(result, body, what, write) {
        const error = body && typeof body === "object" ? body.error : undefined;
        const says = `the receiver answered ${result.status}${typeof error === "string" ? `: ${error.slice(0, 300)}` : ""}`;
        return caller.failure(result, body, what, says, write, "the receiver");
    }
}
/** The documented `publish` event (docs/webhook.md), without `sent_at`, which `send` adds. */
function publishEvent(input) {
    const event = {
        event: "publish",
        idempotency_key: input.claim.key,
        claimed_at: input.claim.at,
        post: { path: input.postPath },
        channel: { id: input.channelId },
        text: input.text,
        media: input.media.map((m) => ({
            path: m.path,
            alt: m.alt,
            mime_type: m.mimeType,
            size: m.bytes.byteLength,
            bytes_base64: Buffer.from(m.bytes.buffer, m.bytes.byteOffset, m.bytes.byteLength).toString("base64"),
        })),
    };
    if (input.languages && input.languages.length > 0)
        event.languages = input.languages;
    if (input.replyTo)
        event.reply_to = input.replyTo;
    return event;
}
/** The receiver's `{ id, url }`; without an id, the idempotency key stands in (and `refs.id_source` says so). */
function publication(answer, key) {
    const id = typeof answer?.id === "string" && answer.id ? answer.id : undefined;
    const url = typeof answer?.url === "string" && /^https?:\/\//.test(answer.url) ? answer.url : undefined;
    const refs = { idempotency_key: key, id_source: id ? "receiver" : ID_FROM_IDEMPOTENCY_KEY };
    return { id: id ?? key, url: url ?? id ?? key, refs };
}

;// CONCATENATED MODULE: ./src/publish/publishers.ts




/**
 * The publisher for a configured channel, or undefined for a type checkpost does not publish to yet (LinkedIn, X:
 * the planner skips those channels). Secrets are read through `options.secrets` only when a call needs them.
 */
function publisherFor(channel, options) {
    const settings = channel.settings;
    switch (settings.type) {
        case "bluesky":
            return createBlueskyPublisher(settings, options);
        case "mastodon":
            return createMastodonPublisher(settings, options);
        case "discord":
            return createDiscordPublisher(settings, options);
        case "webhook":
            return createWebhookPublisher(settings, options);
        default:
            return undefined;
    }
}

;// CONCATENATED MODULE: ./src/ledger/correction.ts

function recordEdit(ctx, input) {
    const at = ctx.now().toISOString();
    return updateEntry(ctx, input.id, `corrected ${input.id} on ${input.channel} (edited)`, (entry) => {
        const record = entry?.channels[input.channel];
        if (!entry || record?.state !== "published")
            return { result: false };
        entry.channels[input.channel] = { ...record, at, ...(ctx.run ? { run: ctx.run } : {}), publication: input.publication };
        entry.history.push({
            at,
            channel: input.channel,
            from: "published",
            to: "published",
            reason: "corrected: edited in place",
            publication: input.publication,
            fromBlob: entry.blob,
            toBlob: input.blob,
            ...(ctx.run ? { run: ctx.run } : {}),
        });
        return { write: entry, result: true };
    });
}
/** The old post is removed: the channel is claimed again, for the new version, with the platform's new key. */
function startReplacement(ctx, input) {
    const at = ctx.now().toISOString();
    return updateEntry(ctx, input.id, `corrected ${input.id} on ${input.channel} (replacing)`, (entry) => {
        const record = entry?.channels[input.channel];
        if (!entry || record?.state !== "published")
            return { result: undefined };
        const claim = { ...input.claim, ...(ctx.run ? { run: ctx.run } : {}), heldSince: at };
        entry.channels[input.channel] = { type: record.type, state: "publishing", at, ...(ctx.run ? { run: ctx.run } : {}), claim };
        entry.history.push({
            at,
            channel: input.channel,
            from: "published",
            to: "publishing",
            reason: "corrected: the old version removed, the new one claimed",
            ...(record.publication ? { publication: record.publication } : {}),
            fromBlob: entry.blob,
            toBlob: input.blob,
            ...(ctx.run ? { run: ctx.run } : {}),
        });
        return { write: entry, result: claim };
    });
}
/** Every channel carries the new version: the entry's blob follows, so the next plan sees nothing to correct. */
function recordVersion(ctx, input) {
    const at = ctx.now().toISOString();
    return updateEntry(ctx, input.id, `corrected ${input.id}: new version ${input.blob.slice(0, 7)}`, (entry) => {
        if (!entry || entry.blob === input.blob)
            return { result: undefined };
        entry.history.push({
            at,
            fromBlob: entry.blob,
            toBlob: input.blob,
            reason: "correction",
            ...(input.pullRequest ? { pullRequest: input.pullRequest } : {}),
            ...(ctx.run ? { run: ctx.run } : {}),
        });
        entry.blob = input.blob;
        return { write: entry, result: undefined };
    });
}

;// CONCATENATED MODULE: ./src/publish/run-plan.ts
/**
 * Apply a plan through the ledger and the channel publishers, following the exactly-once protocol:
 * claim → publisher.publish → record. A create that may have happened is never repeated blindly: its claim
 * stays, and the next run asks the platform (publisher.resolve) before doing anything — found: record it;
 * certainly absent: create with the same claim; unknown: in doubt, for a person.
 */







const run_plan_defaultSleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const messageOf = (error) => (error instanceof Error ? error.message : String(error));
/** Bookkeeping first, then the claims left by dead runs, then new publications, then takedowns. */
const ORDER = ["start_ledger", "adopt", "move", "resolve_claim", "publish", "skip", "take_down", "release", "correct"];
async function runPlan(intents, options) {
    const { ctx } = options;
    const outcomes = [];
    const rank = (i) => {
        const r = ORDER.indexOf(i.kind);
        return r < 0 ? ORDER.length : r;
    };
    const sorted = [...intents].sort((a, b) => rank(a) - rank(b));
    const start = sorted.some((i) => i.kind === "start_ledger");
    try {
        for (const group of publishGroups(sorted)) {
            try {
                outcomes.push(...(await (group.length > 1 ? publishPost(group, options) : apply(group[0], options))));
            }
            catch (error) {
                // A ledger or network failure on one intent must not stop the others; the next run reconciles it.
                outcomes.push(...group.map((intent) => ({ intent, kind: "unknown", detail: messageOf(error) })));
            }
        }
    }
    finally {
        await flushIndex(ctx, { start });
    }
    return outcomes;
}
/** The intents one at a time, except that a post's publish intents (adjacent in the plan) go together. */
function publishGroups(intents) {
    const groups = [];
    for (const intent of intents) {
        const last = groups.at(-1)?.[0];
        if (intent.kind === "publish" && last?.kind === "publish" && last.post.path === intent.post.path)
            groups.at(-1)?.push(intent);
        else
            groups.push([intent]);
    }
    return groups;
}
async function apply(intent, options) {
    const { ctx } = options;
    switch (intent.kind) {
        case "start_ledger":
            return [{ intent, kind: "started" }];
        case "adopt":
            adopt(ctx, [{ client: intent.post.client, path: intent.post.path, blob: intent.post.blob, channels: intent.channels }]);
            return [{ intent, kind: "adopted" }];
        case "move":
            await move(ctx, { row: intent.row, to: intent.to });
            return [{ intent, kind: "moved" }];
        case "skip":
            await skip(ctx, { ...(intent.id ? { id: intent.id } : {}), post: intent.post, channels: intent.channels, reason: intent.reason });
            return [{ intent, kind: "skipped" }];
        case "publish":
            return publishPost([intent], options);
        case "resolve_claim":
            return [await resolveChannel(intent, intent.id, intent.channel, options)];
        case "take_down":
            return run_plan_takeDownChannels(intent, options);
        case "correct":
            return correctChannels(intent, options);
        case "release":
            await releaseHeldDown(ctx, intent.row.id);
            return [{ intent, kind: "noted", detail: intent.reason }];
        default:
            return [{ intent, kind: "noted", detail: intent.reason }];
    }
}
/**
 * Publish one post on its channels: claim them all in one ledger write, send every create, then record each.
 * The ledger's writes are spaced a second apart by GitHub's client, so no channel's create waits for another
 * channel's bookkeeping; a run that dies before the records leaves claims the next run resolves, as ever.
 */
async function publishPost(intents, options) {
    const { ctx } = options;
    const outcomes = [];
    const ready = [];
    for (const intent of intents) {
        const { channel } = intent;
        const publisher = options.publishers(channel);
        if (!publisher) {
            outcomes.push({ intent, kind: "failed", channel: channel.id, detail: `no publisher for ${channel.type} channel ${channel.id}` });
            continue;
        }
        // Prepared before claiming: a claim must only exist when a create is about to be sent.
        const prepared = await prepare(intent, channel, options);
        if ("failed" in prepared)
            outcomes.push(prepared.failed);
        else
            ready.push({ intent, publisher, input: prepared.input });
    }
    const first = ready[0]?.intent;
    if (!first)
        return outcomes;
    const { post } = first;
    const claims = await claimAll(ctx, {
        ...(first.id ? { id: first.id } : {}),
        post: {
            client: post.client,
            path: post.path,
            blob: post.blob,
            ...(post.pullRequest ? { pullRequest: post.pullRequest } : {}),
            ...(post.approvals ? { approvals: post.approvals } : {}),
        },
        channels: ready.map((r) => ({ channel: r.intent.channel.id, type: r.intent.channel.type, claim: r.publisher.newClaim(ctx.now()) })),
    });
    const sent = [];
    for (const [i, r] of ready.entries()) {
        const won = claims[i];
        const { intent } = r;
        const channel = intent.channel;
        if (won.outcome === "settled")
            outcomes.push({ intent, kind: "already", channel: channel.id, detail: won.record.state });
        else if (won.outcome === "held") {
            // The index did not show this claim (its run died before writing the index): resolve it if abandoned.
            const stale = isStaleClaim(won.record.claim, ctx.now(), ctx.run, options.staleAfterMs ?? DEFAULT_STALE_AFTER_MS);
            outcomes.push(stale
                ? await resolveChannel(intent, won.entry.id, channel, options, r.input)
                : {
                    intent,
                    kind: "claimed_elsewhere",
                    channel: channel.id,
                    detail: `claimed by run ${won.record.claim?.run?.id ?? "(unknown)"}`,
                });
        }
        else
            sent.push({
                ready: r,
                id: won.entry.id,
                held: won.claim,
                attempt: await send(r.publisher, { ...r.input, claim: { key: won.claim.key, at: won.claim.at } }, options),
            });
    }
    for (const s of sent) {
        const { intent } = s.ready;
        // One channel's failed ledger write must not lose what the others did; the next run reconciles it.
        outcomes.push(await settle(intent, s.id, intent.channel, s.held, s.attempt, options).catch((error) => ({ intent, kind: "unknown", channel: intent.channel.id, detail: messageOf(error) })));
    }
    return outcomes;
}
/** The text and media for a channel, or the failure to produce them (reported; nothing claimed). */
async function prepare(intent, channel, options) {
    try {
        return { input: await options.prepare(intent.post, channel) };
    }
    catch (error) {
        return { failed: { intent, kind: "failed", channel: channel.id, detail: `not sent: ${messageOf(error)}` } };
    }
}
/** The create itself. Retries only what the platform certainly refused and asked to retry later (429). */
async function send(publisher, input, options) {
    const sleep = options.sleep ?? run_plan_defaultSleep;
    let waited = 0;
    for (let attempt = 0;; attempt++) {
        try {
            return { publication: await publisher.publish(input) };
        }
        catch (error) {
            const wait = error instanceof PublishError && error.outcome === "refused" && error.retryAfter !== undefined
                ? error.retryAfter * 1000
                : undefined;
            if (wait === undefined || attempt >= (options.retries ?? 2) || waited + wait > (options.maxRetryWaitMs ?? 60_000))
                return { error };
            waited += wait;
            await sleep(wait);
        }
    }
}
/** What a create's answer means for the ledger: recorded, failed (refused: nothing made), or unknown (the claim stays). */
async function settle(intent, id, channel, held, sent, options) {
    const { ctx } = options;
    if ("error" in sent) {
        const { error } = sent;
        if (error instanceof PublishError && error.outcome === "refused") {
            await markFailed(ctx, { id, channel: channel.id, key: held.key, reason: error.message });
            return { intent, kind: "failed", channel: channel.id, detail: error.message };
        }
        // "unknown", or anything unexpected: the create may have happened. Keep the claim; never re-post here.
        return {
            intent,
            kind: "unknown",
            channel: channel.id,
            detail: `${messageOf(error)}; the next run asks the platform before anything else`,
        };
    }
    const { publication } = sent;
    const recorded = await record(ctx, { id, channel: channel.id, key: held.key, publication });
    if (!recorded.ok)
        return {
            intent,
            kind: "unknown",
            channel: channel.id,
            detail: "published, but the ledger no longer holds this run's claim",
            publication,
        };
    return { intent, kind: "published", channel: channel.id, publication };
}
/** One create under a claim this run holds, and what its answer means for the ledger. */
async function create(intent, id, channel, held, publisher, input, options) {
    const attempt = await send(publisher, { ...input, claim: { key: held.key, at: held.at } }, options);
    return settle(intent, id, channel, held, attempt, options);
}
/** A claim whose create may or may not have happened: ask the platform, under a taken-over claim. */
async function resolveChannel(intent, id, channel, options, ready) {
    const { ctx } = options;
    const publisher = options.publishers(channel);
    if (!publisher)
        return { intent, kind: "failed", channel: channel.id, detail: `no publisher for ${channel.type} channel ${channel.id}` };
    let prepared = ready;
    if (!prepared) {
        const made = await prepare(intent, channel, options);
        if ("failed" in made)
            return made.failed;
        prepared = made.input;
    }
    const taken = await takeOver(ctx, { id, channel: channel.id, staleAfterMs: options.staleAfterMs ?? DEFAULT_STALE_AFTER_MS });
    if (taken.outcome !== "won")
        return taken.outcome === "settled"
            ? { intent, kind: "already", channel: channel.id, detail: taken.record.state }
            : { intent, kind: "claimed_elsewhere", channel: channel.id, detail: "another run is resolving it" };
    const input = { ...prepared, claim: { key: taken.claim.key, at: taken.claim.at } };
    let resolution;
    try {
        resolution = await publisher.resolve(input);
    }
    catch (error) {
        resolution = { state: "unknown", reason: messageOf(error) };
    }
    if (resolution.state === "published") {
        const recorded = await record(ctx, { id, channel: channel.id, key: taken.claim.key, publication: resolution.publication });
        if (recorded.ok)
            return { intent, kind: "published", channel: channel.id, detail: "found on the platform", publication: resolution.publication };
        return { intent, kind: "unknown", channel: channel.id, detail: "found on the platform, but the ledger no longer holds the claim" };
    }
    if (resolution.state === "absent") {
        return create(intent, id, channel, taken.claim, publisher, prepared, options);
    }
    await markInDoubt(ctx, { id, channel: channel.id, key: taken.claim.key, reason: resolution.reason });
    return { intent, kind: "in_doubt", channel: channel.id, detail: resolution.reason };
}
async function run_plan_takeDownChannels(intent, options) {
    const { ctx } = options;
    const entry = await readEntry(ctx, intent.row.id);
    // The entry is the authority: a row the index kept from before (a concurrent run's late write) is repaired.
    if (entry)
        ctx.rows.set(entry.id, (0,ledger_rows/* rowFromEntry */.DH)(entry));
    const outcomes = [];
    const nothingHere = [];
    const removals = [];
    for (const channel of intent.channels) {
        const record = entry?.channels[channel.id];
        const manual = (detail) => ({ intent, kind: "manual_takedown", channel: channel.id, detail });
        if (record?.state === "taken_down") {
            outcomes.push({ intent, kind: "already", channel: channel.id, detail: "taken_down" });
        }
        else if (!record) {
            outcomes.push(manual("adopted (published by hand, if at all): take it down by hand, then confirm with a manual run"));
        }
        else if (record.state === "failed" || record.state === "skipped") {
            nothingHere.push(channel.id);
            outcomes.push({ intent, kind: "taken_down", channel: channel.id, detail: "nothing was published here" });
        }
        else if (record.state !== "published" || !record.publication) {
            outcomes.push(manual(`${record.state}: checkpost cannot tell what is live; check the platform, then confirm with a manual run`));
        }
        else
            removals.push({ channel, publication: record.publication });
    }
    // Every platform at once: a wrong post comes down everywhere as fast as the slowest platform answers.
    const removed = await Promise.all(removals.map(async ({ channel, publication }) => {
        try {
            const publisher = options.publishers(channel);
            if (!publisher)
                throw new Error(`no publisher for ${channel.type} channel ${channel.id}`);
            const result = await publisher.remove(publication);
            return { intent, kind: "taken_down", channel: channel.id, detail: result, publication };
        }
        catch (error) {
            return { intent, kind: "manual_takedown", channel: channel.id, detail: `${messageOf(error)}: still live at ${publication.url}` };
        }
    }));
    outcomes.push(...removed);
    const down = removed.filter((o) => o.kind === "taken_down").map((o) => o.channel);
    if (nothingHere.length)
        await takeDownChannels(ctx, { id: intent.row.id, channels: nothingHere, reason: `${intent.reason}; nothing was published here` });
    // Who and what took it down (GitHub reads, after the deletes), recorded with them in one write.
    const wasLive = down.length > 0 || removed.some((o) => o.kind === "manual_takedown");
    if (!entry || !wasLive || entry.takedown) {
        if (down.length)
            await takeDownChannels(ctx, { id: intent.row.id, channels: down, reason: intent.reason });
        return outcomes;
    }
    const trigger = intent.trigger ?? (await options.triggerOf?.(intent).catch(() => ({}))) ?? {};
    const takedown = { trigger, ...(intent.onBranch ? { onBranch: true } : {}) };
    if (down.length)
        await takeDownChannels(ctx, { id: intent.row.id, channels: down, reason: intent.reason, takedown });
    else
        await recordTakedown(ctx, { id: entry.id, ...takedown });
    return outcomes;
}
/**
 * A correction: each published channel edited in place (the policy is edit and the platform can: Mastodon, Discord),
 * or replaced: the old post removed, the channel claimed again and the new version created under the exactly-once
 * protocol. When every channel has the new version, the entry moves to the new blob; until then the next run
 * tries again (an edit is repeat-safe; a replacement's claim is resolved like any other).
 */
async function correctChannels(intent, options) {
    const { ctx } = options;
    const id = intent.row.id;
    const entry = await readEntry(ctx, id);
    const outcomes = [];
    for (const channel of intent.channels) {
        const record = entry?.channels[channel.id];
        const publisher = options.publishers(channel);
        if (record?.state !== "published" || !record.publication || !publisher) {
            outcomes.push({
                intent,
                kind: "failed",
                channel: channel.id,
                detail: `${record?.state ?? "unknown"}: cannot be corrected by checkpost`,
            });
            continue;
        }
        const prepared = await prepare(intent, channel, options);
        if ("failed" in prepared) {
            outcomes.push(prepared.failed);
            continue;
        }
        try {
            if (intent.policy === "edit" && publisher.edit) {
                const claim = record.claim ?? { key: "", at: ctx.now().toISOString() };
                const publication = await publisher.edit(record.publication, { ...prepared.input, claim: { key: claim.key, at: claim.at } });
                await recordEdit(ctx, { id, channel: channel.id, publication, blob: intent.post.blob });
                outcomes.push({ intent, kind: "corrected", channel: channel.id, detail: "edited in place", publication });
                continue;
            }
            await publisher.remove(record.publication);
            const held = await startReplacement(ctx, { id, channel: channel.id, claim: publisher.newClaim(ctx.now()), blob: intent.post.blob });
            if (!held) {
                outcomes.push({ intent, kind: "claimed_elsewhere", channel: channel.id, detail: "another run is correcting it" });
                continue;
            }
            const created = await create(intent, id, channel, held, publisher, prepared.input, options);
            outcomes.push(created.kind === "published" ? { ...created, kind: "corrected", detail: "replaced (removed, then published again)" } : created);
        }
        catch (error) {
            outcomes.push({ intent, kind: "failed", channel: channel.id, detail: `not corrected: ${messageOf(error)}` });
        }
    }
    if (outcomes.every((o) => o.kind === "corrected"))
        await recordVersion(ctx, { id, blob: intent.post.blob, ...(intent.post.pullRequest ? { pullRequest: intent.post.pullRequest } : {}) });
    return outcomes;
}

;// CONCATENATED MODULE: ./src/publish/summary.ts
const ADOPTED_LISTED = 50;
const cell = (text) => text.replace(/\|/g, "\\|").replace(/\n/g, " ");
function renderSummary(input) {
    const lines = [];
    const published = (input.outcomes ?? []).filter((o) => o.kind === "published");
    const waits = input.intents.filter((i) => i.kind === "wait");
    const blocked = input.intents.filter((i) => i.kind === "blocked");
    const adopted = input.intents.filter((i) => i.kind === "adopt");
    const planned = input.intents.filter((i) => i.kind === "publish" || i.kind === "resolve_claim");
    lines.push(`## checkpost publish: ${input.branch} at \`${input.headSha.slice(0, 7)}\``, "");
    if (input.dryRun)
        lines.push("> **Dry run:** the plan below was computed; nothing was published, recorded or commented.", "");
    if (input.pause)
        lines.push(`> **Paused by #${input.pause.issue}**: nothing is published while that issue is open; close it to resume.`, "");
    if (input.resolved)
        lines.push(`> ${input.resolved}`, "");
    const counts = [
        `${input.dryRun ? planned.length : published.length} ${input.dryRun ? "to publish" : "published"}`,
        `${waits.length} waiting`,
        `${input.refusals.length} refused`,
        `${blocked.length} blocked by the blast-radius limit`,
    ];
    lines.push(counts.join(" · "), "");
    if (blocked.length > 0) {
        const reason = blocked[0]?.reason ?? "";
        const n = /run manually with confirm: (\d+)/.exec(reason)?.[1] ?? String(blocked.length);
        lines.push("### Blast radius: nothing published", "", `${cell(reason)}`, "", `If every post below should go out now, run the workflow by hand (Actions → checkpost-publish → Run workflow) with **confirm: ${n}**.`, "", ...blocked.map((b) => `- \`${b.post.path}\``), "");
    }
    if (published.length > 0) {
        lines.push("### Published", "", "| post | channel | where |", "|---|---|---|");
        for (const o of published)
            lines.push(`| \`${postOf(o.intent)}\` | ${o.channel ?? ""} | ${o.publication ? `[${cell(o.publication.url)}](${o.publication.url})` : ""} |`);
        lines.push("");
    }
    const down = (input.outcomes ?? []).filter((o) => o.kind === "taken_down" && o.publication);
    if (down.length > 0) {
        lines.push("### Taken down", "", "| post | channel | was at |", "|---|---|---|");
        for (const o of down)
            lines.push(`| \`${postOf(o.intent)}\` | ${o.channel ?? ""} | ${o.publication ? cell(o.publication.url) : ""} |`);
        lines.push("");
    }
    const corrected = (input.outcomes ?? []).filter((o) => o.kind === "corrected");
    if (corrected.length > 0) {
        lines.push("### Corrected", "", "| post | channel | how | where |", "|---|---|---|---|");
        for (const o of corrected)
            lines.push(`| \`${postOf(o.intent)}\` | ${o.channel ?? ""} | ${cell(o.detail ?? "")} | ${o.publication ? cell(o.publication.url) : ""} |`);
        lines.push("");
    }
    const manual = (input.outcomes ?? []).filter((o) => o.kind === "manual_takedown");
    if (manual.length > 0) {
        lines.push("### Manual takedown required", "");
        for (const o of manual)
            lines.push(`- \`${postOf(o.intent)}\` on **${o.channel ?? ""}**: ${cell(o.detail ?? "")}`);
        lines.push("", "Delete it on the platform by hand, then run the workflow by hand with `takedown: <post path> <channel> removed`: the ledger keeps it live until then.", "");
    }
    const retros = input.retrospectives ?? [];
    if (retros.length > 0) {
        lines.push("### Retrospectives", "");
        for (const r of retros) {
            const link = r.number ? (r.url ? `[#${r.number}](${r.url})` : `#${r.number}`) : "";
            const words = {
                opened: `opened ${link}`,
                found: `found ${link} (opened by an earlier attempt)`,
                exists: `already open: ${link}`,
                held: "being opened by another run",
                failed: "could not be opened; the next run tries again",
                none: "no retrospective",
            };
            lines.push(`- \`${r.path}\`: ${words[r.state] ?? r.state}${r.detail ? ` (${cell(r.detail)})` : ""}`);
            for (const p of r.patterns ?? [])
                lines.push(`  - ${cell(p.split("\n").filter((l) => l && !l.startsWith("<!--"))[0] ?? "")}`);
        }
        lines.push("");
    }
    if (input.refusals.length > 0) {
        lines.push("### Refused by the publish guard", "", "| post | reason | what to do |", "|---|---|---|");
        for (const r of input.refusals)
            lines.push(`| \`${r.path}\`${r.channel ? ` (${r.channel})` : ""} | ${cell(r.reason)} | ${cell(r.todo)} |`);
        lines.push("");
    }
    const problems = (input.outcomes ?? []).filter((o) => ["failed", "unknown", "in_doubt"].includes(o.kind));
    if (problems.length > 0) {
        lines.push("### Needs attention", "", "| post | channel | state | detail |", "|---|---|---|---|");
        for (const o of problems)
            lines.push(`| \`${postOf(o.intent)}\` | ${o.channel ?? ""} | ${o.kind} | ${cell(o.detail ?? "")} |`);
        lines.push("");
        if (problems.some((o) => o.kind === "in_doubt")) {
            lines.push("An in-doubt publication may or may not be live: look on the platform, then run the workflow by hand with `resolve: <post path> <channel> published <url>` or `resolve: <post path> <channel> retry`.", "");
        }
    }
    if (waits.length > 0) {
        lines.push("### Waiting", "", "| post | until | why |", "|---|---|---|");
        for (const w of waits)
            lines.push(`| \`${w.post.path}\` | ${w.until ?? "—"} | ${cell(w.reason)} |`);
        lines.push("");
    }
    if (adopted.length > 0) {
        lines.push("### Adopted on the ledger's first run", "", `${adopted.length} post(s) were on the branch when checkpost's ledger started: they are recorded as published by hand (or never) and will never be published by checkpost.`, "", ...adopted.slice(0, ADOPTED_LISTED).map((a) => `- \`${a.post.path}\``), ...(adopted.length > ADOPTED_LISTED ? [`- … and ${adopted.length - ADOPTED_LISTED} more (see index.json on the ledger branch)`] : []), "");
    }
    const other = input.intents.filter((i) => !["wait", "blocked", "adopt", "publish", "resolve_claim", "start_ledger"].includes(i.kind));
    if (other.length > 0 || planned.length > 0) {
        lines.push("### Plan", "", "| post | what | why |", "|---|---|---|");
        for (const i of [...planned, ...other])
            lines.push(`| \`${postOf(i)}\` | ${summary_kindOf(i)} | ${cell(i.reason)} |`);
        lines.push("");
    }
    return lines.join("\n");
}
function postOf(intent) {
    if ("post" in intent)
        return intent.post.path;
    return "row" in intent ? intent.row.path : "(ledger)";
}
function summary_kindOf(intent) {
    return "channel" in intent ? `${intent.kind} on ${intent.channel.id}` : intent.kind.replace(/_/g, " ");
}

;// CONCATENATED MODULE: ./src/publish/run-publish.ts


















const DEFAULT_LEDGER_BRANCH = "checkpost-ledger";
const DEFAULT_PAUSE_LABEL = "checkpost:pause";
async function runPublish(options) {
    const { api, configPath, workspace } = options;
    const now = options.now ?? (() => new Date());
    const branch = await api.getDefaultBranch();
    const headSha = await api.getBranchSha(branch);
    if (!headSha)
        throw new types/* UserError */.y(`the default branch ${branch} has no commit yet; nothing to publish`);
    const repo = new github_content_repo/* GitHubContentRepo */.r(api, headSha, workspace);
    const config = await loadConfig(repo, configPath, branch);
    const store = new GitHubLedgerStore(ledgerGitHubOf(api), config.raw.publishing?.ledger_branch ?? DEFAULT_LEDGER_BRANCH);
    const ctx = ledgerContext(store, { now, ...(options.run ? { run: options.run } : {}) });
    let resolved;
    if (options.resolve && !options.dryRun)
        resolved = await applyResolution(ctx, await readIndex(store), options.resolve, options.actor ?? "a person");
    if (options.takedown?.kind === "confirm" && !options.dryRun)
        resolved = await confirmManualTakedown(ctx, await readIndex(store), options.takedown, options.actor ?? "a person");
    const ledger = await readIndex(store);
    const posts = await readBranchPosts({ api, repo, headSha, configPath, config, ledger });
    const byPath = new Map(posts.map((p) => [p.plan.path, p]));
    const pauseIssue = (await api.openIssuesWithLabel(config.raw.publishing?.pause_label ?? DEFAULT_PAUSE_LABEL))[0];
    const pause = pauseIssue ? { issue: pauseIssue.number, ...(pauseIssue.htmlUrl ? { url: pauseIssue.htmlUrl } : {}) } : undefined;
    const input = {
        posts: posts.map((p) => p.plan),
        ledger,
        now: now(),
        config: planConfig(config),
        ...(pause ? { pause } : {}),
        options: { ...(options.confirm !== undefined ? { confirm: options.confirm } : {}), ...(options.run ? { run: options.run } : {}) },
    };
    const first = plan(input);
    // The guard runs for the posts this run would publish, before anything is claimed: a refused post is held.
    const refusals = [];
    const refused = [];
    const reviews = new Map();
    for (const path of postsToPublish(first.intents)) {
        const post = byPath.get(path);
        if (!post)
            continue;
        const verdict = await guardPost({
            api,
            branch,
            headSha,
            repoPath: post.repoPath,
            blob: post.plan.blob,
            configPath,
            workspace,
            now,
            cache: reviews,
            ...(options.guardDelaysMs ? { retryDelaysMs: options.guardDelaysMs } : {}),
        });
        if (verdict.ok) {
            const contact = config.clients.get(post.plan.client)?.contact.toLowerCase();
            const second = verdict.approvers.filter((a) => a.toLowerCase() !== contact);
            post.plan.pullRequest = {
                number: verdict.pull.number,
                headSha: verdict.pull.headSha,
                ...(verdict.pull.url ? { url: verdict.pull.url } : {}),
            };
            post.plan.approvals = {
                ...(verdict.approvers.some((a) => a.toLowerCase() === contact) ? { contact: contact } : {}),
                ...(second.length ? { second } : {}),
            };
        }
        else {
            post.plan.errors = [...(post.plan.errors ?? []), verdict.reason];
            refusals.push({ path, reason: verdict.reason, todo: verdict.todo });
            refused.push({
                post,
                direct: verdict.code === "direct_push",
                reason: verdict.reason,
                todo: verdict.todo,
                ...(verdict.pull ? { pull: verdict.pull.number } : {}),
            });
        }
    }
    // Held posts no longer count against the blast radius: a confirm given for the first plan carries over to
    // what is left of it (every refused post was in it).
    const confirmed = options.confirm !== undefined && options.confirm === postsToPublish(first.intents).size;
    const confirm = confirmed ? options.confirm - refused.length : options.confirm;
    const planned = refused.length > 0 ? plan({ ...input, options: { ...input.options, ...(confirm !== undefined ? { confirm } : {}) } }) : first;
    if (options.dryRun) {
        const markdown = renderSummary({
            branch,
            headSha,
            dryRun: true,
            intents: planned.intents,
            outcomes: undefined,
            refusals,
            ...(pause ? { pause } : {}),
        });
        return { markdown, intents: planned.intents, outcomes: undefined, refusals, retrospectives: [], needsAttention: false };
    }
    const publishers = new Map();
    const publisherOf = (channel) => {
        if (!publishers.has(channel.id)) {
            const configured = config.channels.get(channel.id);
            publishers.set(channel.id, configured ? publisherFor(configured, { ...options.publisher, secrets: options.secrets }) : undefined);
        }
        return publishers.get(channel.id);
    };
    const emergency = options.takedown?.kind === "emergency" ? options.takedown : undefined;
    const wanted = emergency
        ? emergencyTakedown(planned.intents, ledger, emergency.path, byPath.has(emergency.path), options.actor)
        : planned.intents;
    const intents = await checkAccounts(wanted, publisherOf, refusals);
    const root = configPath.includes("/") ? configPath.slice(0, configPath.lastIndexOf("/") + 1) : "";
    const outcomes = await runPlan(intents, {
        ctx,
        publishers: publisherOf,
        triggerOf: (intent) => findTrigger(api, { repoPath: `${root}${intent.row.path}`, headSha, branch, ...(options.actor ? { actor: options.actor } : {}) }),
        prepare: async (post, channel) => {
            const valid = byPath.get(post.path)?.valid;
            if (!valid)
                throw new Error(`${post.path} could not be read as a valid post at ${headSha.slice(0, 7)}`);
            return preparePost(repo, config, valid, channel.id);
        },
    });
    const retrospectives = await openRetrospectives([...retrospectiveRequests(intents, outcomes), ...correctionRequests(intents, outcomes, byPath)], {
        api,
        ctx,
        config,
        configPath,
        workspace,
        corrections: ledger?.corrections ?? [],
    });
    await flushIndex(ctx);
    await tellPeople(options, config, byPath, outcomes, refused);
    const markdown = renderSummary({
        retrospectives,
        branch,
        headSha,
        dryRun: false,
        intents,
        outcomes,
        refusals,
        ...(pause ? { pause } : {}),
        ...(resolved ? { resolved } : {}),
    });
    const needsAttention = outcomes.some((o) => ["failed", "unknown", "in_doubt", "manual_takedown"].includes(o.kind)) ||
        retrospectives.some((r) => r.state === "failed");
    return { markdown, intents, outcomes, refusals, retrospectives, needsAttention };
}
async function loadConfig(repo, configPath, branch) {
    const result = await repo.readConfig(configPath);
    if (!result)
        throw new types/* UserError */.y(`${configPath} is not on ${branch}; set the "config" input to its path`);
    if (!result.config) {
        const first = result.messages.find((m) => m.severity === "error");
        throw new types/* UserError */.y(`${configPath} on ${branch} is invalid${first ? ` (line ${first.line}: ${first.message})` : ""}; nothing is published until it is fixed`);
    }
    return result.config;
}
/** The posts (by path) that have a create or a claim to resolve in a plan. */
function postsToPublish(intents) {
    return new Set(intents.flatMap((i) => (i.kind === "publish" || i.kind === "resolve_claim" || i.kind === "correct" ? [i.post.path] : [])));
}
/**
 * Whose account each channel's secret opens, once per channel about to publish: a secret pasted for the wrong
 * client must not post to another audience. A mismatch (or a missing secret) holds that channel's intents.
 */
async function checkAccounts(intents, publisherOf, refusals) {
    const verdicts = new Map();
    const out = [];
    for (const intent of intents) {
        if (intent.kind !== "publish" && intent.kind !== "resolve_claim") {
            out.push(intent);
            continue;
        }
        const channel = intent.channel;
        if (!verdicts.has(channel.id)) {
            const publisher = publisherOf(channel);
            let problem;
            try {
                const check = publisher ? await publisher.verifyAccount() : undefined;
                if (check && !check.ok)
                    problem = `the secret of ${channel.id} logs into ${check.actual}, not ${check.expected} as checkpost.yml says`;
            }
            catch (error) {
                problem = error instanceof Error ? error.message : String(error);
            }
            verdicts.set(channel.id, problem);
        }
        const problem = verdicts.get(channel.id);
        if (problem === undefined)
            out.push(intent);
        else
            refusals.push({
                path: intent.post.path,
                channel: channel.id,
                reason: problem,
                todo: `Put the credential of the configured account in the secret named by ${channel.id}'s secret_env, then run again.`,
            });
    }
    return out;
}
/** A person's `resolve` answer to an in-doubt publication, applied before planning. */
async function applyResolution(ctx, ledger, request, by) {
    const row = Object.values(ledger?.rows ?? {}).find((r) => r.path === request.path);
    if (!row)
        throw new types/* UserError */.y(`resolve: the ledger follows no post at ${request.path}`);
    const result = await resolve(ctx, { id: row.id, channel: request.channel, by, resolution: request.resolution });
    await flushIndex(ctx);
    if (!result.ok) {
        const state = result.record?.state ?? "not in the ledger";
        throw new types/* UserError */.y(`resolve: ${request.path} on ${request.channel} is ${state}, not waiting for a person; nothing changed`);
    }
    return request.resolution.kind === "published"
        ? `Resolved by ${by}: ${request.path} on ${request.channel} is recorded as published at ${request.resolution.url}.`
        : `Resolved by ${by}: ${request.path} on ${request.channel} was not published; this run publishes it again.`;
}
/**
 * An emergency takedown of one post the ledger follows: every channel not yet down, at once, whatever else the
 * plan says about that post (its file may still be on the branch: the ledger then holds it down until the revert).
 */
function emergencyTakedown(intents, ledger, path, onBranch, actor) {
    const row = Object.values(ledger?.rows ?? {}).find((r) => r.path === path);
    if (!row)
        throw new types/* UserError */.y(`takedown: the ledger follows no post at ${path} (give the path the job summary names, relative to checkpost.yml)`);
    const channels = Object.entries(row.channels)
        .filter(([, c]) => c.state !== "taken_down")
        .map(([id, c]) => ({ id, type: c.type }));
    const others = intents.filter((i) => !(("post" in i && i.post.path === path) || ("row" in i && i.row.id === row.id)));
    if (channels.length === 0)
        return others;
    return [
        ...others,
        {
            kind: "take_down",
            row,
            channels,
            reason: `emergency takedown by @${actor ?? "a person"}`,
            trigger: { emergency: true, ...(actor ? { by: actor } : {}) },
            ...(onBranch ? { onBranch: true } : {}),
        },
    ];
}
/** A person says a channel checkpost could not delete was removed by hand: recorded as taken down, with their login. */
async function confirmManualTakedown(ctx, ledger, request, by) {
    const row = Object.values(ledger?.rows ?? {}).find((r) => r.path === request.path);
    if (!row?.channels[request.channel])
        throw new types/* UserError */.y(`takedown: the ledger follows no post at ${request.path} on ${request.channel}`);
    const result = await takeDown(ctx, { id: row.id, channel: request.channel, reason: `removed by hand, confirmed by ${by}`, by, row });
    await flushIndex(ctx);
    if (!result.ok)
        throw new types/* UserError */.y(`takedown: ${request.path} on ${request.channel} could not be recorded as taken down; nothing changed`);
    return `Confirmed by ${by}: ${request.path} is recorded as taken down on ${request.channel}.`;
}
/** One retrospective per post this run took down (or whose retrospective an earlier run could not open). */
function retrospectiveRequests(intents, outcomes) {
    const requests = [];
    for (const intent of intents) {
        if (intent.kind !== "take_down" && intent.kind !== "retrospective")
            continue;
        if (intent.row.adoptedOnly)
            continue;
        const mine = outcomes.filter((o) => o.intent === intent);
        const manual = new Map(mine.filter((o) => o.kind === "manual_takedown" && o.channel).map((o) => [o.channel, o.detail ?? ""]));
        requests.push({ id: intent.row.id, path: intent.row.path, manual });
    }
    return requests;
}
/**
 * A correction that changed the post's facts counts as a factual mistake and gets a retrospective; the request
 * carries the new facts, and a correction whose facts did not change opens none.
 */
function correctionRequests(intents, outcomes, byPath) {
    const requests = [];
    for (const intent of intents) {
        if (intent.kind !== "correct")
            continue;
        if (!outcomes.some((o) => o.intent === intent && o.kind === "corrected"))
            continue;
        const facts = byPath.get(intent.post.path)?.valid?.data.facts ?? [];
        const pull = intent.post.pullRequest;
        requests.push({
            id: intent.row.id,
            path: intent.post.path,
            correction: { blob: intent.post.blob, facts: facts.map((f) => f.claim), ...(pull ? { pullRequest: pull.number } : {}) },
            kind: "factual",
        });
    }
    return requests;
}
/** One comment per merged pull request whose post went live; one comment or issue per refused version. */
async function tellPeople(options, config, byPath, outcomes, refused) {
    const { api } = options;
    const live = new Map();
    for (const o of outcomes) {
        if (!o.channel || !("post" in o.intent))
            continue;
        const post = byPath.get(o.intent.post.path)?.plan;
        if (!post?.pullRequest)
            continue;
        if (o.kind === "in_doubt")
            await commentInDoubt(api, post.pullRequest.number, {
                path: post.path,
                channel: o.channel,
                detail: o.detail ?? "the platform cannot say",
            });
        if (o.kind !== "published" || !o.publication)
            continue;
        const entry = live.get(post.path) ?? {
            path: post.path,
            pull: post.pullRequest.number,
            onDuty: (config.raw.clients[post.client]?.on_duty ?? []),
            ...(byPath.get(post.path)?.valid?.data.author ? { author: byPath.get(post.path)?.valid?.data.author } : {}),
            live: [],
        };
        entry.live.push({ channel: o.channel, publication: o.publication });
        live.set(post.path, entry);
    }
    const byPull = new Map();
    for (const post of live.values())
        byPull.set(post.pull, [...(byPull.get(post.pull) ?? []), post]);
    for (const [pull, posts] of byPull)
        await api.createIssueComment(pull, publishedPullComment(posts));
    for (const r of refused) {
        const text = { path: r.post.plan.path, blob: r.post.plan.blob, reason: r.reason, todo: r.todo };
        if (r.pull !== undefined)
            await commentRefusal(api, r.pull, text);
        else if (r.direct)
            await openRefusalIssue(api, text);
    }
}

;// CONCATENATED MODULE: ./src/takedown/run-issue-event.ts








async function runIssueEvent(options) {
    const { api } = options;
    const branch = await api.getDefaultBranch();
    const headSha = await api.getBranchSha(branch);
    if (!headSha)
        throw new types/* UserError */.y(`the default branch ${branch} has no commit yet`);
    const config = await loadConfig(new github_content_repo/* GitHubContentRepo */.r(api, headSha, options.workspace), options.configPath, branch);
    if (!options.labels.includes(RETROSPECTIVE_LABEL))
        return [];
    // Text-only corrections count too: they live in the ledger's index.
    const index = await readIndex(new GitHubLedgerStore(ledgerGitHubOf(api), config.raw.publishing?.ledger_branch ?? DEFAULT_LEDGER_BRANCH));
    return escalateAfterIssueEvent(api, config, { labels: options.labels, corrections: index?.corrections ?? [] }, options.now ?? new Date());
}

// EXTERNAL MODULE: ./action/main.ts + 1 modules
var main = __webpack_require__(69282);
;// CONCATENATED MODULE: ./src/publish/resolve-request.ts

const FORMAT = "expected `<post path> <channel id> published <url>` or `<post path> <channel id> retry`";
/** Parses `posts/acme/sale.md acme-discord published https://…` or `posts/acme/sale.md acme-discord retry`; empty → undefined. */
function parseResolveRequest(input) {
    const words = input.trim().split(/\s+/).filter(Boolean);
    if (words.length === 0)
        return undefined;
    const [path, channel, verb, url, ...rest] = words;
    if (!path || !channel || rest.length > 0)
        throw new types/* UserError */.y(`the "resolve" input is "${input.trim()}"; ${FORMAT}`);
    if (verb === "retry" && url === undefined)
        return { path, channel, resolution: { kind: "retry" } };
    if (verb === "published" && url && /^https?:\/\/\S+$/.test(url))
        return { path, channel, resolution: { kind: "published", url } };
    throw new types/* UserError */.y(`the "resolve" input is "${input.trim()}"; ${FORMAT}`);
}

;// CONCATENATED MODULE: ./src/takedown/takedown-request.ts

const takedown_request_FORMAT = "expected `<post path>` (take it down now) or `<post path> <channel id> removed` (confirm a manual takedown)";
/** Parses `posts/acme/sale.md` or `posts/acme/sale.md acme-discord removed`; empty → undefined. */
function parseTakedownRequest(input) {
    const words = input.trim().split(/\s+/).filter(Boolean);
    if (words.length === 0)
        return undefined;
    const [path, channel, verb, ...rest] = words;
    if (path && channel === undefined)
        return { kind: "emergency", path };
    if (path && channel && verb === "removed" && rest.length === 0)
        return { kind: "confirm", path, channel };
    throw new types/* UserError */.y(`the "takedown" input is "${input.trim()}"; ${takedown_request_FORMAT}`);
}

// EXTERNAL MODULE: ./action/inputs.ts
var inputs = __webpack_require__(83116);
;// CONCATENATED MODULE: ./action/publish-inputs.ts




/**
 * Channel secrets must never reach a pull request's run (a pull request could change the workflow that runs it):
 * the publishing entry refuses every pull-request event outright.
 */
const REFUSED_EVENTS = /^pull_request/;
function getPublishInputs(env = process.env) {
    const eventName = env.GITHUB_EVENT_NAME ?? "";
    if (!eventName)
        throw new inputs/* InputError */.dz("GITHUB_EVENT_NAME is not set; run checkpost's publish step inside GitHub Actions");
    if (REFUSED_EVENTS.test(eventName)) {
        throw new inputs/* InputError */.dz(`the publish step refuses to run on ${eventName}: publishing needs the channels' secrets, which must never reach a pull request's workflow. Run it on push to the default branch, schedule and workflow_dispatch (see docs/publishing.md)`);
    }
    const token = core/* getInput */.V4("github-token");
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the workflow expression users write
    if (!token)
        throw new inputs/* InputError */.dz('the "github-token" input is empty; pass github-token: ${{ github.token }} (its default)');
    core/* setSecret */.Pq(token);
    const repository = env.GITHUB_REPOSITORY ?? "";
    const [owner, repo, ...extra] = repository.split("/");
    if (!owner || !repo || extra.length)
        throw new inputs/* InputError */.dz(`GITHUB_REPOSITORY is "${repository}"; expected owner/repo (run checkpost inside GitHub Actions)`);
    const apiUrl = env.GITHUB_API_URL || "https://api.github.com";
    if (!/^https?:\/\//.test(apiUrl))
        throw new inputs/* InputError */.dz(`GITHUB_API_URL is "${apiUrl}"; expected an http(s) URL`);
    const confirmText = core/* getInput */.V4("confirm").trim();
    if (confirmText !== "" && !/^[1-9]\d*$/.test(confirmText))
        throw new inputs/* InputError */.dz(`the "confirm" input is "${confirmText}"; expected the number of posts the job summary asked to confirm, e.g. 12`);
    const resolveText = core/* getInput */.V4("resolve");
    const takedownText = core/* getInput */.V4("takedown");
    if ((confirmText || resolveText.trim() || takedownText.trim()) && eventName !== "workflow_dispatch")
        throw new inputs/* InputError */.dz(`"confirm", "resolve" and "takedown" are answers a person gives by running the workflow by hand (workflow_dispatch), not on ${eventName}`);
    // A testing seam, documented in docs/publishing.md: end-to-end tests run the bundle at a chosen time, to see a
    // scheduled post before and after its time and a window closed and open. Nothing in a workflow sets it.
    const nowText = env.CHECKPOST_NOW?.trim();
    const now = nowText ? new Date(nowText) : undefined;
    if (nowText && (!/^\d{4}-\d\d-\d\dT/.test(nowText) || Number.isNaN(now?.getTime())))
        throw new inputs/* InputError */.dz(`CHECKPOST_NOW is "${nowText}"; expected an ISO 8601 date-time such as 2026-12-01T09:00:00Z, or leave it unset`);
    const server = env.GITHUB_SERVER_URL || "https://github.com";
    const runId = env.GITHUB_RUN_ID;
    const attempt = Number(env.GITHUB_RUN_ATTEMPT ?? "");
    return {
        token,
        configPath: (0,inputs/* normaliseConfigPath */.K4)(core/* getInput */.V4("config") || "checkpost.yml"),
        dryRun: (0,inputs/* booleanInput */.tE)("dry-run", false),
        confirm: confirmText ? Number(confirmText) : undefined,
        resolve: parseResolveRequest(resolveText),
        takedown: parseTakedownRequest(takedownText),
        owner,
        repo,
        apiUrl,
        eventName,
        workspace: env.GITHUB_WORKSPACE || process.cwd(),
        actor: env.GITHUB_ACTOR || undefined,
        run: runId
            ? {
                id: runId,
                ...(Number.isInteger(attempt) && attempt > 0 ? { attempt } : {}),
                url: `${server}/${owner}/${repo}/actions/runs/${runId}`,
            }
            : undefined,
        now,
    };
}

;// CONCATENATED MODULE: ./action/publish-main.ts







/** The publishing entry: push to the default branch, schedule, workflow_dispatch. */
async function runPublishAction() {
    try {
        const settings = getPublishInputs();
        const api = (0,octokit_api/* createOctokitApi */.a)({
            token: settings.token,
            baseUrl: settings.apiUrl,
            owner: settings.owner,
            repo: settings.repo,
            warn: (message) => core/* info */.pq(message),
        });
        if (settings.eventName === "issues") {
            // A retrospective's kind set (or changed) by a person: count patterns again; nothing is published.
            const event = JSON.parse((0,external_node_fs_.readFileSync)(process.env.GITHUB_EVENT_PATH ?? "", "utf8"));
            const labels = (event.issue?.labels ?? []).map((l) => (typeof l === "string" ? l : (l.name ?? "")));
            const notes = await runIssueEvent({ api, configPath: settings.configPath, workspace: settings.workspace, labels });
            core/* info */.pq(`checkpost: ${notes.length} pattern note(s) added`);
            return;
        }
        const result = await runPublish({
            api,
            configPath: settings.configPath,
            workspace: settings.workspace,
            dryRun: settings.dryRun,
            ...(settings.confirm !== undefined ? { confirm: settings.confirm } : {}),
            ...(settings.resolve ? { resolve: settings.resolve } : {}),
            ...(settings.takedown ? { takedown: settings.takedown } : {}),
            ...(settings.actor ? { actor: settings.actor } : {}),
            ...(settings.run ? { run: settings.run } : {}),
            ...(settings.now ? { now: () => settings.now } : {}),
            // Only the variables the config names (each channel's secret_env) are ever read, and never printed.
            secrets: (name) => {
                const value = process.env[name];
                if (value)
                    core/* setSecret */.Pq(value);
                return value;
            },
        });
        await core/* summary */.z.addRaw(result.markdown).write();
        const published = (result.outcomes ?? []).filter((o) => o.kind === "published").length;
        core/* setOutput */.uH("published", published);
        core/* setOutput */.uH("refused", result.refusals.length);
        core/* info */.pq(`checkpost publish: ${published} published, ${result.refusals.length} refused${settings.dryRun ? " (dry run)" : ""}`);
        for (const r of result.refusals)
            core/* warning */.$e(`${r.path}${r.channel ? ` (${r.channel})` : ""} not published: ${r.reason}`);
        if (result.needsAttention)
            core/* setFailed */.C1("checkpost publish: a publication failed or is in doubt; see the job summary");
    }
    catch (error) {
        core/* setFailed */.C1((0,main/* oneLine */.T)(error));
    }
}


/***/ })

};
