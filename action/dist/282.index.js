export const id = 282;
export const ids = [282];
export const modules = {

/***/ 83116:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GP: () => (/* binding */ getInputs),
/* harmony export */   K4: () => (/* binding */ normaliseConfigPath),
/* harmony export */   dz: () => (/* binding */ InputError),
/* harmony export */   tE: () => (/* binding */ booleanInput)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(41804);

/** An input or environment problem, reported as one line. */
class InputError extends Error {
}
/** Reads and validates every input and the runner's environment, once. */
function getInputs(env = process.env) {
    const token = _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4("github-token");
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the workflow expression users write
    if (!token)
        throw new InputError('the "github-token" input is empty; pass github-token: ${{ github.token }} (its default)');
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setSecret */ .Pq(token);
    const configPath = normaliseConfigPath(_actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4("config") || "checkpost.yml");
    const dryRun = booleanInput("dry-run", false);
    const comment = booleanInput("comment", true);
    const repository = env.GITHUB_REPOSITORY ?? "";
    const [owner, repo, ...extra] = repository.split("/");
    if (!owner || !repo || extra.length)
        throw new InputError(`GITHUB_REPOSITORY is "${repository}"; expected owner/repo (run checkpost inside GitHub Actions)`);
    const eventName = env.GITHUB_EVENT_NAME ?? "";
    const eventPath = env.GITHUB_EVENT_PATH ?? "";
    if (!eventName || !eventPath)
        throw new InputError("GITHUB_EVENT_NAME or GITHUB_EVENT_PATH is not set; run checkpost inside GitHub Actions");
    const apiUrl = env.GITHUB_API_URL || "https://api.github.com";
    if (!/^https?:\/\//.test(apiUrl))
        throw new InputError(`GITHUB_API_URL is "${apiUrl}"; expected an http(s) URL`);
    const server = env.GITHUB_SERVER_URL || "https://github.com";
    const runUrl = env.GITHUB_RUN_ID ? `${server}/${owner}/${repo}/actions/runs/${env.GITHUB_RUN_ID}` : undefined;
    return {
        token,
        configPath,
        dryRun,
        comment,
        owner,
        repo,
        apiUrl,
        eventName,
        eventPath,
        workspace: env.GITHUB_WORKSPACE || process.cwd(),
        runUrl,
    };
}
function booleanInput(name, fallback) {
    const value = _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4(name).trim().toLowerCase();
    if (value === "")
        return fallback;
    if (value === "true")
        return true;
    if (value === "false")
        return false;
    throw new InputError(`the "${name}" input is "${value}"; expected true or false`);
}
/** The config is read through the API at a commit, so its path must stay inside the repository. */
function normaliseConfigPath(input) {
    const posix = input.trim().replace(/\\/g, "/").replace(/^\.\//, "");
    const parts = posix.split("/");
    if (posix.startsWith("/") || parts.some((p) => p === ".." || p === "" || p === ".")) {
        throw new InputError(`the "config" input is "${input}"; expected a path inside the repository such as checkpost.yml or content/checkpost.yml`);
    }
    return posix;
}


/***/ }),

/***/ 69282:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  T: () => (/* binding */ oneLine),
  run: () => (/* binding */ run)
});

// UNUSED EXPORTS: targetOf

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 17 modules
var core = __webpack_require__(41804);
// EXTERNAL MODULE: ./src/github/api.ts
var api = __webpack_require__(28943);
// EXTERNAL MODULE: ./src/github/octokit-api.ts
var octokit_api = __webpack_require__(51731);
;// CONCATENATED MODULE: ./src/pr/find-pull.ts
/**
 * Every open pull request whose head is this commit, for a `workflow_run` event (its `pull_requests` list is empty
 * for forks, and names only some of the pull requests sharing a head). Lists the open pull requests: unlike
 * GET /commits/{sha}/pulls it finds forks' heads too, and none is left out for being second.
 */
async function findPullsForCommit(api, headSha) {
    const open = await api.listOpenPulls();
    return open
        .filter((p) => p.state === "open" && p.headSha === headSha)
        .map((p) => p.number)
        .sort((a, b) => a - b);
}

// EXTERNAL MODULE: ./src/pr/review-pull-request.ts + 16 modules
var review_pull_request = __webpack_require__(16875);
// EXTERNAL MODULE: ./src/types.ts
var types = __webpack_require__(16141);
// EXTERNAL MODULE: ./action/inputs.ts
var inputs = __webpack_require__(83116);
;// CONCATENATED MODULE: ./action/main.ts








/** Workflow-command annotations are capped per step; the check run carries every finding. */
const COMMAND_ANNOTATIONS = 10;
const PULL_REQUEST_ACTIONS = new Set(["opened", "synchronize", "reopened", "ready_for_review", "edited"]);
const REVIEW_ACTIONS = new Set(["submitted", "edited", "dismissed"]);
async function run() {
    try {
        const settings = (0,inputs/* getInputs */.GP)();
        const api = (0,octokit_api/* createOctokitApi */.a)({
            token: settings.token,
            baseUrl: settings.apiUrl,
            owner: settings.owner,
            repo: settings.repo,
            warn: (message) => core/* info */.pq(message),
        });
        const payload = readPayload(settings.eventPath);
        const target = await targetOf(settings, payload, (sha) => findPullsForCommit(api, sha));
        if (!target)
            return;
        for (const prNumber of target.prNumbers) {
            const outcome = await (0,review_pull_request/* reviewPullRequest */.F)({
                api,
                prNumber,
                configPath: settings.configPath,
                workspace: settings.workspace,
                dryRun: settings.dryRun,
                comment: settings.comment,
                ...(settings.runUrl ? { detailsUrl: settings.runUrl } : {}),
            });
            await report(outcome, settings);
        }
    }
    catch (error) {
        core/* setFailed */.C1(oneLine(error));
    }
}
/** Which pull request the event is about, or undefined (after saying why) when there is nothing to do. */
async function targetOf(settings, payload, pullsForCommit) {
    const action = String(payload.action ?? "");
    switch (settings.eventName) {
        case "pull_request":
        case "pull_request_target":
            if (!PULL_REQUEST_ACTIONS.has(action))
                return skip(`nothing to do for ${settings.eventName}.${action}`);
            return { prNumbers: [requireNumber(payload.pull_request?.number, "pull_request.number")] };
        case "pull_request_review":
            if (!REVIEW_ACTIONS.has(action))
                return skip(`nothing to do for pull_request_review.${action}`);
            return { prNumbers: [requireNumber(payload.pull_request?.number, "pull_request.number")] };
        case "workflow_run": {
            const run = payload.workflow_run;
            const headSha = typeof run?.head_sha === "string" ? run.head_sha : undefined;
            if (!headSha)
                throw new inputs/* InputError */.dz("the workflow_run payload has no workflow_run.head_sha");
            // pull_requests is empty for forks and may name only one of several pull requests sharing the head: the head
            // commit leads to every open pull request, and each is reviewed (each writes the strictest result for the commit).
            const prNumbers = await pullsForCommit(headSha);
            if (prNumbers.length === 0)
                return skip(`no open pull request has head ${headSha}; nothing to review`);
            return { prNumbers };
        }
        default:
            throw new inputs/* InputError */.dz(`this Action reviews pull requests: run it on pull_request, pull_request_review or workflow_run, not on ${settings.eventName}`);
    }
}
function skip(message) {
    core/* info */.pq(`checkpost: ${message}`);
    return undefined;
}
async function report(outcome, settings) {
    let shown = 0;
    for (const file of outcome.report.files) {
        for (const m of file.messages) {
            if (m.severity !== "error" || shown >= COMMAND_ANNOTATIONS)
                continue;
            shown++;
            core/* error */.z3(`${m.message} (${m.ruleId})`, {
                file: file.path,
                startLine: m.line,
                startColumn: m.column,
                title: `checkpost ${m.ruleId}`,
            });
        }
    }
    core/* setOutput */.uH("errors", outcome.report.errors);
    core/* setOutput */.uH("warnings", outcome.report.warnings);
    core/* setOutput */.uH("approval", outcome.approval.state);
    core/* setOutput */.uH("posts", outcome.report.files.filter((f) => f.path !== settings.configPath).length);
    core/* setOutput */.uH("pull-request", outcome.pr.number);
    const notes = [];
    if (settings.dryRun)
        notes.push("> **Dry run:** nothing was written to GitHub.");
    if (outcome.deniedWrites.length) {
        const warning = `checkpost could not write to GitHub (403: the token is read-only, as on a pull request from a fork, or lacks a permission): ` +
            `${outcome.deniedWrites.join(", ")}. The full report is in the job summary. ` +
            `For forks, use the workflow_run wiring in docs/action.md; otherwise grant checks, statuses and pull-requests: write.`;
        core/* warning */.$e(warning);
        notes.push(`> **Warning:** ${warning}`);
    }
    await core/* summary */.z.addRaw([...notes, "", outcome.markdown].join("\n")).write();
    core/* info */.pq(`${outcome.headline}; approval ${outcome.approval.state}: ${outcome.approval.description}`);
    // With a read-only token the step cannot gate anything: it exits 0 and the workflow_run wiring reports.
    if (outcome.conclusion === "failure" && outcome.deniedWrites.length === 0)
        core/* setFailed */.C1(outcome.headline);
}
function readPayload(file) {
    try {
        const value = JSON.parse((0,external_node_fs_.readFileSync)(file, "utf8"));
        if (value && typeof value === "object")
            return value;
    }
    catch (error) {
        throw new inputs/* InputError */.dz(`cannot read the event payload ${file}: ${error instanceof Error ? error.message : String(error)}`);
    }
    throw new inputs/* InputError */.dz(`the event payload ${file} is not a JSON object`);
}
function requireNumber(value, name) {
    if (typeof value === "number" && Number.isInteger(value) && value > 0)
        return value;
    throw new inputs/* InputError */.dz(`the event payload has no ${name}`);
}
/** Every failure as one line a person can act on; never a stack trace. */
function oneLine(error) {
    if (error instanceof inputs/* InputError */.dz || error instanceof types/* UserError */.y)
        return `checkpost: ${error.message}`;
    if (error instanceof api/* GitHubRequestError */.vK)
        return `checkpost: GitHub API ${error.message}`;
    const text = error instanceof Error ? error.message : String(error);
    return `checkpost: unexpected failure: ${text.split("\n")[0]}`;
}


/***/ }),

/***/ 9884:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Am: () => (/* binding */ fitDescription),
/* harmony export */   DR: () => (/* binding */ evaluateGate),
/* harmony export */   G0: () => (/* binding */ decisiveReviews)
/* harmony export */ });
/* unused harmony exports CONFIRM_PHRASE, STATUS_DESCRIPTION_MAX, authoredOnlyBy */
/** The exact body of the COMMENTED review with which a contact who wrote the pull request confirms its head. */
const CONFIRM_PHRASE = "/checkpost approve";
const STATUS_DESCRIPTION_MAX = 140;
/**
 * The approval gate. Success needs, for every client in `contacts`, its contact's approval of the head commit,
 * and at least one approval of the head commit by someone who neither wrote the pull request nor pushed to it.
 * - Per user, the latest review that is not COMMENTED or PENDING decides; DISMISSED and CHANGES_REQUESTED revoke
 *   an earlier approval. Users are matched by id (the pinned `contact_id` when set), never by login.
 * - Reviews by bots never count, and nor does anything submitted before the base branch last changed.
 * - A contact who wrote the pull request cannot approve it (GitHub refuses): writing it vouches for it only while
 *   every commit is verifiably hers; otherwise she confirms the head with a COMMENTED review saying CONFIRM_PHRASE.
 */
function evaluateGate(input) {
    const current = (review) => review !== undefined && review.commitId === input.headSha && after(review.submittedAt, input.baseChangedAt);
    const decisive = decisiveReviews(input.reviews);
    const approvedAtHead = (userId) => {
        const review = decisive.get(userId);
        return current(review) && review.state === "APPROVED";
    };
    const named = (c) => `@${c.login} (${c.clientId})`;
    const moved = input.contacts.filter((c) => c.pinnedId !== undefined && c.userId !== undefined && c.userId !== c.pinnedId);
    if (moved.length) {
        return result("failure", "contact_id mismatch:", moved.map((c) => `@${c.login} (${c.clientId}) is user ${c.userId}, not contact_id ${c.pinnedId}`), "; fix checkpost.yml");
    }
    const accountOf = (c) => c.pinnedId ?? c.userId;
    const unknown = input.contacts.filter((c) => accountOf(c) === undefined);
    if (unknown.length)
        return result("failure", "no GitHub user", unknown.map(named), "; fix the contact in checkpost.yml");
    const blocking = input.contacts.filter((c) => decisive.get(accountOf(c))?.state === "CHANGES_REQUESTED");
    if (blocking.length)
        return result("failure", "changes requested by", blocking.map(named));
    // Whoever authored or committed a commit of the pull request could have written its text: never the second pair of eyes.
    const pushers = new Set();
    for (const commit of input.commits) {
        if (commit.authorId !== undefined)
            pushers.add(commit.authorId);
        if (commit.committerId !== undefined)
            pushers.add(commit.committerId);
    }
    const waiverHolds = (id) => authoredOnlyBy(id, input.commits, input.commitCount);
    const confirmedAtHead = (id) => input.reviews.some((r) => r.user?.id === id && r.state === "COMMENTED" && current(r) && r.body?.trim() === CONFIRM_PHRASE);
    const waits = [];
    for (const contact of input.contacts) {
        const id = accountOf(contact);
        if (id !== input.author.id) {
            if (!approvedAtHead(id))
                waits.push(named(contact));
        }
        else if (!waiverHolds(id) && !confirmedAtHead(id)) {
            waits.push(`@${contact.login} (${contact.clientId}: review "${CONFIRM_PHRASE}")`);
        }
    }
    const secondPair = [...decisive.keys()].some((id) => id !== input.author.id && !pushers.has(id) && approvedAtHead(id));
    // An awaited contact who is no pusher will also be the second pair of eyes once she approves.
    const contactWillDo = input.contacts.some((c) => {
        const id = accountOf(c);
        return id !== input.author.id && !pushers.has(id) && !approvedAtHead(id);
    });
    if (!secondPair && !contactWillDo) {
        const others = [...pushers].some((id) => id !== input.author.id);
        waits.push(`a reviewer other than @${input.author.login}${others ? " and the committers" : ""}`);
    }
    if (waits.length)
        return result("pending", "waiting for", waits, " to approve the latest commit");
    const clients = input.contacts.map((c) => c.clientId);
    return {
        state: "success",
        description: fitDescription(clients.length
            ? `approved at the latest commit by ${clients.length === 1 ? "the contact" : "the contacts"} of ${clients.join(", ")} and a second reviewer`
            : "approved at the latest commit by a second reviewer (no posts changed)"),
    };
}
/**
 * Whether every commit of the pull request is verifiably the user's own: GitHub matched both its author and its
 * committer email to that account and verified its signature (an email in a commit is free text anyone can
 * write; a verified signature is made with a key registered to the committer's account). A list cut short (GitHub
 * lists at most 250) proves nothing.
 */
function authoredOnlyBy(userId, commits, commitCount) {
    if (commits.length === 0 || (commitCount !== undefined && commits.length < commitCount))
        return false;
    return commits.every((c) => c.authorId === userId && c.committerId === userId && c.verified);
}
/** Whether a review was submitted after the base branch last changed (an unknown time is not). */
function after(submittedAt, baseChangedAt) {
    if (baseChangedAt === undefined)
        return true;
    return submittedAt !== undefined && Date.parse(submittedAt) > Date.parse(baseChangedAt);
}
/** Per user id, the review that decides: the latest one that is not COMMENTED or PENDING. Bots' reviews never decide. */
function decisiveReviews(reviews) {
    const decisive = new Map();
    for (const review of reviews) {
        if (!review.user || review.user.type === "Bot" || review.state === "COMMENTED" || review.state === "PENDING")
            continue;
        decisive.set(review.user.id, review);
    }
    return decisive;
}
function result(state, lead, names, tail = "") {
    // Name as many as fit in GitHub's 140 characters; the rest become "and N more".
    for (let shown = names.length; shown >= 1; shown--) {
        const rest = names.length - shown;
        const list = joinNames(names.slice(0, shown)) + (rest ? ` and ${rest} more` : "");
        for (const suffix of [tail, ""]) {
            const text = `${lead} ${list}${suffix}`;
            if (text.length <= STATUS_DESCRIPTION_MAX)
                return { state, description: text };
        }
    }
    return { state, description: fitDescription(`${lead} ${names.join(", ")}`) };
}
function joinNames(names) {
    if (names.length <= 1)
        return names.join("");
    return `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
}
/** Cuts a description to GitHub's 140 characters. */
function fitDescription(text) {
    return text.length <= STATUS_DESCRIPTION_MAX ? text : `${text.slice(0, STATUS_DESCRIPTION_MAX - 1)}…`;
}


/***/ }),

/***/ 98089:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  nZ: () => (/* binding */ adapterOf),
  E9: () => (/* binding */ prepareChannels)
});

// UNUSED EXPORTS: channelAdapters

// EXTERNAL MODULE: ./src/media/limits.ts
var limits = __webpack_require__(63322);
// EXTERNAL MODULE: ./src/post/post-segments.ts + 2 modules
var post_segments = __webpack_require__(80710);
// EXTERNAL MODULE: ./src/text/count.ts
var count = __webpack_require__(50896);
;// CONCATENATED MODULE: ./src/channels/bluesky/adapter.ts



/** Bluesky: at most 300 graphemes and 3000 UTF-8 bytes (app.bsky.feed.post `text`). */
function countBluesky(text) {
    return { graphemes: (0,count/* countGraphemes */.O3)(text), bytes: (0,count/* countUtf8Bytes */.k0)(text) };
}
const blueskyAdapter = {
    type: "bluesky",
    measure(_channel, text) {
        const { graphemes, bytes } = countBluesky(text);
        return [
            { count: graphemes, max: 300, unit: "graphemes" },
            { count: bytes, max: 3000, unit: "UTF-8 bytes" },
        ];
    },
    // app.bsky.embed.images: at most 4 images, blob maxSize 1,000,000 bytes; the lexicon sets no alt limit,
    // the Bluesky app stops at 2000 graphemes. Video: app.bsky.embed.video, one mp4, blob maxSize 100,000,000.
    // A post has one embed, images or a video: never both.
    media: {
        maxCount: 4,
        video: "alone",
        types: { ...(0,limits/* images */.z)(1_000_000, "png", "jpg", "jpeg", "webp", "gif"), mp4: 100_000_000 },
        altMax: 2000,
        altUnit: "graphemes",
    },
    text: post_segments/* channelText */.be,
};

;// CONCATENATED MODULE: ./src/channels/discord/adapter.ts



/** Discord: 2000 characters, counted as Unicode code points. */
const countDiscord = count/* countCodePoints */.sA;
const discordAdapter = {
    type: "discord",
    measure: (_channel, text) => [{ count: countDiscord(text), max: 2000, unit: "characters" }],
    // Discord webhook: 10 files, 10 MB per message without boosts, attachment description 1024.
    // Any mix of attachments is fine on Discord.
    media: {
        maxCount: 10,
        video: "mixed",
        types: { ...(0,limits/* images */.z)(10 * limits.MB, "png", "jpg", "jpeg", "webp", "gif"), mp4: 10 * limits.MB, mov: 10 * limits.MB },
        altMax: 1024,
        altUnit: "characters",
    },
    text: post_segments/* channelText */.be,
};

;// CONCATENATED MODULE: ./src/channels/linkedin/adapter.ts


/**
 * LinkedIn's "little" text format: reserved characters must be escaped with a backslash (an unescaped
 * `(` truncates the post) and a hashtag is sent as `{hashtag|\#|tag}`. The 3000-character limit applies
 * to what is sent, so the escaped form is counted, in UTF-16 code units like LinkedIn's API.
 */
function toLinkedInLittleText(text) {
    const parts = [];
    let last = 0;
    for (const m of text.matchAll(/(?<![\p{L}\p{N}_&/#])#([\p{L}\p{N}_]*\p{L}[\p{L}\p{N}_]*)/gu)) {
        parts.push(escapeLittle(text.slice(last, m.index)), `{hashtag|\\#|${m[1]}}`);
        last = m.index + m[0].length;
    }
    parts.push(escapeLittle(text.slice(last)));
    return parts.join("");
}
function escapeLittle(text) {
    return text.replace(/[|{}@[\]()<>#\\*_~]/g, "\\$&");
}
function countLinkedIn(text) {
    return toLinkedInLittleText(text).length;
}
const linkedinAdapter = {
    type: "linkedin",
    measure: (_channel, text) => [{ count: countLinkedIn(text), max: 3000, unit: "characters after LinkedIn's escaping" }],
    // LinkedIn Images API: up to 20 images in a multi-image post; altText up to 4086 characters. A post's
    // content is one media (an image or a video) or a multiImage of images only: a video stands alone.
    media: {
        maxCount: 20,
        video: "alone",
        types: { ...(0,limits/* images */.z)(36 * limits.MB, "png", "jpg", "jpeg", "gif"), mp4: 500 * limits.MB },
        altMax: 4086,
        altUnit: "characters",
    },
    text: post_segments/* channelText */.be,
};

// EXTERNAL MODULE: ./src/text/tokens.ts
var tokens = __webpack_require__(97837);
;// CONCATENATED MODULE: ./src/channels/mastodon/adapter.ts




const MASTODON_URL_LENGTH = 23;
const REMOTE_MENTION_RE = /(?<![\p{L}\p{N}_@./])(@[A-Za-z0-9_]+)@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/gu;
const MASTODON_URL = "x".repeat(MASTODON_URL_LENGTH);
/**
 * Mastodon's StatusLengthValidator: every URL counts 23, `@user@domain` counts as `@user`, then graphemes.
 * Only the URL itself counts 23: the punctuation after it ("…/x.") is text, as Mastodon's URL match leaves it out.
 */
function countMastodon(text) {
    const countable = text.replace(tokens/* URL_RE */.IE, (match) => MASTODON_URL + match.slice((0,tokens/* trimUrl */.a9)(match).length)).replace(REMOTE_MENTION_RE, "$1");
    return (0,count/* countGraphemes */.O3)(countable);
}
const mastodonAdapter = {
    type: "mastodon",
    measure(channel, text) {
        const settings = channel.settings;
        const max = settings.type === "mastodon" ? settings.max_characters : undefined;
        return [{ count: countMastodon(text), max: max ?? 500, unit: "characters (URLs count 23)" }];
    },
    // Mastodon defaults: 4 attachments, images 16 MB, video 99 MB, description 1500 characters. The server
    // refuses a video beside images ("Cannot attach a video to a post that already contains images") and a
    // second video; an animated GIF is an image here (Mastodon turns it into a gifv, which may sit with images).
    media: {
        maxCount: 4,
        video: "alone",
        types: { ...(0,limits/* images */.z)(16 * limits.MB, "png", "jpg", "jpeg", "webp", "gif"), mp4: 99 * limits.MB, mov: 99 * limits.MB },
        altMax: 1500,
        altUnit: "characters",
    },
    text: post_segments/* channelText */.be,
};

// EXTERNAL MODULE: ./src/channels/webhook/adapter.ts
var adapter = __webpack_require__(58141);
;// CONCATENATED MODULE: ./src/channels/x/adapter.ts


/** X: twitter-text v3 weighted length (URLs 23, most non-Latin characters and emoji 2, NFC). */
function countX(text) {
    if (!twitter)
        throw new Error("the X counter is not loaded: await loadXCounter() first (resolveConfigText does for a config with an X channel)");
    if (text.length <= X_EXACT_MAX)
        return twitter.parseTweet(text).weightedLength;
    // twitter-text's URL search is quadratic in a long run without spaces ("a.a.a.a…": 0.1 s for 4,000 characters):
    // a text this far over 280 is counted in short pieces, cut after a space where there is one. Exact but for a URL
    // or an emoji sequence a cut would split, which only a text with no space for hundreds of characters risks.
    let weighted = 0;
    for (let start = 0; start < text.length;) {
        let end = Math.min(text.length, start + X_PIECE);
        const space = text.lastIndexOf(" ", end - 1);
        if (end < text.length && space > start + X_PIECE / 2)
            end = space + 1;
        const code = text.charCodeAt(end - 1);
        if (end < text.length && code >= 0xd800 && code <= 0xdbff)
            end++;
        weighted += twitter.parseTweet(text.slice(start, end)).weightedLength;
        start = end;
    }
    return weighted;
}
/** Longest text counted by X's own parser in one piece: far over the 280 any X post may have. */
const X_EXACT_MAX = 10_000;
/** Code units per piece of a longer text. */
const X_PIECE = 256;
let twitter;
/**
 * Loads twitter-text (~45 ms, a third of start-up) for countX. It is this adapter's `prepare`, which the config
 * loading of src/check/load-config.ts calls only when a channel is of type x, so other configs never pay it. A dynamic import, not a lazy require(): the Action's bundler includes
 * what import() names, and the runner has no node_modules to find anything else in.
 */
async function loadXCounter() {
    twitter ??= (await __webpack_require__.e(/* import() */ 770).then(__webpack_require__.t.bind(__webpack_require__, 64770, 23))).default;
}
const xAdapter = {
    type: "x",
    prepare: loadXCounter,
    measure: (_channel, text) => [{ count: countX(text), max: 280, unit: "weighted characters" }],
    // X: 4 images of 5 MB, or one video; alt text 1000 characters.
    media: {
        maxCount: 4,
        video: "alone",
        types: { ...(0,limits/* images */.z)(5 * limits.MB, "png", "jpg", "jpeg", "webp", "gif"), mp4: 512 * limits.MB },
        altMax: 1000,
        altUnit: "characters",
    },
    text: post_segments/* channelText */.be,
};

;// CONCATENATED MODULE: ./src/channels/registry.ts






/** Every channel type's adapter. A new platform adds its folder and registers here (and in schemas/config.json). */
const channelAdapters = {
    bluesky: blueskyAdapter,
    mastodon: mastodonAdapter,
    linkedin: linkedinAdapter,
    discord: discordAdapter,
    webhook: adapter/* webhookAdapter */.x,
    x: xAdapter,
};
function adapterOf(channel) {
    return channelAdapters[channel.settings.type];
}
/**
 * Loads what the config's channel types need for counting, once per type: X's counter is only loaded for a config
 * with an X channel, so other configs never pay its start-up time.
 */
async function prepareChannels(config) {
    const types = new Set([...config.channels.values()].map((channel) => channel.settings.type));
    for (const type of types)
        await channelAdapters[type].prepare?.();
}


/***/ }),

/***/ 58141:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ countWebhook),
/* harmony export */   x: () => (/* binding */ webhookAdapter)
/* harmony export */ });
/* harmony import */ var _media_limits_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(63322);
/* harmony import */ var _post_post_segments_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(80710);
/* harmony import */ var _text_count_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(50896);



/** A generic webhook receiver: Unicode code points. */
const countWebhook = _text_count_js__WEBPACK_IMPORTED_MODULE_2__/* .countCodePoints */ .sA;
const webhookAdapter = {
    type: "webhook",
    measure(channel, text) {
        const settings = channel.settings;
        const max = settings.type === "webhook" ? settings.max_length : undefined;
        return max ? [{ count: countWebhook(text), max, unit: "characters" }] : [];
    },
    // A generic webhook gets media as links: no platform limit beyond sanity.
    media: {
        maxCount: 20,
        video: "mixed",
        types: { ...(0,_media_limits_js__WEBPACK_IMPORTED_MODULE_0__/* .images */ .z)(100 * _media_limits_js__WEBPACK_IMPORTED_MODULE_0__.MB, "png", "jpg", "jpeg", "webp", "gif"), mp4: 500 * _media_limits_js__WEBPACK_IMPORTED_MODULE_0__.MB },
        altMax: 5000,
        altUnit: "characters",
    },
    text: _post_post_segments_js__WEBPACK_IMPORTED_MODULE_1__/* .channelText */ .be,
};


/***/ }),

/***/ 41449:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  xD: () => (/* binding */ PROPOSED_POST_OPTIONS),
  I9: () => (/* binding */ checkLoadedPost)
});

// UNUSED EXPORTS: MAX_FINDINGS_PER_RULE, POST_BUDGET_MS

// EXTERNAL MODULE: external "node:perf_hooks"
var external_node_perf_hooks_ = __webpack_require__(643);
// EXTERNAL MODULE: ./src/channels/registry.ts + 5 modules
var registry = __webpack_require__(98089);
// EXTERNAL MODULE: ./src/config/unknown-names.ts
var unknown_names = __webpack_require__(56729);
// EXTERNAL MODULE: ./src/rules/registry.ts + 36 modules
var rules_registry = __webpack_require__(10399);
// EXTERNAL MODULE: ./src/types.ts
var types = __webpack_require__(16141);
;// CONCATENATED MODULE: ./src/check/severity.ts
/** The client's `checks` override the global ones; options merge key by key. */
function ruleSetting(rule, config, client) {
    let severity = rule.defaultSeverity;
    const options = {};
    for (const checks of [config.checks, client?.checks]) {
        const entry = checks?.[rule.id];
        if (entry === undefined)
            continue;
        if (typeof entry === "string") {
            severity = entry;
            continue;
        }
        const { severity: own, ...rest } = entry;
        if (own)
            severity = own;
        Object.assign(options, rest);
    }
    // The schema rule guards everything else: it cannot be switched off or lowered.
    if (rule.id === "schema")
        severity = "error";
    return { severity, options: Object.freeze(options) };
}

;// CONCATENATED MODULE: ./src/check/suppressions.ts
/**
 * Findings no comment can hide, and why: a writer's comment must not silence the checks that protect the
 * client (the approver reads the preview, not the Markdown source). The reports on suppressions themselves
 * cannot be hidden either.
 */
const UNSUPPRESSIBLE = new Map([
    ["schema", "fix the front-matter"],
    ["wrong-account", "a post must only go to its own client's channels"],
    ["media", "a media file must exist inside the repository"],
    ["sensitive-topic", "acknowledge the topic under sensitive: with a reason"],
    ["suppression", ""],
    ["unused-suppression", ""],
]);
const DIRECTIVE_RE = /<!--\s*checkpost-(disable-next-line|disable|enable)\b([\s\S]*?)-->/g;
/**
 * Applies `<!-- checkpost-disable-next-line ids -->` and `<!-- checkpost-disable ids -->` …
 * `<!-- checkpost-enable ids -->` comments in the post body (ids separated by commas or spaces; none: every
 * rule). A disable without an enable lasts to the end of the file. Every suppression (or id of one) that hid
 * nothing is reported as info under `unused-suppression`, so stale comments do not pile up.
 */
function applySuppressions(post, messages, knownRuleIds) {
    const { suppressions, strayEnables } = parseSuppressions(post);
    if (suppressions.length === 0 && strayEnables.length === 0)
        return messages;
    const kept = messages.filter((m) => {
        if (UNSUPPRESSIBLE.has(m.ruleId))
            return true;
        let hidden = false;
        for (const s of suppressions) {
            const id = s.ids.length === 0 ? "*" : s.ids.includes(m.ruleId) ? m.ruleId : undefined;
            if (id === undefined || m.line < s.fromLine || m.line > (s.toLine.get(id) ?? 0))
                continue;
            s.used.add(id);
            hidden = true;
        }
        return !hidden;
    });
    for (const s of suppressions) {
        const where = post.spanAt(s.directive.start, s.directive.end);
        const note = (severity, ruleId, message) => kept.push({ ruleId, severity, ...where, message });
        // What a comment hid is shown to reviewers (in annotations and the preview) rather than silently gone.
        if (s.used.size) {
            const what = s.used.has("*") ? "every rule" : [...s.used].map((id) => `"${id}"`).join(", ");
            note("info", "suppression", `checkpost-${s.directive.kind} hides findings of ${what} here`);
        }
        for (const id of s.ids.filter((x) => UNSUPPRESSIBLE.has(x))) {
            note("warning", "unused-suppression", `"${id}" cannot be suppressed by a comment: ${UNSUPPRESSIBLE.get(id)}`);
        }
        const unused = s.ids.length === 0 ? (s.used.size ? [] : ["*"]) : s.ids.filter((id) => !s.used.has(id) && !UNSUPPRESSIBLE.has(id));
        for (const id of unused) {
            const what = id === "*" ? "for every rule" : `for "${id}"`;
            const why = id !== "*" && !knownRuleIds.includes(id) ? ` ("${id}" is not a rule id; see checkpost rules)` : "";
            note("info", "unused-suppression", `checkpost-${s.directive.kind} ${what} suppresses nothing${why}; remove it`);
        }
    }
    for (const e of strayEnables) {
        kept.push({
            ruleId: "unused-suppression",
            severity: "info",
            ...post.spanAt(e.start, e.end),
            message: `checkpost-enable${e.ids.length ? ` for ${e.ids.map((id) => `"${id}"`).join(", ")}` : ""} closes no checkpost-disable above it; remove it`,
        });
    }
    return kept;
}
function parseSuppressions(post) {
    const body = post.text.slice(post.bodyOffset);
    if (!body.includes("checkpost-"))
        return { suppressions: [], strayEnables: [] };
    const directives = [];
    for (const m of body.matchAll(DIRECTIVE_RE)) {
        const start = post.bodyOffset + m.index;
        const end = start + m[0].length;
        directives.push({
            kind: m[1],
            ids: (m[2] ?? "").split(/[\s,]+/).filter(Boolean),
            start,
            end,
            line: post.lines.position(end).line,
        });
    }
    const lastLine = post.lines.lineCount;
    const out = [];
    const closing = new Set();
    directives.forEach((d, index) => {
        if (d.kind === "disable-next-line") {
            const only = d.line + 1;
            out.push({
                directive: d,
                ids: d.ids,
                fromLine: only,
                toLine: new Map((d.ids.length ? d.ids : ["*"]).map((id) => [id, only])),
                used: new Set(),
            });
        }
        else if (d.kind === "disable") {
            // Each id ends at the first later enable naming it (or naming none); "every rule" only at an enable naming none.
            const later = directives.slice(index + 1).filter((e) => e.kind === "enable");
            const toLine = new Map();
            for (const id of d.ids.length ? d.ids : ["*"]) {
                const enable = later.find((e) => e.ids.length === 0 || (id !== "*" && e.ids.includes(id)));
                if (enable)
                    closing.add(enable);
                toLine.set(id, enable?.line ?? lastLine);
            }
            out.push({ directive: d, ids: d.ids, fromLine: d.line, toLine, used: new Set() });
        }
    });
    const strayEnables = directives.filter((d) => d.kind === "enable" && !closing.has(d));
    return { suppressions: out, strayEnables };
}

;// CONCATENATED MODULE: ./src/check/check-post.ts







/**
 * Every check runs in linear time, so an ordinary post takes milliseconds; this bounds what a post no check
 * foresaw can cost the job. Time spent waiting (the link checker's requests) does not count.
 */
const POST_BUDGET_MS = 2000;
/** Findings of one check listed per post; a post with more (a pasted log, a run of blank lines) gets one note that more are not listed. */
const MAX_FINDINGS_PER_RULE = 200;
/**
 * The rule options of a post a pull request proposes: scheduling it in the past is a mistake, not history. The
 * pull request's check and `checkpost check --changed` both use them, so the two say the same.
 */
const PROPOSED_POST_OPTIONS = Object.freeze({
    "publish-window": Object.freeze({ past: "error" }),
});
/**
 * Runs every enabled rule on one loaded post. Rules run on front-matter that passed the schema; when it did
 * not (a misspelt key, a missing alt) but its YAML parsed, the rules that read only the body's prose still run
 * on the body, so a writer fixes everything in one round.
 */
async function checkLoadedPost(loaded, config, options = {}) {
    const messages = [...loaded.messages];
    const post = loaded.post;
    if (!post)
        return (0,types/* sortByPosition */.J)(messages);
    if (!post.data || messages.some((m) => m.severity === "error"))
        return withBodyRules(post, messages, config, options);
    const client = config.clients.get(post.data.client);
    if (!client) {
        messages.push({ ruleId: "schema", severity: "error", ...post.spanOf(["client"]), ...(0,unknown_names/* unknownClient */.uB)(post.data.client, config) });
        return withBodyRules(post, messages, config, options);
    }
    const ran = await runRules(post, client, options.rules ?? rules_registry/* rules */.a, config, options);
    return finish(post, [...messages, ...ran.messages], ran.stopped);
}
/** The front-matter's errors, and the findings of the rules that need only the body (see bodyOnly). */
async function withBodyRules(post, messages, config, options) {
    const partial = bodyOnly(post, config);
    if (!partial)
        return (0,types/* sortByPosition */.J)(messages);
    const rules = (options.rules ?? rules_registry/* rules */.a).filter((rule) => rule.bodyOnly);
    const ran = await runRules(partial.post, partial.client, rules, config, options);
    return finish(post, [...messages, ...ran.messages], ran.stopped);
}
/**
 * A post whose front-matter failed the schema, seen as its body alone: no title, variants or media (their
 * values are not known to be what the schema says), and the client its \`client\` names or, when that is
 * missing or unknown, the client whose folder holds it. Undefined when the YAML did not parse or no client is known.
 */
function bodyOnly(post, config) {
    const value = post.frontMatter?.yaml.value;
    if (!value || typeof value !== "object" || Array.isArray(value) || post.frontMatter?.problems("schema").length)
        return undefined;
    const named = value.client;
    const client = (typeof named === "string" ? config.clients.get(named) : undefined) ??
        // A client that exists only in a misspelling ("acmee") or under a misspelt key: the post's folder knows.
        [...config.clients.values()].find((c) => c.folders.some((folder) => post.relPath.startsWith(folder)));
    if (!client)
        return undefined;
    // No channel is known to be valid; body-only rules read none.
    const channels = [];
    return { post: { ...post, data: { client: client.id, channels } }, client };
}
/** Each rule's findings on a post, with the severity configured for the client. */
async function runRules(post, client, rules, config, options) {
    const messages = [];
    const now = options.now ?? new Date();
    const settings = settingsOf(client);
    const budget = options.budgetMs ?? POST_BUDGET_MS;
    const clock = busyClock();
    const started = clock();
    let stopped;
    for (const [index, rule] of rules.entries()) {
        const spent = clock() - started;
        if (spent > budget) {
            stopped = budgetMessage(spent, rules.slice(index));
            break;
        }
        let setting = settings.get(rule);
        if (!setting) {
            setting = ruleSetting(rule, config, client);
            settings.set(rule, setting);
        }
        if (setting.severity === "off")
            continue;
        try {
            const runTime = options.ruleOptions?.[rule.id];
            // Run-time options (the Action's media lookup, --check-links) are defaults; what checkpost.yml sets wins.
            const ruleOptions = runTime ? { ...runTime, ...setting.options } : setting.options;
            const result = rule.check(post, { config, client, options: ruleOptions, now, limitsOf: registry/* adapterOf */.nZ });
            // Most rules answer synchronously: awaiting their arrays cost a microtask turn per rule and post.
            const found = Array.isArray(result) ? result : await result;
            for (const m of found) {
                messages.push({
                    ruleId: rule.id,
                    // A rule may lower a finding (an acknowledged topic), never raise it above the configured severity.
                    severity: m.severity ? milder(m.severity, setting.severity) : setting.severity,
                    line: m.line,
                    column: m.column,
                    ...(m.endLine !== undefined ? { endLine: m.endLine, endColumn: m.endColumn } : {}),
                    message: m.message,
                    ...(m.suggestions?.length ? { suggestions: m.suggestions } : {}),
                });
            }
        }
        catch (error) {
            // A crashing rule must not hide the other findings, nor pass silently.
            messages.push({
                ruleId: rule.id,
                severity: "error",
                line: 1,
                column: 1,
                message: `the ${rule.id} check failed on this file (${error instanceof Error ? error.message : String(error)}); please report this`,
            });
        }
    }
    return { messages, ...(stopped ? { stopped } : {}) };
}
/** The findings as reported: suppressions applied, at most MAX_FINDINGS_PER_RULE per rule, then the budget note. */
function finish(post, messages, stopped) {
    const kept = capPerRule((0,types/* sortByPosition */.J)(applySuppressions(post, messages, ALL_RULE_IDS)));
    // After the suppressions: no comment in the post can hide that its checks did not all run.
    return stopped ? (0,types/* sortByPosition */.J)([...kept, stopped]) : kept;
}
/**
 * Milliseconds the event loop has been busy (running code, not waiting for I/O), read before and after each
 * rule; before the loop first runs (a script's first turn) everything is computing, so wall time is the same.
 */
function busyClock() {
    if (external_node_perf_hooks_.performance.nodeTiming.loopStart < 0)
        return () => external_node_perf_hooks_.performance.now();
    return () => external_node_perf_hooks_.performance.eventLoopUtilization().active;
}
function budgetMessage(spent, skipped) {
    const seconds = (spent / 1000).toFixed(1);
    return {
        ruleId: "budget",
        severity: "error",
        line: 1,
        column: 1,
        message: `checks stopped after ${seconds} s on this post: ${skipped.map((r) => r.id).join(", ")} did not run; an ordinary post takes milliseconds, so shorten the post or break up its long runs of repeated characters (and report the text if it is ordinary)`,
    };
}
/** At most MAX_FINDINGS_PER_RULE findings of each rule, the first in the file, then one saying that more are not listed. */
function capPerRule(messages) {
    const counts = new Map();
    for (const m of messages)
        counts.set(m.ruleId, (counts.get(m.ruleId) ?? 0) + 1);
    if (![...counts.values()].some((n) => n > MAX_FINDINGS_PER_RULE))
        return messages;
    const seen = new Map();
    const out = [];
    for (const m of messages) {
        const n = (seen.get(m.ruleId) ?? 0) + 1;
        seen.set(m.ruleId, n);
        if (n <= MAX_FINDINGS_PER_RULE)
            out.push(m);
        else if (n === MAX_FINDINGS_PER_RULE + 1) {
            const severity = messages
                .filter((x) => x.ruleId === m.ruleId)
                .reduce((worst, x) => (RANK[x.severity] > RANK[worst] ? x.severity : worst), m.severity);
            out.push({
                ruleId: m.ruleId,
                severity,
                line: m.line,
                column: m.column,
                // No count: a rule may stop looking after ENOUGH_FINDINGS.
                message: `more ${m.ruleId} findings from here on are not listed (at most ${MAX_FINDINGS_PER_RULE} per check and post)`,
            });
        }
    }
    return out;
}
const ALL_RULE_IDS = rules_registry/* rules */.a.map((rule) => rule.id);
const RANK = { info: 0, warning: 1, error: 2 };
function milder(a, b) {
    return RANK[a] <= RANK[b] ? a : b;
}
/** Each rule's severity and options for a client, worked out on the client's first post. */
const clientSettings = new WeakMap();
function settingsOf(client) {
    let settings = clientSettings.get(client);
    if (!settings) {
        settings = new Map();
        clientSettings.set(client, settings);
    }
    return settings;
}


/***/ }),

/***/ 8353:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _R: () => (/* binding */ resolveConfigText)
/* harmony export */ });
/* unused harmony export loadConfig */
/* harmony import */ var _channels_registry_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(98089);
/* harmony import */ var _config_load_config_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2560);
/* harmony import */ var _rules_registry_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(10399);




/**
 * checkpost.yml as checking needs it: `checks` may name every registered rule, and each channel type's counter is
 * loaded (X's twitter-text only when a channel is of type x). src/config cannot do either: both are outer layers.
 */
async function loadConfig(file) {
    return prepared(await readConfig(file, ruleIds()));
}
/** Parses and validates config text already in memory (the Action reads it from the base branch). */
async function resolveConfigText(file, text, readWords) {
    return prepared(await (0,_config_load_config_js__WEBPACK_IMPORTED_MODULE_1__/* .parseConfig */ .o4)(file, text, (0,_rules_registry_js__WEBPACK_IMPORTED_MODULE_2__/* .ruleIds */ .Z)(), readWords));
}
async function prepared(result) {
    if (result.config)
        await (0,_channels_registry_js__WEBPACK_IMPORTED_MODULE_0__/* .prepareChannels */ .E9)(result.config);
    return result;
}


/***/ }),

/***/ 2560:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  SL: () => (/* binding */ CONFIG_MAX_BYTES),
  Xm: () => (/* binding */ WORDS_MAX_BYTES),
  o4: () => (/* binding */ parseConfig)
});

// UNUSED EXPORTS: CONFIG_NAMES, DEFAULT_POSTS_GLOB, MAX_DICTIONARY_FILES, findConfig, readConfig

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/load/located-yaml.ts + 2 modules
var located_yaml = __webpack_require__(70242);
// EXTERNAL MODULE: ./src/load/read-text.ts
var read_text = __webpack_require__(82360);
// EXTERNAL MODULE: ./src/schema/describe-errors.ts
var describe_errors = __webpack_require__(89456);
// EXTERNAL MODULE: ./src/schema/validators.ts + 2 modules
var validators = __webpack_require__(54198);
// EXTERNAL MODULE: ./src/types.ts
var types = __webpack_require__(16141);
// EXTERNAL MODULE: ./src/config/local-time.ts
var local_time = __webpack_require__(68131);
;// CONCATENATED MODULE: ./src/config/secrets.ts
/**
 * Recognises values that look like credentials, so a config that would leak one into a public
 * repository is refused. The detected value itself is never echoed back.
 */
const SECRET_PATTERNS = [
    [/\bgh[pousr]_[A-Za-z0-9]{20,}/, "a GitHub token"],
    [/\bgithub_pat_[A-Za-z0-9_]{20,}/, "a GitHub token"],
    [/\bxox[abposr]-[A-Za-z0-9-]{10,}/, "a Slack token"],
    [/hooks\.slack\.com\/services\//i, "a Slack webhook URL"],
    [/discord(?:app)?\.com\/api\/webhooks\/\d+\/[\w-]+/i, "a Discord webhook URL"],
    [/\bsk-[A-Za-z0-9_-]{20,}/, "an API key"],
    [/\bAKIA[0-9A-Z]{16}\b/, "an AWS access key"],
    [/-----BEGIN [A-Z ]*PRIVATE KEY-----/, "a private key"],
    [/\beyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]+/, "a JSON Web Token"],
    [/^[a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{4}$/, "a Bluesky app password"],
    [/^[a-z][a-z0-9+.-]*:\/\/[^/\s:@]+:[^/\s@]+@/i, "a URL with a password in it"],
];
/** Key names that announce a credential. `secret_env` names a variable and is fine. */
const SECRET_KEY = /^(?:.*[_-])?(?:token|password|passwd|secret|api[_-]?key|apikey|access[_-]?key|private[_-]?key|webhook[_-]?url|client[_-]?secret|app[_-]?password)$/i;
function secretKind(key, value) {
    for (const [pattern, kind] of SECRET_PATTERNS)
        if (pattern.test(value))
            return kind;
    if (typeof key === "string" && key !== "secret_env" && SECRET_KEY.test(key) && value.trim() !== "")
        return "a credential";
    if (looksRandom(value))
        return "a credential (a long random string)";
    return undefined;
}
/** A long token of mixed letters and digits with no spaces reads as a key, not as prose or a name. */
function looksRandom(value) {
    if (value.length < 32 || /\s/.test(value) || /^https?:\/\//.test(value) || value.includes("/"))
        return false;
    if (!/^[A-Za-z0-9+_=.-]+$/.test(value))
        return false;
    const digits = (value.match(/\d/g) ?? []).length;
    const upper = (value.match(/[A-Z]/g) ?? []).length;
    const lower = (value.match(/[a-z]/g) ?? []).length;
    return digits >= 4 && lower >= 4 && (upper >= 4 || /^[0-9a-f]+$/.test(value));
}

;// CONCATENATED MODULE: ./src/config/load-config.ts









const CONFIG_NAMES = (/* unused pure expression or super */ null && (["checkpost.yml", "checkpost.yaml"]));
const CONFIG_MAX_BYTES = 1024 * 1024;
const WORDS_MAX_BYTES = 4 * 1024 * 1024;
const DEFAULT_POSTS_GLOB = "posts/**/*.md";
/** Walks up from `start` (a file or folder) to the nearest checkpost.yml. */
function findConfig(start) {
    let dir = path.resolve(start);
    if (existsSync(dir) && !isDirectory(dir))
        dir = path.dirname(dir);
    for (;;) {
        for (const name of CONFIG_NAMES) {
            const candidate = path.join(dir, name);
            if (existsSync(candidate))
                return candidate;
        }
        const parent = path.dirname(dir);
        if (parent === dir)
            return undefined;
        dir = parent;
    }
}
function isDirectory(p) {
    try {
        return statSync(p).isDirectory();
    }
    catch {
        return false;
    }
}
/**
 * Reads and resolves checkpost.yml. `ruleIds` are the checkpoints `checks` may name: the rule registry is an outer
 * layer, so the caller passes them (src/check/load-config.ts does, and loads the channels' counters).
 */
async function readConfig(file, ruleIds) {
    const absolute = path.resolve(file);
    const read = await readTextFile(absolute, CONFIG_MAX_BYTES).catch((error) => {
        const reason = error.code === "ENOENT" ? "not found" : error.code === "EISDIR" ? "is a folder" : (error.code ?? "unreadable");
        return { ok: false, problem: { message: `cannot read the config: ${reason}`, line: 1, column: 1 } };
    });
    if (!read.ok)
        return { file: absolute, messages: [configMessage(read.problem)] };
    return parseConfig(absolute, read.text, ruleIds);
}
/** Parses and validates config text already in memory (the Action reads it from the base branch). */
async function parseConfig(file, text, ruleIds, readWords = readWordsFile) {
    const located = (0,located_yaml/* parseLocatedYaml */.v)(text, text, 0);
    const messages = located.problems("config");
    if (messages.length)
        return { file, messages };
    const data = located.yaml.value;
    if (data === null || data === undefined) {
        return { file, messages: [configMessage({ message: 'the config is empty; expected at least "clients"', line: 1, column: 1 })] };
    }
    const at = (p, message, atKey = false, suggestions) => ({
        ruleId: "config",
        severity: "error",
        ...located.spanOf(p, atKey),
        message,
        ...(suggestions ? { suggestions } : {}),
    });
    // Secrets first: they are refused even when the rest of the file is wrong.
    const secretPaths = new Set();
    for (const [p, value] of strings(data, [])) {
        const kind = secretKind(p[p.length - 1], value);
        if (kind) {
            secretPaths.add((0,describe_errors/* formatPath */.jV)(p));
            messages.push(at(p, `${(0,describe_errors/* formatPath */.jV)(p)}: this looks like ${kind}; never write secrets in checkpost.yml: store it as a repository secret and give its NAME in secret_env`));
        }
    }
    for (const issue of (0,validators/* validateConfigFile */.j)(data)) {
        // A schema message about a secret's value would quote the secret back.
        if (secretPaths.has((0,describe_errors/* formatPath */.jV)(issue.path)) && !issue.atKey)
            continue;
        messages.push(at(issue.path, issue.message, issue.atKey, issue.suggestions));
    }
    if (messages.length)
        return { file, messages: (0,types/* sortByPosition */.J)(messages) };
    const raw = data;
    const root = external_node_path_default().dirname(file);
    const channels = new Map();
    const clients = new Map();
    messages.push(...checkRuleIds(raw.checks, ["checks"], ruleIds, at));
    const wordFiles = new WordFiles(readWords);
    const globalWords = await loadWords(raw.dictionary, ["dictionary"], root, at, messages, wordFiles);
    for (const [clientId, client] of Object.entries(raw.clients)) {
        if (!client)
            continue;
        const base = ["clients", clientId];
        const own = new Map();
        for (const [channelId, settings] of Object.entries(client.channels)) {
            if (!settings)
                continue;
            const existing = channels.get(channelId);
            if (existing) {
                messages.push(at([...base, "channels", channelId], `clients.${clientId}.channels: channel id "${channelId}" is already used by client "${existing.clientId}"; channel ids must be unique across clients`, true));
                continue;
            }
            const resolved = { id: channelId, clientId, settings: settings };
            channels.set(channelId, resolved);
            own.set(channelId, resolved);
            messages.push(...checkRuleIds(settings.checks, [...base, "channels", channelId, "checks"], ruleIds, at));
        }
        messages.push(...checkRuleIds(client.checks, [...base, "checks"], ruleIds, at));
        const window = client.publish_window ? resolveWindow(client.publish_window, [...base, "publish_window"], at, messages) : undefined;
        const words = await loadWords(client.dictionary, [...base, "dictionary"], root, at, messages, wordFiles);
        clients.set(clientId, {
            id: clientId,
            name: client.name ?? clientId,
            contact: client.contact,
            ...(client.contact_id === undefined ? {} : { contactId: client.contact_id }),
            channels: own,
            folders: (client.folders ?? []).map((f) => `${external_node_path_default().posix.normalize(f.replace(/\\/g, "/")).replace(/\/+$/, "")}/`),
            ...(window ? { publishWindow: window } : {}),
            checks: client.checks ?? {},
            words: [...globalWords, ...words],
            ...(client.language ? { language: client.language } : {}),
        });
    }
    if (messages.length)
        return { file, messages: (0,types/* sortByPosition */.J)(messages) };
    const posts = raw.posts === undefined ? [DEFAULT_POSTS_GLOB] : Array.isArray(raw.posts) ? raw.posts : [raw.posts];
    const config = {
        file,
        root,
        raw,
        posts,
        clients,
        channels,
        checks: raw.checks ?? {},
        words: globalWords,
        spanOf: located.spanOf,
    };
    return { file, config, messages: [] };
}
function checkRuleIds(checks, base, known, at) {
    if (!checks)
        return [];
    return Object.keys(checks)
        .filter((id) => !known.includes(id))
        .map((id) => {
        const close = (0,describe_errors/* closest */.kp)(id, known);
        return at([...base, id], 
        // The closest id goes in suggestions only: every output format adds "did you mean" from there.
        `${(0,describe_errors/* formatPath */.jV)([...base, id])}: unknown rule "${id}"; run "checkpost rules" for the list`, true, close ? [close] : undefined);
    });
}
function resolveWindow(window, base, at, messages) {
    if (!(0,local_time/* isTimeZone */.kQ)(window.timezone)) {
        messages.push(at([...base, "timezone"], `${(0,describe_errors/* formatPath */.jV)([...base, "timezone"])}: unknown time zone "${window.timezone}"; expected an IANA name such as Europe/Berlin or America/New_York`));
        return undefined;
    }
    const resolved = {
        timezone: window.timezone,
        days: window.days ?? ["mon", "tue", "wed", "thu", "fri"],
        start: window.start ?? "09:00",
        end: window.end ?? "17:00",
    };
    if (resolved.start >= resolved.end) {
        messages.push(at([...base, "end"], `${(0,describe_errors/* formatPath */.jV)([...base, "end"])}: the window ends (${resolved.end}) before it starts (${resolved.start}); expected end after start`));
        return undefined;
    }
    return resolved;
}
async function loadWords(dictionary, base, root, at, messages, wordFiles) {
    const words = [...(dictionary?.words ?? [])];
    const files = dictionary?.file === undefined ? [] : Array.isArray(dictionary.file) ? dictionary.file : [dictionary.file];
    for (const [index, name] of files.entries()) {
        const where = Array.isArray(dictionary?.file) ? [...base, "file", index] : [...base, "file"];
        const resolved = external_node_path_default().resolve(root, name);
        if (external_node_path_default().isAbsolute(name) || external_node_path_default().relative(root, resolved).startsWith("..")) {
            messages.push(at(where, `${(0,describe_errors/* formatPath */.jV)(where)}: dictionary file "${name}" is outside the content folder; expected a path relative to checkpost.yml`));
            continue;
        }
        if (!wordFiles.mayRead(resolved)) {
            messages.push(at(where, `${(0,describe_errors/* formatPath */.jV)(where)}: dictionary file "${name}" is one too many: a config reads at most ${MAX_DICTIONARY_FILES} dictionary files in all (each costs a request on every pull request); merge word lists`));
            continue;
        }
        try {
            const text = await wordFiles.read(resolved);
            for (const line of text.split(/\r?\n/)) {
                const word = line.replace(/#.*$/, "").trim();
                if (word)
                    words.push(word);
            }
        }
        catch {
            messages.push(at(where, `${(0,describe_errors/* formatPath */.jV)(where)}: dictionary file "${name}" not found; expected a text file with one word a line, relative to checkpost.yml`));
        }
    }
    return words;
}
/** Distinct dictionary files one config may name, all clients together. */
const MAX_DICTIONARY_FILES = 20;
/** The config's dictionary files, each read once however many clients name it, and at most MAX_DICTIONARY_FILES of them. */
class WordFiles {
    readWords;
    texts = new Map();
    constructor(readWords) {
        this.readWords = readWords;
    }
    mayRead(file) {
        return this.texts.has(file) || this.texts.size < MAX_DICTIONARY_FILES;
    }
    read(file) {
        let text = this.texts.get(file);
        if (!text) {
            text = this.readWords(file);
            this.texts.set(file, text);
        }
        return text;
    }
}
async function readWordsFile(file) {
    const read = await (0,read_text/* readTextFile */.Gu)(file, WORDS_MAX_BYTES);
    if (!read.ok)
        throw new Error(read.problem.message);
    return read.text;
}
function* strings(value, at) {
    if (typeof value === "string")
        yield [at, value];
    else if (Array.isArray(value))
        for (const [i, v] of value.entries())
            yield* strings(v, [...at, i]);
    else if (value && typeof value === "object")
        for (const [k, v] of Object.entries(value))
            yield* strings(v, [...at, k]);
}
function configMessage(p) {
    return { ruleId: "config", severity: "error", line: p.line, column: p.column, message: p.message };
}


/***/ }),

/***/ 68131:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HJ: () => (/* binding */ localTime),
/* harmony export */   kQ: () => (/* binding */ isTimeZone),
/* harmony export */   tz: () => (/* binding */ describeDays),
/* harmony export */   w4: () => (/* binding */ WEEKDAYS)
/* harmony export */ });
/* unused harmony export viaFormatter */
/** Wall-clock time in an IANA time zone: shared by the publish-window checkpoint and the publishing run. */
const WEEKDAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];
const formatters = new Map();
let zoneNames;
/**
 * Whether `timeZone` is an IANA time zone: one of Intl's canonical names, or another name Intl.DateTimeFormat
 * accepts (an alias such as "US/Eastern", another case). Making a DateTimeFormat is the costly path (14 ms for
 * the first, most of it ICU's locale data), so the list of canonical names (2 ms) is asked first.
 */
function isTimeZone(timeZone) {
    if (canonicalZone(timeZone))
        return true;
    try {
        formatterFor(timeZone);
        return true;
    }
    catch {
        return false;
    }
}
function canonicalZone(timeZone) {
    zoneNames ??= new Set(Intl.supportedValuesOf("timeZone"));
    return zoneNames.has(timeZone);
}
/** The wall-clock date, time and weekday of an instant in an IANA time zone (Intl only; throws RangeError on an unknown zone). */
function localTime(instant, timeZone) {
    return canonicalZone(timeZone) && zoneFollowsTz() ? viaProcessZone(instant, timeZone) : viaFormatter(instant, timeZone);
}
let followsTz;
/**
 * Whether setting process.env.TZ changes Date's zone here: not in a worker thread, whose process.env is its own
 * copy. Tried once with two fixed zones, +14:00 and -12:00, which no host zone can be both of.
 */
function zoneFollowsTz() {
    followsTz ??= (() => {
        const instant = new Date(0);
        const offsets = ["Etc/GMT-14", "Etc/GMT+12"].map((zone) => withProcessZone(zone, () => instant.getTimezoneOffset()));
        return offsets[0] === -840 && offsets[1] === 720;
    })();
    return followsTz;
}
/** `read()` with process.env.TZ set to `timeZone`, put back (or removed again) before returning. */
function withProcessZone(timeZone, read) {
    const before = process.env.TZ;
    process.env.TZ = timeZone;
    try {
        return read();
    }
    finally {
        if (before === undefined)
            delete process.env.TZ;
        else
            process.env.TZ = before;
    }
}
/**
 * The wall clock read through the process's own time zone, set to `timeZone` for the one synchronous read and
 * put back at once: Node applies a change of process.env.TZ to Date at once, and V8 reads the zone through
 * the same ICU time zone data as Intl, without the locale data a DateTimeFormat loads (0.2 ms against 14 ms for
 * a one-post check). Only for Intl's canonical names, which ICU resolves the same way from TZ (an unknown TZ
 * would silently be UTC), and where TZ takes effect. A test compares both ways on every canonical zone.
 */
function viaProcessZone(instant, timeZone) {
    const two = (n) => String(n).padStart(2, "0");
    return withProcessZone(timeZone, () => ({
        date: `${instant.getFullYear()}-${two(instant.getMonth() + 1)}-${two(instant.getDate())}`,
        time: `${two(instant.getHours())}:${two(instant.getMinutes())}`,
        weekday: WEEKDAYS[(instant.getDay() + 6) % 7],
    }));
}
function formatterFor(timeZone) {
    let format = formatters.get(timeZone);
    if (!format) {
        format = new Intl.DateTimeFormat("en-US", {
            timeZone,
            year: "numeric",
            month: "2-digit",
            day: "2-digit",
            hour: "2-digit",
            minute: "2-digit",
            weekday: "short",
            hourCycle: "h23",
        });
        formatters.set(timeZone, format);
    }
    return format;
}
/** The same through Intl.DateTimeFormat, which also takes aliases and names in other cases. */
function viaFormatter(instant, timeZone) {
    const parts = Object.fromEntries(formatterFor(timeZone)
        .formatToParts(instant)
        .map((p) => [p.type, p.value]));
    return {
        date: `${parts.year}-${parts.month}-${parts.day}`,
        time: `${parts.hour}:${parts.minute}`,
        weekday: String(parts.weekday).toLowerCase().slice(0, 3),
    };
}
/** "mon–fri" for a run of consecutive days, "mon, wed, fri" otherwise. */
function describeDays(days) {
    const indexes = WEEKDAYS.flatMap((d, i) => (days.includes(d) ? [i] : []));
    const first = indexes[0];
    const last = indexes[indexes.length - 1];
    if (first !== undefined && last !== undefined && indexes.length > 2 && last - first === indexes.length - 1) {
        return `${WEEKDAYS[first]}–${WEEKDAYS[last]}`;
    }
    return indexes.map((i) => WEEKDAYS[i]).join(", ");
}


/***/ }),

/***/ 56729:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Mh: () => (/* binding */ unknownChannel),
/* harmony export */   h2: () => (/* binding */ withSuggestion),
/* harmony export */   uB: () => (/* binding */ unknownClient)
/* harmony export */ });
/* harmony import */ var _schema_describe_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(89456);

/** A post's `client` that checkpost.yml has no entry for, with the closest known id when one is near. */
function unknownClient(name, config) {
    const known = [...config.clients.keys()];
    return withSuggestion(`client: unknown client "${name}" (known: ${known.join(", ")})`, name, known);
}
/**
 * A channel id that no client has (a channel of another client is the wrong-account rule's finding, not this),
 * or undefined when some client has it. `index` is its place in the post's `channels`.
 */
function unknownChannel(channelId, index, client, config) {
    if (client.channels.has(channelId) || config.channels.has(channelId))
        return undefined;
    const known = [...client.channels.keys()];
    return withSuggestion(`channels[${index}]: unknown channel "${channelId}" for client "${client.id}" (known: ${known.join(", ")})`, channelId, known);
}
/** The name's closest candidate as a suggestion, when one is close enough to be a typo. */
function withSuggestion(message, word, candidates) {
    const close = (0,_schema_describe_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .closest */ .kp)(word, candidates);
    return close ? { message, suggestions: [close] } : { message };
}


/***/ }),

/***/ 28943:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T1: () => (/* binding */ isPermissionDenied),
/* harmony export */   cc: () => (/* binding */ PULL_FILES_LIMIT),
/* harmony export */   qz: () => (/* binding */ SymlinkError),
/* harmony export */   vK: () => (/* binding */ GitHubRequestError)
/* harmony export */ });
/** GitHub lists at most this many files of a pull request; `changed_files` says how many it changes. */
const PULL_FILES_LIMIT = 3000;
/** A failed GitHub request, with what a person needs to understand it (never the token). */
class GitHubRequestError extends Error {
    status;
    request;
    constructor(status, 
    /** "POST /repos/o/r/statuses/{sha}" */
    request, message) {
        super(`${request} failed with ${status}: ${message}`);
        this.status = status;
        this.request = request;
        this.name = "GitHubRequestError";
    }
}
/**
 * A path that is a symbolic link. The contents API follows a link to a file of the repository and answers with
 * that file (under its own path), so a post or picture could be a link to a file nobody reviews for its client.
 */
class SymlinkError extends Error {
    path;
    target;
    constructor(path, 
    /** Where the link points: the repository path GitHub resolved it to, or the link's text. */
    target) {
        super(`${path} is a symlink (to ${target})`);
        this.path = path;
        this.target = target;
        this.name = "SymlinkError";
    }
}
/** A write refused because the token is read-only (fork pull requests) or lacks a permission. */
function isPermissionDenied(error) {
    return error instanceof GitHubRequestError && error.status === 403 && !/rate limit/i.test(error.message);
}


/***/ }),

/***/ 51731:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ createOctokitApi)
/* harmony export */ });
/* harmony import */ var _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(86856);
/* harmony import */ var _octokit_rest__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(60891);
/* harmony import */ var _media_media_type_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(72453);
/* harmony import */ var _api_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(28943);
/* harmony import */ var _publish_api_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(13189);





const ThrottledOctokit = _octokit_rest__WEBPACK_IMPORTED_MODULE_3__/* .Octokit */ .E.plugin(_octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_4__/* .throttling */ .A);
/** Methods that are safe to send twice: a repeated POST would create a second comment, status or check run. */
const REPEATABLE = new Set(["GET", "HEAD", "PATCH", "PUT", "DELETE"]);
/**
 * An update that carries annotations appends them: sent twice, they would show twice. A contents PUT is a
 * compare-and-swap: had the first one landed, the repeat would answer 409 and pass for another run's write.
 */
function repeatable(method, endpoint) {
    if (!REPEATABLE.has(method))
        return false;
    if (method === "PUT" && endpoint.url?.includes("/contents/"))
        return false;
    return !(method === "PATCH" && endpoint.url?.includes("/check-runs/") && (endpoint.output?.annotations?.length ?? 0) > 0);
}
function createOctokitApi(options) {
    const { owner, repo } = options;
    const retries = options.retries ?? 2;
    const retryDelayMs = options.retryDelayMs ?? 1000;
    const rateLimitRetries = options.rateLimitRetries ?? 3;
    const warn = options.warn ?? (() => { });
    const onLimit = (kind) => (retryAfter, request, _o, retryCount) => {
        // A rate-limited request was refused, not processed: repeating it (even a POST) cannot duplicate anything.
        if (retryCount >= rateLimitRetries)
            return false;
        warn(`${kind} rate limit on ${request.method} ${request.url}; retrying after ${retryAfter} s`);
        return true;
    };
    const octokit = new ThrottledOctokit({
        auth: options.token,
        baseUrl: options.baseUrl.replace(/\/+$/, ""),
        userAgent: "checkpost",
        throttle: { onRateLimit: onLimit("primary"), onSecondaryRateLimit: onLimit("secondary") },
        log: { debug: () => { }, info: () => { }, warn: () => { }, error: () => { } },
    });
    octokit.hook.wrap("request", async (request, endpoint) => {
        const method = (endpoint.method ?? "GET").toUpperCase();
        const label = `${method} ${endpoint.url}`;
        for (let attempt = 0;; attempt++) {
            try {
                return await request(endpoint);
            }
            catch (error) {
                const status = statusOf(error);
                const transient = status === undefined || status >= 500;
                if (transient && repeatable(method, endpoint) && attempt < retries) {
                    await sleep(retryDelayMs * (attempt + 1));
                    continue;
                }
                throw new _api_js__WEBPACK_IMPORTED_MODULE_1__/* .GitHubRequestError */ .vK(status ?? 0, label, messageOf(error));
            }
        }
    });
    const repoParams = { owner, repo };
    /** A commit's whole tree, one request (GitHub cuts it past 100,000 entries or 7 MB: `truncated`). */
    async function treeOf(commitSha) {
        const { data } = await octokit.request("GET /repos/{owner}/{repo}/git/trees/{tree_sha}", {
            ...repoParams,
            tree_sha: commitSha,
            recursive: "1",
        });
        return {
            truncated: data.truncated,
            entries: data.tree.map((e) => ({ path: e.path, mode: e.mode, type: e.type, sha: e.sha })),
        };
    }
    const api = {
        async getPull(number) {
            const { data } = await octokit.request("GET /repos/{owner}/{repo}/pulls/{pull_number}", { ...repoParams, pull_number: number });
            return {
                number: data.number,
                title: data.title,
                state: data.state,
                draft: data.draft ?? false,
                user: toUser(data.user) ?? { login: "ghost", id: 0 },
                head: { sha: data.head.sha, ref: data.head.ref, repoFullName: data.head.repo?.full_name },
                base: { sha: data.base.sha, ref: data.base.ref, repoFullName: data.base.repo?.full_name },
                htmlUrl: data.html_url,
                commits: data.commits,
                changedFiles: data.changed_files,
            };
        },
        async listPullFiles(number) {
            const files = await octokit.paginate("GET /repos/{owner}/{repo}/pulls/{pull_number}/files", {
                ...repoParams,
                pull_number: number,
                per_page: 100,
            });
            return files.map((f) => ({
                filename: f.filename,
                status: f.status,
                ...(f.previous_filename ? { previousFilename: f.previous_filename } : {}),
            }));
        },
        getTree: treeOf,
        async getFileBytes(path, ref) {
            try {
                const { data } = await octokit.request("GET /repos/{owner}/{repo}/contents/{path}", { ...repoParams, path, ref });
                if (Array.isArray(data))
                    return undefined;
                // GitHub follows a link to a file of the repository and answers with that file, under its own path.
                if (data.type === "symlink" || data.path !== path)
                    throw new _api_js__WEBPACK_IMPORTED_MODULE_1__/* .SymlinkError */ .qz(path, "target" in data && typeof data.target === "string" ? data.target : data.path);
                if (data.type !== "file")
                    return undefined;
                if (!("content" in data) || data.encoding !== "base64") {
                    throw new _api_js__WEBPACK_IMPORTED_MODULE_1__/* .GitHubRequestError */ .vK(413, `GET /repos/{owner}/{repo}/contents/${path}`, "the file is too large to read through the API");
                }
                return Buffer.from(data.content, "base64");
            }
            catch (error) {
                if (error instanceof _api_js__WEBPACK_IMPORTED_MODULE_1__/* .GitHubRequestError */ .vK && error.status === 404)
                    return undefined;
                throw error;
            }
        },
        async getPathInfo(path, ref) {
            try {
                const { data } = await octokit.request("GET /repos/{owner}/{repo}/contents/{path}", { ...repoParams, path, ref });
                if (Array.isArray(data))
                    return { type: "dir", size: 0 };
                // A link followed to a file answers with that file's own path: it is the link that is there.
                if (data.path !== path)
                    return { type: "symlink", size: 0 };
                const info = { type: data.type, size: data.size };
                // The contents API sends a file of up to 1 MB whole, in base64 with line breaks: its first bytes tell its type.
                // An empty file comes with content "": its (empty) head still tells the media rule it is empty.
                if ("content" in data && data.encoding === "base64" && typeof data.content === "string")
                    info.head = firstBytes(data.content);
                return info;
            }
            catch (error) {
                if (error instanceof _api_js__WEBPACK_IMPORTED_MODULE_1__/* .GitHubRequestError */ .vK && error.status === 404)
                    return undefined;
                throw error;
            }
        },
        async getTokenLogin() {
            try {
                const { data } = await octokit.request("GET /user");
                return data.login;
            }
            catch (error) {
                // GITHUB_TOKEN is an installation token: GET /user answers 403 "Resource not accessible by integration".
                if (error instanceof _api_js__WEBPACK_IMPORTED_MODULE_1__/* .GitHubRequestError */ .vK && [401, 403, 404].includes(error.status))
                    return undefined;
                throw error;
            }
        },
        async getUserId(login) {
            try {
                const { data } = await octokit.request("GET /users/{username}", { username: login });
                return Number(data.id);
            }
            catch (error) {
                if (error instanceof _api_js__WEBPACK_IMPORTED_MODULE_1__/* .GitHubRequestError */ .vK && error.status === 404)
                    return undefined;
                throw error;
            }
        },
        async listReviews(number) {
            const reviews = await octokit.paginate("GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews", {
                ...repoParams,
                pull_number: number,
                per_page: 100,
            });
            return reviews.map((r) => ({
                id: r.id,
                user: toUser(r.user),
                state: r.state.toUpperCase(),
                commitId: r.commit_id ?? null,
                ...(r.submitted_at ? { submittedAt: r.submitted_at } : {}),
                body: r.body ?? "",
            }));
        },
        async listPullCommits(number) {
            const commits = await octokit.paginate("GET /repos/{owner}/{repo}/pulls/{pull_number}/commits", {
                ...repoParams,
                pull_number: number,
                per_page: 100,
            });
            return commits.map((c) => ({
                sha: c.sha,
                ...(c.author && "id" in c.author ? { authorId: Number(c.author.id) } : {}),
                ...(c.committer && "id" in c.committer ? { committerId: Number(c.committer.id) } : {}),
                verified: c.commit.verification?.verified === true,
            }));
        },
        async listBaseChanges(number) {
            const events = await octokit.paginate("GET /repos/{owner}/{repo}/issues/{issue_number}/timeline", {
                ...repoParams,
                issue_number: number,
                per_page: 100,
            });
            return events.flatMap((e) => {
                const { event, created_at } = e;
                return event === "base_ref_changed" && created_at ? [created_at] : [];
            });
        },
        async createStatus(sha, status) {
            await octokit.request("POST /repos/{owner}/{repo}/statuses/{sha}", {
                ...repoParams,
                sha,
                state: status.state,
                context: status.context,
                description: status.description,
                ...(status.targetUrl ? { target_url: status.targetUrl } : {}),
            });
        },
        async findCheckRun(sha, name, externalId) {
            const runs = await octokit.paginate("GET /repos/{owner}/{repo}/commits/{ref}/check-runs", {
                ...repoParams,
                ref: sha,
                check_name: name,
                filter: "all",
                per_page: 100,
            });
            // Ids grow with time: the highest is the latest.
            const run = runs
                .filter((r) => r.name === name && r.head_sha === sha && r.external_id === externalId)
                .reduce((latest, r) => (latest && latest.id > r.id ? latest : r), undefined);
            return run ? { id: Number(run.id), summary: run.output.summary ?? null, annotationsCount: run.output.annotations_count } : undefined;
        },
        async createCheckRun(run) {
            const { data } = await octokit.request("POST /repos/{owner}/{repo}/check-runs", {
                ...repoParams,
                name: run.name,
                head_sha: run.headSha,
                status: run.status,
                ...(run.conclusion ? { conclusion: run.conclusion } : {}),
                ...(run.detailsUrl ? { details_url: run.detailsUrl } : {}),
                ...(run.externalId ? { external_id: run.externalId } : {}),
                output: run.output,
            });
            return Number(data.id);
        },
        async updateCheckRun(id, update) {
            await octokit.request("PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}", {
                ...repoParams,
                check_run_id: id,
                ...(update.status ? { status: update.status } : {}),
                ...(update.conclusion ? { conclusion: update.conclusion } : {}),
                output: update.output,
            });
        },
        async listIssueComments(number) {
            const comments = await octokit.paginate("GET /repos/{owner}/{repo}/issues/{issue_number}/comments", {
                ...repoParams,
                issue_number: number,
                per_page: 100,
            });
            return comments.map((c) => ({ id: c.id, body: c.body ?? "", user: toUser(c.user) }));
        },
        async createIssueComment(number, body) {
            const { data } = await octokit.request("POST /repos/{owner}/{repo}/issues/{issue_number}/comments", {
                ...repoParams,
                issue_number: number,
                body,
            });
            return Number(data.id);
        },
        async updateIssueComment(id, body) {
            await octokit.request("PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}", { ...repoParams, comment_id: id, body });
        },
        async pullsForCommit(sha) {
            const { data } = await octokit.request("GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls", { ...repoParams, commit_sha: sha });
            return data.map((p) => ({ number: Number(p.number), headSha: p.head.sha, state: p.state }));
        },
        async listOpenPulls() {
            const data = await octokit.paginate("GET /repos/{owner}/{repo}/pulls", { ...repoParams, state: "open", per_page: 100 });
            return data.map((p) => ({ number: Number(p.number), headSha: p.head.sha, state: p.state }));
        },
        // ---- publishing ----
        async getDefaultBranch() {
            const { data } = await octokit.request("GET /repos/{owner}/{repo}", repoParams);
            return data.default_branch;
        },
        async getBranchSha(branch) {
            return notFoundAsUndefined(async () => {
                const { data } = await octokit.request("GET /repos/{owner}/{repo}/git/ref/{ref}", { ...repoParams, ref: `heads/${branch}` });
                return data.object.sha;
            });
        },
        async getFileTree(commitSha) {
            // The same listing as the review's getTree: the files are its blobs (symlinks included, as before).
            const tree = await treeOf(commitSha);
            const files = tree.entries.filter((e) => e.type === "blob").map((e) => ({ path: e.path, sha: e.sha }));
            return { files, truncated: tree.truncated };
        },
        async lastCommitFor(path, ref) {
            const { data } = await octokit.request("GET /repos/{owner}/{repo}/commits", { ...repoParams, path, sha: ref, per_page: 1 });
            const found = data[0];
            if (!found)
                return undefined;
            const date = found.commit.committer?.date ?? found.commit.author?.date;
            return { sha: found.sha, ...(date ? { date } : {}) };
        },
        async pullsOfCommit(sha) {
            const { data } = await octokit.request("GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls", {
                ...repoParams,
                commit_sha: sha,
                per_page: 100,
            });
            return data.map((p) => ({
                number: Number(p.number),
                title: p.title,
                body: p.body ?? null,
                state: p.state,
                mergedAt: p.merged_at ?? null,
                headSha: p.head.sha,
                baseSha: p.base.sha,
                baseRef: p.base.ref,
                user: toUser(p.user),
                htmlUrl: p.html_url,
            }));
        },
        async getBlobSha(path, ref) {
            return notFoundAsUndefined(async () => {
                const { data } = await octokit.request("GET /repos/{owner}/{repo}/contents/{path}", { ...repoParams, path, ref });
                return Array.isArray(data) || data.type !== "file" ? undefined : data.sha;
            });
        },
        async openIssuesWithLabel(label) {
            const issues = await octokit.paginate("GET /repos/{owner}/{repo}/issues", {
                ...repoParams,
                labels: label,
                state: "open",
                per_page: 100,
            });
            // The issues list includes pull requests: a labelled pull request is not a pause switch.
            return issues.filter((i) => !i.pull_request).map((i) => ({ number: i.number, title: i.title, htmlUrl: i.html_url }));
        },
        async createIssue(issue) {
            const { data } = await octokit.request("POST /repos/{owner}/{repo}/issues", {
                ...repoParams,
                title: issue.title,
                body: issue.body,
                ...(issue.labels?.length ? { labels: issue.labels } : {}),
                ...(issue.assignees?.length ? { assignees: issue.assignees } : {}),
            });
            return { number: data.number, title: data.title, htmlUrl: data.html_url };
        },
        async issuesWithLabel(label, since) {
            const issues = await octokit.paginate("GET /repos/{owner}/{repo}/issues", {
                ...repoParams,
                labels: label,
                state: "all",
                ...(since ? { since } : {}),
                per_page: 100,
            });
            return issues
                .filter((i) => !i.pull_request)
                .map((i) => ({
                number: i.number,
                title: i.title,
                htmlUrl: i.html_url,
                body: i.body ?? "",
                labels: i.labels.map((l) => (typeof l === "string" ? l : (l.name ?? ""))).filter(Boolean),
                state: i.state,
                createdAt: i.created_at,
            }));
        },
        async canBeAssigned(login) {
            const found = await notFoundAsUndefined(async () => {
                await octokit.request("GET /repos/{owner}/{repo}/assignees/{assignee}", { ...repoParams, assignee: login });
                return true;
            });
            return found === true;
        },
        async addLabels(issue, labels) {
            await octokit.request("POST /repos/{owner}/{repo}/issues/{issue_number}/labels", { ...repoParams, issue_number: issue, labels });
        },
        async getTextFile(branch, path) {
            return notFoundAsUndefined(async () => {
                const { data } = await octokit.request("GET /repos/{owner}/{repo}/contents/{path}", { ...repoParams, path, ref: branch });
                if (Array.isArray(data) || data.type !== "file")
                    return undefined;
                if (!("content" in data) || data.encoding !== "base64") {
                    throw new _api_js__WEBPACK_IMPORTED_MODULE_1__/* .GitHubRequestError */ .vK(413, `GET /repos/{owner}/{repo}/contents/${path}`, "the file is too large to read through the API");
                }
                return { text: Buffer.from(data.content, "base64").toString("utf8"), sha: data.sha };
            });
        },
        async putTextFile(branch, path, text, sha, message) {
            try {
                const { data } = await octokit.request("PUT /repos/{owner}/{repo}/contents/{path}", {
                    ...repoParams,
                    path,
                    branch,
                    message,
                    content: Buffer.from(text, "utf8").toString("base64"),
                    ...(sha === undefined ? {} : { sha }),
                });
                const written = data.content?.sha;
                if (!written)
                    throw new _api_js__WEBPACK_IMPORTED_MODULE_1__/* .GitHubRequestError */ .vK(200, `PUT /repos/{owner}/{repo}/contents/${path}`, "GitHub answered without the file's new sha");
                return written;
            }
            catch (error) {
                // 409: the sha no longer matches; 422: a creation (no sha) met a file that appeared meanwhile.
                if (error instanceof _api_js__WEBPACK_IMPORTED_MODULE_1__/* .GitHubRequestError */ .vK && (error.status === 409 || error.status === 422))
                    throw new _publish_api_js__WEBPACK_IMPORTED_MODULE_2__/* .ContentConflict */ .G(path, error.status);
                throw error;
            }
        },
        async createOrphanBranch(branch, file, message) {
            if ((await api.getBranchSha(branch)) !== undefined)
                return false;
            const { data: tree } = await octokit.request("POST /repos/{owner}/{repo}/git/trees", {
                ...repoParams,
                tree: [{ path: file.path, mode: "100644", type: "blob", content: file.text }],
            });
            const { data: commit } = await octokit.request("POST /repos/{owner}/{repo}/git/commits", {
                ...repoParams,
                message,
                tree: tree.sha,
                parents: [],
            });
            try {
                await octokit.request("POST /repos/{owner}/{repo}/git/refs", { ...repoParams, ref: `refs/heads/${branch}`, sha: commit.sha });
                return true;
            }
            catch (error) {
                // Another run created it between our check and our write: theirs stands (the commit made here is left unreferenced).
                if (error instanceof _api_js__WEBPACK_IMPORTED_MODULE_1__/* .GitHubRequestError */ .vK && error.status === 422)
                    return false;
                throw error;
            }
        },
    };
    return api;
}
async function notFoundAsUndefined(read) {
    try {
        return await read();
    }
    catch (error) {
        if (error instanceof _api_js__WEBPACK_IMPORTED_MODULE_1__/* .GitHubRequestError */ .vK && error.status === 404)
            return undefined;
        throw error;
    }
}
function toUser(user) {
    return user ? { login: user.login, id: Number(user.id), ...(user.type ? { type: user.type } : {}) } : null;
}
function statusOf(error) {
    const status = error?.status;
    return typeof status === "number" && status > 0 ? status : undefined;
}
function messageOf(error) {
    const data = error?.response?.data;
    const apiMessage = data && typeof data === "object" && "message" in data ? String(data.message) : undefined;
    return apiMessage ?? (error instanceof Error ? error.message : String(error));
}
function sleep(ms) {
    return new Promise((resolve) => setTimeout(resolve, ms));
}
/** The first HEAD_BYTES bytes of base64 text (44 characters hold 33 bytes) without decoding the rest. */
function firstBytes(base64) {
    let chars = "";
    for (let i = 0; i < base64.length && chars.length < 44; i++)
        if (base64[i] !== "\n")
            chars += base64[i];
    return new Uint8Array(Buffer.from(chars, "base64").subarray(0, _media_media_type_js__WEBPACK_IMPORTED_MODULE_0__/* .HEAD_BYTES */ .Lq));
}


/***/ }),

/***/ 13189:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ ContentConflict)
/* harmony export */ });
/** A compare-and-swap write lost: the file is no longer at the sha the caller read. */
class ContentConflict extends Error {
    path;
    status;
    constructor(path, status) {
        super(`${path} changed since it was read (${status})`);
        this.path = path;
        this.status = status;
        this.name = "ContentConflict";
    }
}


/***/ }),

/***/ 20899:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A1: () => (/* binding */ parseIndex),
/* harmony export */   ER: () => (/* binding */ parseEntry),
/* harmony export */   Jt: () => (/* binding */ serializeIndex),
/* harmony export */   Pm: () => (/* binding */ INDEX_PATH),
/* harmony export */   lK: () => (/* binding */ serialize),
/* harmony export */   s3: () => (/* binding */ entryPath),
/* harmony export */   ub: () => (/* binding */ entryId)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/**
 * Where things live on the ledger branch, and how a post gets its stable identity.
 *
 *   index.json                     the posts the ledger follows (one row each), read once per run
 *   entries/<id:2>/<id>.json       one file per publication, with its full history
 *
 * An id is derived from the post as it was first claimed (client, path, blob, generation), so two runs
 * claiming the same new post at once compute the same file and the compare-and-swap write decides; after
 * that the id stays with the publication through moves, renames and corrections.
 */

const INDEX_PATH = "index.json";
function entryId(post, generation = 1) {
    const digest = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)("sha256").update(`checkpost-ledger\0${post.client}\0${post.path}\0${post.blob}\0${generation}`).digest("hex");
    return digest.slice(0, 24);
}
/** Sharded by the id's first two characters: GitHub's file browser lists at most 1,000 files per folder. */
function entryPath(id) {
    if (!/^[0-9a-f]{24}$/.test(id))
        throw new Error(`a ledger id is 24 hex characters; got "${id}"`);
    return `entries/${id.slice(0, 2)}/${id}.json`;
}
/** Pretty-printed with a final newline: people read and diff these files in GitHub's UI. */
function serialize(value) {
    return `${JSON.stringify(value, null, 2)}\n`;
}
/**
 * The index with one row per line: still readable, a change shows as one changed line in a diff, and a
 * third smaller than pretty-printed JSON (the contents API returns files inline only up to 1 MB).
 */
function serializeIndex(index) {
    const rows = Object.entries(index.rows).map(([id, row]) => `    ${JSON.stringify(id)}: ${JSON.stringify(row)}`);
    const body = rows.length > 0 ? `{\n${rows.join(",\n")}\n  }` : "{}";
    const corrections = index.corrections?.length
        ? `,\n  "corrections": [\n${index.corrections.map((c) => `    ${JSON.stringify(c)}`).join(",\n")}\n  ]`
        : "";
    return `{\n  "format": ${index.format},\n  "started": ${JSON.stringify(index.started)},\n  "rows": ${body}${corrections}\n}\n`;
}
function parseJson(text, path) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch {
        throw new Error(`the ledger file ${path} is not JSON; expected a checkpost ledger record (docs/ledger.md)`);
    }
    if (typeof value !== "object" || value === null || Array.isArray(value) || value.format !== 1)
        throw new Error(`the ledger file ${path} is not a checkpost ledger record of format 1 (docs/ledger.md)`);
    return value;
}
function parseEntry(text, path) {
    const value = parseJson(text, path);
    if (typeof value.id !== "string" || typeof value.channels !== "object" || !Array.isArray(value.history))
        throw new Error(`the ledger entry ${path} lacks id, channels or history (docs/ledger.md)`);
    return value;
}
function parseIndex(text, path = INDEX_PATH) {
    const value = parseJson(text, path);
    if (typeof value.rows !== "object" || value.rows === null || typeof value.started !== "object")
        throw new Error(`the ledger index ${path} lacks rows or started (docs/ledger.md)`);
    return value;
}


/***/ }),

/***/ 72800:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DH: () => (/* binding */ rowFromEntry),
/* harmony export */   Lx: () => (/* binding */ isClosed),
/* harmony export */   Ss: () => (/* binding */ wasLive),
/* harmony export */   _d: () => (/* binding */ LIVE_STATES)
/* harmony export */ });
/* unused harmony export retrospectivePending */
/** States in which a channel is (or may be) on the platform, or was put there by hand. */
const LIVE_STATES = new Set(["publishing", "published", "in_doubt", "adopted"]);
/** An entry whose every channel is down: a post that comes back later is a new publication (a new generation). */
function isClosed(entry) {
    const records = Object.values(entry.channels);
    return records.some((r) => r.state === "taken_down") && !records.some((r) => LIVE_STATES.has(r.state));
}
/** Something checkpost published (or a person recorded as published) was live on one of its channels. */
function wasLive(entry) {
    return Object.values(entry.channels).some((r) => r.publication !== undefined);
}
/** A takedown of a post that was live, whose follow-up issue is not opened yet. */
function retrospectivePending(entry) {
    const down = Object.values(entry.channels).some((r) => r.state === "taken_down" && r.publication);
    return (down || entry.takedown !== undefined) && wasLive(entry) && entry.retrospective?.state !== "opened";
}
/**
 * The index row for an entry, or null when the entry is closed and leaves the index (its file stays). A closed
 * entry stays while its retrospective is pending, or while its file is still on the branch after an emergency
 * takedown (otherwise the next run would publish it again).
 */
function rowFromEntry(entry) {
    const pending = retrospectivePending(entry);
    const heldDown = entry.takedown?.onBranch === true;
    if (isClosed(entry) && !pending && !heldDown)
        return null;
    const channels = {};
    for (const [id, r] of Object.entries(entry.channels)) {
        channels[id] = {
            type: r.type,
            state: r.state,
            at: r.at,
            ...(r.state === "publishing" && r.claim ? { heldSince: r.claim.heldSince, ...(r.claim.run ? { claimRun: r.claim.run } : {}) } : {}),
        };
    }
    return {
        id: entry.id,
        client: entry.client,
        path: entry.path,
        blob: entry.blob,
        channels,
        seq: entry.history.length,
        ...(pending ? { retrospective: "pending" } : {}),
        ...(heldDown ? { heldDown: true } : {}),
    };
}


/***/ }),

/***/ 84813:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   r: () => (/* binding */ LineIndex)
/* harmony export */ });
/** Maps character offsets of a text to 1-based line/column, by binary search over line starts. */
class LineIndex {
    text;
    starts = [0];
    constructor(text) {
        this.text = text;
        for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1))
            this.starts.push(i + 1);
    }
    get lineCount() {
        return this.starts.length;
    }
    position(offset) {
        const clamped = Math.max(0, Math.min(offset, this.text.length));
        let lo = 0;
        let hi = this.starts.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if (this.starts[mid] <= clamped)
                lo = mid;
            else
                hi = mid - 1;
        }
        return { line: lo + 1, column: clamped - this.starts[lo] + 1 };
    }
    span(start, end) {
        const a = this.position(start);
        if (end === undefined || end <= start)
            return a;
        const b = this.position(end);
        return { line: a.line, column: a.column, endLine: b.line, endColumn: b.column };
    }
    /** Offset of a 1-based line's first character. */
    lineStart(line) {
        return this.starts[Math.max(0, Math.min(line - 1, this.starts.length - 1))];
    }
}


/***/ }),

/***/ 70242:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  v: () => (/* binding */ parseLocatedYaml)
});

// EXTERNAL MODULE: ./src/load/line-index.ts
var line_index = __webpack_require__(84813);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
;// CONCATENATED MODULE: ./src/load/plain-yaml.ts
/** Thrown (and caught below) when the source leaves the subset: `yaml` takes over. */
const OUTSIDE = Symbol("outside the plain subset");
/** Characters that need `yaml`'s care: tabs, CR, controls, NEL, line and paragraph separators, BOM. */
const UNUSUAL_CHARACTER = /[\t\r\0-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\ufeff]/;
/** Plain scalars the YAML 1.2 core schema reads as null, booleans or numbers. */
const NOT_A_STRING = /^(?:~|null|Null|NULL|true|True|TRUE|false|False|FALSE|[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+|[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?)$/;
/** A whole number without sign or leading zero, small enough to be exact. */
const COUNT = /^(?:0|[1-9][0-9]{0,14})$/;
/** A key as front-matter writes them: `client`, `publish_at`, `acme-bluesky`. */
const KEY = /^[A-Za-z_][A-Za-z0-9_.-]*:(?= |$)/;
const RESERVED_KEYS = new Set(["__proto__", "constructor", "prototype"]);
/** The mark of a comment line glued to its first word ("#WinterSale"). */
const GLUED_COMMENT = -2;
/** First characters that give a plain scalar another meaning (indicators), or that `yaml` refuses there. */
const INDICATOR_START = /^[-?:,[\]{}#&*!|>'"%@`]/;
function parsePlainYaml(source) {
    if (UNUSUAL_CHARACTER.test(source))
        return undefined;
    try {
        const root = new Reader(source).document();
        return {
            value: root.value,
            problems: [],
            locate: (path, key = false) => locate(root, path, key),
        };
    }
    catch (error) {
        if (error === OUTSIDE)
            return undefined;
        throw error;
    }
}
class Reader {
    source;
    starts = [];
    ends = [];
    /** Indentation of each line; -1 for blank and comment-only lines, GLUED_COMMENT for a "#word" line. */
    indents = [];
    constructor(source) {
        this.source = source;
        let start = 0;
        while (start <= source.length) {
            let end = source.indexOf("\n", start);
            if (end === -1)
                end = source.length;
            let indent = start;
            while (source.charCodeAt(indent) === 32)
                indent++;
            this.starts.push(start);
            this.ends.push(end);
            const comment = source.charCodeAt(indent) === 35; /* # */
            // "#word" on a line of its own, outside a block scalar, may be a hashtag YAML drops from the value above.
            const glued = comment && indent + 1 < end && source.charCodeAt(indent + 1) !== 32;
            this.indents.push(glued ? GLUED_COMMENT : indent === end || comment ? -1 : indent - start);
            start = end + 1;
        }
    }
    document() {
        const first = this.next(0);
        if (first === this.starts.length || this.indents[first] !== 0)
            throw OUTSIDE;
        const [map, after] = this.map(first, 0, this.starts[first]);
        if (this.next(after) !== this.starts.length)
            throw OUTSIDE;
        return map;
    }
    /**
     * The first line at or after `line` that holds content (not blank, not a comment). A "#word" comment line
     * skipped here is left to `yaml`, which reports it; inside a `|` block (read by `literal`) it is text.
     */
    next(line) {
        for (; line < this.indents.length; line++) {
            const indent = this.indents[line];
            if (indent === GLUED_COMMENT)
                throw OUTSIDE;
            if (indent !== -1)
                break;
        }
        return line;
    }
    /**
     * A block mapping whose keys sit at column `indent`; its first key starts at `firstAt` on `line` (after
     * "- " when the mapping is a list item). Returns the node and the line after it.
     */
    map(line, indent, firstAt) {
        const node = { kind: "map", start: firstAt, keys: new Map(), value: Object.create(null) };
        let at = firstAt;
        for (;;) {
            const end = this.ends[line];
            const rest = this.source.slice(at, end);
            const key = KEY.exec(rest);
            if (!key)
                throw OUTSIDE;
            const name = key[0].slice(0, -1);
            if (name.length > 1024 || NOT_A_STRING.test(name) || RESERVED_KEYS.has(name) || node.keys.has(name))
                throw OUTSIDE;
            let valueAt = at + key[0].length;
            while (this.source.charCodeAt(valueAt) === 32)
                valueAt++;
            let value;
            if (valueAt === end) {
                [value, line] = this.nested(line + 1, indent);
            }
            else if (this.source.charCodeAt(valueAt) === 124 /* | */) {
                [value, line] = this.literal(line, valueAt, indent);
            }
            else {
                value = this.inline(valueAt, end);
                line += 1;
            }
            node.keys.set(name, { start: at, value });
            node.value[name] = value.value;
            line = this.next(line);
            if (line === this.starts.length)
                return [node, line];
            const next = this.indents[line];
            if (next < indent)
                return [node, line];
            if (next > indent)
                throw OUTSIDE;
            at = this.starts[line] + indent;
            // A list item at the mapping's own column belongs to whoever holds this mapping (or is an error).
            if (this.source.charCodeAt(at) === 45 /* - */)
                return [node, line];
        }
    }
    /** The block value of a key written alone on its line: a mapping or list below it. */
    nested(line, parentIndent) {
        line = this.next(line);
        if (line === this.starts.length)
            throw OUTSIDE;
        const indent = this.indents[line];
        const at = this.starts[line] + indent;
        const isItem = this.source.charCodeAt(at) === 45 && /^-(?: |$)/.test(this.source.slice(at, at + 2));
        // A list may sit at its key's own column; a mapping must be indented further; anything else is an empty value.
        if (isItem && indent >= parentIndent)
            return this.seq(line, indent);
        if (!isItem && indent > parentIndent)
            return this.map(line, indent, at);
        throw OUTSIDE;
    }
    /** A block list whose "-" sit at column `indent`. */
    seq(line, indent) {
        const node = { kind: "seq", start: this.starts[line] + indent, items: [], value: [] };
        for (;;) {
            const dash = this.starts[line] + indent;
            const end = this.ends[line];
            if (this.source.charCodeAt(dash) !== 45 || this.source.charCodeAt(dash + 1) !== 32)
                throw OUTSIDE;
            let at = dash + 1;
            while (this.source.charCodeAt(at) === 32)
                at++;
            if (at === end)
                throw OUTSIDE;
            let item;
            if (KEY.test(this.source.slice(at, end))) {
                [item, line] = this.map(line, at - this.starts[line], at);
            }
            else {
                const first = this.source.charCodeAt(at);
                if (first === 45 /* - */ || first === 124 /* | */)
                    throw OUTSIDE;
                item = this.inline(at, end);
                line = this.next(line + 1);
            }
            node.items.push(item);
            node.value.push(item.value);
            if (line === this.starts.length)
                return [node, line];
            const next = this.indents[line];
            if (next < indent)
                return [node, line];
            if (next > indent)
                throw OUTSIDE;
            if (this.source.charCodeAt(this.starts[line] + indent) !== 45)
                return [node, line];
        }
    }
    /** A value that ends on its own line: a plain or quoted string, or a flow list. */
    inline(at, end) {
        const first = this.source.charCodeAt(at);
        if (first === 91 /* [ */)
            return this.flowList(at, end);
        if (first === 34 /* " */ || first === 39 /* ' */) {
            const scalar = this.quoted(at, end);
            if (!/^ *$/.test(this.source.slice(scalar.end, end)))
                throw OUTSIDE;
            return scalar;
        }
        const text = trimSpaces(this.source.slice(at, end));
        // Counts and limits in a config ("max_characters: 500"): the one kind of number read here.
        if (COUNT.test(text))
            return { kind: "scalar", start: at, end: at + text.length, value: Number(text) };
        if (INDICATOR_START.test(text) || text.includes(": ") || text.endsWith(":") || text.includes(" #") || NOT_A_STRING.test(text)) {
            throw OUTSIDE;
        }
        return { kind: "scalar", start: at, end: at + text.length, value: text };
    }
    /** A quoted string on one line without escapes. */
    quoted(at, end) {
        const quote = this.source[at];
        let close = this.source.indexOf(quote, at + 1);
        let value;
        if (quote === '"') {
            if (close === -1 || close >= end || this.source.slice(at + 1, close).includes("\\"))
                throw OUTSIDE;
            value = this.source.slice(at + 1, close);
        }
        else {
            // '' is a quote inside a single-quoted string.
            while (close !== -1 && close < end && this.source.charCodeAt(close + 1) === 39)
                close = this.source.indexOf("'", close + 2);
            if (close === -1 || close >= end)
                throw OUTSIDE;
            value = this.source.slice(at + 1, close).replaceAll("''", "'");
        }
        return { kind: "scalar", start: at, end: close + 1, value };
    }
    /** `[a, b]` on one line, of plain or quoted strings. */
    flowList(at, end) {
        const node = { kind: "seq", start: at, items: [], value: [] };
        let i = at + 1;
        const skipSpaces = () => {
            while (this.source.charCodeAt(i) === 32)
                i++;
        };
        skipSpaces();
        if (this.source.charCodeAt(i) !== 93 /* ] */) {
            for (;;) {
                let item;
                const first = this.source.charCodeAt(i);
                if (first === 34 || first === 39) {
                    item = this.quoted(i, end);
                }
                else {
                    let stop = i;
                    while (stop < end && !",[]{}#:".includes(this.source[stop]))
                        stop++;
                    const text = trimSpaces(this.source.slice(i, stop));
                    if (text === "" || INDICATOR_START.test(text) || NOT_A_STRING.test(text))
                        throw OUTSIDE;
                    item = { kind: "scalar", start: i, end: i + text.length, value: text };
                }
                node.items.push(item);
                node.value.push(item.value);
                i = item.end;
                skipSpaces();
                const c = this.source.charCodeAt(i);
                if (c === 93)
                    break;
                if (c !== 44 /* , */)
                    throw OUTSIDE;
                i++;
                skipSpaces();
                if (this.source.charCodeAt(i) === 93)
                    throw OUTSIDE;
            }
        }
        if (!/^ *$/.test(this.source.slice(i + 1, end)))
            throw OUTSIDE;
        return node;
    }
    /** A `|` or `|-` literal block below the key on `line`, whose mapping sits at column `parentIndent`. */
    literal(line, at, parentIndent) {
        const header = trimSpaces(this.source.slice(at, this.ends[line]));
        if (header !== "|" && header !== "|-")
            throw OUTSIDE;
        const keep = header === "|" ? "\n" : "";
        let first = line + 1;
        // Leading blank lines (and lines of spaces) have rules of their own: leave them to `yaml`.
        if (first >= this.starts.length || this.isBlank(first))
            throw OUTSIDE;
        const indent = this.leadingSpaces(first);
        if (indent <= parentIndent)
            throw OUTSIDE;
        const lines = [];
        let last = first;
        for (; first < this.starts.length; first++) {
            const start = this.starts[first];
            const end = this.ends[first];
            if (this.isBlank(first)) {
                if (end - start > indent)
                    throw OUTSIDE;
                lines.push("");
                continue;
            }
            const spaces = this.leadingSpaces(first);
            if (spaces < indent) {
                if (spaces > parentIndent)
                    throw OUTSIDE;
                break;
            }
            lines.push(this.source.slice(start + indent, end));
            last = first;
        }
        lines.length = last - line;
        const lastEnd = this.ends[last];
        return [
            { kind: "scalar", start: at, end: lastEnd < this.source.length ? lastEnd + 1 : lastEnd, value: lines.join("\n") + keep },
            last + 1,
        ];
    }
    isBlank(line) {
        return /^ *$/.test(this.source.slice(this.starts[line], this.ends[line]));
    }
    leadingSpaces(line) {
        const start = this.starts[line];
        let i = start;
        while (this.source.charCodeAt(i) === 32)
            i++;
        return i - start;
    }
}
/** Trailing spaces only: YAML trims no other white space (a no-break space stays part of the value). */
function trimSpaces(text) {
    let end = text.length;
    while (end > 0 && text.charCodeAt(end - 1) === 32)
        end--;
    return text.slice(0, end);
}
/** What `yaml`'s nodes give for `path`: a scalar's range, a collection's start, or a key's range. */
function locate(root, path, atKey) {
    let node = root;
    let key;
    for (const segment of path) {
        if (node.kind === "map") {
            const entry = node.keys.get(String(segment));
            if (!entry)
                return undefined;
            key = { start: entry.start, end: entry.start + String(segment).length };
            node = entry.value;
        }
        else if (node.kind === "seq" && typeof segment === "number") {
            const item = node.items[segment];
            if (!item)
                return undefined;
            key = undefined;
            node = item;
        }
        else {
            return undefined;
        }
    }
    if (atKey && key)
        return key;
    return node.kind === "scalar" ? { start: node.start, end: node.end } : { start: node.start, end: node.start };
}

;// CONCATENATED MODULE: ./src/load/safe-yaml.ts


/** Keys that could reach an object's prototype if any code ever merged this data into an object. */
const safe_yaml_RESERVED_KEYS = new Set(["__proto__", "constructor", "prototype"]);
/**
 * Parses YAML as data only: YAML 1.2 core schema (no custom tags, no timestamps, no merge keys),
 * duplicate keys are errors, alias expansion is bounded, prototype keys are rejected and every
 * object has a null prototype.
 */
function parseYamlSafe(source, options = {}) {
    return parsePlainYaml(source) ?? parseWithYaml(source, options);
}
/** The same as parseYamlSafe, always through the `yaml` library (the plain-subset reader's reference). */
function parseWithYaml(source, options = {}) {
    const maxAliasCount = options.maxAliasCount ?? 50;
    const doc = (0,dist/* parseDocument */.Tp)(source, {
        version: "1.2",
        schema: "core",
        merge: false,
        uniqueKeys: true,
        prettyErrors: false,
        strict: true,
        stringKeys: false,
    });
    const problems = [];
    for (const error of [...doc.errors, ...doc.warnings]) {
        problems.push({ message: yamlMessage(error.code, error.message), start: error.pos[0], end: error.pos[1] });
    }
    // One walk checks the keys and builds the value; a document with an alias (rare in posts) takes
    // yaml's own conversion, which bounds the expansions.
    const walk = { problems, source, sawAlias: false };
    const built = toData(doc.contents, walk);
    // Syntax and key problems are found in two passes; report them in file order.
    problems.sort((x, y) => x.start - y.start);
    let value;
    if (problems.length === 0 && !walk.sawAlias)
        value = built;
    else if (problems.length === 0) {
        try {
            value = toNullPrototype(doc.toJS({ maxAliasCount }));
        }
        catch (error) {
            const text = error instanceof Error ? error.message : String(error);
            const isBomb = /alias count/i.test(text);
            problems.push({
                message: isBomb
                    ? `too many alias expansions (more than ${maxAliasCount}): YAML aliases are limited to keep files safe to load`
                    : `could not read the YAML: ${text}`,
                // Point at the first alias: the whole document is no help to find the cause.
                start: isBomb ? firstAliasStart(doc) : 0,
            });
        }
    }
    return {
        value,
        problems,
        locate(path, key = false) {
            const found = findNode(doc, doc.contents, path);
            if (!found)
                return undefined;
            const node = key && found.key ? found.key : found.value;
            const range = node?.range;
            if (!range)
                return undefined;
            // A whole mapping or list is pointed at by its start: a span over many lines helps nobody.
            return (0,dist/* isMap */.jh)(node) || (0,dist/* isSeq */.oP)(node) ? { start: range[0], end: range[0] } : { start: range[0], end: range[1] };
        },
    };
}
function yamlMessage(code, message) {
    switch (code) {
        case "DUPLICATE_KEY":
            return "duplicate key: each key may appear once in a mapping";
        case "TAG_RESOLVE_FAILED":
            return `${message.replace(/\.$/, "")}: custom YAML tags are not allowed; expected plain data`;
        default:
            return `invalid YAML: ${message.replace(/ at line \d+, column \d+.*$/s, "")}`;
    }
}
/**
 * Checks the keys and swallowed hashtags of `node` and returns its data: the value `doc.toJS()` would
 * give, with null-prototype objects (a later duplicate of a key as text, like `1` and `"1"`, wins in
 * the first one's place). Aliases are only noted (`walk.sawAlias`): their value is left undefined.
 */
function toData(node, walk) {
    if (!node)
        return null;
    if ((0,dist/* isScalar */.jn)(node)) {
        checkSwallowedHashtag(node, walk.problems, walk.source);
        return typeof node.value === "bigint" ? Number(node.value) : node.value;
    }
    if ((0,dist/* isMap */.jh)(node)) {
        const out = Object.create(null);
        for (const pair of node.items) {
            const key = pair.key;
            if (key && !(0,dist/* isScalar */.jn)(key)) {
                walk.problems.push({ message: "complex mapping keys are not allowed; expected a plain key", start: rangeOf(key)[0] });
            }
            else if (key && safe_yaml_RESERVED_KEYS.has(String(key.value))) {
                const [start, end] = rangeOf(key);
                walk.problems.push({ message: `key "${String(key.value)}" is not allowed: it is reserved`, start, end });
            }
            const value = toData(pair.value, walk);
            if (!key)
                out[""] = value;
            else if ((0,dist/* isScalar */.jn)(key))
                out[key.value === null ? "" : String(key.value)] = value;
        }
        return out;
    }
    if ((0,dist/* isSeq */.oP)(node)) {
        const out = [];
        for (const item of node.items)
            out.push(toData(item, walk));
        return out;
    }
    if ((0,dist/* isAlias */.Vj)(node))
        walk.sawAlias = true;
    return undefined;
}
function firstAliasStart(doc) {
    let start = 0;
    (0,dist/* visit */.YR)(doc, {
        Alias(_key, node) {
            start = node.range?.[0] ?? 0;
            return dist/* visit */.YR.BREAK;
        },
    });
    return start;
}
/**
 * In YAML, " #" starts a comment, so `variant: Big news #WinterSale` silently drops the hashtag.
 * A comment glued to its first word after an unquoted value is almost always such text: refuse it
 * rather than publish less than was written. ("value # a note" stays an ordinary comment.)
 */
function checkSwallowedHashtag(node, problems, source) {
    if (!(0,dist/* isScalar */.jn)(node) || node.type !== "PLAIN" || !node.comment || !/^\S/.test(node.comment) || !node.range)
        return;
    const hash = source.indexOf("#", node.range[1]);
    if (hash === -1 || hash >= node.range[2])
        return;
    problems.push({
        message: `the text from "#${node.comment.split(/\s/)[0]}" on is read as a YAML comment and dropped; quote the value or use a block scalar (|) to keep it`,
        start: hash,
        end: node.range[2],
    });
}
function rangeOf(node) {
    const range = node.range;
    return range ? [range[0], range[1]] : [0, 0];
}
function findNode(doc, root, path) {
    let current = root;
    let key;
    for (const segment of path) {
        current = resolveAlias(doc, current);
        if (!current)
            return undefined;
        if ((0,dist/* isMap */.jh)(current)) {
            const pair = current.items.find((item) => (0,dist/* isPair */.tO)(item) && (0,dist/* isScalar */.jn)(item.key) && String(item.key.value) === String(segment));
            if (!pair)
                return undefined;
            key = pair.key;
            current = pair.value;
            // A key with no value ("channels:") has no value node: point at the key.
            if (!current)
                return { key, value: key };
        }
        else if ((0,dist/* isSeq */.oP)(current) && typeof segment === "number") {
            const item = current.items[segment];
            if (!item)
                return undefined;
            key = undefined;
            current = item;
        }
        else {
            return undefined;
        }
    }
    return key ? { key, value: current } : { value: current };
}
function resolveAlias(doc, node) {
    if (node && (0,dist/* isAlias */.Vj)(node))
        return node.resolve(doc) ?? null;
    return node;
}
/** Deep copy into objects with no prototype, so a key can never shadow or reach Object.prototype. */
function toNullPrototype(value) {
    if (Array.isArray(value))
        return value.map(toNullPrototype);
    if (value && typeof value === "object") {
        const out = Object.create(null);
        for (const [k, v] of Object.entries(value))
            out[k] = toNullPrototype(v);
        return out;
    }
    return value;
}

;// CONCATENATED MODULE: ./src/load/located-yaml.ts


function parseLocatedYaml(text, yamlSource, offset, lines = new line_index/* LineIndex */.r(text)) {
    const yaml = parseYamlSafe(yamlSource);
    const spanOf = (path, atKey = false) => {
        // Missing values (a required key) point at the nearest existing parent.
        for (let n = path.length; n >= 0; n--) {
            const range = yaml.locate(path.slice(0, n), n === path.length ? atKey : true);
            if (range)
                return lines.span(offset + range.start, offset + range.end);
        }
        return lines.span(offset);
    };
    return {
        yaml,
        lines,
        offset,
        spanOf,
        problems: (ruleId) => yaml.problems.map((p) => ({
            ruleId,
            severity: "error",
            ...lines.span(offset + p.start, p.end === undefined ? undefined : offset + p.end),
            message: p.message,
        })),
    };
}


/***/ }),

/***/ 73768:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ toPosix)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);

/** A path with forward slashes, as the config's globs, GitHub and every report spell it, whatever the platform. */
function toPosix(p) {
    return p.split((node_path__WEBPACK_IMPORTED_MODULE_0___default().sep)).join("/");
}


/***/ }),

/***/ 82360:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gu: () => (/* binding */ readTextFile),
/* harmony export */   g7: () => (/* binding */ decodeText)
/* harmony export */ });
/* unused harmony exports readTextFileSync, normalizeNewlines */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);

const decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });
/**
 * Reads a text file defensively: a size limit (the file's size is asked first, so a huge file costs
 * nothing), no NUL bytes, strict UTF-8. Strips a BOM and turns CRLF/CR into LF; line and column numbers
 * are unchanged by that. Reads synchronously: for thousands of small posts, promise-based file handles
 * and a zeroed limit-sized buffer per file cost more than the checks (about 0.35 s per 2,000 posts).
 */
async function readTextFile(file, maxBytes) {
    return readTextFileSync(file, maxBytes);
}
function readTextFileSync(file, maxBytes) {
    const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(file, "r");
    try {
        // Read one byte past the limit (or past the size reported, should the file grow meanwhile).
        const want = Math.min((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync)(fd).size, maxBytes) + 1;
        const buffer = Buffer.allocUnsafe(want);
        let filled = 0;
        for (let n = -1; n !== 0 && filled < want; filled += n)
            n = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, buffer, filled, want - filled, filled);
        return decodeText(buffer.subarray(0, filled), maxBytes);
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
}
function decodeText(bytes, maxBytes) {
    if (bytes.length > maxBytes) {
        return fail(`file is larger than the limit of ${formatBytes(maxBytes)}; expected a short text file`, 1, 1);
    }
    const nul = bytes.indexOf(0);
    if (nul !== -1)
        return failAtByte(bytes, nul, "file contains a NUL byte: it looks binary; expected UTF-8 text");
    let text;
    try {
        text = decoder.decode(bytes);
    }
    catch {
        return failAtByte(bytes, firstInvalidUtf8(bytes), "invalid UTF-8 byte sequence; expected UTF-8 text");
    }
    return { ok: true, text: normalizeNewlines(text) };
}
/** TextDecoder (ignoreBOM: false) already drops a leading BOM; this handles CRLF and lone CR. */
function normalizeNewlines(text) {
    const noBom = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    return noBom.includes("\r") ? noBom.replace(/\r\n?/g, "\n") : noBom;
}
function fail(message, line, column) {
    return { ok: false, problem: { message, line, column } };
}
function failAtByte(bytes, index, message) {
    let line = 1;
    let lineStart = 0;
    for (let i = 0; i < index; i++) {
        if (bytes[i] === 0x0a) {
            line++;
            lineStart = i + 1;
        }
    }
    // Column in characters of the valid prefix of the line (best effort for the bytes before the bad one).
    const prefix = new TextDecoder("utf-8").decode(bytes.subarray(lineStart, index));
    return fail(message, line, prefix.length + 1);
}
function firstInvalidUtf8(bytes) {
    let i = 0;
    while (i < bytes.length) {
        const b = bytes[i];
        const need = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
        if (need < 0)
            return i;
        for (let k = 1; k <= need; k++) {
            const c = bytes[i + k];
            if (c === undefined || (c & 0xc0) !== 0x80)
                return i;
        }
        i += need + 1;
    }
    return Math.max(0, bytes.length - 1);
}
function formatBytes(n) {
    return n % 1024 === 0 ? `${n / 1024} KiB` : `${n} bytes`;
}


/***/ }),

/***/ 63322:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MB: () => (/* binding */ MB),
/* harmony export */   T: () => (/* binding */ VIDEO_EXTS),
/* harmony export */   z: () => (/* binding */ images)
/* harmony export */ });
/** Extensions of video files, which channels with `video: "alone"` take one at a time, without images. */
const VIDEO_EXTS = new Set(["mp4", "mov", "m4v"]);
/** A binary megabyte: Mastodon and Discord state these (Mastodon's 16.megabytes is 16,777,216 bytes); Bluesky decimal ones. */
const MB = 1024 * 1024;
/** The same largest size for each image extension. */
const images = (bytes, ...exts) => Object.fromEntries(exts.map((e) => [e, bytes]));


/***/ }),

/***/ 92403:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EM: () => (/* binding */ resolveMediaPath),
/* harmony export */   hP: () => (/* binding */ inspectMediaFile),
/* harmony export */   je: () => (/* binding */ extensionOf)
/* harmony export */ });
/* unused harmony exports diskLookup, linkIn */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _load_paths_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(73768);
/* harmony import */ var _media_type_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(72453);




/** A post's media path resolved inside the content root, or why it cannot be. */
function resolveMediaPath(root, postFile, file) {
    if (node_path__WEBPACK_IMPORTED_MODULE_1___default().isAbsolute(file) || node_path__WEBPACK_IMPORTED_MODULE_1___default().win32.isAbsolute(file)) {
        return { ok: false, problem: "is an absolute path; expected a path inside the content repository (e.g. media/acme/tent.png)" };
    }
    const relativeToPost = file.startsWith("./") || file.startsWith("../");
    const absolute = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(relativeToPost ? node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(postFile) : root, file);
    if (isOutside(root, absolute))
        return { ok: false, problem: "leaves the content repository; expected a path inside it" };
    return { ok: true, absolute };
}
const realRoots = new Map();
/**
 * Finds a post's media file on disk, inside the content root only: `./` and `../` paths are relative to
 * the post, others to the root. Absolute paths, `..` leaving the root and symlinks are refused, so a post can
 * never publish a file from outside the repository, nor one that changes behind its client's back.
 */
function inspectMediaFile(root, postFile, file, lookup = diskLookup(root)) {
    const resolved = resolveMediaPath(root, postFile, file);
    if (!resolved.ok)
        return resolved;
    const { absolute } = resolved;
    const found = lookup(absolute);
    switch (found.kind) {
        case "missing": {
            const shown = (0,_load_paths_js__WEBPACK_IMPORTED_MODULE_2__/* .toPosix */ .d)(node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(root, absolute));
            return { ok: false, problem: `not found (looked for ${shown} in the content repository)` };
        }
        case "not-a-file":
            return { ok: false, problem: "is not a file" };
        case "symlink":
            return {
                ok: false,
                problem: "is a symlink; commit the file itself (a link can point at a file that changes without this client's approval)",
            };
        default: {
            const ext = extensionOf(absolute);
            return { ok: true, absolute, size: found.size, ext, ...(found.head ? { head: found.head.subarray(0, _media_type_js__WEBPACK_IMPORTED_MODULE_3__/* .HEAD_BYTES */ .Lq) } : {}) };
        }
    }
}
/** The media file on disk; a symlink (or a file under a symlinked folder) is refused. */
function diskLookup(root) {
    return (absolute) => {
        const stat = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(absolute, { throwIfNoEntry: false });
        if (!stat)
            return { kind: "missing" };
        if (linkIn(root, absolute) !== undefined)
            return { kind: "symlink" };
        if (!stat.isFile())
            return { kind: "not-a-file" };
        return { kind: "file", size: stat.size, head: readHead(absolute) };
    };
}
/**
 * Where a file under `root` is really, when it is a symlink or reached through a symlinked folder (else undefined):
 * a link's target can change without the approval of the client whose file the link is.
 */
function linkIn(root, absolute) {
    const stat = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(absolute, { throwIfNoEntry: false });
    if (stat?.isSymbolicLink())
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readlinkSync)(absolute);
    if (!stat)
        return undefined;
    const real = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(absolute);
    const expected = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(realRoot(root), node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(root, absolute));
    return real === expected ? undefined : (0,_load_paths_js__WEBPACK_IMPORTED_MODULE_2__/* .toPosix */ .d)(real);
}
/** The first HEAD_BYTES of a file: only what the content check needs, however large the video. */
function readHead(absolute) {
    const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(absolute, "r");
    try {
        const head = Buffer.alloc(_media_type_js__WEBPACK_IMPORTED_MODULE_3__/* .HEAD_BYTES */ .Lq);
        return head.subarray(0, (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, head, 0, _media_type_js__WEBPACK_IMPORTED_MODULE_3__/* .HEAD_BYTES */ .Lq, 0));
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
}
function isOutside(root, target) {
    const rel = node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(root, target);
    return rel === "" || rel.startsWith("..") || node_path__WEBPACK_IMPORTED_MODULE_1___default().isAbsolute(rel);
}
function realRoot(root) {
    let real = realRoots.get(root);
    if (!real) {
        real = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(root);
        realRoots.set(root, real);
    }
    return real;
}
/** A file's extension, lower case, without the dot: "" for none (and for a dotfile such as ".png"). */
function extensionOf(file) {
    return node_path__WEBPACK_IMPORTED_MODULE_1___default().extname(file).slice(1).toLowerCase();
}


/***/ }),

/***/ 72453:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Lq: () => (/* binding */ HEAD_BYTES),
/* harmony export */   NS: () => (/* binding */ isLfsPointer),
/* harmony export */   Z$: () => (/* binding */ MIME_TYPES),
/* harmony export */   qx: () => (/* binding */ contentMismatch)
/* harmony export */ });
/* unused harmony export detectContentType */
/** How many leading bytes the content check needs: enough for every signature below (WebP's is at 8–11, ftyp brands at 8–11). */
const HEAD_BYTES = 32;
const ascii = (head, at, text) => {
    if (head.length < at + text.length)
        return false;
    for (let i = 0; i < text.length; i++)
        if (head[at + i] !== text.charCodeAt(i))
            return false;
    return true;
};
const bytes = (head, at, ...values) => values.every((v, i) => head[at + i] === v);
// ISO base media (ftyp) brands that are still images rather than video (HEIF/HEIC and AVIF share MP4's container).
const HEIF_BRANDS = new Set(["heic", "heix", "hevc", "hevx", "heim", "heis", "hevm", "hevs", "mif1", "msf1"]);
const AVIF_BRANDS = new Set(["avif", "avis"]);
// Old QuickTime files may start with one of these atoms instead of ftyp.
const QUICKTIME_ATOMS = ["moov", "mdat", "wide", "free", "skip", "pnot"];
// MP4, M4V and QuickTime are one family: the platforms that take video take either, so telling them apart would only produce false alarms.
const VIDEO = { label: "an MP4/QuickTime video", exts: ["mp4", "m4v", "mov"] };
const SIGNATURES = [
    { test: (h) => bytes(h, 0, 0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a), type: { label: "a PNG image", exts: ["png"] } },
    { test: (h) => bytes(h, 0, 0xff, 0xd8, 0xff), type: { label: "a JPEG image", exts: ["jpg", "jpeg"] } },
    { test: (h) => ascii(h, 0, "GIF87a") || ascii(h, 0, "GIF89a"), type: { label: "a GIF image", exts: ["gif"] } },
    { test: (h) => ascii(h, 0, "RIFF") && ascii(h, 8, "WEBP"), type: { label: "a WebP image", exts: ["webp"] } },
    // "BM" alone would catch text that starts with those letters: the header's reserved bytes 6–9 are zero.
    { test: (h) => ascii(h, 0, "BM") && bytes(h, 6, 0, 0, 0, 0), type: { label: "a BMP image", exts: ["bmp"] } },
    {
        test: (h) => bytes(h, 0, 0x49, 0x49, 0x2a, 0x00) || bytes(h, 0, 0x4d, 0x4d, 0x00, 0x2a),
        type: { label: "a TIFF image", exts: ["tif", "tiff"] },
    },
    { test: (h) => ascii(h, 4, "ftyp") && HEIF_BRANDS.has(brand(h)), type: { label: "a HEIC/HEIF image", exts: ["heic", "heif"] } },
    { test: (h) => ascii(h, 4, "ftyp") && AVIF_BRANDS.has(brand(h)), type: { label: "an AVIF image", exts: ["avif"] } },
    // A box starts with its big-endian size: a first byte under 0x20 keeps text such as "the wide tent" out.
    { test: (h) => ascii(h, 4, "ftyp") || ((h[0] ?? 0xff) < 0x20 && QUICKTIME_ATOMS.some((atom) => ascii(h, 4, atom))), type: VIDEO },
    { test: (h) => bytes(h, 0, 0x1a, 0x45, 0xdf, 0xa3), type: { label: "a WebM/Matroska video", exts: ["webm", "mkv"] } },
    { test: (h) => ascii(h, 0, "%PDF-"), type: { label: "a PDF document", exts: ["pdf"] } },
    { test: (h) => bytes(h, 0, 0x50, 0x4b, 0x03, 0x04), type: { label: "a ZIP archive", exts: ["zip"] } },
];
function brand(head) {
    return String.fromCharCode(...head.subarray(8, 12));
}
/** Extensions whose content the check can vouch for: a mismatch is reported only for these. */
const CHECKED_EXTS = new Set(SIGNATURES.flatMap((s) => s.type.exts));
/**
 * A Git LFS pointer: the small text file git holds in place of a large one (what the contents API returns, and
 * what a checkout without `git lfs pull` has on disk). Its content and size are not the media's.
 */
function isLfsPointer(head) {
    return ascii(head, 0, "version https://git-lfs.");
}
/**
 * What the first bytes of a file say it is. Text (printable ASCII or UTF-8, tabs and newlines) is
 * recognised too, since a text file renamed to .png is the usual mistake; anything else is "unknown".
 */
function detectContentType(head) {
    if (head.length === 0)
        return { label: "empty", exts: [] };
    for (const { test, type } of SIGNATURES)
        if (test(head))
            return type;
    if (looksLikeText(head))
        return { label: "text", exts: ["txt", "md", "svg"] };
    return undefined;
}
/**
 * Why a file's content does not match its extension, or undefined when it does (or when the
 * extension is one the check has no signature for: a refused type is the type check's finding).
 */
function contentMismatch(ext, head) {
    if (!CHECKED_EXTS.has(ext))
        return undefined;
    const expected = SIGNATURES.find((s) => s.type.exts.includes(ext))?.type.label ?? ext;
    const found = detectContentType(head.subarray(0, HEAD_BYTES));
    if (found?.exts.includes(ext))
        return undefined;
    if (found?.label === "empty")
        return `is empty; expected ${expected}`;
    const what = found ? `is ${found.label}` : `does not start like any known media file (first bytes ${hex(head.subarray(0, 8))})`;
    return `${what}, but its .${ext} extension says ${expected}; export it again in that format, or name it for what it is`;
}
function looksLikeText(head) {
    // A multi-byte UTF-8 character may be cut at the end of the head: decode what is whole.
    let text;
    try {
        text = new TextDecoder("utf-8", { fatal: true }).decode(trimPartialUtf8(head));
    }
    catch {
        return false;
    }
    return !/[\u0000-\u0008\u000b\u000e-\u001f\u007f]/u.test(text);
}
function trimPartialUtf8(head) {
    let end = head.length;
    // Step back over up to 3 continuation bytes and the lead byte they belong to, if that sequence is incomplete.
    for (let back = 1; back <= 4 && end - back >= 0; back++) {
        const byte = head[end - back];
        if ((byte & 0xc0) === 0x80)
            continue;
        const needed = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
        if (needed > back)
            end -= back;
        break;
    }
    return head.subarray(0, end);
}
const hex = (head) => [...head].map((b) => b.toString(16).padStart(2, "0")).join(" ");
/** The MIME type of each extension checkpost publishes (and the preview embeds), by lower-case extension. */
const MIME_TYPES = {
    png: "image/png",
    jpg: "image/jpeg",
    jpeg: "image/jpeg",
    gif: "image/gif",
    webp: "image/webp",
    mp4: "video/mp4",
    mov: "video/quicktime",
    m4v: "video/x-m4v",
};


/***/ }),

/***/ 75025:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ memoized)
/* harmony export */ });
/**
 * A value derived from `owner`, computed once and kept on the owner itself, under a symbol of the caller's.
 *
 * Why not a WeakMap keyed by the owner: V8's young-generation collector keeps a WeakMap's entries alive, so
 * per-post data cached in one (a post's tokens, sentences, rendered texts) outlived its post through every
 * minor collection and was copied into the old generation, to be freed only by a full collection. Kept on the
 * post, it dies with the post. On the 2,000-post benchmark this was most of the garbage collector's time.
 */
function memoized(owner, slot, compute) {
    const holder = owner;
    let value = holder[slot];
    if (value === undefined) {
        value = compute(owner);
        holder[slot] = value;
    }
    return value;
}


/***/ }),

/***/ 58095:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  yd: () => (/* binding */ POST_MAX_BYTES),
  d2: () => (/* binding */ parsePostBytes)
});

// UNUSED EXPORTS: parsePost, readPost

;// CONCATENATED MODULE: ./src/load/front-matter.ts
const OPENER = /^---([^\n]*)(?:\n|$)/;
const CLOSER = /\n---[ \t]*(?:\n|$)/;
function splitFrontMatter(text) {
    const opener = OPENER.exec(text);
    if (!opener) {
        return {
            ok: false,
            message: 'expected YAML front-matter: the file must start with a line "---", the YAML, then a line "---"',
            offset: 0,
        };
    }
    const language = (opener[1] ?? "").trim();
    if (language !== "" && !/^ya?ml$/i.test(language)) {
        return {
            ok: false,
            message: `front-matter language "${language}" is not allowed: front-matter is YAML data, never code; expected "---" alone on the first line`,
            offset: 3,
            endOffset: 3 + (opener[1] ?? "").length,
        };
    }
    // The YAML starts at the newline that ends the opener line (whatever spaces or "yaml" stand after
    // "---") and runs to the first closing line: one regex decides both the check and the split.
    const yamlOffset = 3 + (opener[1] ?? "").length;
    const closer = CLOSER.exec(text.slice(yamlOffset));
    if (!closer) {
        return { ok: false, message: 'front-matter is never closed: expected a line "---" after the YAML', offset: 0, endOffset: 3 };
    }
    const yaml = text.slice(yamlOffset, yamlOffset + closer.index);
    const bodyOffset = yamlOffset + closer.index + closer[0].length;
    return { ok: true, split: { yaml, yamlOffset, body: text.slice(bodyOffset), bodyOffset } };
}

// EXTERNAL MODULE: ./src/load/line-index.ts
var line_index = __webpack_require__(84813);
// EXTERNAL MODULE: ./src/load/located-yaml.ts + 2 modules
var located_yaml = __webpack_require__(70242);
// EXTERNAL MODULE: ./src/load/read-text.ts
var read_text = __webpack_require__(82360);
// EXTERNAL MODULE: ./src/schema/validators.ts + 2 modules
var validators = __webpack_require__(54198);
;// CONCATENATED MODULE: ./src/post/parsed-post.ts





const POST_MAX_BYTES = 256 * 1024;
const at = (span, message, suggestions) => ({
    ruleId: "schema",
    severity: "error",
    ...span,
    message,
    ...(suggestions?.length ? { suggestions } : {}),
});
/** A post fetched as bytes (the Action reads posts through the API): the same defensive decoding as from disk. */
function parsePostBytes(file, relPath, bytes) {
    const decoded = (0,read_text/* decodeText */.g7)(bytes, POST_MAX_BYTES);
    if (!decoded.ok)
        return { messages: [at({ line: decoded.problem.line, column: decoded.problem.column }, decoded.problem.message)] };
    return parsePost(file, relPath, decoded.text);
}
async function readPost(file, relPath) {
    const read = await readTextFile(file, POST_MAX_BYTES).catch((error) => ({
        ok: false,
        problem: {
            message: `cannot read the file: ${error.code === "ENOENT" ? "not found" : (error.code ?? "unreadable")}`,
            line: 1,
            column: 1,
        },
    }));
    if (!read.ok)
        return { messages: [at({ line: read.problem.line, column: read.problem.column }, read.problem.message)] };
    return parsePost(file, relPath, read.text);
}
function parsePost(file, relPath, text) {
    const lines = new line_index/* LineIndex */.r(text);
    const spanAt = (start, end) => lines.span(start, end);
    const split = splitFrontMatter(text);
    if (!split.ok) {
        return { messages: [at(spanAt(split.offset, split.endOffset), split.message)] };
    }
    const { yaml, yamlOffset, body, bodyOffset } = split.split;
    const frontMatter = (0,located_yaml/* parseLocatedYaml */.v)(text, yaml, yamlOffset, lines);
    const post = {
        file,
        relPath,
        text,
        lines,
        data: undefined,
        frontMatter,
        body,
        bodyOffset,
        spanOf: frontMatter.spanOf,
        spanAt,
    };
    const messages = frontMatter.problems("schema");
    if (messages.length)
        return { post, messages };
    const value = frontMatter.yaml.value;
    if (value === null || value === undefined) {
        return { post, messages: [at(spanAt(0, 3), 'the front-matter is empty; expected at least "client" and "channels"')] };
    }
    for (const issue of (0,validators/* validatePostFrontMatter */.Z)(value)) {
        messages.push(at(frontMatter.spanOf(issue.path, issue.atKey), issue.message, issue.suggestions));
    }
    if (messages.length === 0)
        post.data = value;
    return { post, messages };
}


/***/ }),

/***/ 80710:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  be: () => (/* binding */ channelText),
  jv: () => (/* binding */ proseOf),
  v2: () => (/* binding */ publishedSegments),
  U6: () => (/* binding */ segmentSpan)
});

// UNUSED EXPORTS: segmentsOf, textSegments

// EXTERNAL MODULE: ./src/memo.ts
var memo = __webpack_require__(75025);
// EXTERNAL MODULE: ./src/text/tokens.ts
var tokens = __webpack_require__(97837);
;// CONCATENATED MODULE: ./src/text/channel-text.ts

/** A fenced code block (CommonMark: a backtick fence's info has no backtick; an unclosed fence runs to the end). */
const FENCED = /^ {0,3}(`{3,}(?=[^`\n]*$)|~{3,})[^\n]*\n?([\s\S]*?)(?:^ {0,3}\1[`~]*[ \t]*$|(?![\s\S]))/gm;
/**
 * The text a channel publishes, from the post's Markdown (body or variant).
 *
 * Social platforms take plain text, so the Markdown is flattened the same way everywhere
 * (length check, PR preview, publishers):
 * - HTML comments (checkpost suppressions, notes to reviewers) are removed;
 * - fenced code blocks lose their fences; the code inside is kept exactly as written;
 * - `[text](url)` becomes `text (url)`, or just `url` when the text is the URL; `<url>` becomes `url`;
 * - images `![alt](file)` are removed: media are attached through `media`, not inline;
 * - emphasis markers (`**`, `__`, `*`, `_`, `~~`) and inline-code backticks are removed, their text kept;
 *   a `_` inside a word (snake_case) is kept;
 * - ATX heading markers (`# ` with a space; `#hashtag` is not a heading) and block-quote `> ` are removed;
 * - backslash escapes (`\*`) become the character;
 * - trailing spaces are trimmed, runs of blank lines become one blank line, and the text is trimmed.
 * Lists, line breaks and hashtags are kept as written: they read well as plain text.
 *
 * The reference for these rules is remark's CommonMark reading, `markdownChannelText` (test/text/markdown-text.ts):
 * a test runs both on every example post and the bench corpus and pins where they part on purpose. This
 * flattener stays because it is about 40 times faster (some 25 µs a post against 1 ms), and the checks run it
 * on every post.
 */
function renderChannelText(markdown) {
    // Each step runs only on text holding a character its pattern needs: most posts have no Markdown syntax at all.
    // The steps a regular expression would run in quadratic time on some 250 KB post (it tries every opening
    // marker against the rest of the text) are small scanners with the same result; the others stay patterns.
    let text = markdown.includes("\r") ? markdown.replace(/\r\n?/g, "\n") : markdown;
    if (text.includes("<!--"))
        text = (0,tokens/* replaceComments */.Tl)(text, () => "");
    // Code is set aside so that no later step touches it, and put back at the end without its fences.
    const code = [];
    if (text.includes("```") || text.includes("~~~")) {
        text = text.replace(FENCED, (_m, _fence, body) => `\u0000${code.push(body.replace(/\n$/, "")) - 1}\u0000`);
    }
    if (text.includes("]("))
        text = flattenLinks(removeImages(text));
    if (text.includes("<http"))
        text = unwrapAutolinks(text);
    if (text.includes("`"))
        text = text.replace(/`([^`\n]*)`/g, "$1");
    if (text.includes("**") || text.includes("__") || text.includes("~~"))
        text = removeDoubleEmphasis(text);
    if (text.includes("*"))
        text = text.replace(/(?<![\p{L}\p{N}\\*])\*(?=\S)([^*\n]*?\S)\*(?![\p{L}\p{N}*])/gu, "$1");
    if (text.includes("_"))
        text = text.replace(/(?<![\p{L}\p{N}\\_])_(?=\S)([^_\n]*?\S)_(?![\p{L}\p{N}_])/gu, "$1");
    if (text.includes("#"))
        text = text.replace(/^ {0,3}#{1,6}[ \t]+/gm, "");
    if (text.includes(">"))
        text = text.replace(/^ {0,3}> ?/gm, "");
    if (text.includes("\\"))
        text = text.replace(/\\([!"#$%&'()*+,\-./:;<=>?@[\\\]^_`{|}~])/g, "$1");
    if (code.length > 0)
        text = text.replace(/\u0000(\d+)\u0000/g, (_m, i) => code[Number(i)] ?? "");
    text = trimLineEnds(text);
    return (text.includes("\n\n\n") ? text.replace(/\n{3,}/g, "\n\n") : text).trim();
}
const SPACE = /\s/;
/** Whether a character is one `\s` matches; false past the end of the text. */
const isSpace = (c) => c !== undefined && SPACE.test(c);
/**
 * The first index at or after `from` whose character `isStop` accepts (the text's length when none), for
 * `from` that never decrease: an answer is reused while it lies ahead, so many starts before one far stop
 * cost one scan, not one each.
 */
function stopFinder(text, isStop) {
    let askedFrom = Number.POSITIVE_INFINITY;
    let found = -1;
    return (from) => {
        if (askedFrom <= from && from <= found)
            return found;
        let i = from;
        while (i < text.length && !isStop(text[i]))
            i++;
        askedFrom = from;
        found = i;
        return i;
    };
}
/**
 * `text.replace(/!\[[^\]]*\]\([^)]*\)/g, "")`. Every "![" before the same "]" fails or matches alike, so a
 * failed one skips to that "]"; once no ")" follows, none can.
 */
function removeImages(text) {
    let out = "";
    let done = 0;
    let from = 0;
    for (let open = text.indexOf("![", from); open !== -1; open = text.indexOf("![", from)) {
        const close = text.indexOf("]", open + 2);
        if (close === -1)
            break;
        from = close + 1;
        if (text[close + 1] !== "(")
            continue;
        const end = text.indexOf(")", close + 2);
        if (end === -1)
            break;
        out += text.slice(done, open);
        done = end + 1;
        from = done;
    }
    return out + text.slice(done);
}
/**
 * `[text](url)` becomes `text (url)`, or just `url` when the text is the URL: the replacement of
 * /\[([^\]]+)\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g, found by hand. Every "[" before the same "]" shares
 * its fate; the URL runs to the first ")", space or ">", and what may follow it depends only on where it ends:
 * both are looked up once however many links share them.
 */
function flattenLinks(text) {
    const urlStop = stopFinder(text, (c) => c === ")" || c === ">" || isSpace(c));
    const tails = new Map();
    let out = "";
    let done = 0;
    let from = 0;
    for (let open = text.indexOf("[", from); open !== -1; open = text.indexOf("[", from)) {
        const close = text.indexOf("]", open + 1);
        if (close === -1)
            break;
        from = close + 1;
        if (close === open + 1 || text[close + 1] !== "(")
            continue;
        let start = close + 2;
        while (isSpace(text[start]))
            start++;
        // `<?`: a "<" before a URL character is skipped; otherwise it is the URL's first character.
        const urlStart = text[start] === "<" && urlStop(start + 1) > start + 1 ? start + 1 : start;
        const urlEnd = urlStop(urlStart);
        if (urlEnd === urlStart)
            continue;
        let end = tails.get(urlEnd);
        if (end === undefined) {
            end = linkEnd(text, urlEnd);
            tails.clear();
            tails.set(urlEnd, end);
        }
        if (end === -1)
            continue;
        const label = text.slice(open + 1, close);
        const url = text.slice(urlStart, urlEnd);
        out += text.slice(done, open) + (label.trim() === url ? url : `${label} (${url})`);
        done = end;
        from = end;
    }
    return out + text.slice(done);
}
/** Where `>?(?:\s+"[^"]*")?\s*\)` matched from a link's URL end ends, or -1. */
function linkEnd(text, urlEnd) {
    const j = text[urlEnd] === ">" ? urlEnd + 1 : urlEnd;
    let k = j;
    while (isSpace(text[k]))
        k++;
    if (k > j && text[k] === '"') {
        const quote = text.indexOf('"', k + 1);
        if (quote === -1)
            return -1;
        let m = quote + 1;
        while (isSpace(text[m]))
            m++;
        return text[m] === ")" ? m + 1 : -1;
    }
    return text[k] === ")" ? k + 1 : -1;
}
/** `text.replace(/<(https?:\/\/[^>\s]+)>/g, "$1")`, the end of each URL looked up once for all starts before it. */
function unwrapAutolinks(text) {
    const stop = stopFinder(text, (c) => c === ">" || isSpace(c));
    let out = "";
    let done = 0;
    for (let open = text.indexOf("<http", 0); open !== -1; open = text.indexOf("<http", Math.max(done, open + 1))) {
        const scheme = text.startsWith("s://", open + 5) ? 9 : text.startsWith("://", open + 5) ? 8 : 0;
        if (!scheme)
            continue;
        const end = stop(open + scheme);
        if (end === open + scheme || text[end] !== ">")
            continue;
        out += text.slice(done, open) + text.slice(open + 1, end);
        done = end + 1;
    }
    return out + text.slice(done);
}
const DOUBLE_MARKERS = ["**", "__", "~~"];
/**
 * `text.replace(/(\*\*|__|~~)(?=\S)([\s\S]*?\S)\1/g, "$2")`: a marker before a non-space, up to the nearest
 * same marker after a non-space. The pattern searched the rest of the text from every marker that has none
 * ("**a **a **a …"); here each marker's next closing place is looked up once for all the markers before it.
 */
function removeDoubleEmphasis(text) {
    const closers = new Map(DOUBLE_MARKERS.map((marker) => {
        let askedFrom = Number.POSITIVE_INFINITY;
        let found = -1;
        const next = (from) => {
            if (askedFrom <= from && (found === -1 || from <= found))
                return found;
            let at = text.indexOf(marker, from);
            while (at !== -1 && isSpace(text[at - 1]))
                at = text.indexOf(marker, at + 1);
            askedFrom = from;
            found = at;
            return at;
        };
        return [marker, next];
    }));
    let out = "";
    let done = 0;
    for (let p = 0; p + 2 < text.length; p++) {
        const c = text[p];
        if ((c !== "*" && c !== "_" && c !== "~") || text[p + 1] !== c || isSpace(text[p + 2]))
            continue;
        const close = closers.get(c + c)(p + 3);
        if (close === -1)
            continue;
        out += text.slice(done, p) + text.slice(p + 2, close);
        done = close + 2;
        p = done - 1;
    }
    return out + text.slice(done);
}
/** `text.replace(/[ \t]+$/gm, "")` without trying every space of a long run against the line's end. */
function trimLineEnds(text) {
    let out = "";
    let done = 0;
    for (let i = 0; i <= text.length; i++) {
        const c = text.charCodeAt(i);
        // The line terminators of a multiline `$` (\r is gone by now), and the end of the text.
        if (i < text.length && c !== 10 && c !== 0x2028 && c !== 0x2029)
            continue;
        let end = i;
        while (end > done && (text[end - 1] === " " || text[end - 1] === "\t"))
            end--;
        if (end < i) {
            out += text.slice(done, end);
            done = i;
        }
    }
    return done === 0 ? text : out + text.slice(done);
}

// EXTERNAL MODULE: ./src/text/prose.ts
var prose = __webpack_require__(75864);
;// CONCATENATED MODULE: ./src/text/segments.ts
/** The text a channel publishes: its variant, or the body. */
function channelSegment(segments, channel) {
    return segments.find((s) => s.kind === "variant" && s.channel === channel) ?? segments.find((s) => s.kind === "body");
}

;// CONCATENATED MODULE: ./src/post/post-segments.ts




const SEGMENTS = Symbol("text segments");
/** The post's text segments, computed once per post and shared by every rule that needs them. */
function segmentsOf(post) {
    return (0,memo/* memoized */.x)(post, SEGMENTS, textSegments);
}
/** The segments that get published: body, variants and alt texts (the title is internal). */
function publishedSegments(post) {
    return segmentsOf(post).filter((s) => s.kind !== "title");
}
const RENDERED = Symbol("rendered text");
/** The plain text a channel publishes: its variant, or the body, rendered from Markdown once per segment (channels share the body). */
function channelText(post, channelId) {
    const segment = channelSegment(segmentsOf(post), channelId);
    return { segment, text: (0,memo/* memoized */.x)(segment, RENDERED, (s) => renderChannelText(s.text)) };
}
const PROSE = Symbol("prose segments");
/** Every prose segment of a post, tokenized once per post however many rules ask. */
function proseOf(post) {
    return (0,memo/* memoized */.x)(post, PROSE, (p) => segmentsOf(p).map(prose/* tokenizeSegment */.Lh));
}
/** A span in the file for characters [start, end) of a segment. */
function segmentSpan(post, segment, start, end) {
    // The end maps from the last character: in a block scalar, offsetAt(end) may already sit on the next line.
    return post.spanAt(segment.offsetAt(start), end > start ? segment.offsetAt(end - 1) + 1 : segment.offsetAt(start));
}
/**
 * Every prose segment of a post, each able to map its characters back to the file,
 * so a finding inside a YAML block scalar points at the right line and column.
 */
function textSegments(post) {
    const segments = [{ kind: "body", text: post.body, offsetAt: (i) => post.bodyOffset + i }];
    const yamlSegment = (kind, path, text, extra = {}) => {
        const map = alignScalar(post, path, text);
        if (map)
            segments.push({ kind, path, text, offsetAt: (i) => map[Math.min(i, map.length - 1)], ...extra });
    };
    if (post.data.title)
        yamlSegment("title", ["title"], post.data.title);
    for (const [channel, text] of Object.entries(post.data.variants ?? {})) {
        if (typeof text === "string")
            yamlSegment("variant", ["variants", channel], text, { channel });
    }
    for (const [index, media] of (post.data.media ?? []).entries()) {
        if (media.alt)
            yamlSegment("alt", ["media", index, "alt"], media.alt, { mediaIndex: index });
    }
    return segments;
}
/**
 * Maps each character of a scalar's parsed value to its offset in the file. The value is the
 * source minus indentation, quotes, escapes and block headers, in order: a greedy walk that
 * matches each value character to the next equal source character recovers the mapping
 * (a folded line break in the value is a space in place of a source newline).
 */
function alignScalar(post, path, value) {
    const range = post.frontMatter?.yaml.locate(path);
    if (!range || !post.frontMatter)
        return undefined;
    const base = post.frontMatter.offset;
    let source = post.text.slice(base + range.start, base + range.end);
    let shift = base + range.start;
    if (/^[|>]/.test(source)) {
        const headerEnd = source.indexOf("\n");
        if (headerEnd !== -1) {
            shift += headerEnd + 1;
            source = source.slice(headerEnd + 1);
        }
    }
    const map = new Int32Array(value.length + 1);
    let j = 0;
    for (let i = 0; i < value.length; i++) {
        const ch = value[i];
        let k = j;
        while (k < source.length && source[k] !== ch && !(ch === " " && source[k] === "\n"))
            k++;
        if (k < source.length)
            j = k;
        map[i] = shift + Math.min(j, Math.max(0, source.length - 1));
        if (k < source.length)
            j++;
    }
    map[value.length] = shift + Math.min(j, source.length);
    return map;
}


/***/ }),

/***/ 16875:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  F: () => (/* binding */ reviewPullRequest)
});

// EXTERNAL MODULE: ./src/approval/gate.ts
var gate = __webpack_require__(9884);
;// CONCATENATED MODULE: ./src/approval/approval-status.ts

/** The commit status branch protection requires. */
const APPROVAL_CONTEXT = "checkpost/approval";
/**
 * Computes the gate for a pull request from the API: one GET /users per touched client's contact (contacts are
 * matched by id, or by their pinned contact_id), then the reviews, the commits and the timeline, all pages.
 */
async function computeApproval(api, pr, config, clientIds) {
    const ids = new Map();
    const contacts = [];
    for (const clientId of [...new Set(clientIds)].sort()) {
        const client = config.clients.get(clientId);
        if (!client)
            continue;
        const key = client.contact.toLowerCase();
        if (!ids.has(key))
            ids.set(key, await api.getUserId(client.contact));
        contacts.push({
            clientId,
            login: client.contact,
            userId: ids.get(key),
            ...(client.contactId === undefined ? {} : { pinnedId: client.contactId }),
        });
    }
    const reviews = await api.listReviews(pr.number);
    const commits = await api.listPullCommits(pr.number);
    const baseChangedAt = (await api.listBaseChanges(pr.number)).reduce((latest, at) => (latest === undefined || Date.parse(at) > Date.parse(latest) ? at : latest), undefined);
    return (0,gate/* evaluateGate */.DR)({
        headSha: pr.head.sha,
        author: pr.user,
        contacts,
        reviews,
        commits,
        ...(pr.commits === undefined ? {} : { commitCount: pr.commits }),
        ...(baseChangedAt === undefined ? {} : { baseChangedAt }),
    });
}

;// CONCATENATED MODULE: ./src/approval/config-change.ts
/**
 * The clients whose (base) contacts must approve a pull request that changes checkpost.yml, from the base and head
 * configs compared structurally (key order and formatting do not matter):
 * - every client whose entry changed or disappeared (contact, contact_id, channels and their accounts, instances or
 *   webhook details, folders, anything else in it): once publishing exists, a changed instance or webhook would
 *   send that client's secret elsewhere, and a changed contact would let someone else approve its posts;
 * - every client when anything outside `clients` changed (the `posts` globs, the dictionary, checks, publishing
 *   settings), or when the head has no valid config at all: those settings govern every client's posts.
 * A client the head adds has no base contact: the second pair of eyes covers it.
 */
function clientsForConfigChange(base, head) {
    const all = Object.keys(base.clients).sort();
    if (!head)
        return all;
    const { clients: baseClients, ...baseGlobal } = base;
    const { clients: headClients, ...headGlobal } = head;
    if (!sameValue(baseGlobal, headGlobal))
        return all;
    return all.filter((id) => !sameValue(baseClients[id], headClients[id]));
}
/** Structural equality of parsed YAML values: objects by their keys in any order, arrays in order. */
function sameValue(a, b) {
    if (a === b)
        return true;
    if (typeof a !== "object" || typeof b !== "object" || a === null || b === null)
        return false;
    if (Array.isArray(a) !== Array.isArray(b))
        return false;
    if (Array.isArray(a) && Array.isArray(b))
        return a.length === b.length && a.every((item, i) => sameValue(item, b[i]));
    const left = a;
    const right = b;
    // An absent key and one set to undefined are the same; YAML never yields undefined, so keys are compared as present.
    const keys = new Set([...Object.keys(left), ...Object.keys(right)]);
    for (const key of keys) {
        if (!(key in left) || !(key in right) || !sameValue(left[key], right[key]))
            return false;
    }
    return true;
}

;// CONCATENATED MODULE: ./src/approval/touched-clients.ts
/**
 * Every client whose contact must approve the pull request, sorted: the clients it touches at the head
 * (touchedClients) and those its changed posts belonged to at the base (clientsAtBase).
 */
async function clientsToApprove(config, touched, base) {
    const atHead = touchedClients(config, touched);
    const atBase = await clientsAtBase(base, config, [...touched.posts, ...touched.deleted]);
    return [...new Set([...atHead, ...atBase])].sort();
}
/**
 * The clients whose contacts must approve (besides those a post belonged to at the base): each changed
 * post's `client`, plus the client owning the folder of every changed file, post or not (moving a post
 * into another client's folder needs both; replacing an image in a client's folder needs that client).
 */
function touchedClients(config, touched) {
    const ids = new Set();
    for (const { client } of touched.posts) {
        if (client && config.clients.has(client))
            ids.add(client);
    }
    // Any file in a client's folders is the client's: a replaced image needs its approval like a changed post.
    for (const relPath of [...touched.posts.map((p) => p.relPath), ...touched.deleted.map((d) => d.relPath), ...touched.otherPaths]) {
        for (const client of config.clients.values()) {
            if (client.folders.some((folder) => relPath.startsWith(folder)))
                ids.add(client.id);
        }
    }
    return [...ids].sort();
}
/**
 * The clients changed posts belonged to before the pull request: deleting a post, or moving it to
 * another client, needs the approval of the client it is taken from. One read per post that existed
 * at the base (modified, renamed or removed); added posts cost nothing.
 */
async function clientsAtBase(base, config, changes) {
    const ids = [];
    for (const change of changes) {
        if (change.status === "added" || change.status === "copied")
            continue;
        const loaded = await base.readPost(change.previousFilename ?? change.repoPath, change.relPath);
        const client = clientOf(loaded?.post);
        if (client && config.clients.has(client))
            ids.push(client);
    }
    return ids;
}
/** The post's `client` as written, even when the rest of its front-matter is invalid. */
function clientOf(post) {
    const value = post?.frontMatter?.yaml.value;
    return typeof value?.client === "string" ? value.client : undefined;
}

// EXTERNAL MODULE: ./src/check/check-post.ts + 2 modules
var check_post = __webpack_require__(41449);
// EXTERNAL MODULE: ./src/text/control-characters.ts
var control_characters = __webpack_require__(16119);
;// CONCATENATED MODULE: ./src/check/file-name.ts

/**
 * A post's (or any changed file's) name holding a control character is refused: a line break or a direction
 * override in a name can forge lines of the review that shows it. Undefined for a clean name.
 */
function file_name_fileNameFinding(name) {
    const control = (0,control_characters/* controlCharacterIn */.k)(name);
    if (control === undefined)
        return undefined;
    const message = `the file name contains a control character (${control}); rename the file: a line break or a direction override in a name can forge lines of the review`;
    return { ruleId: "path", severity: "error", line: 1, column: 1, message };
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/load/paths.ts
var paths = __webpack_require__(73768);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./src/check/load-config.ts
var load_config = __webpack_require__(8353);
// EXTERNAL MODULE: ./src/media/media-file.ts
var media_file = __webpack_require__(92403);
// EXTERNAL MODULE: ./src/post/parsed-post.ts + 1 modules
var parsed_post = __webpack_require__(58095);
// EXTERNAL MODULE: ./src/repo/content-repo.ts
var content_repo = __webpack_require__(79986);
;// CONCATENATED MODULE: ./src/repo/disk-content-repo.ts






/**
 * The content repository as it is on disk (the CLI), rooted at the content root: the folder of
 * checkpost.yml. Neither a post nor a media file may be a symlink, or be reached through one.
 */
class disk_content_repo_DiskContentRepo {
    root;
    lookup;
    constructor(root) {
        this.root = root;
        this.lookup = diskLookup(root);
    }
    readConfig(configPath) {
        return loadConfig(this.absolute(configPath));
    }
    async readPost(repoPath, relPath) {
        const absolute = this.absolute(repoPath);
        const link = linkIn(this.root, absolute);
        return link === undefined ? readPost(absolute, relPath) : linkedPost(repoPath, link);
    }
    async mediaInfo(repoPath) {
        return this.lookup(this.absolute(repoPath));
    }
    async mediaBytes(repoPath) {
        if (this.lookup(this.absolute(repoPath)).kind !== "file")
            return undefined;
        return new Uint8Array(await readFile(this.absolute(repoPath)));
    }
    absolute(repoPath) {
        return path.resolve(this.root, repoPath);
    }
}

// EXTERNAL MODULE: ./src/types.ts
var types = __webpack_require__(16141);
;// CONCATENATED MODULE: ./src/check/run-check.ts










async function runCheck(options) {
    const { cwd } = options;
    const first = options.paths[0] ? path.resolve(cwd, options.paths[0]) : cwd;
    for (const p of options.paths) {
        if (!existsSync(path.resolve(cwd, p)))
            throw new UserError(`${p}: no such file or folder`);
    }
    const configFile = options.configFile ? path.resolve(cwd, options.configFile) : findConfig(first);
    if (!configFile) {
        // Name the folder the search started in: the path itself when it is a folder (or the working directory).
        const start = isFolder(first) ? first : path.dirname(first);
        throw new UserError(`no checkpost.yml found in ${display(cwd, start) || "."} or any parent folder; pass --config FILE`);
    }
    const repo = new DiskContentRepo(path.dirname(configFile));
    const loaded = await repo.readConfig(path.basename(configFile));
    if (!loaded.config) {
        return { kind: "config-error", report: toReport([{ path: display(cwd, configFile), messages: loaded.messages }]) };
    }
    const config = loaded.config;
    if (options.changed)
        return checkChanged(repo, config, options, options.changed.base);
    const files = await resolvePostFiles(config, options.paths.map((p) => path.resolve(cwd, p)));
    // A content repository without posts yet (just set up by init) is in order; a path that holds none is a mistake.
    if (files.length === 0 && options.paths.length > 0) {
        throw new UserError(`no post files found in ${options.paths.join(", ")} (posts: ${config.posts.join(", ")} relative to ${display(cwd, config.file)})`);
    }
    return { kind: "report", report: reportOf(config, cwd, await checkFiles(repo, config, files, options)), config };
}
/** `--changed`: the posts that differ from the base, checked as the pull request's check checks them; none is no error. */
async function checkChanged(repo, config, options, base) {
    // Loaded here only: git's module brings child_process and its network modules, which every other run would
    // load for nothing (about 2 ms).
    const { changedFiles, defaultBase } = await __webpack_require__.e(/* import() */ 60).then(__webpack_require__.bind(__webpack_require__, 47060));
    const changed = new Set(changedFiles(config.root, base ?? defaultBase(config.root)));
    const files = (await resolvePostFiles(config, [])).filter((file) => changed.has(file));
    const ruleOptions = { ...PROPOSED_POST_OPTIONS, ...options.ruleOptions };
    const reports = await checkFiles(repo, config, files, { ...options, ruleOptions });
    // No advice on checkpost.yml itself: the pull request's check gives none, and --changed says what it says.
    return { kind: "report", report: { ...toReport(reports), posts: reports.length }, config };
}
async function checkFiles(repo, config, files, options) {
    const reports = [];
    // Posts are read synchronously (see readTextFile): one at a time, in order, is the fastest here.
    for (const file of files) {
        const relPath = toPosix(path.relative(repo.root, file));
        const post = await repo.readPost(relPath, relPath);
        const messages = await checkLoadedPost(post, config, {
            ...(options.now ? { now: options.now } : {}),
            ...(options.ruleOptions ? { ruleOptions: options.ruleOptions } : {}),
        });
        const nameFinding = fileNameFinding(relPath);
        if (nameFinding)
            messages.unshift(nameFinding);
        reports.push({ path: display(options.cwd, file), messages });
    }
    return reports;
}
/** The posts' reports, after checkpost.yml's own warnings (a contact without contact_id), which are no post. */
function reportOf(config, cwd, reports) {
    const advice = unpinnedContacts(config);
    const configReport = advice.length ? [{ path: display(cwd, config.file), messages: advice }] : [];
    return { ...toReport([...configReport, ...reports]), posts: reports.length };
}
/** Explicit files are checked as given; folders contribute the config's post files inside them. */
async function resolvePostFiles(config, targets) {
    const explicit = targets.filter((t) => !statSync(t).isDirectory());
    const folders = targets.filter((t) => statSync(t).isDirectory());
    const out = new Set(explicit);
    if (targets.length === 0 || folders.length > 0) {
        // Loaded here: checking named files (an editor, a pre-commit hook) never needs it.
        const { glob } = await __webpack_require__.e(/* import() */ 382).then(__webpack_require__.bind(__webpack_require__, 73382));
        const matched = await glob(config.posts, {
            cwd: config.root,
            absolute: true,
            onlyFiles: true,
            followSymbolicLinks: false,
            ignore: ["**/node_modules/**", "**/.git/**"],
        });
        for (const file of [...matched, ...linkedPosts(config)].map(path.normalize).sort()) {
            if (targets.length === 0 || folders.some((f) => file.startsWith(f.endsWith(path.sep) ? f : f + path.sep) || file === f))
                out.add(file);
        }
    }
    return [...out];
}
/**
 * Symlinks inside the content root that the `posts` globs match: the glob skips links (following them could
 * walk the whole disk), yet a linked post must be reported, to be refused, not silently left out.
 */
function linkedPosts(config) {
    const isPost = picomatch([...config.posts], { dot: false });
    return readdirSync(config.root, { recursive: true, withFileTypes: true }).flatMap((entry) => {
        if (!entry.isSymbolicLink())
            return [];
        const absolute = path.join(entry.parentPath, entry.name);
        const relPath = toPosix(path.relative(config.root, absolute));
        return relPath.split("/").some((part) => part === "node_modules" || part === ".git") || !isPost(relPath) ? [] : [absolute];
    });
}
function toReport(files) {
    let errors = 0;
    let warnings = 0;
    for (const file of files) {
        for (const m of file.messages) {
            if (m.severity === "error")
                errors++;
            else if (m.severity === "warning")
                warnings++;
        }
    }
    return { files, errors, warnings };
}
function isFolder(p) {
    return existsSync(p) && statSync(p).isDirectory();
}
function display(cwd, file) {
    return toPosix(path.relative(cwd, file));
}

// EXTERNAL MODULE: ./src/github/api.ts
var github_api = __webpack_require__(28943);
// EXTERNAL MODULE: ./src/repo/github-content-repo.ts
var github_content_repo = __webpack_require__(31734);
;// CONCATENATED MODULE: ./src/repo/media-lookup.ts


/**
 * A post's media files as they are in the repository, looked up before the checks run (rules are
 * synchronous): one look-up per media file inside the content root, none for a path that leaves it.
 */
async function mediaLookupIn(repo, config, post) {
    const found = new Map();
    const media = (post?.data?.media ?? []);
    for (const item of media) {
        if (!post || typeof item.file !== "string")
            continue;
        const resolved = (0,media_file/* resolveMediaPath */.EM)(config.root, post.file, item.file);
        if (!resolved.ok || found.has(resolved.absolute))
            continue;
        found.set(resolved.absolute, await repo.mediaInfo((0,content_repo/* repoPathOf */.x)(repo, resolved.absolute)));
    }
    return (absolute) => found.get(absolute) ?? { kind: "missing" };
}

// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var node_modules_picomatch = __webpack_require__(14006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(node_modules_picomatch);
;// CONCATENATED MODULE: ./src/pr/changed-posts.ts


/**
 * Picks the posts among a pull request's changed files: files under the folder of checkpost.yml
 * that match its `posts` globs (the same globs `checkpost check` uses).
 */
function selectChangedPosts(files, configPath, postGlobs) {
    const root = external_node_path_default().posix.dirname(configPath);
    const isPost = picomatch_default()([...postGlobs], { dot: false });
    const toRel = (repoPath) => {
        if (root === ".")
            return repoPath;
        return repoPath.startsWith(`${root}/`) ? repoPath.slice(root.length + 1) : undefined;
    };
    const changes = { posts: [], deleted: [], configChanged: false, otherPaths: [] };
    for (const file of files) {
        if (file.filename === configPath && file.status !== "removed" && file.status !== "unchanged")
            changes.configChanged = true;
        const relPath = toRel(file.filename);
        if (relPath === undefined || !isPost(relPath) || file.status === "unchanged") {
            if (relPath !== undefined && file.status !== "unchanged")
                changes.otherPaths.push(relPath);
            // A post renamed to a path that is no post any more has left the desk: it counts as deleted.
            const previousRel = file.status === "renamed" && file.previousFilename ? toRel(file.previousFilename) : undefined;
            if (previousRel !== undefined && file.previousFilename && isPost(previousRel)) {
                changes.deleted.push({ repoPath: file.previousFilename, relPath: previousRel, status: "removed" });
            }
            else if (previousRel !== undefined) {
                // Moving a file out of a client's folder (its picture to a shared one) takes it from that client: its old path counts too.
                changes.otherPaths.push(previousRel);
            }
            continue;
        }
        const change = {
            repoPath: file.filename,
            relPath,
            status: file.status,
            ...(file.previousFilename ? { previousFilename: file.previousFilename } : {}),
        };
        (file.status === "removed" ? changes.deleted : changes.posts).push(change);
    }
    return changes;
}

// EXTERNAL MODULE: ./src/text/plural.ts
var plural = __webpack_require__(80573);
// EXTERNAL MODULE: ./src/channels/registry.ts + 5 modules
var registry = __webpack_require__(98089);
// EXTERNAL MODULE: ./src/channels/webhook/adapter.ts
var webhook_adapter = __webpack_require__(58141);
;// CONCATENATED MODULE: ./src/pr/channel-preview.ts


/** The text a channel will get and its length, counted the way the platform counts (as the length rule does). */
function channelPreview(post, channel) {
    const adapter = (0,registry/* adapterOf */.nZ)(channel);
    const { segment, text } = adapter.text(post, channel.id);
    // The headline measure; a webhook without max_length has none, and its length is shown without a limit.
    const [first] = adapter.measure(channel, text);
    const m = first
        ? { length: first.count, limit: first.max, unit: first.unit }
        : { length: (0,webhook_adapter/* countWebhook */.P)(text), limit: undefined, unit: "characters" };
    return { channelId: channel.id, type: channel.settings.type, text, ...m, fromVariant: segment.kind === "variant" };
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./src/pr/check-run.ts

const CHECK_RUN_NAME = "checkpost";
/** Marks checkpost's own check run among any others of the same name on a commit. */
const CHECK_RUN_EXTERNAL_ID = "checkpost:review";
/** GitHub takes at most 50 annotations per request; further batches are appended by updates. */
const ANNOTATIONS_PER_REQUEST = 50;
/** GitHub's limit on a check run's summary and text. */
const OUTPUT_MAX = 65_535;
const LEVEL = {
    error: "failure",
    warning: "warning",
    info: "notice",
};
function toAnnotations(files) {
    const annotations = [];
    for (const file of files) {
        for (const m of file.messages) {
            const endLine = m.endLine ?? m.line;
            annotations.push({
                path: file.path,
                start_line: m.line,
                end_line: endLine,
                // GitHub accepts columns only on single-line annotations.
                ...(endLine === m.line ? { start_column: m.column, end_column: m.endColumn ?? m.column } : {}),
                annotation_level: LEVEL[m.severity],
                message: m.suggestions?.length ? `${m.message} (suggestions: ${m.suggestions.join(", ")})` : m.message,
                title: `checkpost ${m.ruleId}`,
            });
        }
    }
    return annotations;
}
/**
 * Publishes the `checkpost` check run of a commit. GitHub appends annotations on every update and
 * cannot remove them, so an existing run is updated in place only when it already carries exactly
 * this set of annotations (fingerprinted in its summary, and all of them: an interrupted run has
 * fewer); otherwise a new run is created, and GitHub shows (and branch protection reads) the latest
 * run of a name. A re-run with the same findings therefore adds nothing, and a run whose findings
 * changed never keeps stale annotations. Returns the check run id.
 */
async function publishCheckRun(api, report) {
    const fingerprint = `<!-- checkpost:annotations ${fingerprintOf(report.annotations)} -->`;
    const summary = `${clip(report.summary, OUTPUT_MAX - fingerprint.length - 1)}\n${fingerprint}`;
    const output = (annotations) => ({
        title: report.title,
        summary,
        ...(report.text ? { text: clip(report.text, OUTPUT_MAX) } : {}),
        ...(annotations.length ? { annotations } : {}),
    });
    const existing = await api.findCheckRun(report.headSha, CHECK_RUN_NAME, CHECK_RUN_EXTERNAL_ID);
    const complete = existing?.summary?.includes(fingerprint) === true && existing.annotationsCount === report.annotations.length;
    if (existing && complete) {
        await api.updateCheckRun(existing.id, { status: "completed", conclusion: report.conclusion, output: output([]) });
        return existing.id;
    }
    const [first = [], ...rest] = batchesOf(report.annotations);
    const id = await api.createCheckRun({
        name: CHECK_RUN_NAME,
        headSha: report.headSha,
        externalId: CHECK_RUN_EXTERNAL_ID,
        status: "completed",
        conclusion: report.conclusion,
        ...(report.detailsUrl ? { detailsUrl: report.detailsUrl } : {}),
        output: output(first),
    });
    for (const batch of rest)
        await api.updateCheckRun(id, { output: output(batch) });
    return id;
}
function batchesOf(annotations) {
    const batches = [];
    for (let i = 0; i < annotations.length; i += ANNOTATIONS_PER_REQUEST)
        batches.push(annotations.slice(i, i + ANNOTATIONS_PER_REQUEST));
    return batches;
}
function fingerprintOf(annotations) {
    return (0,external_node_crypto_.createHash)("sha256").update(JSON.stringify(annotations)).digest("hex").slice(0, 16);
}
function clip(text, max) {
    if (text.length <= max)
        return text;
    const note = "\n\n… (cut to fit GitHub's limit)";
    return text.slice(0, max - note.length) + note;
}

;// CONCATENATED MODULE: ./src/pr/markdown.ts

/**
 * Values from a post or its path, made safe for the Markdown of the preview comment, the check run and the job
 * summary: each renders as exactly its text, whatever it holds. A title must not become an image (a tracking
 * pixel), a link, a fake badge, an HTML comment hiding the rest of the review, or a mention notifying a team.
 */
/** Punctuation that can start Markdown or HTML inline: escaped with a backslash, which renders as the character. */
const INLINE_PUNCTUATION = /[\\`*_[\]()<>!|~&]/g;
/** Text in running Markdown (a heading, a list item, a table cell): one line, no markup, no mention or reference. */
function mdText(text) {
    return ((0,control_characters/* showControlCharacters */.f)(text.replace(/\s*[\r\n]\s*/g, " ").replace(/\t/g, " "))
        .replace(INLINE_PUNCTUATION, "\\$&")
        // GitHub links @login, @org/team and #123 in text (never in code): a zero-width space keeps them text.
        .replace(/([@#])(?=[\p{L}\p{N}])/gu, "$1\u200b"));
}
/** A path (or any name) as an inline code span: verbatim, control characters written out, never closed early. */
function mdCode(text) {
    const shown = (0,control_characters/* showControlCharacters */.f)(text);
    const longest = Math.max(0, ...[...shown.matchAll(/`+/g)].map((m) => m[0].length));
    const ticks = "`".repeat(longest + 1);
    // A span starting or ending with a backtick (or only spaces) needs a space inside each delimiter, which Markdown strips.
    const pad = /^`|`$|^ +$/.test(shown) || shown === "" ? " " : "";
    return `${ticks}${pad}${shown}${pad}${ticks}`;
}
/** Inside a table row a `|` ends the cell, even in a code span: GitHub's tables take `\|` as the character. */
function inCell(markdown) {
    return markdown.replace(/(?<!\\)\|/g, "\\|");
}

;// CONCATENATED MODULE: ./src/pr/render-report.ts





const ICON = { error: "❌", warning: "⚠️", info: "ℹ️" };
const APPROVAL_ICON = { success: "✅", pending: "⏳", failure: "❌" };
function headline(view) {
    const n = view.posts.length;
    return `checkpost: ${(0,plural/* plural */.L)(n, "changed post")}, ${(0,plural/* plural */.L)(view.errors, "error")}, ${(0,plural/* plural */.L)(view.warnings, "warning")}`;
}
/**
 * The review as Markdown: the sticky comment, the job summary and the check run's text share it.
 * Posts that do not fit `budget` characters are listed by name only.
 */
function renderReview(view, budget = 60_000) {
    const head = [`## ${headline(view)}`, ""];
    if (view.approval) {
        head.push(`**Approval** (\`${APPROVAL_CONTEXT}\`): ${APPROVAL_ICON[view.approval.state]} ${view.approval.state}: ${view.approval.description}`, "");
    }
    head.push(...renderConfig(view.config));
    if (view.deleted.length)
        head.push(`**Deleted posts:** ${listed(view.deleted.map((d) => d.repoPath), 50)}`, "");
    if (view.unsafeNames?.length) {
        head.push("**Files whose names hold control characters** (a line break or a direction override could forge lines of this review); rename them:", "", ...view.unsafeNames.map((name) => `- ${mdCode(name)}`), "");
    }
    if (view.posts.length === 0 && view.config.baseMessages.length === 0)
        head.push("No posts changed.", "");
    const out = [...head];
    let used = out.join("\n").length;
    const left = [];
    for (const checked of view.posts) {
        const section = renderPost(checked, view.resolved).join("\n");
        if (left.length === 0 && used + section.length < budget) {
            out.push(section);
            used += section.length + 1;
        }
        else
            left.push(checked.change.repoPath);
    }
    if (left.length)
        out.push(`… and ${left.length} more (see the check run for their findings): ${listed(left, 50)}`, "");
    out.push(`<sub>checked at ${view.headSha.slice(0, 7)}</sub>`);
    return clip(out.join("\n"), COMMENT_MAX);
}
/** GitHub refuses a comment body over 65,536 characters (a 422 would fail the whole step). */
const COMMENT_MAX = 65_000;
/** Up to `max` names as code, then how many more. */
function listed(names, max) {
    const shown = names.slice(0, max).map(mdCode);
    return names.length > max ? `${shown.join(", ")} and ${names.length - max} more` : shown.join(", ");
}
function renderConfig(config) {
    const out = [];
    if (config.baseMessages.length) {
        out.push(`**${mdCode(config.path)} on the base branch has problems**; no post was checked:`, "", ...findingList(config.baseMessages), "");
    }
    if (config.changedMessages) {
        const verdict = config.changedMessages.length
            ? `the new version has ${config.changedMessages.length} problem${config.changedMessages.length === 1 ? "" : "s"}:`
            : "the new version is valid.";
        out.push(`**This pull request changes ${mdCode(config.path)}**: posts are checked and approved with the base branch's config until it is merged; ${verdict}`, "", ...findingList(config.changedMessages));
        if (config.changedMessages.length)
            out.push("");
    }
    return out;
}
function renderPost(checked, config) {
    const { change, post } = checked;
    const renamed = change.previousFilename ? ` from ${mdCode(change.previousFilename)}` : "";
    const out = [`### ${mdCode(change.repoPath)} (${change.status}${renamed})${post?.data.title ? `: ${mdText(post.data.title)}` : ""}`, ""];
    if (post && config) {
        const data = post.data;
        const client = config.clients.get(data.client);
        out.push(
        // The contact is named from the base branch's config: the one mention meant to notify someone.
        `- **Client:** ${client ? `${mdText(client.name)} (${mdCode(client.id)}), contact @${client.contact}` : mdCode(data.client)}`, `- **Channels:** ${data.channels.map(mdCode).join(", ")}`, `- **Schedule:** ${data.publish_at ? mdText(String(data.publish_at)) : "on merge"}`);
        if (data.reply_to)
            out.push(`- **Reply to:** ${mdText(String(data.reply_to))}`);
        out.push("");
        for (const channelId of data.channels) {
            const channel = config.channels.get(channelId);
            if (!channel)
                continue;
            const preview = channelPreview(post, channel);
            const over = preview.limit !== undefined && preview.length > preview.limit;
            const length = preview.limit === undefined ? `${preview.length} ${preview.unit}` : `${preview.length}/${preview.limit} ${preview.unit}`;
            out.push(`**${mdText(channelId)}** (${preview.type}${preview.fromVariant ? ", variant" : ""}): ${length} ${over ? "❌ over the limit" : "✅"}`, "", fence(preview.text), "");
        }
        if (data.media?.length) {
            out.push("| media | alt text |", "|---|---|", ...data.media.map((m) => `| ${inCell(mdCode(m.file))} | ${m.alt ? mdText(m.alt) : "❌ missing"} |`), "");
        }
        if (data.facts?.length) {
            out.push("| fact | source | provided by |", "|---|---|---|", ...data.facts.map((f) => `| ${mdText(f.claim)} | ${mdText(f.source)} | ${mdText(String(f.provided_by))}${f.note ? ` (${mdText(f.note)})` : ""} |`), "");
        }
    }
    out.push(checked.messages.length ? "**Findings:**" : "**Findings:** none ✅", "");
    if (checked.messages.length)
        out.push(...findingList(checked.messages), "");
    return out;
}
function findingList(messages) {
    return messages.map((m) => `- ${ICON[m.severity]} line ${m.line}:${m.column} ${mdCode(m.ruleId)}: ${mdText(m.message)}${m.suggestions?.length ? ` (suggestions: ${m.suggestions.map(mdText).join(", ")})` : ""}`);
}
/** A code fence longer than any backtick run in the text, so the text cannot close it. */
function fence(text) {
    const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
    const ticks = "`".repeat(longest + 1);
    return `${ticks}text\n${text}\n${ticks}`;
}

// EXTERNAL MODULE: ./src/ledger/layout.ts
var layout = __webpack_require__(20899);
// EXTERNAL MODULE: ./src/ledger/rows.ts
var rows = __webpack_require__(72800);
;// CONCATENATED MODULE: ./src/pr/takedown-fast-path.ts
/**
 * The gate's fast path for a takedown: a pull request whose only change is removing posts that are live (a
 * revert) must not wait for the client's contact, because taking a wrong post down is the safe direction and
 * waiting leaves it up. `takedown_approval: none` (the default) passes at once; `team` needs one reviewer who
 * did not write it. Anything else in the pull request (a new or changed post, the config) takes the normal gate.
 *
 * Which posts are live comes from the ledger's index on its branch, read with the pull request's own token
 * (contents: read is enough; a fork's read-only token can read it too). A post the ledger does not show live,
 * or a ledger that cannot be read, means the normal gate: the fast path never guesses.
 */



const DEFAULT_LEDGER_BRANCH = "checkpost-ledger";
/** The live posts' paths (relative to the content root) by the ledger's index; undefined when it cannot be read. */
async function livePaths(api, config) {
    const branch = config.raw.publishing?.ledger_branch ?? DEFAULT_LEDGER_BRANCH;
    try {
        const bytes = await api.getFileBytes(layout/* INDEX_PATH */.Pm, branch);
        if (!bytes)
            return undefined;
        const index = (0,layout/* parseIndex */.A1)(new TextDecoder().decode(bytes));
        return new Set(Object.values(index.rows)
            .filter((r) => Object.values(r.channels).some((c) => rows/* LIVE_STATES */._d.has(c.state) && c.state !== "adopted"))
            .map((r) => r.path));
    }
    catch {
        return undefined;
    }
}
/** Only removals, at least one post among them, checkpost.yml untouched: a takedown if those posts are live. */
function looksLikeTakedown(files, changes, configPath) {
    return (files.length > 0 &&
        files.every((f) => f.status === "removed" && f.filename !== configPath) &&
        changes.deleted.length > 0 &&
        changes.posts.length === 0);
}
/** The gate for a takedown-only pull request, or undefined when the normal gate applies. */
async function takedownGate(api, pr, config, files, changes, configPath) {
    if (!looksLikeTakedown(files, changes, configPath))
        return undefined;
    const live = await livePaths(api, config);
    if (!live || !changes.deleted.every((d) => live.has(d.relPath)))
        return undefined;
    if ((config.raw.takedown_approval ?? "none") === "none")
        return { state: "success", description: "takedown: no client approval needed" };
    const team = (0,gate/* evaluateGate */.DR)({
        headSha: pr.head.sha,
        author: pr.user,
        contacts: [],
        reviews: await api.listReviews(pr.number),
        commits: await api.listPullCommits(pr.number),
        ...(pr.commits === undefined ? {} : { commitCount: pr.commits }),
    });
    return team.state === "success"
        ? { state: "success", description: "takedown: no client approval needed; approved by a reviewer of the team" }
        : { state: team.state, description: (0,gate/* fitDescription */.Am)(`takedown (team approval): ${team.description}`) };
}

;// CONCATENATED MODULE: ./src/pr/tree-changes.ts


/**
 * Every file the pull request changes. GitHub's file list stops at PULL_FILES_LIMIT, and a post past it would
 * never be seen (nor its client asked): when the list is shorter than `changed_files`, the change set comes from
 * the base and head trees instead; when GitHub cuts a tree too, the review refuses rather than guess.
 */
async function listChangedFiles(api, pr) {
    const expected = pr.changedFiles;
    if (expected === undefined || expected <= github_api/* PULL_FILES_LIMIT */.cc) {
        const listed = await api.listPullFiles(pr.number);
        if (expected === undefined || listed.length >= expected)
            return listed;
    }
    const [base, head] = [await api.getTree(pr.base.sha), await api.getTree(pr.head.sha)];
    if (base.truncated || head.truncated) {
        throw new types/* UserError */.y(`pull request #${pr.number} changes ${expected} files, more than GitHub lists (${github_api/* PULL_FILES_LIMIT */.cc}), and the repository's tree is too large for GitHub to send whole: too many files to review, so nothing is approved; split it into smaller pull requests`);
    }
    return changesBetween(base, head);
}
/**
 * The files that differ between two trees, by blob sha (and mode: a file turned into a symlink changed). A file
 * removed and one added with the same blob are a rename, as GitHub would list it. Compared with the base branch's
 * tip rather than the merge base, changes merged into the base since the branch was made count too: stricter, never
 * looser.
 */
function changesBetween(base, head) {
    const files = (tree) => new Map(tree.entries.filter((e) => e.type !== "tree").map((e) => [e.path, `${e.mode} ${e.sha}`]));
    const before = files(base);
    const after = files(head);
    const changes = [];
    const added = [];
    for (const [path, blob] of after) {
        const old = before.get(path);
        if (old === undefined)
            added.push(path);
        else if (old !== blob)
            changes.push({ filename: path, status: "modified" });
    }
    const removed = [...before.keys()].filter((path) => !after.has(path));
    for (const path of added) {
        const from = removed.findIndex((old) => before.get(old) === after.get(path));
        const [previous] = from >= 0 ? removed.splice(from, 1) : [];
        changes.push(previous ? { filename: path, status: "renamed", previousFilename: previous } : { filename: path, status: "added" });
    }
    for (const path of removed)
        changes.push({ filename: path, status: "removed" });
    return changes.sort((a, b) => (a.filename < b.filename ? -1 : a.filename > b.filename ? 1 : 0));
}

;// CONCATENATED MODULE: ./src/pr/sticky-comment.ts
/** The hidden marker that identifies checkpost's one preview comment on a pull request. */
const PREVIEW_MARKER = "<!-- checkpost:preview -->";
/**
 * Keeps exactly one preview comment: looks for the marker first, so a re-run or a retried job
 * updates the comment instead of posting a second one. Returns the comment id.
 *
 * Only a comment that starts with the marker and was written by checkpost's token is checkpost's: the
 * Actions bot's (GITHUB_TOKEN), or, with a personal token, that token's user (asked only when a
 * person's comment starts with the marker). A comment a person wrote or pasted is never taken over:
 * the contact approves from the preview, so its author must not be the writer.
 */
async function upsertStickyComment(api, issueNumber, body) {
    const marked = `${PREVIEW_MARKER}\n${body}`;
    const candidates = (await api.listIssueComments(issueNumber)).filter((c) => c.body.startsWith(PREVIEW_MARKER));
    let existing = candidates.find((c) => c.user?.type === "Bot");
    if (!existing && candidates.length) {
        const login = await api.getTokenLogin();
        existing = login === undefined ? undefined : candidates.find((c) => c.user?.login === login);
    }
    if (!existing)
        return api.createIssueComment(issueNumber, marked);
    if (existing.body !== marked)
        await api.updateIssueComment(existing.id, marked);
    return existing.id;
}

;// CONCATENATED MODULE: ./src/pr/write-review.ts




/**
 * Writes the review to GitHub: the check run, the approval status and the preview comment. Returns the
 * writes GitHub refused with 403 (a read-only token); any other failure is thrown once all were tried.
 */
async function writeReview(api, review) {
    const { headSha, report, approval, detailsUrl } = review;
    // Each write is attempted even when an earlier one failed, so a read-only token still gets every refusal reported.
    const denied = [];
    const failures = [];
    const attempt = async (what, write) => {
        try {
            await write();
        }
        catch (error) {
            if ((0,github_api/* isPermissionDenied */.T1)(error))
                denied.push(`${what} (${error.request})`);
            else
                failures.push(error);
        }
    };
    // Every event writes everything, from the pull request as it is now: runs of one pull request share a
    // concurrency group that cancels the older run, and whichever run survives must leave the check run,
    // the status and the comment complete for the head commit (re-publishing adds no duplicate annotation).
    await attempt("check run", () => publishCheckRun(api, {
        headSha,
        conclusion: review.conclusion,
        title: review.headline,
        summary: summaryOf(report, approval),
        text: review.markdown,
        annotations: toAnnotations(report.files),
        ...(detailsUrl ? { detailsUrl } : {}),
    }));
    await attempt("commit status", () => api.createStatus(headSha, {
        state: approval.state,
        context: APPROVAL_CONTEXT,
        description: approval.description,
        ...(detailsUrl ? { targetUrl: detailsUrl } : {}),
    }));
    if (review.comment)
        await attempt("preview comment", () => upsertStickyComment(api, review.prNumber, review.markdown));
    if (failures.length)
        throw failures[0];
    return denied;
}
function summaryOf(report, approval) {
    const posts = report.files.length;
    return `${report.errors} error(s) and ${report.warnings} warning(s) in ${posts} file(s). Approval: ${approval.state}: ${approval.description}`;
}

;// CONCATENATED MODULE: ./src/pr/review-pull-request.ts















/**
 * Reviews one pull request from the API alone: no file of the pull request is read from disk or executed. The check
 * run and the status live on the head commit, which other open pull requests may share (one into an unprotected
 * branch, say): every one of them is assessed and the strictest result is written.
 */
async function reviewPullRequest(options) {
    const { api } = options;
    const own = await assessPull(options.prNumber, options);
    const headSha = own.pr.head.sha;
    const twins = [];
    for (const ref of await api.listOpenPulls()) {
        if (ref.headSha !== headSha || ref.number === own.pr.number)
            continue;
        const twin = await assessPull(ref.number, options);
        // Its head moved since it was listed: the commit is no longer shared.
        if (twin.pr.head.sha === headSha)
            twins.push(twin);
    }
    const approval = strictestApproval(own, twins);
    const conclusion = [own, ...twins].some((a) => a.conclusion === "failure") ? "failure" : own.conclusion;
    const view = { ...own.view, approval };
    const markdown = renderReview(view) + twinsNote(twins);
    const outcome = {
        pr: own.pr,
        report: own.report,
        conclusion,
        approval,
        headline: headline(view),
        markdown,
        deniedWrites: [],
    };
    if (options.dryRun)
        return outcome;
    outcome.deniedWrites = await writeReview(api, {
        ...outcome,
        prNumber: own.pr.number,
        headSha,
        comment: options.comment !== false,
        ...(options.detailsUrl ? { detailsUrl: options.detailsUrl } : {}),
    });
    return outcome;
}
const STRICTNESS = { failure: 0, pending: 1, success: 2 };
/** The strictest gate among pull requests sharing a head; a twin's result names its pull request. */
function strictestApproval(own, twins) {
    let strictest = own.approval;
    for (const twin of twins) {
        if (STRICTNESS[twin.approval.state] < STRICTNESS[strictest.state]) {
            strictest = { state: twin.approval.state, description: (0,gate/* fitDescription */.Am)(`#${twin.pr.number}: ${twin.approval.description}`) };
        }
    }
    return strictest;
}
function twinsNote(twins) {
    if (twins.length === 0)
        return "";
    const lines = twins.map((t) => `- #${t.pr.number} into \`${t.pr.base.ref}\`: ${t.report.errors} error(s); approval ${t.approval.state}: ${t.approval.description}`);
    return `\n\n**Other open pull requests with this head commit** (the check and the status above are the strictest of all):\n${lines.join("\n")}\n`;
}
async function assessPull(prNumber, options) {
    const { api, configPath, workspace } = options;
    const pr = await api.getPull(prNumber);
    const headSha = pr.head.sha;
    const files = await listChangedFiles(api, pr);
    const baseRepo = new github_content_repo/* GitHubContentRepo */.r(api, pr.base.sha, workspace);
    const headRepo = new github_content_repo/* GitHubContentRepo */.r(api, headSha, workspace);
    const base = await baseRepo.readConfig(configPath);
    const config = base?.config;
    const configReview = {
        path: configPath,
        baseMessages: base
            ? base.messages
            : [
                {
                    ruleId: "config",
                    severity: "error",
                    line: 1,
                    column: 1,
                    message: `${configPath} not found on the base branch (${pr.base.ref}); checkpost reads its config from the base branch so a pull request cannot change who approves it: merge the config first`,
                },
            ],
    };
    const changes = selectChangedPosts(files, configPath, config?.posts ?? []);
    let headConfig;
    if (changes.configChanged) {
        headConfig = await headRepo.readConfig(configPath);
        configReview.changedMessages = headConfig?.messages ?? [];
    }
    const checked = [];
    if (config) {
        for (const change of changes.posts)
            checked.push(await checkChangedPost(headRepo, change, config, options));
    }
    const nameFindings = fileNameFindings(files);
    const unsafeNames = [...nameFindings.keys()];
    for (const c of checked) {
        const finding = nameFindings.get(c.change.repoPath);
        if (finding)
            c.messages.unshift(finding);
        nameFindings.delete(c.change.repoPath);
    }
    const configMessages = [...configReview.baseMessages, ...(configReview.changedMessages ?? [])];
    const fileReports = [
        ...(configMessages.length ? [{ path: configPath, messages: configMessages }] : []),
        ...checked.map((c) => ({ path: c.change.repoPath, messages: c.messages })),
        ...[...nameFindings].map(([path, finding]) => ({ path, messages: [finding] })),
    ];
    const report = toReport(fileReports);
    const conclusion = report.errors > 0 ? "failure" : "success";
    let approval = { state: "failure", description: `${configPath} on the base branch is missing or invalid` };
    if (config) {
        const touched = await clientsToApprove(config, { ...changes, posts: checked.map((c) => ({ ...c.change, client: c.client })) }, baseRepo);
        // A changed (or removed) checkpost.yml needs the base contacts of the clients it changes: it decides who approves and where posts go.
        const configGone = files.some((f) => (f.filename === configPath && f.status === "removed") || f.previousFilename === configPath);
        const governing = changes.configChanged || configGone ? clientsForConfigChange(config.raw, headConfig?.config?.raw) : [];
        approval =
            (await takedownGate(api, pr, config, files, changes, configPath)) ??
                (await computeApproval(api, pr, config, [...touched, ...governing]));
    }
    const view = {
        ...report,
        headSha,
        posts: checked,
        deleted: changes.deleted,
        config: configReview,
        resolved: config,
        approval,
        unsafeNames,
    };
    return { pr, view, report, conclusion, approval };
}
/** A finding for each changed file (or former name) holding a control character, whatever else the file is. */
function fileNameFindings(files) {
    const findings = new Map();
    for (const name of files.flatMap((f) => (f.previousFilename ? [f.filename, f.previousFilename] : [f.filename]))) {
        const finding = file_name_fileNameFinding(name);
        if (finding)
            findings.set(name, finding);
    }
    return findings;
}
async function checkChangedPost(head, change, config, options) {
    const loaded = await head.readPost(change.repoPath, change.relPath);
    if (!loaded) {
        throw new github_api/* GitHubRequestError */.vK(404, `GET contents/${change.repoPath}`, `the pull request lists it as ${change.status} but it is not at ${head.ref}`);
    }
    // Media are looked up at the head commit too: the fork-safe workflow_run wiring has no checkout at all.
    const lookup = await mediaLookupIn(head, config, loaded.post);
    const messages = await (0,check_post/* checkLoadedPost */.I9)(loaded, config, {
        ...(options.now ? { now: options.now } : {}),
        ...(options.rules ? { rules: options.rules } : {}),
        // A pull request proposes these posts: scheduling one in the past is a mistake, not history.
        ruleOptions: { ...check_post/* PROPOSED_POST_OPTIONS */.xD, media: { lookup } },
    });
    const valid = loaded.post?.data && config.clients.has(loaded.post.data.client) ? loaded.post : undefined;
    const client = clientOf(loaded.post);
    return { change, ...(valid ? { post: valid } : {}), ...(client ? { client } : {}), messages };
}


/***/ }),

/***/ 79986:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ linkedPost),
/* harmony export */   x: () => (/* binding */ repoPathOf)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _load_paths_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73768);


/**
 * A post that is a symbolic link, refused: GitHub and the disk would hand out the target's text, so a post could be
 * a link to a file nobody reviews (or another client's post), approved once and changed later through its target.
 */
function linkedPost(repoPath, target) {
    const message = `${repoPath} is a symlink (to ${target}); a post must be a file of its own, so that changing it needs its client's approval`;
    return { messages: [{ ruleId: "schema", severity: "error", line: 1, column: 1, message }] };
}
/** An absolute path under the repository's root as the repository's own path. */
function repoPathOf(repo, absolute) {
    return (0,_load_paths_js__WEBPACK_IMPORTED_MODULE_1__/* .toPosix */ .d)(node_path__WEBPACK_IMPORTED_MODULE_0___default().relative(repo.root, absolute));
}


/***/ }),

/***/ 31734:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   r: () => (/* binding */ GitHubContentRepo)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _check_load_config_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8353);
/* harmony import */ var _config_load_config_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2560);
/* harmony import */ var _github_api_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(28943);
/* harmony import */ var _load_read_text_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(82360);
/* harmony import */ var _post_parsed_post_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(58095);
/* harmony import */ var _content_repo_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(79986);







/** Stands for a file the API would not return: one byte over the limit makes the post loader refuse it by size. */
const TOO_LARGE = new Uint8Array(_post_parsed_post_js__WEBPACK_IMPORTED_MODULE_5__/* .POST_MAX_BYTES */ .yd + 1);
/**
 * The content repository at one commit, read through the GitHub API and never from a checkout: on a pull
 * request the base commit's config decides who approves, and the fork-safe workflow_run wiring has no
 * checkout at all. One request per file read.
 */
class GitHubContentRepo {
    api;
    ref;
    root;
    constructor(api, 
    /** The commit (or any ref) every read is made at. */
    ref, root) {
        this.api = api;
        this.ref = ref;
        this.root = root;
    }
    async readConfig(configPath) {
        const bytes = await this.api.getFileBytes(configPath, this.ref);
        if (bytes === undefined)
            return undefined;
        const file = node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(this.root, configPath);
        // The same defensive decoding as from disk: size limit, no NUL, strict UTF-8, BOM and CRLF handled.
        const decoded = (0,_load_read_text_js__WEBPACK_IMPORTED_MODULE_4__/* .decodeText */ .g7)(bytes, _config_load_config_js__WEBPACK_IMPORTED_MODULE_2__/* .CONFIG_MAX_BYTES */ .SL);
        if (!decoded.ok)
            return { file, messages: [{ ruleId: "config", severity: "error", ...decoded.problem }] };
        return (0,_check_load_config_js__WEBPACK_IMPORTED_MODULE_1__/* .resolveConfigText */ ._R)(file, decoded.text, async (wordsFile) => {
            const repoPath = (0,_content_repo_js__WEBPACK_IMPORTED_MODULE_6__/* .repoPathOf */ .x)(this, wordsFile);
            const words = await this.api.getFileBytes(repoPath, this.ref);
            if (words === undefined)
                throw new Error(`${repoPath} not found at ${this.ref.slice(0, 7)}`);
            const text = (0,_load_read_text_js__WEBPACK_IMPORTED_MODULE_4__/* .decodeText */ .g7)(words, _config_load_config_js__WEBPACK_IMPORTED_MODULE_2__/* .WORDS_MAX_BYTES */ .Xm);
            if (!text.ok)
                throw new Error(`${repoPath}: ${text.problem.message}`);
            return text.text;
        });
    }
    async readPost(repoPath, relPath) {
        const bytes = await this.api.getFileBytes(repoPath, this.ref).catch((error) => {
            // Over 1 MB the contents API gives no content: far over the post limit, so a finding on that file, not a crash.
            if (error instanceof _github_api_js__WEBPACK_IMPORTED_MODULE_3__/* .GitHubRequestError */ .vK && error.status === 413)
                return TOO_LARGE;
            if (error instanceof _github_api_js__WEBPACK_IMPORTED_MODULE_3__/* .SymlinkError */ .qz)
                return error;
            throw error;
        });
        if (bytes instanceof _github_api_js__WEBPACK_IMPORTED_MODULE_3__/* .SymlinkError */ .qz)
            return (0,_content_repo_js__WEBPACK_IMPORTED_MODULE_6__/* .linkedPost */ .a)(repoPath, bytes.target);
        return bytes === undefined ? undefined : (0,_post_parsed_post_js__WEBPACK_IMPORTED_MODULE_5__/* .parsePostBytes */ .d2)(node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(this.root, repoPath), relPath, bytes);
    }
    async mediaInfo(repoPath) {
        const info = await this.api.getPathInfo(repoPath, this.ref);
        if (!info)
            return { kind: "missing" };
        // A link is refused wherever it points: its target could change without this client's approval.
        if (info.type === "symlink")
            return { kind: "symlink" };
        if (info.type !== "file")
            return { kind: "not-a-file" };
        return info.head ? { kind: "file", size: info.size, head: info.head } : { kind: "file", size: info.size };
    }
    /** Through the contents API, which sends files of up to 1 MB: a larger one fails with a GitHubRequestError (413). */
    async mediaBytes(repoPath) {
        return this.api.getFileBytes(repoPath, this.ref);
    }
}


/***/ }),

/***/ 10399:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Z: () => (/* binding */ ruleIds),
  a: () => (/* binding */ rules)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/text/count.ts
var count = __webpack_require__(50896);
;// CONCATENATED MODULE: ./src/rules/alt-text/index.ts


/** Alt texts that say nothing about the picture. */
const PLACEHOLDERS = new Set([
    "image",
    "photo",
    "picture",
    "pic",
    "img",
    "graphic",
    "screenshot",
    "banner",
    "alt",
    "alt text",
    "an image",
    "a photo",
    "a picture",
    "image of",
    "photo of",
    "todo",
    "tbd",
    "placeholder",
]);
const words = (text) => text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
const altTextRule = {
    id: "alt-text",
    description: 'Every image has alt text that describes it (not empty, not the file name, not "image") within each channel\'s limit.',
    defaultSeverity: "error",
    check(post, { config, limitsOf }) {
        const messages = [];
        (post.data.media ?? []).forEach((item, index) => {
            const alt = item.alt.trim();
            const at = post.spanOf(["media", index, "alt"]);
            const fileName = external_node_path_default().posix.basename(item.file);
            const stem = fileName.replace(/\.[^.]+$/, "");
            // Pasting the path, the name or the bare name are all "the file name": compared as words, so case,
            // "-", "_", "/" and "." do not matter ("media/acme/big-tent.jpg", "Big_Tent", "big tent.JPG").
            const fileNames = new Set([item.file, item.file.replace(/\.[^./]+$/, ""), fileName, stem].map(words));
            const expected = "describe what the image shows for people who cannot see it";
            if (alt === "") {
                messages.push({ ...at, message: `media[${index}].alt: empty; ${expected}` });
            }
            else if (PLACEHOLDERS.has(words(alt))) {
                messages.push({ ...at, message: `media[${index}].alt: "${alt}" says nothing about the picture; ${expected}` });
            }
            else if (fileNames.has(words(alt))) {
                messages.push({ ...at, message: `media[${index}].alt: "${alt}" is the file name; ${expected}` });
            }
            for (const channelId of post.data.channels) {
                const channel = config.channels.get(channelId);
                if (!channel)
                    continue;
                const { altMax, altUnit } = limitsOf(channel).media;
                const length = altUnit === "graphemes" ? (0,count/* countGraphemes */.O3)(item.alt) : (0,count/* countCodePoints */.sA)(item.alt);
                if (length > altMax) {
                    messages.push({ ...at, message: `media[${index}].alt: ${length}/${altMax} ${altUnit} for ${channelId}; shorten it` });
                }
            }
        });
        return messages;
    },
};

// EXTERNAL MODULE: ./src/post/post-segments.ts + 2 modules
var post_segments = __webpack_require__(80710);
;// CONCATENATED MODULE: ./src/text/contractions.ts
// retext-contractions' list: contractions written without their apostrophe. Case-sensitive keys stay as they are.
const CONTRACTIONS = {
    aint: "ain't",
    arent: "aren't",
    couldnt: "couldn't",
    didnt: "didn't",
    doesnt: "doesn't",
    dont: "don't",
    hadnt: "hadn't",
    hasnt: "hasn't",
    havent: "haven't",
    hes: "he's",
    howd: "how'd",
    hows: "how's",
    howll: "how'll",
    Id: "I'd",
    Im: "I'm",
    Ive: "I've",
    isnt: "isn't",
    mightnt: "mightn't",
    mustve: "must've",
    mustnt: "mustn't",
    neednt: "needn't",
    oclock: "o'clock",
    shant: "shan't",
    shouldve: "should've",
    shouldnt: "shouldn't",
    thatd: "that'd",
    thats: "that's",
    thered: "there'd",
    theres: "there's",
    therere: "there're",
    theyd: "they'd",
    theyll: "they'll",
    theyre: "they're",
    theyve: "they've",
    wasnt: "wasn't",
    weve: "we've",
    werent: "weren't",
    whatll: "what'll",
    whatre: "what're",
    whats: "what's",
    whatve: "what've",
    whens: "when's",
    wheres: "where's",
    whereve: "where've",
    whod: "who'd",
    wholl: "who'll",
    whos: "who's",
    whove: "who've",
    whys: "why's",
    wouldve: "would've",
    wouldnt: "wouldn't",
    yall: "y'all",
    youd: "you'd",
    youll: "you'll",
    youre: "you're",
    youve: "you've",
};
// A Map: looking every word of every post up as an object key would make the engine intern each one first.
const CONTRACTION_OF = new Map(Object.entries(CONTRACTIONS));
/**
 * The contraction a word is when written without its apostrophe ("dont" → "don't", "Theyre" → "They're"),
 * or undefined. Shared by the apostrophe rule, which reports such words, and the spelling rule, which accepts them in hashtags
 * (a hashtag cannot hold an apostrophe) and must not report a word the apostrophe rule reports.
 */
function contractionOf(word) {
    const direct = CONTRACTION_OF.get(word);
    if (direct)
        return direct;
    const lower = word.toLowerCase();
    const listed = lower !== word ? CONTRACTION_OF.get(lower) : undefined;
    if (!listed)
        return undefined;
    if (word === word.toUpperCase())
        return listed.toUpperCase();
    return word === (word[0] ?? "") + lower.slice(1) ? (listed[0]?.toUpperCase() ?? "") + listed.slice(1) : undefined;
}
/** A word quoted as a word ("hasnt" is misspelt) is a literal, as retext-contractions treats it. */
function quotedAsWord(masked, word) {
    return /["“'‘]/.test(masked[word.start - 1] ?? "") && /["”'’]/.test(masked[word.end] ?? "");
}
/**
 * The contraction the apostrophe rule reports a word of a prose segment's masked text as missing its apostrophe, or
 * undefined when it reports none: the spelling rule asks the same question so that the two never both report it.
 */
function missingApostrophe(masked, word) {
    return quotedAsWord(masked, word) ? undefined : contractionOf(word.text);
}

;// CONCATENATED MODULE: ./src/text/word-pairs.ts
/**
 * Rules that read a word by its neighbours ("its a deal", "your going to") take a neighbour only when spaces
 * alone separate the two: a comma, a full stop or a line break ends the phrase ("Better, then…" is no slip).
 */
function spacesOnly(masked, from, to) {
    for (let i = from; i < to; i++)
        if (masked[i] !== " ")
            return false;
    return true;
}
/** The word after `words[index]` in the same phrase, or undefined. */
function nextInPhrase(masked, words, index) {
    const word = words[index];
    const next = words[index + 1];
    return word && next && spacesOnly(masked, word.end, next.start) ? next : undefined;
}
/** The word before `words[index]` in the same phrase, or undefined. */
function previousInPhrase(masked, words, index) {
    const word = words[index];
    const previous = words[index - 1];
    return word && previous && spacesOnly(masked, previous.end, word.start) ? previous : undefined;
}
/** A word lower-cased with a curly apostrophe made straight: the form word lists are kept in. */
function plainLower(word) {
    return word ? word.text.toLowerCase().replace("’", "'") : "";
}
/** `replacement` in the case of `original`: "Your" → "You're", "YOUR" → "YOU'RE". */
function inCaseOf(original, replacement) {
    if (original.length > 1 && original === original.toUpperCase() && original !== original.toLowerCase())
        return replacement.toUpperCase();
    const first = original[0] ?? "";
    return first !== first.toLowerCase() ? (replacement[0]?.toUpperCase() ?? "") + replacement.slice(1) : replacement;
}

;// CONCATENATED MODULE: ./src/rules/apostrophe/index.ts



/**
 * Words after which "its" can only mean "it is" or "it has": "its a deal", "its been fun", "its not over", "its so
 * good". Kept to words a possessive never precedes ("its own", "its going rate" and "its very best" stay quiet).
 */
const AFTER_IT_IS = new Set([
    "a",
    "an",
    "the",
    "been",
    "not",
    "gonna",
    "ok",
    "okay",
    "never",
    "always",
    "getting",
    "so",
    "really",
    "just",
    "also",
    "too",
]);
/** "its time to go", "its time for tea": the time is no possession there. */
const AFTER_ITS_TIME = new Set(["to", "for"]);
/**
 * "cant" and "wont" are words too ("political cant", "as is her wont"): they stand for "can't" and "won't" only
 * after a subject or before a verb ("we cant wait", "it wont be long").
 */
const SUBJECTS = new Set(["i", "we", "you", "they", "he", "she", "it", "who", "that", "this", "people"]);
const VERBS = new Set([
    "be",
    "wait",
    "stop",
    "believe",
    "get",
    "go",
    "have",
    "do",
    "make",
    "see",
    "help",
    "find",
    "miss",
    "let",
    "last",
    "work",
    "say",
    "tell",
    "take",
    "give",
    "keep",
    "hear",
    "afford",
    "beat",
    "imagine",
    "remember",
    "happen",
    "change",
    "even",
]);
const CANT_WONT = new Map([
    ["cant", "can't"],
    ["wont", "won't"],
]);
/** "can't"/"won't" for "cant"/"wont" where a subject or a verb shows the contraction is meant, or undefined. */
function cantWont(masked, words, index) {
    const word = words[index];
    if (word.text.length !== 4)
        return undefined;
    const contraction = CANT_WONT.get(word.text.toLowerCase());
    if (!contraction)
        return undefined;
    const meant = SUBJECTS.has(plainLower(previousInPhrase(masked, words, index))) || VERBS.has(plainLower(nextInPhrase(masked, words, index)));
    return meant ? inCaseOf(word.text, contraction) : undefined;
}
/** "its" where "it's" is meant, or "it's" where "its" is meant: one of the most common public slips. */
function itsConfusion(masked, words, index) {
    const word = words[index];
    // Every word comes here: a length test spares nearly all of them the lower-casing.
    if (word.text.length !== 3 && word.text.length !== 4)
        return undefined;
    const lower = word.text.toLowerCase().replace("’", "'");
    if (lower !== "its" && lower !== "it's")
        return undefined;
    const next = nextInPhrase(masked, words, index);
    if (!next)
        return undefined;
    const after = next.text.toLowerCase();
    if (lower === "its") {
        const afterNext = plainLower(nextInPhrase(masked, words, index + 1));
        const meansItIs = AFTER_IT_IS.has(after) || (after === "going" && afterNext === "to") || (after === "time" && AFTER_ITS_TIME.has(afterNext));
        if (!meansItIs)
            return undefined;
        return { expected: `${word.text.slice(0, 2)}'s`, why: `(it is) before "${next.text}"` };
    }
    return after === "own" ? { expected: word.text.slice(0, 2) + "s", why: `(belonging to it) before "${next.text}"` } : undefined;
}
/**
 * retext-contractions' check on the shared tokenizer ("dont" → "don't"), plus "its'", which is
 * never a word, and "its"/"it's" mixed up where the next word decides. Straight and curly apostrophes are
 * both fine: house styles differ.
 */
const apostropheRule = {
    id: "apostrophe",
    description: 'Contractions keep their apostrophe ("don\'t", not "dont"); "its\'" is either "its" or "it\'s"; "its a deal" needs "it\'s", "it\'s own" needs "its"; "cant"/"wont" where a subject or verb shows the contraction.',
    defaultSeverity: "error",
    bodyOnly: true,
    check(post) {
        const messages = [];
        for (const prose of (0,post_segments/* proseOf */.jv)(post)) {
            const { masked, words } = prose;
            for (let index = 0; index < words.length; index++) {
                const found = findingAt(masked, words, index);
                // A word quoted as a word ("dont" is misspelt on purpose) is a literal: tested only for the few found.
                if (!found || quotedAsWord(masked, words[index]))
                    continue;
                messages.push({
                    ...(0,post_segments/* segmentSpan */.U6)(post, prose.segment, found.start, found.end),
                    message: found.message,
                    suggestions: found.suggestions,
                });
            }
        }
        return messages;
    },
};
function findingAt(masked, words, index) {
    const word = words[index];
    const confusion = itsConfusion(masked, words, index);
    if (confusion) {
        return {
            start: word.start,
            end: word.end,
            message: `"${word.text}" here means the other word; expected "${confusion.expected}" ${confusion.why}`,
            suggestions: [confusion.expected],
        };
    }
    const after = masked[word.end] ?? "";
    if (word.text.length === 3 && word.text.toLowerCase() === "its" && (after === "'" || after === "’")) {
        return {
            start: word.start,
            end: word.end + 1,
            message: `"${word.text}${after}" is not a word; expected "its" (belonging to it) or "it's" (it is)`,
            suggestions: [word.text, `${word.text.slice(0, 2)}'s`],
        };
    }
    // missingApostrophe(masked, word), with the quotes tested by the caller.
    const expected = contractionOf(word.text) ?? cantWont(masked, words, index);
    return expected
        ? {
            start: word.start,
            end: word.end,
            message: `"${word.text}" is missing its apostrophe; expected "${expected}"`,
            suggestions: [expected],
        }
        : undefined;
}

;// CONCATENATED MODULE: ./src/rules/types.ts
/**
 * Findings after which a rule may stop looking in a post: a post is listed with at most 200 per rule, and a text
 * that repeats one mistake 60,000 times ("a a a …") cost seconds in findings nobody reads. Five times the listed
 * number, so that findings inside a region where a comment disables the rule rarely use it all up.
 */
const ENOUGH_FINDINGS = 1000;

;// CONCATENATED MODULE: ./src/rules/article/classify.ts
/**
 * Which article a word takes, by sound, with the exception lists of retext-indefinite-article (MIT):
 * words spelt with a vowel that sound like a consonant ("a user", "a one-off") and the reverse
 * ("an hour", "an FBI agent"). A trailing `*` matches a prefix. Only words whose h is silent for
 * everyone take "an": an h that is sounded ("a hilarious", "a horrific", "a habitual", "a hereditary")
 * takes "a" like any consonant, and words where usage is split are in EITHER.
 */
const NEEDS_A = [
    "U",
    "UN",
    "eucalypt*",
    "eucha*",
    "euchr*",
    "euclid*",
    "eucrite",
    "eucryphia",
    "eugen*",
    "eukar*",
    "eulog*",
    "eula",
    "eunice",
    "eunuch",
    "euph*",
    "eura*",
    "eure*",
    "euro*",
    "eury*",
    "eutha*",
    "ewe",
    "ewer",
    "once",
    "one",
    "one-*",
    "oneself*",
    "onetime*",
    "oneway",
    "ouija",
    "ubiq*",
    "uefa",
    "ufo*",
    "ugandan",
    "uk",
    "ukase",
    "ukrain*",
    "ukulele",
    "ululat*",
    "unanim*",
    "unary",
    "unesco",
    "unhcr",
    "unicod*",
    "unicorn*",
    "unicycl*",
    "unidirect*",
    "unif*",
    "unilateral*",
    "union*",
    "uniq*",
    "unit*",
    "unisex",
    "unison",
    "univ*",
    "unix",
    "uran*",
    "urate",
    "uri*",
    "url",
    "urologist",
    "uruguay*",
    "us",
    "usa",
    "usab*",
    "usage",
    "usb",
    "use*",
    "using",
    "usu*",
    "utah",
    "uten*",
    "uter*",
    "util*",
    "utop*",
    "uvula*",
    "uyghur",
    // Read as words, not letters: "a NASA launch", "a NATO summit".
    "nasa",
    "nato",
];
/**
 * Words where usage is split, so either article is right: "an herb" (US) and "a herb" (UK), "an historic"
 * and "a historic", "an hotel" (old-fashioned) and "a hotel", "a SQL query" (sequel) and "an SQL query".
 */
const EITHER = [
    "hauteur",
    "herb",
    "herbs",
    "herbal*",
    "herbicid*",
    "herbivor*",
    "historian*",
    "historic*",
    "homage",
    "hotel*",
    "sql",
    "xmas",
];
const NEEDS_AN = [
    "IOU",
    "MA",
    "MS",
    "f",
    "fbi",
    "fda",
    "fm",
    "h",
    "hb",
    "heir*",
    "hiv",
    "honest*",
    "honor*",
    "honour*",
    "hour*",
    "html",
    "l",
    "lbw",
    "lcd",
    "m",
    "mba",
    "mph",
    "mri",
    "msc",
    "mtv",
    "n",
    "nba",
    "nbc",
    "nfl",
    "ngo",
    "nhl",
    "npm",
    "r&d",
    "r",
    "raf",
    "s",
    "sgml",
    "sms",
    "sos",
    "spf",
    "std",
    "suv",
    "x",
    "x-ray",
    "x-rays",
    "xbox",
    "xml",
];
function matcher(list) {
    const exact = new Set(list.filter((w) => !w.endsWith("*") && w !== w.toLowerCase()));
    const anyCase = new Set(list.filter((w) => !w.endsWith("*") && w === w.toLowerCase()));
    const prefixes = list.filter((w) => w.endsWith("*")).map((w) => w.slice(0, -1));
    return (word) => exact.has(word) || anyCase.has(word.toLowerCase()) || prefixes.some((p) => word.toLowerCase().startsWith(p));
}
const needsA = matcher(NEEDS_A);
const needsAn = matcher(NEEDS_AN);
const either = matcher(EITHER);
/**
 * "a", "an", or undefined when it cannot tell (a capitalised name, an acronym it cannot place, a word
 * with split usage). `shouted`: the article is "AN", so a word in capitals is shouting, not an acronym.
 */
function expectedArticle(next, shouted = false) {
    const head = /^\d/.test(next) ? numberSound(next) : (next.split(/['’ -]/, 1)[0] ?? next);
    if (either(head))
        return undefined;
    const a = needsA(head);
    const an = needsAn(head);
    if (a && an)
        return undefined;
    if (a)
        return "a";
    if (an)
        return "an";
    if (head.toLowerCase() !== head)
        return shouted ? undefined : acronymSound(head);
    return /^[aeiou]/.test(head) ? "an" : "a";
}
// Letters whose names start with a consonant sound ("a B", "a U", "a W"); F, H, L, M, N, R, S and X start
// with a vowel sound ("an F"), as do A, E, I and O.
const CONSONANT_NAMED = "BCDGJKPQTUVWYZ";
const ACRONYM = /^[A-Z][A-Z0-9]*$/;
const VOWEL = /[AEIOUY]/;
/**
 * The article before a word in capitals, read as letters ("an FBI agent", "a UFO") or as a word ("a NASA
 * launch"); undefined for a name ("Acme") or when the two readings disagree. Both readings of A…, E…,
 * I… and O… take "an" and both readings of B…, U…, W… take "a" (the few exceptions, "a EULA", are
 * listed); an F…, H…, M…, N… acronym is read as letters only if it has no vowel to be read as a word.
 */
function acronymSound(head) {
    if (!ACRONYM.test(head))
        return undefined;
    const first = head[0];
    if ("AEIO".includes(first))
        return "an";
    if (CONSONANT_NAMED.includes(first))
        return "a";
    return VOWEL.test(head.slice(1)) ? undefined : "an";
}
/** How a number starts when read aloud: only eight…, eleven… and eighteen… start with a vowel sound. */
function numberSound(token) {
    const digits = token.match(/^\d+/)?.[0] ?? "";
    if (digits.startsWith("8"))
        return "eight";
    const readsAsPair = digits.length % 3 === 2;
    if (readsAsPair && (digits.startsWith("11") || digits.startsWith("18")))
        return "eleven";
    return "number";
}

;// CONCATENATED MODULE: ./src/rules/article/index.ts



/**
 * retext-indefinite-article's logic on the shared tokenizer (see classify.ts): a retext parse
 * per file would cost more than all the other checkpoints together.
 */
const articleRule = {
    id: "article",
    description: 'The indefinite article fits the sound of the next word: "an apology", "a user", "an hour".',
    defaultSeverity: "error",
    bodyOnly: true,
    check(post) {
        const messages = [];
        for (const prose of (0,post_segments/* proseOf */.jv)(post)) {
            const { words, masked } = prose;
            words.forEach((word, i) => {
                const lower = word.text.toLowerCase();
                const next = words[i + 1];
                if ((lower !== "a" && lower !== "an") || !next || messages.length >= ENOUGH_FINDINGS)
                    return;
                // Only whitespace, perhaps an opening quote or bracket, between the article and the word.
                if (!/^\s+["“‘'([]?$/.test(masked.slice(word.end, next.start)))
                    return;
                // "Station A equals", "a and b": a letter, not an article.
                if (word.text === "A" && !startsSentence(masked, word))
                    return;
                if (word.text === "a" && /^(and|nor|or)$/i.test(next.text))
                    return;
                // After "AN", a word in capitals is shouting ("AN UPDATE"), not an acronym read as letters.
                const expected = expectedArticle(next.text, word.text === "AN");
                if (!expected || expected === lower)
                    return;
                const replacement = word.text[0] === "A" ? expected[0]?.toUpperCase() + expected.slice(1) : expected;
                messages.push({
                    ...(0,post_segments/* segmentSpan */.U6)(post, prose.segment, word.start, word.end),
                    message: `"${word.text} ${next.text}": expected "${replacement}" before "${next.text}"`,
                    suggestions: [replacement],
                });
            });
        }
        return messages;
    },
};
function startsSentence(masked, word) {
    return /(^|[.!?:]["'’”)]*\s+|\n\s*)$/.test(masked.slice(Math.max(0, word.start - 20), word.start));
}

;// CONCATENATED MODULE: ./src/text/run-together.ts

/**
 * Two words written as one, each with its single correction ("alot" → "a lot"). The confusables rule reports
 * them with that correction; the spelling rule leaves them to it, so a slip is reported once and with the right fix.
 */
const RUN_TOGETHER = new Map([
    ["alot", "a lot"],
    ["aswell", "as well"],
    ["atleast", "at least"],
    ["eachother", "each other"],
    ["infact", "in fact"],
    ["eventhough", "even though"],
]);
/** "Alot" → "A lot": the correction of a run-together word, in its case, or undefined. */
function runTogetherOf(text) {
    if (text.length < 4 || text.length > 11)
        return undefined;
    const fix = RUN_TOGETHER.get(text.toLowerCase());
    return fix ? inCaseOf(text, fix) : undefined;
}

;// CONCATENATED MODULE: ./src/rules/confusables/slips.ts


/** Nouns a writer owns: "you're whole funnel", "they're own team" can only be the possessive. */
const POSSESSED = new Set([
    "own",
    "whole",
    "entire",
    "favorite",
    "favourite",
    "team",
    "business",
    "brand",
    "audience",
    "customers",
    "account",
    "feed",
    "funnel",
    "profile",
    "order",
    "inbox",
    "website",
    "content",
    "friends",
    "family",
    "kids",
    "money",
    "store",
    "shop",
    "cart",
    "career",
    "goals",
    "followers",
]);
/** After "your", words that show "you're" (you are) is meant: "your going to", "your not", "your welcome!". */
const AFTER_YOU_ARE = new Set(["gonna", "not", "the", "so", "already", "always", "never", "really"]);
const AFTER_THEY_ARE = new Set(["gonna", "not", "already", "always", "never", "really"]);
const AFTER_THERE = new Set(["is", "are", "was", "were", "isn't", "aren't", "wasn't", "weren't"]);
/** Words "then" follows by mistake for "than" ("better then ever"); "later then" and "no longer then" are fine. */
const COMPARATIVES = new Set([
    "more",
    "less",
    "fewer",
    "better",
    "worse",
    "rather",
    "other",
    "greater",
    "bigger",
    "smaller",
    "faster",
    "cheaper",
    "higher",
    "lower",
    "larger",
    "easier",
    "harder",
    "stronger",
    "quicker",
    "sooner",
]);
/** Words "than" follows by mistake for "then" ("and than we", "since than", "back than"). */
const BEFORE_THEN = new Set(["and", "since", "until", "till", "back"]);
/** What "loose" stands before when "lose" is meant: "loose track", "loose weight", "loose your way". */
const LOST = new Set([
    "track",
    "weight",
    "money",
    "sleep",
    "sight",
    "interest",
    "touch",
    "heart",
    "hope",
    "focus",
    "control",
    "followers",
    "customers",
    "out",
    "my",
    "your",
    "our",
    "their",
    "his",
    "her",
    "them",
]);
/** Words after which only the verb can come: "will loose", "don't loose", "we'll loose". */
const BEFORE_VERB = new Set([
    "will",
    "won't",
    "don't",
    "dont",
    "didn't",
    "can't",
    "cannot",
    "could",
    "would",
    "might",
    "should",
    "may",
    "must",
    "i'll",
    "we'll",
    "you'll",
    "they'll",
]);
/** What "lose" stands before when "loose" is meant: "lose fit", "tie up lose ends". */
const LOOSE_THINGS = new Set(["fit", "fitting", "ends", "leaf", "threads"]);
/** Not "must": "a must of the season" is a noun. */
const MODALS = ["should", "could", "would", "shouldn't", "couldn't", "wouldn't"];
function swap(at, expected, why) {
    const replacement = inCaseOf(at.word.text, expected);
    return {
        start: at.word.start,
        end: at.word.end,
        expected: replacement,
        message: `"${at.word.text}" here means ${why}; expected "${replacement}"`,
    };
}
const youAre = (at) => AFTER_YOU_ARE.has(at.next) ||
    at.nextText === "a" ||
    at.nextText === "an" ||
    (at.next === "going" && at.afterNext === "to") ||
    // "Your welcome!" alone; "overstay your welcome" and "your welcome email" are fine.
    (at.next === "welcome" && at.afterNext === "" && at.previous === "")
    ? swap(at, "you're", `"you are" before "${at.nextText}"`)
    : undefined;
const theyAreOrThere = (at) => {
    if (AFTER_THEY_ARE.has(at.next) || (at.next === "going" && at.afterNext === "to")) {
        return swap(at, "they're", `"they are" before "${at.nextText}"`);
    }
    return AFTER_THERE.has(at.next) ? swap(at, "there", `"there" before "${at.nextText}"`) : undefined;
};
const possessive = (expected) => (at) => POSSESSED.has(at.next) ? swap(at, expected, `belonging to them before "${at.nextText}"`) : undefined;
/** "alot" → "a lot": no neighbour needed. */
const runTogether = (fix) => (at) => {
    const expected = inCaseOf(at.word.text, fix);
    return { start: at.word.start, end: at.word.end, expected, message: `"${at.word.text}" is two words; expected "${expected}"` };
};
const DETECTORS = new Map([
    ["your", youAre],
    ["you're", (at) => (POSSESSED.has(at.next) ? swap(at, "your", `belonging to you before "${at.nextText}"`) : undefined)],
    ["their", theyAreOrThere],
    ["there", (at) => (at.next === "own" ? swap(at, "their", `belonging to them before "${at.nextText}"`) : undefined)],
    ["they're", (at) => (AFTER_THERE.has(at.next) ? swap(at, "there", `"there" before "${at.nextText}"`) : possessive("their")(at))],
    [
        "loose",
        (at) => {
            if (BEFORE_VERB.has(at.previous))
                return swap(at, "lose", `the verb after "${at.previous}"`);
            return LOST.has(at.next) ? swap(at, "lose", `the verb before "${at.nextText}"`) : undefined;
        },
    ],
    ["lose", (at) => (LOOSE_THINGS.has(at.next) ? swap(at, "loose", `the adjective before "${at.nextText}"`) : undefined)],
    [
        "then",
        // "Prices were better then." is about time: only a word after "then" makes it a comparison.
        (at) => (COMPARATIVES.has(at.previous) && at.next !== "" ? swap(at, "than", `a comparison after "${at.previous}"`) : undefined),
    ],
    ["than", (at) => (BEFORE_THEN.has(at.previous) ? swap(at, "then", `a time or a sequence after "${at.previous}"`) : undefined)],
    [
        "of",
        // "would of course" is fine; "should of known" is "should have" heard as "should of".
        (at) => {
            if (!MODALS.includes(at.previous) || at.next === "course" || at.next === "")
                return undefined;
            return swap(at, "have", `"have" ("${at.previous} have", or "${at.previous}'ve")`);
        },
    ],
]);
for (const [word, fix] of RUN_TOGETHER)
    DETECTORS.set(word, runTogether(fix));
// Curly apostrophes are looked up as written: lower-casing is the only normalisation on the hot path.
for (const [word, detect] of [...DETECTORS])
    if (word.includes("'"))
        DETECTORS.set(word.replace("'", "’"), detect);
/**
 * The slip at `words[index]` of a prose segment's masked text, or undefined. Most words are no trigger: one map
 * lookup of the word as written (lower-cased only when it starts with a capital) settles them.
 */
function slipAt(masked, words, index) {
    const word = words[index];
    const text = word.text;
    const first = text.charCodeAt(0);
    const detect = DETECTORS.get(text) ?? (first >= 65 && first <= 90 ? DETECTORS.get(text.toLowerCase()) : undefined);
    if (!detect)
        return undefined;
    const nextWord = nextInPhrase(masked, words, index);
    const at = {
        word,
        previous: plainLower(previousInPhrase(masked, words, index)),
        next: plainLower(nextWord),
        afterNext: nextWord ? plainLower(nextInPhrase(masked, words, index + 1)) : "",
        nextText: nextWord?.text ?? "",
    };
    return detect(at);
}

;// CONCATENATED MODULE: ./src/rules/confusables/index.ts



/**
 * Real words in the wrong place, which no dictionary catches: each is told by its neighbours in the same
 * phrase ("your going to", "loose track", "better then ever", "should of known"), and only where they leave no
 * doubt, so ordinary prose ("your team", "lose weight", "and then") stays quiet. Each word is looked up once in
 * a map of the few trigger words before any neighbour is read.
 */
const confusablesRule = {
    id: "confusables",
    description: 'Real-word slips the context gives away: your/you\'re, their/there/they\'re, loose/lose, then/than, "should of", and words run together ("alot").',
    defaultSeverity: "error",
    bodyOnly: true,
    check(post) {
        const messages = [];
        for (const prose of (0,post_segments/* proseOf */.jv)(post)) {
            const { masked, words } = prose;
            for (let index = 0; index < words.length; index++) {
                const slip = slipAt(masked, words, index);
                // A word quoted as a word ("their" is possessive) is a literal.
                if (!slip || quotedAsWord(masked, words[index]))
                    continue;
                messages.push({
                    ...(0,post_segments/* segmentSpan */.U6)(post, prose.segment, slip.start, slip.end),
                    message: slip.message,
                    suggestions: [slip.expected],
                });
            }
        }
        return messages;
    },
};

;// CONCATENATED MODULE: ./src/links/well-formed.ts
/**
 * The one well-formedness check for URLs that readers should be able to follow: links in the text,
 * `reply_to` (rule `link`) and fact sources (rule `fact-source`). One function, so a URL that one rule
 * calls malformed is malformed for the other too.
 *
 * Returns what is wrong as a predicate to write after the URL ("is not a well-formed URL"), or undefined.
 */
function urlProblem(url) {
    let parsed;
    try {
        parsed = new URL(url);
    }
    catch {
        return "is not a well-formed URL";
    }
    if (parsed.protocol !== "http:" && parsed.protocol !== "https:")
        return `is a ${parsed.protocol} URL; expected http(s)`;
    const host = parsed.hostname;
    // WHATWG URL parsing accepts hosts no browser or app will resolve or link: "shop", "acme..example", "acme.example.".
    if (!host.includes(".") && host !== "localhost" && !host.startsWith("["))
        return `has no valid host name ("${host}")`;
    if (host.startsWith(".") || host.endsWith(".") || host.includes(".."))
        return `has a malformed host name ("${host}")`;
    return undefined;
}

// EXTERNAL MODULE: ./src/text/one-line.ts
var one_line = __webpack_require__(73854);
// EXTERNAL MODULE: ./src/text/tokens.ts
var tokens = __webpack_require__(97837);
;// CONCATENATED MODULE: ./src/rules/fact-source/index.ts



/** A scheme glued to the rest ("mailto:x", "https://…"); "Interview: Jane Doe, 2026" is a plain reference. */
const LOOKS_LIKE_URL = /^[a-z][a-z0-9+.-]*:(?=\S)/i;
/** A date (2026-11-18, 18 November, Nov 2026) or a year makes a plain reference traceable. */
const HAS_DATE = /\b(?:\d{4}-\d{2}-\d{2}|(?:19|20)\d{2}|\d{1,2}\.\d{1,2}\.\d{2,4}|\d{1,2}\/\d{1,2}\/\d{2,4})\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b/i;
/** Capitalised words that do not name anyone: a reference made only of these is too vague. */
const GENERIC = new Set("the a an email e-mail mail call phone meeting chat slack teams internet web website online google source client team they we our their from by on in with per via".split(" "));
/**
 * A plain reference is specific when it carries a date or names someone (a capitalised, non-generic word); one
 * that carries an http(s) URL is read before this, by that URL.
 */
function isSpecific(source) {
    if (HAS_DATE.test(source))
        return true;
    return (source.match(/\p{Lu}[\p{L}'-]*/gu) ?? []).some((word) => !GENERIC.has(word.toLowerCase()));
}
const factSourceRule = {
    id: "fact-source",
    description: "Every fact has a claim, a traceable source (an http(s) URL, or a reference naming who or when) and provided_by; client facts are recorded.",
    defaultSeverity: "error",
    check(post) {
        const messages = [];
        (post.data.facts ?? []).forEach((fact, index) => {
            const claim = fact.claim.trim();
            const source = fact.source.trim();
            if (claim === "")
                messages.push({
                    ...post.spanOf(["facts", index, "claim"]),
                    message: `facts[${index}].claim: empty; write the claim as the post makes it`,
                });
            const at = post.spanOf(["facts", index, "source"]);
            if (source === "") {
                messages.push({
                    ...at,
                    message: `facts[${index}].source: empty; expected an http(s) URL or a reference such as "email from Jane Doe, 2026-11-18"`,
                });
            }
            else if (/^www\./i.test(source)) {
                const problem = urlProblem(`https://${source}`);
                messages.push(problem
                    ? { ...at, message: `facts[${index}].source: "${source}" has no scheme, and https://${source} ${problem}` }
                    : {
                        ...at,
                        message: `facts[${index}].source: "${source}" has no scheme; expected https://${source}`,
                        suggestions: [`https://${source}`],
                    });
            }
            else if (LOOKS_LIKE_URL.test(source)) {
                // The same check as rule link's, which leaves malformed sources to this rule so each is reported once.
                const problem = urlProblem(source);
                if (problem)
                    messages.push({ ...at, message: `facts[${index}].source: "${source}" ${problem}` });
            }
            else if ((0,tokens/* urlsIn */._O)(source).length > 0) {
                // A plain reference that carries an http(s) URL ("giveaway terms at https://acme.example/terms") is as
                // traceable as the URL alone. Its URLs get the same check as a URL source, each malformed one reported once
                // (and not also as vague: the fix is the URL); rule link leaves fact sources to this rule.
                const problems = new Map();
                for (const { text } of (0,tokens/* urlsIn */._O)(source)) {
                    const problem = urlProblem(text);
                    if (problem)
                        problems.set(text, problem);
                }
                for (const [url, problem] of problems)
                    messages.push({ ...at, message: `facts[${index}].source: "${url}" ${problem}` });
            }
            else if (!isSpecific(source)) {
                messages.push({
                    ...at,
                    message: `facts[${index}].source: "${(0,one_line/* oneLine */.T)(source)}" is too vague to trace; name who provided it or when (e.g. "email from Jane Doe, 2026-11-18")`,
                });
            }
            if (fact.provided_by === "client" && claim !== "") {
                // A claim or source written as a YAML block scalar holds line breaks: the record stays on one line.
                messages.push({
                    ...post.spanOf(["facts", index, "provided_by"]),
                    severity: "info",
                    message: `provided by the client: "${(0,one_line/* oneLine */.T)(claim)}" (source: ${(0,one_line/* oneLine */.T)(source)})`,
                });
            }
        });
        return messages;
    },
};

;// CONCATENATED MODULE: ./src/post/count-limit.ts

/**
 * Shared by `hashtags` and `mentions`: counts the tokens in the text each channel publishes and reports, at the
 * first token over the limit, how many there are and how many the channel allows. Channels that publish the same
 * text (the body) share one finding naming them all: one text, one problem, one thing to fix.
 */
function checkCountLimit(post, options, defaults, noun, find) {
    const { max = defaults.max, per_channel: perChannel = {} } = options;
    // By the text's start in the file: the body is one text whichever channels publish it; each variant its own.
    const overByText = new Map();
    for (const channelId of post.data.channels) {
        const limit = perChannel[channelId] ?? max;
        if (!limit)
            continue;
        const { segment } = (0,post_segments/* channelText */.be)(post, channelId);
        const key = segment.offsetAt(0);
        const known = overByText.get(key);
        const tokens = known?.tokens ?? find(segment.text);
        if (tokens.length <= limit)
            continue;
        if (known)
            known.channels.push({ id: channelId, limit });
        else
            overByText.set(key, { segment, tokens, channels: [{ id: channelId, limit }] });
    }
    const messages = [];
    for (const { segment, tokens, channels } of overByText.values()) {
        const limit = Math.min(...channels.map((c) => c.limit));
        const over = tokens[limit];
        const sameLimit = channels.every((c) => c.limit === limit);
        const names = listed(channels.map((c) => (sameLimit ? c.id : `${c.id} (at most ${c.limit})`)));
        messages.push({
            ...post.spanAt(segment.offsetAt(over.index), segment.offsetAt(over.index + over.text.length)),
            message: `${tokens.length} ${noun} for ${names}${sameLimit ? `, at most ${limit}` : ""}: remove ${tokens.length - limit} (from ${over.text} on)`,
        });
    }
    return messages;
}
/** "a", "a and b", "a, b and c". */
function listed(items) {
    return items.length > 1 ? `${items.slice(0, -1).join(", ")} and ${items.at(-1)}` : (items[0] ?? "");
}

;// CONCATENATED MODULE: ./src/rules/hashtags/index.ts


/** Options: `{max: 5, per_channel: {acme-bluesky: 3}}`; default at most 5 per channel. */
const hashtagsRule = {
    id: "hashtags",
    description: "The text each channel publishes has at most `max` hashtags (default 5; `per_channel` overrides).",
    defaultSeverity: "warning",
    check: (post, { options }) => checkCountLimit(post, options, { max: 5 }, "hashtags", tokens/* hashtagsIn */.Pi),
};

;// CONCATENATED MODULE: ./src/generated/trigger-words.ts
// GENERATED by scripts/generate-trigger-words.mjs from retext-equality 7.1.0 and retext-profanities 8.0.0 — do not edit; run `npm run gen:types`.
/** Every phrase retext-equality looks for, as lower-case words without apostrophes. */
const EQUALITY_PHRASES = [
    "ablebodied",
    "actor",
    "actors",
    "actress",
    "actresses",
    "add",
    "addict",
    "addicts",
    "adhd",
    "afflicted with a disability",
    "afflicted with a intellectual disability",
    "afflicted with a polio",
    "afflicted with aids",
    "afflicted with an injury",
    "afflicted with disabilities",
    "afflicted with injuries",
    "afflicted with intellectual disabilities",
    "afflicted with md",
    "afflicted with multiple sclerosis",
    "afflicted with muscular dystrophy",
    "afflicted with polio",
    "afflicted with psychosis",
    "afflicted with schizophrenia",
    "aids victim",
    "aircrew woman",
    "aircrew women",
    "aircrewman",
    "aircrewmen",
    "aircrewwoman",
    "aircrewwomen",
    "airman",
    "airmen",
    "alcohol abuser",
    "alcoholic",
    "alderman",
    "aldermen",
    "alderwoman",
    "alderwomen",
    "alumna",
    "alumnae",
    "alumni",
    "alumnus",
    "amputee",
    "anchorman",
    "anchormen",
    "anchorwoman",
    "anchorwomen",
    "ancient man",
    "animal spirit",
    "anorexic",
    "assemblyman",
    "assemblywoman",
    "asylum",
    "aunt",
    "aunts",
    "authoress",
    "average housewife",
    "average man",
    "average working man",
    "aviatrix",
    "babe",
    "barren",
    "basically",
    "bathroom bill",
    "batshit",
    "bedlam",
    "bi",
    "bimbo",
    "binge",
    "biologically female",
    "biologically male",
    "bipolar",
    "birth defect",
    "bitch",
    "bitching",
    "black list",
    "blackhat",
    "blacklist",
    "blacklisted",
    "blacklisting",
    "blind eye to",
    "blind to",
    "blinded by",
    "bogeyman",
    "bogeywoman",
    "bogieman",
    "bogiemen",
    "bogiewoman",
    "bogiewomen",
    "bondsman",
    "bondsmen",
    "bondswoman",
    "bondswomen",
    "bony",
    "boogeyman",
    "boogeywoman",
    "boogieman",
    "boogiemen",
    "boogiewoman",
    "boogiewomen",
    "born a man",
    "born a woman",
    "bound to a wheelchair",
    "boy",
    "boyfriend",
    "boyfriends",
    "boyhood",
    "boyish",
    "boys",
    "bride",
    "bro",
    "brother",
    "brotherhood",
    "brotherhood of man",
    "brothers",
    "buckteeth",
    "bucktoothed",
    "bugreport",
    "businessman",
    "businessmen",
    "businesswoman",
    "businesswomen",
    "calendar girl",
    "call girl",
    "cameraman",
    "cameramen",
    "camerawoman",
    "camerawomen",
    "career girl",
    "career woman",
    "cattleman",
    "cattlemen",
    "cattlewoman",
    "cattlewomen",
    "caveman",
    "cavemen",
    "cavewoman",
    "cavewomen",
    "chairman",
    "chairmen",
    "chairwoman",
    "chairwomen",
    "challenged",
    "chick",
    "chick cop",
    "churchman",
    "circle the wagons",
    "cleaning boy",
    "cleaning girl",
    "cleaning girls",
    "cleaning ladies",
    "cleaning lady",
    "cleaning man",
    "cleaning men",
    "cleaning woman",
    "clearly",
    "cleftlipped",
    "clergyman",
    "clergymen",
    "clergywoman",
    "clergywomen",
    "commit suicide",
    "committed suicide",
    "committee man",
    "committee woman",
    "common girl",
    "common man",
    "complete suicide",
    "completed suicide",
    "confined to a wheelchair",
    "congressman",
    "congressmen",
    "congresswoman",
    "congresswomen",
    "contard",
    "councilman",
    "councilmen",
    "councilwoman",
    "councilwomen",
    "countryman",
    "countrymen",
    "countrywoman",
    "countrywomen",
    "cowboy",
    "cowboys",
    "cowgirl",
    "cowgirls",
    "craftsman",
    "craftsmen",
    "craftswoman",
    "craftswomen",
    "crazy",
    "cretin",
    "cripple",
    "crippled",
    "dad",
    "daddies",
    "daddy",
    "dads",
    "daft",
    "dame",
    "dames",
    "daughter",
    "daughters",
    "deaf and dumb",
    "deaf ear to",
    "deaf to",
    "deafened by",
    "deafmute",
    "delirious",
    "delivery boy",
    "delivery girl",
    "demented",
    "depressed",
    "detox",
    "detox center",
    "diffability",
    "differently abled",
    "disabled",
    "doorman",
    "doormen",
    "doorwoman",
    "doorwomen",
    "downs syndrome",
    "dream catcher",
    "dude",
    "dudely",
    "dudes",
    "dumb",
    "dummy",
    "dummyobject",
    "dummyvalue",
    "dummyvariable",
    "dwarf",
    "dyke",
    "dyslexic",
    "easily",
    "easy",
    "emperor",
    "emperors",
    "empress",
    "empresses",
    "english master",
    "englishmen",
    "epidemic of suicides",
    "epileptic",
    "eskimo",
    "eskimos",
    "everyone knows",
    "executrix",
    "fag",
    "faggot",
    "failed attempt",
    "failed suicide",
    "family burden",
    "father",
    "father of",
    "father tongue",
    "fatherland",
    "fathers",
    "feeble minded",
    "feebleminded",
    "fellow",
    "fellowship",
    "females",
    "feminin",
    "femininity",
    "fireman",
    "firemen",
    "firewoman",
    "firewomen",
    "fisherman",
    "fishermen",
    "fisherwoman",
    "fisherwomen",
    "forefather",
    "forefathers",
    "foreman",
    "foremen",
    "foremother",
    "foremothers",
    "forewoman",
    "forewomen",
    "founding father",
    "fraternal",
    "frenchmen",
    "freshman",
    "freshmen",
    "freshwoman",
    "freshwomen",
    "front men frontmen",
    "front women frontwomen",
    "frontman front man",
    "frontwoman front woman",
    "fucktard",
    "gal",
    "gals",
    "garbageman",
    "garbagemen",
    "garbagewoman",
    "garbagewomen",
    "gay agenda",
    "gay lifestyle",
    "gay rights",
    "gender pronoun",
    "gender pronouns",
    "genetically female",
    "genetically male",
    "gentleman",
    "gentlemen",
    "gents",
    "ghetto",
    "gimp",
    "gipsy",
    "girl",
    "girlfriend",
    "girlfriends",
    "girlhood",
    "girlish",
    "girls",
    "girly",
    "godfather",
    "godmother",
    "goy",
    "goyim",
    "goyum",
    "gramps",
    "granddaddy",
    "granddaughter",
    "granddaughters",
    "grandfather",
    "grandfather clause",
    "grandfather policy",
    "grandfathered",
    "grandfathering",
    "grandfathers",
    "grandma",
    "grandmother",
    "grandmothers",
    "grandpa",
    "grandpappy",
    "grandson",
    "grandsons",
    "granny",
    "groom",
    "guy",
    "guys",
    "gyp",
    "gyppo",
    "gypsy",
    "handicapable",
    "handicapped",
    "handicapped parking",
    "handyman",
    "handymen",
    "handywoman",
    "handywomen",
    "hang",
    "hanged",
    "hangman",
    "hangmen",
    "hangwoman",
    "hangwomen",
    "hare lip",
    "harelip",
    "harelipped",
    "has intellectual issues",
    "he",
    "hearing impaired",
    "hearing impairment",
    "hed",
    "hell",
    "henchman",
    "henchmen",
    "henchwoman",
    "henchwomen",
    "her",
    "hermaphrodite",
    "hermaphroditic",
    "hero",
    "heroes",
    "heroine",
    "heroines",
    "hers",
    "herself",
    "hes",
    "heshe",
    "him",
    "himself",
    "his",
    "homo",
    "homosexual",
    "homosexual agenda",
    "homosexual couple",
    "homosexual lifestyle",
    "homosexual marriage",
    "homosexual relations",
    "homosexual relationship",
    "host",
    "hostess",
    "hostesses",
    "hosts",
    "housemaid",
    "housewife",
    "housewives",
    "husband",
    "husbands",
    "hymie",
    "idiot",
    "imbecile",
    "indian country",
    "indian give",
    "indian giver",
    "industrial man",
    "infantile paralysis",
    "insane",
    "insanely",
    "insanity",
    "insomnia",
    "insomniac",
    "insomniacs",
    "insurance man",
    "insurance men",
    "insurance woman",
    "insurance women",
    "intellectually disabled",
    "intellectually disabled people",
    "invalid",
    "islamist",
    "islamists",
    "janitor",
    "janitors",
    "janitress",
    "janitresses",
    "japs",
    "journeyman",
    "journeymen",
    "journeywoman",
    "journeywomen",
    "jump the reservation",
    "junkie",
    "junkies",
    "just",
    "king",
    "kingmaker",
    "kings",
    "kingsize",
    "kinsman",
    "kinsmen",
    "kinswoman",
    "kinswomen",
    "lad",
    "ladies",
    "lady",
    "lady doctor",
    "ladylike",
    "lame",
    "landladies",
    "landlady",
    "landlord",
    "landlords",
    "latina",
    "latino",
    "layman",
    "laymen",
    "laywoman",
    "laywomen",
    "leading lady",
    "learning disabled",
    "libtard",
    "like a man",
    "long time no hear",
    "long time no see",
    "loony",
    "loony bin",
    "lord",
    "lords",
    "low iq",
    "lunacy",
    "lunatic",
    "mad man",
    "mad men",
    "madhouse",
    "madman",
    "madmen",
    "maiden",
    "maiden flight",
    "maiden name",
    "maiden race",
    "maiden speech",
    "maiden voyage",
    "mailman",
    "mailmen",
    "mailwoman",
    "mailwomen",
    "make great again",
    "males",
    "mama",
    "mamas",
    "man",
    "man a desk",
    "man enough",
    "man hour",
    "man hours",
    "man in the street",
    "man of action",
    "man of letters",
    "man of the land",
    "man of the world",
    "man sized task",
    "man the booth",
    "man the fort",
    "man the phones",
    "manhood",
    "manhour",
    "manhours",
    "maniac",
    "manic",
    "mankind",
    "manliness",
    "manly",
    "manmade",
    "manned",
    "manpower",
    "mans best friend",
    "mansized task",
    "marksman",
    "marksmen",
    "markswoman",
    "markswomen",
    "masculinity",
    "master",
    "master copy",
    "master key",
    "master of ceremonies",
    "master plan",
    "master the art",
    "masterful",
    "mastermind",
    "masterpiece",
    "masterplan",
    "masters",
    "masterstroke",
    "maternal",
    "maternity",
    "men",
    "men of science",
    "mental",
    "mental case",
    "mental defective",
    "mentally ill",
    "middleman",
    "middlemen",
    "middlewoman",
    "middlewomen",
    "midget",
    "midwife",
    "milkman",
    "milkmen",
    "milkwoman",
    "milkwomen",
    "miss",
    "moan",
    "moaning",
    "modern man",
    "mom",
    "momma",
    "mommas",
    "mommies",
    "mommy",
    "moms",
    "mongoloid",
    "moron",
    "moronic",
    "mother",
    "mother tongue",
    "motherland",
    "motherly",
    "mothers",
    "mrs",
    "multiple sclerosis victim",
    "mum",
    "mums",
    "natives are becoming restless",
    "natives are getting restless",
    "natives are growing restless",
    "natives are restless",
    "nephew",
    "nephews",
    "neurotic",
    "newsman",
    "newsmen",
    "newspaperman",
    "newspapermen",
    "newspaperwoman",
    "newspaperwomen",
    "newswoman",
    "newswomen",
    "niece",
    "nieces",
    "no mans land",
    "nobleman",
    "noblemen",
    "noblewoman",
    "noblewomen",
    "non white",
    "nonwhite",
    "nuts",
    "obvious",
    "obviously",
    "ocd",
    "of course",
    "off reserve",
    "off the reservation",
    "office girls",
    "ombudsman",
    "ombudsmen",
    "ombudswoman",
    "ombudswomen",
    "on the warpath",
    "oneupmanship",
    "oriental",
    "orientals",
    "own man",
    "own woman",
    "panic attack",
    "papa",
    "papas",
    "paraplegic",
    "paternal",
    "paternity",
    "patroness",
    "pinays",
    "pinoys",
    "pocahontas",
    "poetess",
    "policeman",
    "policemen",
    "policewoman",
    "policewomen",
    "pop",
    "postman",
    "postmen",
    "postwoman",
    "postwomen",
    "pow wow",
    "powwow",
    "preferred pronoun",
    "preferred pronouns",
    "primitive",
    "prince",
    "princes",
    "princess",
    "princesses",
    "pseudo hermaphrodite",
    "pseudo hermaphroditic",
    "pseudohermaphrodite",
    "pseudohermaphroditic",
    "psycho",
    "psychopathology",
    "psychotic",
    "pull the trigger",
    "quadriplegic",
    "queen",
    "queenmaker",
    "queens",
    "queensize",
    "railwayman",
    "red indian",
    "red indians",
    "redskin",
    "redskins",
    "rehab",
    "rehab center",
    "repairman",
    "repairmen",
    "repairwoman",
    "repairwomen",
    "restricted to a wheelchair",
    "retard",
    "retarded",
    "retards",
    "salaryman",
    "salarymen",
    "salarywoman",
    "salarywomen",
    "sales man",
    "sales men",
    "sales woman",
    "sales women",
    "salesladies",
    "saleslady",
    "salesman",
    "salesmen",
    "saleswoman",
    "saleswomen",
    "sandman",
    "sandmen",
    "sandwoman",
    "sandwomen",
    "sane",
    "sanity check",
    "savage",
    "schizo",
    "schizophrenic",
    "senile",
    "serviceman",
    "servicemen",
    "servicewoman",
    "servicewomen",
    "sex change",
    "sex change operation",
    "sexchange",
    "sexual preference",
    "she",
    "she male",
    "shed",
    "shehe",
    "shell",
    "shemale",
    "shes",
    "shlomo",
    "short bus",
    "show women",
    "showman",
    "showmen",
    "showwoman",
    "showwomen",
    "shyster",
    "simple",
    "simpleton",
    "simply",
    "sister",
    "sisterhood",
    "sisters",
    "slave",
    "slaves",
    "small person",
    "sociopath",
    "sociopaths",
    "sodomite",
    "son",
    "sons",
    "sophisticated culture",
    "sophisticated technology",
    "spaceman",
    "spacemen",
    "spacewoman",
    "spacewomen",
    "spade",
    "spastic",
    "spaz",
    "special",
    "special needs",
    "special olympians",
    "special olympic athletes",
    "special rights",
    "specially abled",
    "spirit animal",
    "spokesman",
    "spokesmen",
    "spokeswoman",
    "spokeswomen",
    "sportsman",
    "sportsmanlike",
    "sportsmanship",
    "sportsmen",
    "sportswoman",
    "sportswomen",
    "stammering",
    "statesman",
    "statesman like",
    "statesmanlike",
    "stateswoman",
    "stepbrother",
    "stepbrothers",
    "stepdad",
    "stepfather",
    "stepfathers",
    "stepmom",
    "stepmother",
    "stepmothers",
    "stepsister",
    "stepsisters",
    "steward",
    "stewardess",
    "stewardesses",
    "stewards",
    "stockman",
    "stone age",
    "straight forward",
    "straight forwardly",
    "straightforward",
    "straightforwardly",
    "stroke victim",
    "stupid",
    "stutterer",
    "successful suicide",
    "suffer from aids",
    "suffer from an injury",
    "suffer from injuries",
    "suffering from a disability",
    "suffering from a polio",
    "suffering from a stroke",
    "suffering from aids",
    "suffering from an injury",
    "suffering from an intellectual disability",
    "suffering from disabilities",
    "suffering from injuries",
    "suffering from intellectual disabilities",
    "suffering from multiple sclerosis",
    "suffering from polio",
    "suffering from psychosis",
    "suffering from schizophrenia",
    "suffers from aids",
    "suffers from an injury",
    "suffers from disabilities",
    "suffers from injuries",
    "suffers from intellectual disabilities",
    "suffers from md",
    "suffers from multiple sclerosis",
    "suffers from muscular dystrophy",
    "suffers from polio",
    "suffers from psychosis",
    "suffers from schizophrenia",
    "suicide epidemic",
    "suicide failure",
    "suicide note",
    "suicide pact",
    "superman",
    "supermen",
    "superwoman",
    "superwomen",
    "tax man",
    "too many chiefs",
    "totem",
    "tourettes disorder",
    "tourettes syndrome",
    "towel heads",
    "tradesmans entrance",
    "tranny",
    "transgendered",
    "transgenderism",
    "transgenders",
    "transvestite",
    "tribe",
    "uncle",
    "uncles",
    "unmanly",
    "unmanned",
    "unmenly",
    "unwomanly",
    "unwomenly",
    "usherette",
    "vertically challenged",
    "victim of a stroke",
    "victim of aids",
    "victim of an injury",
    "victim of injuries",
    "victim of multiple sclerosis",
    "victim of polio",
    "victim of psychosis",
    "wacko",
    "waiter",
    "waiters",
    "waitress",
    "waitresses",
    "watchman",
    "watchmen",
    "watchwoman",
    "watchwomen",
    "weatherman",
    "weathermen",
    "weatherwoman",
    "weatherwomen",
    "whacko",
    "wheelchair bound",
    "white list",
    "whitehat",
    "whitelist",
    "whitelisted",
    "whitelisting",
    "widow",
    "widower",
    "widowers",
    "widows",
    "wife",
    "wife beater",
    "wifebeater",
    "wives",
    "woman",
    "woman lawyer",
    "woman painter",
    "womanhood",
    "women",
    "working man",
    "working mother",
    "working wife",
    "working woman",
    "workman",
    "workmanship",
    "workmen",
    "workwoman",
    "workwomen"
];
/** Every cuss phrase, as lower-case words, with its rating (0 maybe, 1 likely, 2 surely profane). */
const PROFANITY_PHRASES = {
    "abbo": 1,
    "abeed": 2,
    "abid": 1,
    "abo": 1,
    "abortion": 1,
    "abuse": 1,
    "addict": 1,
    "addicts": 1,
    "adult": 0,
    "africa": 0,
    "african": 0,
    "africoon": 2,
    "alla": 1,
    "allah": 0,
    "alligator bait": 2,
    "alligatorbait": 2,
    "amateur": 0,
    "american": 0,
    "anal": 1,
    "analannie": 2,
    "analsex": 1,
    "angie": 0,
    "angry": 0,
    "anus": 1,
    "arab": 0,
    "arabs": 0,
    "arabush": 2,
    "arabushs": 2,
    "areola": 1,
    "argie": 2,
    "armo": 2,
    "armos": 2,
    "aroused": 0,
    "arse bandit": 2,
    "arse": 2,
    "arsehole": 2,
    "asian": 0,
    "ass": 2,
    "assassin": 0,
    "assassinate": 0,
    "assassination": 0,
    "assault": 0,
    "assbagger": 2,
    "assblaster": 2,
    "assclown": 2,
    "asscowboy": 2,
    "asses": 2,
    "assfuck": 2,
    "assfucker": 2,
    "asshat": 2,
    "asshole": 2,
    "assholes": 2,
    "asshore": 2,
    "assjockey": 2,
    "asskiss": 2,
    "asskisser": 2,
    "assklown": 2,
    "asslick": 2,
    "asslicker": 2,
    "asslover": 2,
    "assman": 2,
    "assmonkey": 2,
    "assmunch": 2,
    "assmuncher": 2,
    "asspacker": 2,
    "asspirate": 2,
    "asspuppies": 2,
    "assranger": 2,
    "asswhore": 2,
    "asswipe": 2,
    "athletesfoot": 1,
    "attack": 0,
    "australian": 0,
    "babe": 1,
    "babies": 0,
    "backdoor": 0,
    "backdoorman": 2,
    "backseat": 0,
    "badfuck": 2,
    "balllicker": 2,
    "balls": 1,
    "ballsack": 1,
    "banana": 0,
    "bananas": 0,
    "banging": 1,
    "baptist": 0,
    "barelylegal": 2,
    "barf": 2,
    "barface": 2,
    "barfface": 2,
    "bast": 0,
    "bastard": 1,
    "batty boy": 2,
    "bazongas": 2,
    "bazooms": 2,
    "beanbag": 2,
    "beanbags": 2,
    "beaner": 2,
    "beaners": 2,
    "beaney": 2,
    "beaneys": 2,
    "beast": 0,
    "beastality": 1,
    "beastial": 1,
    "beastiality": 1,
    "beatoff": 2,
    "beatyourmeat": 2,
    "beaver": 0,
    "bender": 0,
    "bent": 0,
    "bestial": 1,
    "bestiality": 1,
    "bi": 0,
    "biatch": 2,
    "bible": 0,
    "bicurious": 1,
    "bigass": 2,
    "bigbastard": 2,
    "bigbutt": 2,
    "bigger": 0,
    "bisexual": 0,
    "bitch": 1,
    "bitcher": 2,
    "bitches": 1,
    "bitchez": 2,
    "bitchin": 2,
    "bitching": 2,
    "bitchslap": 2,
    "bitchy": 2,
    "biteme": 2,
    "black": 0,
    "blackman": 1,
    "blackout": 0,
    "blacks": 1,
    "blind": 0,
    "blow": 0,
    "blowjob": 2,
    "bluegum": 2,
    "bluegums": 2,
    "boang": 2,
    "boche": 2,
    "boches": 2,
    "bogan": 2,
    "bohunk": 2,
    "bollick": 2,
    "bollock": 2,
    "bollocks": 2,
    "bomb": 0,
    "bombers": 0,
    "bombing": 0,
    "bombs": 0,
    "bomd": 0,
    "bondage": 1,
    "boner": 2,
    "bong": 2,
    "boob": 1,
    "boobies": 2,
    "boobs": 1,
    "booby": 2,
    "boody": 2,
    "boom": 0,
    "boong": 2,
    "boonga": 2,
    "boongas": 2,
    "boongs": 2,
    "boonie": 2,
    "boonies": 2,
    "bootlip": 2,
    "bootlips": 2,
    "booty": 2,
    "bootycall": 2,
    "bosch": 0,
    "bosche": 2,
    "bosches": 2,
    "boschs": 2,
    "bounty bar": 1,
    "bounty bars": 1,
    "bountybar": 1,
    "bra": 0,
    "brea5t": 2,
    "breast": 0,
    "breastjob": 2,
    "breastlover": 2,
    "breastman": 2,
    "brothel": 1,
    "brownie": 0,
    "brownies": 0,
    "buddhahead": 2,
    "buddhaheads": 2,
    "buffies": 2,
    "buffy": 0,
    "bufter": 2,
    "bufty": 2,
    "bugger": 2,
    "buggered": 2,
    "buggery": 2,
    "bule": 2,
    "bules": 2,
    "bullcrap": 2,
    "bulldike": 2,
    "bulldyke": 2,
    "bullshit": 2,
    "bum boy": 2,
    "bum chum": 2,
    "bum robber": 2,
    "bumblefuck": 2,
    "bumfuck": 2,
    "bung": 2,
    "bunga": 2,
    "bungas": 2,
    "bunghole": 2,
    "buried": 0,
    "burn": 0,
    "burr head": 2,
    "burr heads": 2,
    "burrhead": 2,
    "burrheads": 2,
    "butchbabes": 2,
    "butchdike": 2,
    "butchdyke": 2,
    "butt": 0,
    "buttbang": 2,
    "buttface": 2,
    "buttfuck": 2,
    "buttfucker": 2,
    "buttfuckers": 2,
    "butthead": 2,
    "buttman": 2,
    "buttmunch": 2,
    "buttmuncher": 2,
    "buttpirate": 2,
    "buttplug": 1,
    "buttstain": 2,
    "byatch": 2,
    "cacker": 2,
    "camel jockey": 2,
    "camel jockeys": 2,
    "cameljockey": 2,
    "cameltoe": 2,
    "canadian": 0,
    "cancer": 0,
    "carpetmuncher": 2,
    "carruth": 2,
    "catholic": 0,
    "catholics": 0,
    "cemetery": 0,
    "chav": 2,
    "cheese eating surrender monkey": 2,
    "cheese eating surrender monkies": 2,
    "cheeseeating surrender monkey": 2,
    "cheeseeating surrender monkies": 2,
    "cheesehead": 2,
    "cheeseheads": 2,
    "cherrypopper": 2,
    "chi chi man": 2,
    "chickslick": 2,
    "childrens": 0,
    "chin": 0,
    "china swede": 2,
    "china swedes": 2,
    "chinaman": 2,
    "chinamen": 2,
    "chinaswede": 2,
    "chinaswedes": 2,
    "chinese": 0,
    "ching chong": 2,
    "ching chongs": 2,
    "chingchong": 2,
    "chingchongs": 2,
    "chink": 2,
    "chinks": 2,
    "chinky": 2,
    "choad": 2,
    "chode": 2,
    "chonkies": 2,
    "chonky": 2,
    "chonkys": 2,
    "christ killer": 2,
    "christ killers": 2,
    "christ": 0,
    "christian": 0,
    "chug": 2,
    "chugs": 2,
    "chunger": 2,
    "chungers": 2,
    "chunkies": 2,
    "chunky": 2,
    "chunkys": 2,
    "church": 0,
    "cigarette": 0,
    "cigs": 0,
    "clamdigger": 2,
    "clamdiver": 2,
    "clansman": 2,
    "clansmen": 2,
    "clanswoman": 2,
    "clanswomen": 2,
    "clit": 1,
    "clitoris": 1,
    "clogwog": 2,
    "cocaine": 1,
    "cock": 1,
    "cockblock": 2,
    "cockblocker": 2,
    "cockcowboy": 2,
    "cockfight": 2,
    "cockhead": 2,
    "cockknob": 2,
    "cocklicker": 2,
    "cocklover": 2,
    "cocknob": 2,
    "cockqueen": 2,
    "cockrider": 2,
    "cocksman": 2,
    "cocksmith": 2,
    "cocksmoker": 2,
    "cocksucer": 2,
    "cocksuck": 2,
    "cocksucked": 2,
    "cocksucker": 2,
    "cocksucking": 2,
    "cocktail": 0,
    "cocktease": 2,
    "cocky": 2,
    "coconut": 0,
    "coconuts": 0,
    "cohee": 2,
    "coitus": 1,
    "color": 0,
    "colored": 0,
    "coloured": 0,
    "commie": 2,
    "communist": 0,
    "condom": 1,
    "conservative": 0,
    "conspiracy": 0,
    "coolie": 2,
    "coolies": 2,
    "cooly": 2,
    "coon ass": 2,
    "coon asses": 2,
    "coon": 2,
    "coonass": 2,
    "coonasses": 2,
    "coondog": 2,
    "coons": 2,
    "copulate": 1,
    "cornhole": 2,
    "corruption": 0,
    "cra5h": 1,
    "crabs": 0,
    "crack": 1,
    "cracka": 2,
    "cracker": 1,
    "crackpipe": 1,
    "crackwhore": 2,
    "crap": 2,
    "crapola": 2,
    "crapper": 2,
    "crappy": 2,
    "crash": 0,
    "creamy": 0,
    "crime": 0,
    "crimes": 0,
    "criminal": 0,
    "criminals": 0,
    "crotch": 1,
    "crotchjockey": 2,
    "crotchmonkey": 2,
    "crotchrot": 2,
    "cum": 2,
    "cumbubble": 2,
    "cumfest": 2,
    "cumjockey": 2,
    "cumm": 2,
    "cummer": 2,
    "cumming": 2,
    "cummings": 1,
    "cumquat": 2,
    "cumqueen": 2,
    "cumshot": 2,
    "cunilingus": 1,
    "cunillingus": 1,
    "cunn": 2,
    "cunnilingus": 1,
    "cunntt": 2,
    "cunt": 2,
    "cunteyed": 2,
    "cuntfuck": 2,
    "cuntfucker": 2,
    "cuntlick": 2,
    "cuntlicker": 2,
    "cuntlicking": 2,
    "cuntsucker": 2,
    "curry muncher": 2,
    "curry munchers": 2,
    "currymuncher": 2,
    "currymunchers": 2,
    "cushi": 2,
    "cushis": 2,
    "cybersex": 1,
    "cyberslimer": 2,
    "dago": 2,
    "dagos": 2,
    "dahmer": 2,
    "dammit": 2,
    "damn": 1,
    "damnation": 1,
    "damnit": 2,
    "darkey": 2,
    "darkeys": 2,
    "darkie": 2,
    "darkies": 2,
    "darky": 2,
    "datnigga": 2,
    "dead": 0,
    "deapthroat": 2,
    "death": 0,
    "deepthroat": 2,
    "defecate": 1,
    "dego": 2,
    "degos": 2,
    "demon": 1,
    "deposit": 0,
    "desire": 0,
    "destroy": 0,
    "deth": 0,
    "devil": 1,
    "devilworshipper": 1,
    "diaper head": 2,
    "diaper heads": 2,
    "diaperhead": 2,
    "diaperheads": 2,
    "dick": 1,
    "dickbrain": 2,
    "dickforbrains": 2,
    "dickhead": 2,
    "dickless": 2,
    "dicklick": 2,
    "dicklicker": 2,
    "dickman": 2,
    "dickwad": 2,
    "dickweed": 2,
    "diddle": 2,
    "die": 0,
    "died": 0,
    "dies": 0,
    "dike": 1,
    "dildo": 1,
    "dingleberry": 2,
    "dink": 2,
    "dinks": 2,
    "dipshit": 2,
    "dipstick": 2,
    "dirty": 0,
    "disease": 0,
    "diseases": 0,
    "disturbed": 0,
    "dive": 0,
    "dix": 2,
    "dixiedike": 2,
    "dixiedyke": 2,
    "doggiestyle": 2,
    "doggystyle": 2,
    "dong": 2,
    "doodoo": 2,
    "doom": 0,
    "dope": 2,
    "dot head": 2,
    "dot heads": 2,
    "dothead": 2,
    "dotheads": 2,
    "dragqueen": 2,
    "dragqween": 2,
    "dripdick": 2,
    "drug": 1,
    "drunk": 1,
    "drunken": 1,
    "dumb": 2,
    "dumbass": 2,
    "dumbbitch": 2,
    "dumbfuck": 2,
    "dune coon": 2,
    "dune coons": 2,
    "dyefly": 2,
    "dyke": 1,
    "easyslut": 2,
    "eatballs": 2,
    "eatme": 2,
    "eatpussy": 2,
    "ecstacy": 0,
    "eight ball": 2,
    "eight balls": 2,
    "ejaculate": 1,
    "ejaculated": 1,
    "ejaculating": 1,
    "ejaculation": 1,
    "enema": 1,
    "enemy": 0,
    "erect": 0,
    "erection": 1,
    "ero": 2,
    "escort": 0,
    "esqua": 2,
    "ethiopian": 0,
    "ethnic": 0,
    "european": 0,
    "evl": 2,
    "excrement": 1,
    "execute": 0,
    "executed": 0,
    "execution": 0,
    "executioner": 0,
    "exkwew": 2,
    "explosion": 0,
    "facefucker": 2,
    "faeces": 2,
    "fag": 1,
    "fagging": 2,
    "faggot": 2,
    "fagot": 2,
    "failed": 0,
    "failure": 0,
    "fairies": 0,
    "fairy": 0,
    "faith": 0,
    "fannyfucker": 2,
    "fart": 1,
    "farted": 1,
    "farting": 1,
    "farty": 2,
    "fastfuck": 2,
    "fat": 0,
    "fatah": 2,
    "fatass": 2,
    "fatfuck": 2,
    "fatfucker": 2,
    "fatso": 2,
    "fckcum": 2,
    "fear": 0,
    "feces": 1,
    "felatio": 1,
    "felch": 2,
    "felcher": 2,
    "felching": 2,
    "fellatio": 2,
    "feltch": 2,
    "feltcher": 2,
    "feltching": 2,
    "fetish": 1,
    "fight": 0,
    "filipina": 0,
    "filipino": 0,
    "fingerfood": 1,
    "fingerfuck": 2,
    "fingerfucked": 2,
    "fingerfucker": 2,
    "fingerfuckers": 2,
    "fingerfucking": 2,
    "fire": 0,
    "firing": 0,
    "fister": 2,
    "fistfuck": 2,
    "fistfucked": 2,
    "fistfucker": 2,
    "fistfucking": 2,
    "fisting": 2,
    "flamer": 1,
    "flange": 2,
    "flasher": 1,
    "flatulence": 1,
    "floo": 2,
    "flydie": 2,
    "flydye": 2,
    "fok": 2,
    "fondle": 1,
    "footaction": 1,
    "footfuck": 2,
    "footfucker": 2,
    "footlicker": 2,
    "footstar": 2,
    "fore": 0,
    "foreskin": 1,
    "forni": 2,
    "fornicate": 1,
    "foursome": 1,
    "fourtwenty": 1,
    "fraud": 0,
    "freakfuck": 2,
    "freakyfucker": 2,
    "freefuck": 2,
    "fruit": 0,
    "fruitcake": 1,
    "fu": 2,
    "fubar": 2,
    "fuc": 2,
    "fucck": 2,
    "fuck": 2,
    "fucka": 2,
    "fuckable": 2,
    "fuckbag": 2,
    "fuckbook": 2,
    "fuckbuddy": 2,
    "fucked": 2,
    "fuckedup": 2,
    "fucker": 2,
    "fuckers": 2,
    "fuckface": 2,
    "fuckfest": 2,
    "fuckfreak": 2,
    "fuckfriend": 2,
    "fuckhead": 2,
    "fuckher": 2,
    "fuckin": 2,
    "fuckina": 2,
    "fucking": 2,
    "fuckingbitch": 2,
    "fuckinnuts": 2,
    "fuckinright": 2,
    "fuckit": 2,
    "fuckknob": 2,
    "fuckme": 2,
    "fuckmehard": 2,
    "fuckmonkey": 2,
    "fuckoff": 2,
    "fuckpig": 2,
    "fucks": 2,
    "fucktard": 2,
    "fuckwhore": 2,
    "fuckyou": 2,
    "fudge packer": 2,
    "fudgepacker": 2,
    "fugly": 2,
    "fuk": 2,
    "fuks": 2,
    "funeral": 0,
    "funfuck": 2,
    "fungus": 0,
    "fuuck": 2,
    "gable": 1,
    "gables": 2,
    "gangbang": 2,
    "gangbanged": 2,
    "gangbanger": 2,
    "gangsta": 2,
    "gator bait": 2,
    "gatorbait": 2,
    "gay": 0,
    "gaymuthafuckinwhore": 2,
    "gaysex": 2,
    "geez": 2,
    "geezer": 2,
    "geni": 2,
    "genital": 1,
    "german": 0,
    "getiton": 2,
    "gin": 0,
    "ginzo": 2,
    "ginzos": 2,
    "gipp": 2,
    "gippo": 2,
    "gippos": 2,
    "gipps": 2,
    "girls": 0,
    "givehead": 2,
    "glazeddonut": 2,
    "gob": 1,
    "god": 1,
    "godammit": 2,
    "goddamit": 2,
    "goddammit": 2,
    "goddamn": 2,
    "goddamned": 2,
    "goddamnes": 2,
    "goddamnit": 2,
    "goddamnmuthafucker": 2,
    "goldenshower": 2,
    "golliwog": 2,
    "golliwogs": 2,
    "gonorrehea": 2,
    "gonzagas": 1,
    "gook eye": 2,
    "gook eyes": 2,
    "gook": 2,
    "gookeye": 2,
    "gookeyes": 2,
    "gookies": 2,
    "gooks": 2,
    "gooky": 2,
    "gora": 2,
    "goras": 2,
    "gotohell": 2,
    "goy": 1,
    "goyim": 1,
    "greaseball": 2,
    "greaseballs": 2,
    "greaser": 2,
    "greasers": 2,
    "gringo": 2,
    "gringos": 2,
    "groe": 1,
    "groid": 2,
    "groids": 2,
    "gross": 1,
    "grostulation": 1,
    "gub": 1,
    "gubba": 2,
    "gubbas": 2,
    "gubs": 2,
    "guinea": 1,
    "guineas": 1,
    "guizi": 1,
    "gummer": 2,
    "gun": 0,
    "gwailo": 2,
    "gwailos": 2,
    "gweilo": 2,
    "gweilos": 2,
    "gyopo": 2,
    "gyopos": 2,
    "gyp": 2,
    "gyped": 2,
    "gypo": 2,
    "gypos": 2,
    "gypp": 2,
    "gypped": 2,
    "gyppie": 2,
    "gyppies": 2,
    "gyppo": 2,
    "gyppos": 2,
    "gyppy": 2,
    "gyppys": 2,
    "gypsies": 2,
    "gypsy": 2,
    "gypsys": 2,
    "hadji": 2,
    "hadjis": 2,
    "hairyback": 2,
    "hairybacks": 2,
    "haji": 2,
    "hajis": 2,
    "hajji": 2,
    "hajjis": 2,
    "half breed": 2,
    "half caste": 2,
    "halfbreed": 2,
    "halfcaste": 2,
    "hamas": 1,
    "handjob": 2,
    "haole": 2,
    "haoles": 2,
    "hapa": 2,
    "harder": 0,
    "hardon": 2,
    "harem": 0,
    "headfuck": 2,
    "headlights": 0,
    "hebe": 2,
    "hebephila": 1,
    "hebephile": 1,
    "hebephiles": 1,
    "hebephilia": 1,
    "hebephilic": 1,
    "hebes": 2,
    "heeb": 2,
    "heebs": 2,
    "hell": 0,
    "henhouse": 0,
    "heroin": 1,
    "herpes": 1,
    "heterosexual": 0,
    "hijack": 0,
    "hijacker": 0,
    "hijacking": 0,
    "hillbillies": 2,
    "hillbilly": 2,
    "hindoo": 2,
    "hiscock": 2,
    "hitler": 1,
    "hitlerism": 2,
    "hitlerist": 2,
    "hiv": 1,
    "ho": 2,
    "hobo": 2,
    "hodgie": 2,
    "hoes": 2,
    "hole": 0,
    "holestuffer": 2,
    "homicide": 1,
    "homo": 2,
    "homobangers": 2,
    "homosexual": 1,
    "honger": 2,
    "honk": 0,
    "honkers": 2,
    "honkey": 2,
    "honkeys": 2,
    "honkie": 2,
    "honkies": 2,
    "honky": 2,
    "hook": 0,
    "hooker": 2,
    "hookers": 2,
    "hooters": 2,
    "hore": 2,
    "hori": 2,
    "horis": 2,
    "hork": 2,
    "horn": 0,
    "horney": 2,
    "horniest": 2,
    "horny": 1,
    "horseshit": 2,
    "hosejob": 2,
    "hoser": 2,
    "hostage": 0,
    "hotdamn": 2,
    "hotpussy": 2,
    "hottotrot": 2,
    "hummer": 0,
    "hun": 0,
    "huns": 0,
    "husky": 0,
    "hussy": 2,
    "hustler": 0,
    "hymen": 1,
    "hymie": 2,
    "hymies": 2,
    "iblowu": 2,
    "idiot": 2,
    "ike": 1,
    "ikes": 1,
    "ikey": 1,
    "ikeymo": 2,
    "ikeymos": 2,
    "ikwe": 2,
    "illegal": 0,
    "illegals": 1,
    "incest": 1,
    "indon": 2,
    "indons": 2,
    "injun": 2,
    "injuns": 2,
    "insest": 2,
    "intercourse": 1,
    "interracial": 1,
    "intheass": 2,
    "inthebuff": 2,
    "israel": 0,
    "israeli": 0,
    "israels": 0,
    "italiano": 1,
    "itch": 0,
    "jackass": 2,
    "jackoff": 2,
    "jackshit": 2,
    "jacktheripper": 2,
    "jade": 0,
    "jap": 2,
    "japanese": 0,
    "japcrap": 2,
    "japie": 2,
    "japies": 2,
    "japs": 2,
    "jebus": 2,
    "jeez": 2,
    "jerkoff": 2,
    "jerries": 1,
    "jerry": 0,
    "jesus": 1,
    "jesuschrist": 1,
    "jew": 0,
    "jewboy": 2,
    "jewed": 2,
    "jewess": 2,
    "jewish": 0,
    "jig": 2,
    "jiga": 2,
    "jigaboo": 2,
    "jigaboos": 2,
    "jigarooni": 2,
    "jigaroonis": 2,
    "jigg": 2,
    "jigga": 2,
    "jiggabo": 2,
    "jiggabos": 2,
    "jiggas": 2,
    "jigger": 2,
    "jiggers": 2,
    "jiggs": 2,
    "jiggy": 2,
    "jigs": 2,
    "jihad": 1,
    "jijjiboo": 2,
    "jijjiboos": 2,
    "jimfish": 2,
    "jism": 2,
    "jiz": 2,
    "jizim": 2,
    "jizjuice": 2,
    "jizm": 2,
    "jizz": 2,
    "jizzim": 2,
    "jizzum": 2,
    "joint": 0,
    "juggalo": 2,
    "jugs": 0,
    "jungle bunnies": 2,
    "jungle bunny": 2,
    "junglebunny": 2,
    "kacap": 2,
    "kacapas": 2,
    "kacaps": 2,
    "kaffer": 2,
    "kaffir": 2,
    "kaffre": 2,
    "kafir": 2,
    "kanake": 2,
    "katsap": 2,
    "katsaps": 2,
    "khokhol": 2,
    "khokhols": 2,
    "kid": 0,
    "kigger": 2,
    "kike": 2,
    "kikes": 2,
    "kill": 0,
    "killed": 0,
    "killer": 0,
    "killing": 0,
    "kills": 0,
    "kimchi": 0,
    "kimchis": 2,
    "kink": 1,
    "kinky": 1,
    "kissass": 2,
    "kkk": 2,
    "klansman": 2,
    "klansmen": 2,
    "klanswoman": 2,
    "klanswomen": 2,
    "knife": 0,
    "knockers": 1,
    "kock": 1,
    "kondum": 2,
    "koon": 2,
    "kotex": 1,
    "krap": 2,
    "krappy": 2,
    "kraut": 1,
    "krauts": 2,
    "kuffar": 2,
    "kum": 2,
    "kumbubble": 2,
    "kumbullbe": 2,
    "kummer": 2,
    "kumming": 2,
    "kumquat": 2,
    "kums": 2,
    "kunilingus": 2,
    "kunnilingus": 2,
    "kunt": 2,
    "kushi": 2,
    "kushis": 2,
    "kwa": 2,
    "kwai lo": 2,
    "kwai los": 2,
    "ky": 1,
    "kyke": 2,
    "kykes": 2,
    "kyopo": 2,
    "kyopos": 2,
    "lactate": 1,
    "laid": 0,
    "lapdance": 1,
    "latin": 0,
    "lebo": 2,
    "lebos": 2,
    "lesbain": 2,
    "lesbayn": 2,
    "lesbian": 0,
    "lesbin": 2,
    "lesbo": 2,
    "lez": 2,
    "lezbe": 2,
    "lezbefriends": 2,
    "lezbo": 2,
    "lezz": 2,
    "lezzo": 2,
    "liberal": 0,
    "libido": 1,
    "licker": 1,
    "lickme": 2,
    "lies": 0,
    "limey": 2,
    "limpdick": 2,
    "limy": 2,
    "lingerie": 0,
    "liquor": 1,
    "livesex": 2,
    "loadedgun": 2,
    "lolita": 1,
    "looser": 2,
    "loser": 2,
    "lotion": 0,
    "lovebone": 2,
    "lovegoo": 2,
    "lovegun": 2,
    "lovejuice": 2,
    "lovemuscle": 2,
    "lovepistol": 2,
    "loverocket": 2,
    "lowlife": 2,
    "lsd": 1,
    "lubejob": 2,
    "lubra": 2,
    "lucifer": 0,
    "luckycammeltoe": 2,
    "lugan": 2,
    "lugans": 2,
    "lynch": 1,
    "mabuno": 2,
    "mabunos": 2,
    "macaca": 2,
    "macacas": 2,
    "mad": 0,
    "mafia": 1,
    "magicwand": 2,
    "mahbuno": 2,
    "mahbunos": 2,
    "mams": 2,
    "manhater": 2,
    "manpaste": 2,
    "marijuana": 1,
    "mastabate": 2,
    "mastabater": 2,
    "masterbate": 2,
    "masterblaster": 2,
    "mastrabator": 2,
    "masturbate": 2,
    "masturbating": 2,
    "mattressprincess": 2,
    "mau mau": 2,
    "mau maus": 2,
    "maumau": 2,
    "maumaus": 2,
    "meatbeatter": 2,
    "meatrack": 2,
    "meth": 1,
    "mexican": 0,
    "mgger": 2,
    "mggor": 2,
    "mick": 1,
    "mickeyfinn": 2,
    "mideast": 0,
    "milf": 2,
    "minority": 0,
    "mockey": 2,
    "mockie": 2,
    "mocky": 2,
    "mofo": 2,
    "moky": 2,
    "moles": 0,
    "molest": 1,
    "molestation": 1,
    "molester": 1,
    "molestor": 1,
    "moneyshot": 2,
    "moon cricket": 2,
    "moon crickets": 2,
    "mooncricket": 2,
    "mooncrickets": 2,
    "mormon": 0,
    "moron": 2,
    "moskal": 2,
    "moskals": 2,
    "moslem": 2,
    "mosshead": 2,
    "mothafuck": 2,
    "mothafucka": 2,
    "mothafuckaz": 2,
    "mothafucked": 2,
    "mothafucker": 2,
    "mothafuckin": 2,
    "mothafucking": 2,
    "mothafuckings": 2,
    "motherfuck": 2,
    "motherfucked": 2,
    "motherfucker": 2,
    "motherfuckin": 2,
    "motherfucking": 2,
    "motherfuckings": 2,
    "motherlovebone": 2,
    "muff": 2,
    "muffdive": 2,
    "muffdiver": 2,
    "muffindiver": 2,
    "mufflikcer": 2,
    "mulatto": 2,
    "muncher": 2,
    "munt": 2,
    "murder": 1,
    "murderer": 1,
    "muslim": 0,
    "mzungu": 2,
    "mzungus": 2,
    "naked": 0,
    "nancy": 0,
    "narcotic": 1,
    "nasty": 0,
    "nastybitch": 2,
    "nastyho": 2,
    "nastyslut": 2,
    "nastywhore": 2,
    "nazi": 1,
    "necro": 1,
    "negres": 2,
    "negress": 2,
    "negro": 2,
    "negroes": 2,
    "negroid": 2,
    "negros": 2,
    "nig": 2,
    "nigar": 2,
    "nigars": 2,
    "niger": 0,
    "nigerian": 1,
    "nigerians": 1,
    "nigers": 2,
    "nigette": 2,
    "nigettes": 2,
    "nigg": 2,
    "nigga": 2,
    "niggah": 2,
    "niggahs": 2,
    "niggar": 2,
    "niggaracci": 2,
    "niggard": 2,
    "niggarded": 2,
    "niggarding": 2,
    "niggardliness": 2,
    "niggardlinesss": 2,
    "niggardly": 0,
    "niggards": 2,
    "niggars": 2,
    "niggas": 2,
    "niggaz": 2,
    "nigger": 2,
    "niggerhead": 2,
    "niggerhole": 2,
    "niggers": 2,
    "niggle": 2,
    "niggled": 2,
    "niggles": 2,
    "niggling": 2,
    "nigglings": 2,
    "niggor": 2,
    "niggress": 2,
    "niggresses": 2,
    "nigguh": 2,
    "nigguhs": 2,
    "niggur": 2,
    "niggurs": 2,
    "niglet": 2,
    "nignog": 2,
    "nigor": 2,
    "nigors": 2,
    "nigr": 2,
    "nigra": 2,
    "nigras": 2,
    "nigre": 2,
    "nigres": 2,
    "nigress": 2,
    "nigs": 2,
    "nip": 2,
    "nipple": 1,
    "nipplering": 1,
    "nittit": 2,
    "nlgger": 2,
    "nlggor": 2,
    "nofuckingway": 2,
    "nook": 1,
    "nookey": 2,
    "nookie": 2,
    "noonan": 2,
    "nooner": 1,
    "nude": 1,
    "nudger": 2,
    "nuke": 1,
    "nutfucker": 2,
    "nymph": 1,
    "ontherag": 2,
    "oral": 1,
    "oreo": 0,
    "oreos": 0,
    "orga": 2,
    "orgasim": 2,
    "orgasm": 1,
    "orgies": 1,
    "orgy": 1,
    "osama": 0,
    "paddy": 1,
    "paederastic": 1,
    "paederasts": 1,
    "paederasty": 1,
    "paki": 2,
    "pakis": 2,
    "palesimian": 2,
    "palestinian": 0,
    "pancake face": 2,
    "pancake faces": 2,
    "pansies": 2,
    "pansy": 2,
    "panti": 2,
    "panties": 0,
    "payo": 2,
    "pearlnecklace": 1,
    "peck": 1,
    "pecker": 1,
    "peckerwood": 2,
    "pederastic": 1,
    "pederasts": 1,
    "pederasty": 1,
    "pedo": 2,
    "pedophile": 1,
    "pedophiles": 1,
    "pedophilia": 1,
    "pedophilic": 1,
    "pee": 1,
    "peehole": 2,
    "peepee": 2,
    "peepshow": 1,
    "peepshpw": 2,
    "pendy": 1,
    "penetration": 1,
    "peni5": 2,
    "penile": 1,
    "penis": 1,
    "penises": 1,
    "penthouse": 0,
    "period": 0,
    "perv": 2,
    "phonesex": 1,
    "phuk": 2,
    "phuked": 2,
    "phuking": 2,
    "phukked": 2,
    "phukking": 2,
    "phungky": 2,
    "phuq": 2,
    "pi55": 2,
    "picaninny": 2,
    "piccaninny": 2,
    "pickaninnies": 2,
    "pickaninny": 2,
    "piefke": 2,
    "piefkes": 2,
    "piker": 2,
    "pikey": 2,
    "piky": 2,
    "pillow biter": 2,
    "pimp": 2,
    "pimped": 2,
    "pimper": 2,
    "pimpjuic": 2,
    "pimpjuice": 2,
    "pimpsimp": 2,
    "pindick": 2,
    "piss": 2,
    "pissed": 2,
    "pisser": 2,
    "pisses": 2,
    "pisshead": 2,
    "pissin": 2,
    "pissing": 2,
    "pissoff": 2,
    "pistol": 1,
    "pixie": 1,
    "pixy": 1,
    "playboy": 1,
    "playgirl": 1,
    "pocha": 2,
    "pochas": 2,
    "pocho": 2,
    "pochos": 2,
    "pocketpool": 2,
    "pohm": 2,
    "pohms": 2,
    "polack": 2,
    "polacks": 2,
    "pollock": 2,
    "pollocks": 2,
    "pom": 2,
    "pommie grant": 2,
    "pommie grants": 2,
    "pommie": 2,
    "pommies": 2,
    "pommy": 2,
    "poms": 2,
    "poo": 2,
    "poof": 2,
    "poofta": 2,
    "poofter": 2,
    "poon": 2,
    "poontang": 2,
    "poop": 2,
    "pooper": 2,
    "pooperscooper": 2,
    "pooping": 2,
    "poorwhitetrash": 2,
    "popimp": 2,
    "porch monkey": 2,
    "porch monkies": 2,
    "porchmonkey": 2,
    "porn": 1,
    "pornflick": 1,
    "pornking": 2,
    "porno": 1,
    "pornography": 1,
    "pornprincess": 2,
    "pot": 0,
    "poverty": 0,
    "prairie nigger": 2,
    "prairie niggers": 2,
    "premature": 0,
    "pric": 2,
    "prick": 2,
    "prickhead": 2,
    "primetime": 0,
    "propaganda": 0,
    "pros": 0,
    "prostitute": 1,
    "protestant": 1,
    "pu55i": 2,
    "pu55y": 2,
    "pube": 1,
    "pubic": 1,
    "pubiclice": 2,
    "pud": 2,
    "pudboy": 2,
    "pudd": 2,
    "puddboy": 2,
    "puke": 2,
    "puntang": 2,
    "purinapricness": 2,
    "puss": 2,
    "pussie": 2,
    "pussies": 2,
    "pussy": 1,
    "pussycat": 1,
    "pussyeater": 2,
    "pussyfucker": 2,
    "pussylicker": 2,
    "pussylips": 2,
    "pussylover": 2,
    "pussypounder": 2,
    "pusy": 2,
    "quashie": 2,
    "que": 0,
    "queef": 2,
    "queer": 1,
    "quickie": 2,
    "quim": 2,
    "ra8s": 2,
    "rabbi": 0,
    "racial": 0,
    "racist": 1,
    "radical": 1,
    "radicals": 1,
    "raghead": 2,
    "ragheads": 2,
    "randy": 1,
    "rape": 1,
    "raped": 1,
    "raper": 2,
    "rapist": 1,
    "rearend": 2,
    "rearentry": 2,
    "rectum": 1,
    "redleg": 2,
    "redlegs": 2,
    "redlight": 0,
    "redneck": 2,
    "rednecks": 2,
    "redskin": 2,
    "redskins": 2,
    "reefer": 2,
    "reestie": 2,
    "refugee": 0,
    "reject": 0,
    "remains": 0,
    "rentafuck": 2,
    "republican": 0,
    "rere": 2,
    "retard": 2,
    "retarded": 2,
    "ribbed": 1,
    "rigger": 2,
    "rimjob": 2,
    "rimming": 2,
    "roach": 0,
    "robber": 0,
    "round eyes": 2,
    "roundeye": 2,
    "rump": 0,
    "russki": 2,
    "russkie": 2,
    "sadis": 2,
    "sadom": 2,
    "sambo": 2,
    "sambos": 2,
    "samckdaddy": 2,
    "sand nigger": 2,
    "sand niggers": 2,
    "sandm": 2,
    "sandnigger": 2,
    "satan": 1,
    "scag": 1,
    "scallywag": 2,
    "scat": 1,
    "schlong": 2,
    "schvartse": 2,
    "schvartsen": 2,
    "schwartze": 2,
    "schwartzen": 2,
    "screw": 1,
    "screwyou": 2,
    "scrotum": 1,
    "scum": 1,
    "semen": 1,
    "seppo": 2,
    "seppos": 2,
    "septic": 1,
    "septics": 1,
    "servant": 0,
    "sex": 1,
    "sexed": 2,
    "sexfarm": 2,
    "sexhound": 2,
    "sexhouse": 1,
    "sexing": 2,
    "sexkitten": 2,
    "sexpot": 2,
    "sexslave": 2,
    "sextogo": 2,
    "sextoy": 1,
    "sextoys": 1,
    "sexual": 1,
    "sexually": 1,
    "sexwhore": 2,
    "sexy": 1,
    "sexymoma": 2,
    "sexyslim": 2,
    "shag": 1,
    "shaggin": 2,
    "shagging": 2,
    "shat": 2,
    "shav": 2,
    "shawtypimp": 2,
    "sheeney": 2,
    "shhit": 2,
    "shiksa": 2,
    "shinola": 1,
    "shit": 1,
    "shitcan": 2,
    "shitdick": 2,
    "shite": 2,
    "shiteater": 2,
    "shited": 2,
    "shitface": 2,
    "shitfaced": 2,
    "shitfit": 2,
    "shitforbrains": 2,
    "shitfuck": 2,
    "shitfucker": 2,
    "shitfull": 2,
    "shithapens": 2,
    "shithappens": 2,
    "shithead": 2,
    "shithouse": 2,
    "shiting": 2,
    "shitlist": 2,
    "shitola": 2,
    "shitoutofluck": 2,
    "shits": 2,
    "shitstain": 2,
    "shitted": 2,
    "shitter": 2,
    "shitting": 2,
    "shitty": 2,
    "shoot": 0,
    "shooting": 0,
    "shortfuck": 2,
    "showtime": 0,
    "shylock": 2,
    "shylocks": 2,
    "sick": 0,
    "sissy": 2,
    "sixsixsix": 2,
    "sixtynine": 2,
    "sixtyniner": 2,
    "skank": 2,
    "skankbitch": 2,
    "skankfuck": 2,
    "skankwhore": 2,
    "skanky": 2,
    "skankybitch": 2,
    "skankywhore": 2,
    "skinflute": 2,
    "skum": 2,
    "skumbag": 2,
    "skwa": 2,
    "skwe": 2,
    "slant": 0,
    "slanteye": 2,
    "slanty": 2,
    "slapper": 2,
    "slaughter": 1,
    "slav": 0,
    "slave": 2,
    "slavedriver": 2,
    "sleezebag": 2,
    "sleezeball": 2,
    "slideitin": 2,
    "slime": 0,
    "slimeball": 2,
    "slimebucket": 2,
    "slope": 0,
    "slopehead": 2,
    "slopeheads": 2,
    "sloper": 2,
    "slopers": 2,
    "slopes": 0,
    "slopey": 2,
    "slopeys": 2,
    "slopies": 2,
    "slopy": 2,
    "slut": 2,
    "sluts": 2,
    "slutt": 2,
    "slutting": 2,
    "slutty": 2,
    "slutwear": 2,
    "slutwhore": 2,
    "smack": 1,
    "smackthemonkey": 2,
    "smut": 2,
    "snatch": 1,
    "snatchpatch": 2,
    "snigger": 0,
    "sniggered": 0,
    "sniggering": 0,
    "sniggers": 1,
    "sniper": 0,
    "snot": 0,
    "snowback": 2,
    "snownigger": 2,
    "sob": 0,
    "sod": 0,
    "sodom": 1,
    "sodomise": 2,
    "sodomite": 1,
    "sodomize": 2,
    "sodomy": 2,
    "sonofabitch": 2,
    "sonofbitch": 2,
    "sooties": 2,
    "sooty": 2,
    "sos": 0,
    "soviet": 0,
    "spa": 0,
    "spade": 1,
    "spades": 1,
    "spaghettibender": 2,
    "spaghettinigger": 2,
    "spank": 1,
    "spankthemonkey": 2,
    "spearchucker": 2,
    "spearchuckers": 2,
    "sperm": 1,
    "spermacide": 2,
    "spermbag": 2,
    "spermhearder": 2,
    "spermherder": 2,
    "spic": 2,
    "spick": 2,
    "spicks": 2,
    "spics": 2,
    "spig": 2,
    "spigotty": 2,
    "spik": 2,
    "spit": 2,
    "spitter": 2,
    "splittail": 2,
    "spooge": 2,
    "spreadeagle": 2,
    "spunk": 2,
    "spunky": 2,
    "sqeh": 2,
    "squa": 2,
    "squarehead": 2,
    "squareheads": 2,
    "squaw": 2,
    "squinty": 2,
    "stagg": 1,
    "stiffy": 1,
    "strapon": 1,
    "stringer": 2,
    "stripclub": 2,
    "stroke": 0,
    "stroking": 1,
    "stuinties": 2,
    "stupid": 2,
    "stupidfuck": 2,
    "stupidfucker": 2,
    "suck": 1,
    "suckdick": 2,
    "sucker": 2,
    "suckme": 2,
    "suckmyass": 2,
    "suckmydick": 2,
    "suckmytit": 2,
    "suckoff": 2,
    "suicide": 1,
    "swallow": 1,
    "swallower": 2,
    "swalow": 2,
    "swamp guinea": 2,
    "swamp guineas": 2,
    "swastika": 1,
    "sweetness": 0,
    "syphilis": 1,
    "taboo": 0,
    "tacohead": 2,
    "tacoheads": 2,
    "taff": 2,
    "tampon": 0,
    "tang": 2,
    "tantra": 1,
    "tar babies": 2,
    "tar baby": 2,
    "tarbaby": 2,
    "tard": 2,
    "teat": 1,
    "terror": 0,
    "terrorist": 1,
    "teste": 2,
    "testicle": 1,
    "testicles": 1,
    "thicklip": 2,
    "thicklips": 2,
    "thirdeye": 2,
    "thirdleg": 2,
    "threesome": 1,
    "threeway": 2,
    "timber nigger": 2,
    "timber niggers": 2,
    "timbernigger": 2,
    "tinker": 2,
    "tinkers": 2,
    "tinkle": 1,
    "tit": 1,
    "titbitnipply": 2,
    "titfuck": 2,
    "titfucker": 2,
    "titfuckin": 2,
    "titjob": 2,
    "titlicker": 2,
    "titlover": 2,
    "tits": 1,
    "tittie": 2,
    "titties": 2,
    "titty": 2,
    "tnt": 1,
    "toilet": 0,
    "tongethruster": 2,
    "tongue": 0,
    "tonguethrust": 2,
    "tonguetramp": 2,
    "tortur": 2,
    "torture": 1,
    "tosser": 2,
    "towel head": 2,
    "towel heads": 2,
    "towelhead": 2,
    "trailertrash": 2,
    "tramp": 1,
    "trannie": 2,
    "tranny": 2,
    "transexual": 0,
    "transsexual": 0,
    "transvestite": 2,
    "trap": 1,
    "triplex": 2,
    "trisexual": 1,
    "trojan": 0,
    "trots": 1,
    "tuckahoe": 2,
    "tunneloflove": 2,
    "turd": 1,
    "turnon": 2,
    "twat": 2,
    "twink": 2,
    "twinkie": 2,
    "twobitwhore": 2,
    "uck": 2,
    "uk": 0,
    "ukrop": 2,
    "uncle tom": 2,
    "unfuckable": 2,
    "upskirt": 2,
    "uptheass": 2,
    "upthebutt": 2,
    "urinary": 0,
    "urinate": 0,
    "urine": 0,
    "usama": 2,
    "uterus": 1,
    "vagina": 1,
    "vaginal": 1,
    "vatican": 0,
    "vibr": 2,
    "vibrater": 2,
    "vibrator": 1,
    "vietcong": 0,
    "violence": 0,
    "virgin": 0,
    "virginbreaker": 2,
    "vomit": 2,
    "vulva": 1,
    "wab": 2,
    "wank": 2,
    "wanker": 2,
    "wanking": 2,
    "waysted": 2,
    "weapon": 0,
    "weenie": 2,
    "weewee": 2,
    "welcher": 2,
    "welfare": 2,
    "wetb": 2,
    "wetback": 2,
    "wetbacks": 2,
    "wetspot": 2,
    "whacker": 2,
    "whash": 2,
    "whigger": 2,
    "whiggers": 2,
    "whiskey": 0,
    "whiskeydick": 2,
    "whiskydick": 2,
    "whit": 1,
    "white trash": 2,
    "whitenigger": 2,
    "whites": 1,
    "whitetrash": 2,
    "whitey": 2,
    "whiteys": 2,
    "whities": 2,
    "whiz": 2,
    "whop": 2,
    "whore": 2,
    "whorefucker": 2,
    "whorehouse": 2,
    "wigga": 2,
    "wiggas": 2,
    "wigger": 2,
    "wiggers": 2,
    "willie": 2,
    "williewanker": 2,
    "willy": 1,
    "wn": 2,
    "wog": 2,
    "wogs": 2,
    "womens": 0,
    "wop": 2,
    "wtf": 2,
    "wuss": 2,
    "wuzzie": 2,
    "xkwe": 2,
    "xtc": 1,
    "xxx": 1,
    "yank": 2,
    "yankee": 1,
    "yankees": 1,
    "yanks": 2,
    "yarpie": 2,
    "yarpies": 2,
    "yellowman": 2,
    "yid": 2,
    "yids": 2,
    "zigabo": 2,
    "zigabos": 2,
    "zipperhead": 2,
    "zipperheads": 2
};

// EXTERNAL MODULE: ./src/text/prose.ts
var text_prose = __webpack_require__(75864);
;// CONCATENATED MODULE: ./src/text/retext.ts

/**
 * The phrases a retext plugin looks for, indexed by their longest word. A sentence can hold a
 * phrase only if it holds all the phrase's words, which is checked in a few set look-ups.
 */
class PhraseIndex {
    byWord = new Map();
    constructor(phrases) {
        for (const phrase of phrases) {
            const words = phrase.split(" ");
            const key = words.reduce((a, b) => (b.length > a.length ? b : a), "");
            const list = this.byWord.get(key) ?? [];
            list.push(words);
            this.byWord.set(key, list);
        }
    }
    /** Per word: the phrases keyed by the word or a singular it may be a plural of, or null (most words). */
    byForm = new Map();
    phrasesOf(word) {
        let found = this.byForm.get(word);
        if (found === undefined) {
            found = null;
            for (const form of singulars(word)) {
                const phrases = this.byWord.get(form);
                if (!phrases)
                    continue;
                found ??= [];
                found.push([form, phrases]);
            }
            this.byForm.set(word, found);
        }
        return found;
    }
    /** phrasesOf by the word as written: one look-up per word instead of normalising it first. */
    byText = new Map();
    phrasesOfText(text) {
        let found = this.byText.get(text);
        if (found === undefined) {
            found = this.phrasesOf(normalWord(text));
            this.byText.set(text, found);
        }
        return found;
    }
    /** Whether some phrase may occur among these words (compared as normalWord gives them; plurals also match singular phrases). */
    mayOccur(words) {
        // Built only for a word that keys a phrase of several words: most sentences have none.
        let all;
        for (const word of words) {
            const keyed = this.phrasesOfText(word.text);
            if (!keyed)
                continue;
            for (const [form, candidates] of keyed) {
                for (const phrase of candidates) {
                    if (phrase.length === 1)
                        return true;
                    all ??= new Set(words.map((w) => normalWord(w.text)));
                    const present = all;
                    if (phrase.every((w) => present.has(w) || w === form))
                        return true;
                }
            }
        }
        return false;
    }
}
/**
 * Runs a retext plugin on only the sentences that may contain one of its phrases. A retext parse
 * and search costs about 2.6 ms per post; most sentences contain no phrase at all, so the cost is
 * paid only where there may be something to find.
 */
async function retextOnTriggered(prose, phrases, run) {
    const findings = [];
    for (const sentence of (0,text_prose/* sentencesOf */.cj)(prose)) {
        if (!phrases.mayOccur(sentence.words))
            continue;
        // Masked syntax becomes spaces: retext sees prose only, and offsets stay those of the segment.
        const text = prose.masked.slice(sentence.start, sentence.end).replaceAll(text_prose/* MASK */.v5, " ");
        for (const f of await run(text))
            findings.push({ ...f, start: f.start + sentence.start, end: f.end + sentence.start });
    }
    return findings;
}
// A corpus repeats a few thousand words: normalise each once.
const normalForms = new Map();
/** Lower case, without apostrophes, as the phrase lists hold words. */
function normalWord(word) {
    let normal = normalForms.get(word);
    if (normal === undefined) {
        normal = word.toLowerCase().replace(/['’]/g, "");
        normalForms.set(word, normal);
    }
    return normal;
}
/** The word and the singulars it may be a plural of, for phrase lists that hold singular forms. */
function singulars(lower) {
    const out = [lower];
    if (lower.endsWith("ies"))
        out.push(`${lower.slice(0, -3)}y`);
    if (lower.endsWith("es"))
        out.push(lower.slice(0, -2));
    if (lower.endsWith("s"))
        out.push(lower.slice(0, -1));
    return out;
}
/** The part of a VFile the plugins use: unified takes any object with message() and messages as a file. */
function collector() {
    return {
        messages: [],
        message(reason, options) {
            const finding = { reason, ...(options?.place ? { place: options.place } : {}) };
            this.messages.push(finding);
            return finding;
        },
    };
}
/** A processor for one plugin and its options, built once; unified and retext load only when first needed. */
function retextRunner(loadPlugin, options) {
    let processor;
    return async (text) => {
        processor ??= (async () => {
            const [{ unified }, { default: retextEnglish }, plugin] = await Promise.all([
                __webpack_require__.e(/* import() */ 491).then(__webpack_require__.bind(__webpack_require__, 94491)),
                __webpack_require__.e(/* import() */ 249).then(__webpack_require__.bind(__webpack_require__, 37249)),
                loadPlugin(),
            ]);
            return unified()
                .use(retextEnglish)
                .use(plugin, options)
                .freeze();
        })();
        const p = await processor;
        const file = collector();
        await p.run(p.parse(text), file);
        return file.messages.map((m) => {
            const start = m.place?.start?.offset ?? m.place?.offset ?? 0;
            const end = m.place?.end?.offset ?? start;
            return {
                start,
                end,
                actual: m.actual ?? text.slice(start, end),
                expected: m.expected ?? [],
                reason: m.reason,
                ...(m.profanitySeverity !== undefined ? { profanitySeverity: m.profanitySeverity } : {}),
            };
        });
    };
}

;// CONCATENATED MODULE: ./src/rules/inclusive/index.ts



/**
 * Words retext-equality (alex) flags that marketing copy uses innocently ("special offers"); its "condescending"
 * list comes from advice on educational writing ("just", "simple", "easily") and offers no alternative: all of
 * that list is here (basically, clearly, easy, everyone knows, just, obvious, of course, simple, straightforward), and pronouns in a
 * post are about a named person; "guy" is also a tent's guy line; "pop" in copy is a verb ("pop round for a cuppa"),
 * music or a pop-up, hardly ever a parent. A client can add more with the `ignore` option.
 */
const DEFAULT_IGNORE = [
    "basically",
    "clearly",
    "easy",
    "easily",
    "everyone knows",
    "just",
    "obvious",
    "obviously",
    "of course",
    "simple",
    "simply",
    "special",
    "straightforward",
    "straightforwardly",
    "straight forward",
    "straight forwardly",
    "guy",
    "pop",
    "pops",
    "he",
    "she",
    "her",
    "hers",
    "him",
    "his",
    "himself",
    "herself",
    "he'd",
    "he's",
    "she'd",
    "she's",
];
const runners = new Map();
function runnerFor(ignore) {
    const key = ignore.join("\n");
    let runner = runners.get(key);
    if (!runner) {
        runner = retextRunner(async () => (await Promise.all(/* import() */[__webpack_require__.e(946), __webpack_require__.e(319)]).then(__webpack_require__.bind(__webpack_require__, 10319))).default, { ignore });
        runners.set(key, runner);
    }
    return runner;
}
const indexes = new Map();
function phrasesWithout(ignore) {
    const key = ignore.join("\n");
    let index = indexes.get(key);
    if (!index) {
        const ignored = new Set(ignore.map((w) => w.toLowerCase().replace(/['’.]/g, "")));
        index = new PhraseIndex(EQUALITY_PHRASES.filter((p) => !ignored.has(p)));
        indexes.set(key, index);
    }
    return index;
}
const inclusiveRule = {
    id: "inclusive",
    description: "Inclusive language (retext-equality), tuned for marketing copy; option ignore: more words to allow.",
    defaultSeverity: "warning",
    bodyOnly: true,
    async check(post, { options }) {
        const extra = Array.isArray(options.ignore) ? options.ignore.filter((w) => typeof w === "string") : [];
        const ignore = [...DEFAULT_IGNORE, ...extra];
        const phrases = phrasesWithout(ignore);
        const messages = [];
        for (const prose of (0,post_segments/* proseOf */.jv)(post)) {
            for (const f of await retextOnTriggered(prose, phrases, runnerFor(ignore))) {
                if (insideName(prose.segment.text, f.start))
                    continue;
                const alternatives = f.expected.length
                    ? `; consider ${f.expected
                        .slice(0, 3)
                        .map((e) => `"${e}"`)
                        .join(", ")}`
                    : "";
                messages.push({
                    ...(0,post_segments/* segmentSpan */.U6)(post, prose.segment, f.start, f.end),
                    message: `"${f.actual}" may be insensitive${alternatives}`,
                    ...(f.expected.length ? { suggestions: f.expected.slice(0, 3) } : {}),
                });
            }
        }
        return messages;
    },
};
/** What may stand between a sentence's end and its first word: spaces, quotes, brackets, emphasis, list marks. */
const OPENING = /[\s"'“‘([*_>#-]+$/u;
/**
 * Whether the word at `start` is inside a proper name: capitalised where a sentence does not start ("Hartley &
 * Sons", "Smith and Sons Ltd"). A name is what it is; the rule is about the words a post chooses.
 */
function insideName(text, start) {
    const first = text[start] ?? "";
    if (first === first.toLowerCase())
        return false;
    const before = text.slice(0, start).replace(OPENING, "");
    return before !== "" && !/[.!?…:;]$/u.test(before);
}

;// CONCATENATED MODULE: ./src/rules/length/index.ts

const lengthRule = {
    id: "length",
    description: "The text each channel publishes (its variant or the body) is not empty and fits the channel, counted the way the platform counts.",
    defaultSeverity: "error",
    check(post, { config, limitsOf }) {
        const messages = [];
        for (const channelId of post.data.channels) {
            const channel = config.channels.get(channelId);
            if (!channel)
                continue;
            const { segment, text } = (0,post_segments/* channelText */.be)(post, channelId);
            const where = segment.kind === "variant" ? post.spanOf(["variants", channelId]) : bodyStart(post);
            // Rendering drops comments and markup, so a body holding only a reviewer's note publishes nothing: the
            // platform would refuse the post, or publish an empty one, at publishing time instead of at review.
            if (text.trim() === "") {
                const empty = segment.text.trim() === "" ? "empty" : "empty once comments and markup are removed";
                const what = segment.kind === "variant"
                    ? `variants.${channelId} is ${empty}; expected the text for ${channelId}, or no variant to publish the body`
                    : `the body is ${empty}; expected the post's text in the body or variants.${channelId}`;
                messages.push({ ...where, message: `nothing to publish on ${channelId}: ${what}` });
                continue;
            }
            const measures = limitsOf(channel).measure(channel, text);
            const over = measures.filter(({ count, max }) => count > max);
            if (over.length === 0)
                continue;
            // One finding per channel: every limit in one line, the one people know the platform by first, so a
            // post over both Bluesky limits reads "3708/300 graphemes (3708/3000 UTF-8 bytes)", not two findings.
            const [first, ...others] = measures.map(({ count, max, unit }) => `${count}/${max} ${unit}`);
            const counts = others.length ? `${first} (${others.join(", ")})` : first;
            const excess = over.map(({ count, max, unit }) => `${count - max}${over.length > 1 || measures.length > 1 ? ` ${unit}` : ""}`);
            const fix = segment.kind === "variant" ? "shorten the variant" : `shorten the body or add variants.${channelId}`;
            messages.push({ ...where, message: `${counts} for ${channelId}: ${excess.join(" and ")} over; ${fix}` });
        }
        return messages;
    },
};
/** The body's first position; for a file that ends with the closing "---" and no newline, the line after it. */
function bodyStart(post) {
    const at = post.spanAt(post.bodyOffset);
    return post.bodyOffset === post.text.length && !post.text.endsWith("\n") ? { line: at.line + 1, column: 1 } : at;
}

;// CONCATENATED MODULE: ./src/rules/link/index.ts



/** Near-misses of http(s) links that a reader's app will not make clickable: "htps://", "http:/x", "https//x". */
const BROKEN_SCHEME_RE = /(?<![\p{L}\p{N}])(?:h?t{1,2}ps?:\/(?!\/)|h?t{1,2}ps?\/\/|h?t{1,2}ps?:\/{3,}|(?!https?:)h?t{1,2}ps?:\/\/)[^\s<>()]*/giu;
/**
 * URLs in the body, variants, fact sources and reply_to are well-formed; with `--check-links`
 * (option `checker`, injected at run time) each distinct URL is fetched and dead ones are reported.
 */
const linkRule = {
    id: "link",
    description: "URLs in the text, fact sources and reply_to are well-formed; with --check-links, each is fetched and dead links are reported.",
    defaultSeverity: "error",
    async check(post, { options }) {
        const messages = [];
        const found = new Map();
        for (const segment of (0,post_segments/* publishedSegments */.v2)(post)) {
            const span = (start, end) => post.spanAt(segment.offsetAt(start), segment.offsetAt(end));
            for (const m of segment.text.matchAll(BROKEN_SCHEME_RE)) {
                const broken = m[0].replace(/[.,;:!?]+$/, "");
                messages.push({ ...span(m.index, m.index + broken.length), message: `"${broken}" is a broken link; expected http:// or https://` });
            }
            for (const url of (0,tokens/* urlsIn */._O)(segment.text)) {
                const where = span(url.index, url.index + url.text.length);
                const problem = urlProblem(url.text);
                if (problem)
                    messages.push({ ...where, message: `${url.text} ${problem}` });
                else if (!found.has(url.text))
                    found.set(url.text, where);
            }
        }
        // A malformed source is fact-source's finding (at the source value, once): here only well-formed ones are fetched.
        (post.data.facts ?? []).forEach((fact, index) => {
            const source = fact.source.trim();
            if (/^https?:\/\//i.test(source) && !urlProblem(source) && !found.has(source))
                found.set(source, post.spanOf(["facts", index, "source"]));
        });
        if (post.data.reply_to) {
            const problem = urlProblem(post.data.reply_to);
            if (problem)
                messages.push({ ...post.spanOf(["reply_to"]), message: `reply_to: ${post.data.reply_to} ${problem}` });
            else if (!found.has(post.data.reply_to))
                found.set(post.data.reply_to, post.spanOf(["reply_to"]));
        }
        // Injected at run time by --check-links; anything else under that name (a config value) is ignored.
        const checker = typeof options.checker?.check === "function" ? options.checker : undefined;
        if (checker) {
            const results = await Promise.all([...found].map(async ([url, span]) => ({ url, span, status: await checker.check(url) })));
            for (const { url, span, status } of results) {
                if (!status.ok)
                    messages.push({ ...span, message: `${url} is dead: ${status.problem}` });
            }
        }
        return messages;
    },
};

// EXTERNAL MODULE: ./src/load/paths.ts
var paths = __webpack_require__(73768);
// EXTERNAL MODULE: ./src/media/limits.ts
var limits = __webpack_require__(63322);
// EXTERNAL MODULE: ./src/media/media-file.ts
var media_file = __webpack_require__(92403);
// EXTERNAL MODULE: ./src/media/media-type.ts
var media_type = __webpack_require__(72453);
// EXTERNAL MODULE: ./src/text/control-characters.ts
var control_characters = __webpack_require__(16119);
// EXTERNAL MODULE: ./src/text/plural.ts
var plural = __webpack_require__(80573);
;// CONCATENATED MODULE: ./src/rules/media/index.ts







/**
 * A size in decimal units (kB = 1000 bytes, MB = 1,000,000), as the platforms state their limits; one
 * decimal at most. `formatOver` falls back to exact bytes when both sides would round to the same text.
 */
function formatSize(bytes) {
    const [value, unit] = bytes >= 1_000_000 ? [bytes / 1_000_000, "MB"] : [bytes / 1000, "kB"];
    return `${Number(value.toFixed(1))} ${unit}`;
}
function formatOver(size, max) {
    const [a, b] = [formatSize(size), formatSize(max)];
    return a === b ? [`${size.toLocaleString("en-US")} bytes`, `${max.toLocaleString("en-US")} bytes`] : [a, b];
}
const mediaRule = {
    id: "media",
    description: "Each media file exists inside the content repository, its content matches its extension, and its type, size and count fit every channel of the post.",
    defaultSeverity: "error",
    check(post, { config, client, options, limitsOf }) {
        const messages = [];
        // The Action injects a lookup through the GitHub API when the pull request is not checked out.
        const lookup = typeof options.lookup === "function" ? options.lookup : undefined;
        const media = post.data.media ?? [];
        const channels = post.data.channels.flatMap((id) => {
            const channel = config.channels.get(id);
            return channel ? [{ id, limits: limitsOf(channel).media }] : [];
        });
        media.forEach((item, index) => {
            const at = post.spanOf(["media", index, "file"]);
            const control = (0,control_characters/* controlCharacterIn */.k)(item.file);
            if (control) {
                messages.push({ ...at, message: `media[${index}].file: the path contains a control character (${control}); rename the file` });
                return;
            }
            const outside = outsideClientFolders(config.root, post.file, item.file, client);
            if (outside) {
                messages.push({ ...at, message: `media[${index}].file: ${item.file} ${outside}` });
                return;
            }
            const found = (0,media_file/* inspectMediaFile */.hP)(config.root, post.file, item.file, lookup);
            if (!found.ok) {
                messages.push({ ...at, message: `media[${index}].file: ${item.file} ${found.problem}` });
                return;
            }
            // A Git LFS pointer stands in for the file: neither its bytes nor its size are the media's, so say what
            // was not checked rather than call a picture "text" or pass its size.
            const lfs = found.head !== undefined && (0,media_type/* isLfsPointer */.NS)(found.head);
            if (lfs) {
                messages.push({
                    ...at,
                    severity: "info",
                    message: `media[${index}].file: ${item.file} is stored in Git LFS; its content and size were not checked here`,
                });
            }
            // The extension is only a claim: a text file named .png passes every check below but fails at upload.
            const mismatch = found.head && !lfs ? (0,media_type/* contentMismatch */.qx)(found.ext, found.head) : undefined;
            if (mismatch)
                messages.push({ ...at, message: `media[${index}].file: ${item.file} ${mismatch}` });
            for (const { id, limits } of channels) {
                const max = limits.types[found.ext];
                if (lfs && max !== undefined)
                    continue;
                if (max === undefined) {
                    const accepted = Object.keys(limits.types).join(", ");
                    messages.push({ ...at, message: `media[${index}].file: ${id} does not take .${found.ext} files (accepted: ${accepted})` });
                }
                else if (found.size > max) {
                    const [size, limit] = formatOver(found.size, max);
                    messages.push({
                        ...at,
                        message: `media[${index}].file: ${size} is over ${id}'s limit of ${limit} for .${found.ext} files; compress or resize it`,
                    });
                }
            }
        });
        messages.push(...countMessages(post, media, channels));
        return messages;
    },
};
/**
 * Why a media path is not the client's own, when the client has folders: a file elsewhere (another client's
 * folder, a shared one) can be replaced later without this client's approval, so it is an error no comment hides.
 */
function outsideClientFolders(root, postFile, file, client) {
    if (client.folders.length === 0)
        return undefined;
    const resolved = (0,media_file/* resolveMediaPath */.EM)(root, postFile, file);
    if (!resolved.ok)
        return undefined;
    const relPath = (0,paths/* toPosix */.d)(external_node_path_default().relative(root, resolved.absolute));
    if (client.folders.some((folder) => relPath.startsWith(folder)))
        return undefined;
    return `is outside ${client.id}'s folders (${client.folders.join(", ")}); move it into one of them, so that replacing it needs ${client.id}'s approval`;
}
/** Too many files for a channel, or a video where the channel takes a video only on its own. */
function countMessages(post, media, channels) {
    const messages = [];
    const videoIndexes = [];
    const imageIndexes = [];
    media.forEach((item, i) => {
        (limits/* VIDEO_EXTS */.T.has((0,media_file/* extensionOf */.je)(item.file)) ? videoIndexes : imageIndexes).push(i);
    });
    const images = imageIndexes.length;
    for (const { id, limits } of channels) {
        const alone = limits.video === "alone";
        // Where a video must be alone, the count limit is the image limit: a video is the mix finding's to report.
        const counted = alone ? images : media.length;
        if (counted > limits.maxCount) {
            // The first entry past the limit: the image past it, where only images count.
            const over = alone ? imageIndexes[limits.maxCount] : limits.maxCount;
            const what = alone ? "images" : "files";
            messages.push({
                ...post.spanOf(["media", over]),
                message: `media: ${counted} ${what}, but ${id} takes at most ${limits.maxCount} per post`,
            });
        }
        if (alone && videoIndexes.length > 0 && media.length > 1) {
            // Point at the video that cannot stay: the first one beside images, else the second video.
            const at = (images > 0 ? videoIndexes[0] : videoIndexes[1]);
            const has = images > 0 ? `${(0,plural/* plural */.L)(images, "image")} and ${(0,plural/* plural */.L)(videoIndexes.length, "video")}` : (0,plural/* plural */.L)(videoIndexes.length, "video");
            messages.push({
                ...post.spanOf(["media", at]),
                message: `media: ${has}, but ${id} takes up to ${limits.maxCount} images or 1 video per post, never both; keep one video alone or post it separately`,
            });
        }
    }
    return messages;
}

;// CONCATENATED MODULE: ./src/rules/mentions/index.ts


/** Options: `{max: 5, per_channel: {acme-bluesky: 3}}`; default at most 5 per channel (mass mentions read as spam). */
const mentionsRule = {
    id: "mentions",
    description: "The text each channel publishes has at most `max` @mentions (default 5; `per_channel` overrides).",
    defaultSeverity: "warning",
    check: (post, { options }) => checkCountLimit(post, options, { max: 5 }, "mentions", tokens/* mentionsIn */.TV),
};

;// CONCATENATED MODULE: ./src/rules/profanity/index.ts



/**
 * cuss rates words 0 (profane in some senses: "bigger", "hell", "kill", "fire"), 1 (likely) and
 * 2 (surely). Rating-0 words are ordinary marketing words, so the default starts at 1; option
 * `sureness: 0` brings them back, `ignore` allows more words.
 */
const DEFAULT_SURENESS = 1;
const profanity_runners = new Map();
function profanity_runnerFor(sureness, ignore) {
    const key = `${sureness}\n${ignore.join("\n")}`;
    let runner = profanity_runners.get(key);
    if (!runner) {
        const load = async () => (await Promise.all(/* import() */[__webpack_require__.e(946), __webpack_require__.e(291)]).then(__webpack_require__.bind(__webpack_require__, 32291))).default;
        runner = retextRunner(load, { sureness, ignore });
        profanity_runners.set(key, runner);
    }
    return runner;
}
const profanity_indexes = new Map();
function phrasesFor(sureness, ignore) {
    const key = `${sureness}\n${ignore.join("\n")}`;
    let index = profanity_indexes.get(key);
    if (!index) {
        const ignored = new Set(ignore.map((w) => w.toLowerCase().replace(/['’.]/g, "")));
        index = new PhraseIndex(Object.keys(PROFANITY_PHRASES).filter((p) => (PROFANITY_PHRASES[p] ?? 0) >= sureness && !ignored.has(p)));
        profanity_indexes.set(key, index);
    }
    return index;
}
const RATING_WORDS = ["may be profane in some senses", "may be profane", "is profane"];
const profanityRule = {
    id: "profanity",
    description: `Profanity (retext-profanities) at cuss rating ${DEFAULT_SURENESS} or more (option sureness 0–2; ignore: words to allow).`,
    defaultSeverity: "warning",
    bodyOnly: true,
    async check(post, { options }) {
        const sureness = typeof options.sureness === "number" ? options.sureness : DEFAULT_SURENESS;
        const ignore = Array.isArray(options.ignore) ? options.ignore.filter((w) => typeof w === "string") : [];
        const phrases = phrasesFor(sureness, ignore);
        const messages = [];
        for (const prose of (0,post_segments/* proseOf */.jv)(post)) {
            for (const f of await retextOnTriggered(prose, phrases, profanity_runnerFor(sureness, ignore))) {
                messages.push({
                    ...(0,post_segments/* segmentSpan */.U6)(post, prose.segment, f.start, f.end),
                    message: `"${f.actual}" ${RATING_WORDS[f.profanitySeverity ?? 1] ?? "may be profane"}; expected other wording`,
                });
            }
        }
        return messages;
    },
};

// EXTERNAL MODULE: ./src/config/local-time.ts
var local_time = __webpack_require__(68131);
;// CONCATENATED MODULE: ./src/rules/publish-window/index.ts

const capitalize = (s) => s.charAt(0).toUpperCase() + s.slice(1);
/**
 * Someone must be on duty to correct a post when it goes out: publish_at inside the client's window, and
 * not in the past. A past time is an error where a post is proposed (the Action checks the changed posts
 * with `past: error`) but a warning by default: a whole-repository check also reads posts that were
 * scheduled, and published, long ago.
 */
const publishWindowRule = {
    id: "publish-window",
    description: "publish_at falls inside the client's publishing window, in the client's time zone, and is not in the past (option past: error|warning).",
    defaultSeverity: "error",
    check(post, { client, now, options }) {
        const publishAt = post.data.publish_at;
        if (!publishAt)
            return [];
        const at = post.spanOf(["publish_at"]);
        const instant = new Date(publishAt);
        if (Number.isNaN(instant.getTime()))
            return [{ ...at, message: `publish_at: "${publishAt}" is not a date-time; expected e.g. 2026-12-01T09:30:00+01:00` }];
        const messages = [];
        if (instant.getTime() < now.getTime()) {
            messages.push({
                ...at,
                severity: options.past === "error" ? "error" : "warning",
                message: `publish_at ${publishAt} is in the past (checked at ${now.toISOString()}); pick a future time or remove publish_at to publish on merge`,
            });
        }
        const window = client.publishWindow;
        if (!window)
            return messages;
        let local;
        try {
            local = (0,local_time/* localTime */.HJ)(instant, window.timezone);
        }
        catch {
            return [
                ...messages,
                {
                    ...at,
                    message: `the publishing window of ${client.id} has time zone "${window.timezone}", which is not an IANA time zone (e.g. Europe/Berlin)`,
                },
            ];
        }
        const inside = window.days.includes(local.weekday) && local.time >= window.start && local.time < window.end;
        if (!inside) {
            messages.push({
                ...at,
                message: `publish_at ${local.date} ${local.time} ${window.timezone} (${capitalize(local.weekday)}) is outside ${client.id}'s publishing window (${(0,local_time/* describeDays */.tz)(window.days)} ${window.start}–${window.end} ${window.timezone})`,
            });
        }
        return messages;
    },
};

;// CONCATENATED MODULE: ./src/rules/readability/index.ts


const DEFAULT_MAX_WORDS = 30;
/**
 * A very long sentence is the readability problem that matters in a feed. retext-readability's
 * grade formulas need a full parse and syllable counts per file; counting words per sentence on
 * the shared tokenizer catches the same sentences at a fraction of the cost.
 */
const readabilityRule = {
    id: "readability",
    description: `Sentences stay readable: at most ${DEFAULT_MAX_WORDS} words (option max_words).`,
    defaultSeverity: "warning",
    bodyOnly: true,
    check(post, { options }) {
        const max = typeof options.max_words === "number" && options.max_words > 0 ? options.max_words : DEFAULT_MAX_WORDS;
        const messages = [];
        for (const prose of (0,post_segments/* proseOf */.jv)(post)) {
            for (const sentence of (0,text_prose/* sentencesOf */.cj)(prose)) {
                if (sentence.words.length <= max)
                    continue;
                const first = sentence.words[0];
                const last = sentence.words[sentence.words.length - 1];
                if (!first || !last)
                    continue;
                messages.push({
                    ...(0,post_segments/* segmentSpan */.U6)(post, prose.segment, first.start, last.end),
                    message: `this sentence has ${sentence.words.length} words; expected at most ${max}: split it`,
                });
            }
        }
        return messages;
    },
};

;// CONCATENATED MODULE: ./src/rules/repeated-word/index.ts


// Words that can legally occur twice ("they had had", "that that"), as in retext-repeated-words, and the
// reduplications a post uses on purpose ("bye bye", "very very good", "so so tired", "knock knock").
// Function words ("the", "a", "to", "and") are never doubled on purpose, so they stay errors.
const ALLOWED = new Set([
    "had",
    "that",
    "can",
    "blah",
    "beep",
    "yadda",
    "sapiens",
    "tse",
    "mau",
    "aye",
    "bang",
    "bye",
    "chop",
    "choo",
    "go",
    "ha",
    "hee",
    "ho",
    "hush",
    "knock",
    "many",
    "much",
    "night",
    "no",
    "really",
    "so",
    "tsk",
    "tut",
    "very",
    "win",
    "yum",
]);
/** Only spaces and at most one line break between two words: a phrase broken across lines is still one phrase. */
const GAP = /^[ \t]*\n?[ \t]*$/;
/** The longest phrase looked for twice in a row: "at some at some point" is two, "as soon as as soon as" three. */
const LONGEST_PHRASE = 4;
/**
 * retext-repeated-words' logic on the shared tokenizer, extended to phrases ("at some at some point"): a full
 * retext parse costs about 0.75 ms per file, more than every other checkpoint together. A phrase is compared
 * only when its first word comes back after it, so a post without repeats costs one comparison per word and length.
 */
const repeatedWordRule = {
    id: "repeated-word",
    description: 'The same word or phrase twice in a row ("the the", "at some at some point").',
    defaultSeverity: "error",
    bodyOnly: true,
    check(post) {
        const messages = [];
        for (const prose of (0,post_segments/* proseOf */.jv)(post)) {
            const { words, masked } = prose;
            const joined = (from, to) => GAP.test(masked.slice(words[from].end, words[to].start));
            for (let i = 0; i < words.length && messages.length < ENOUGH_FINDINGS; i++) {
                const length = repeatAt(words, i, joined);
                if (!length)
                    continue;
                const first = words[i];
                const last = words[i + 2 * length - 1];
                const phrase = words
                    .slice(i + length, i + 2 * length)
                    .map((word) => word.text)
                    .join(" ");
                messages.push({
                    ...(0,post_segments/* segmentSpan */.U6)(post, prose.segment, first.start, last.end),
                    message: `"${phrase}" is repeated; expected it once`,
                    suggestions: [masked.slice(first.start, words[i + length - 1].end)],
                });
                // The repeat is reported once, not again from its second half.
                i += 2 * length - 1;
            }
        }
        return messages;
    },
};
/** The same word in any case; most pairs differ in length or first letter, which settles them without lower-casing. */
function sameWord(a, b) {
    if (!a || !b || a.text.length !== b.text.length)
        return false;
    if (a.text === b.text)
        return true;
    const x = a.text.charCodeAt(0);
    const y = b.text.charCodeAt(0);
    // ASCII first letters that differ in more than case settle it.
    if (x < 128 && y < 128 && (x | 32) !== (y | 32))
        return false;
    return a.text.toLowerCase() === b.text.toLowerCase();
}
/** The length of the phrase starting at word `i` that comes again right after it, or 0. */
function repeatAt(words, i, joined) {
    const first = words[i];
    if (first.numeric)
        return 0;
    for (let length = 1; length <= LONGEST_PHRASE && i + 2 * length <= words.length; length++) {
        if (!sameWord(first, words[i + length]))
            continue;
        let same = true;
        for (let k = 1; k < length && same; k++)
            same = sameWord(words[i + k], words[i + length + k]);
        if (!same || words.slice(i, i + length).every((word) => ALLOWED.has(word.text.toLowerCase())))
            continue;
        let inOnePhrase = true;
        for (let k = i; k < i + 2 * length - 1 && inOnePhrase; k++)
            inOnePhrase = joined(k, k + 1);
        if (inOnePhrase)
            return length;
    }
    return 0;
}

// EXTERNAL MODULE: ./src/config/unknown-names.ts
var unknown_names = __webpack_require__(56729);
;// CONCATENATED MODULE: ./src/rules/schema/index.ts

/**
 * Cross-references the front-matter with the config, beyond what the JSON Schema can say:
 * channels exist for the client, variants name the post's own channels.
 * (Front-matter syntax and shape are reported while loading, under the same rule id.)
 */
const schemaRule = {
    id: "schema",
    description: "Front-matter is valid YAML data matching schemas/post.schema.json, and names existing channels of its client.",
    defaultSeverity: "error",
    check(post, { config, client }) {
        const messages = [];
        post.data.channels.forEach((channelId, index) => {
            const unknown = (0,unknown_names/* unknownChannel */.Mh)(channelId, index, client, config);
            if (unknown)
                messages.push({ ...post.spanOf(["channels", index]), ...unknown });
        });
        for (const channelId of Object.keys(post.data.variants ?? {})) {
            if (post.data.channels.includes(channelId))
                continue;
            messages.push({
                ...post.spanOf(["variants", channelId], true),
                ...(0,unknown_names/* withSuggestion */.h2)(`variants.${channelId}: not one of this post's channels (${post.data.channels.join(", ")}); a variant replaces the body for a channel the post goes to`, channelId, post.data.channels),
            });
        }
        return messages;
    },
};

;// CONCATENATED MODULE: ./src/rules/sensitive-topic/topics.ts
/** Built-in topics; `sensitive_topics` in checkpost.yml adds topics or replaces one with the same id. */
const DEFAULT_TOPICS = {
    politics: [
        "politics",
        "political",
        "politician",
        "politicians",
        "government",
        "parliament",
        "congress",
        "congressman",
        "congresswoman",
        "senate",
        "senator",
        "mayor",
        "governor",
        "city council",
        // Not "president" alone: a club, a company and a university have one.
        "presidential",
        "president of the united states",
        "prime minister",
        "chancellor",
        "democrat",
        "democrats",
        "republican",
        "republicans",
        "left-wing",
        "right-wing",
        "white house",
        "downing street",
        "legislation",
        "partisan",
    ],
    elections: [
        "election",
        "elections",
        "electoral",
        "ballot",
        "ballots",
        // Not "vote", "voting" or "candidates" alone: marketing runs polls and photo contests, and hires candidates.
        // A call to vote in an election reads like one of these.
        "voter",
        "voters",
        "vote for the candidate",
        "vote for a candidate",
        "vote for candidates",
        "candidate for office",
        "run for office",
        "running for office",
        "go vote",
        "go and vote",
        "remember to vote",
        "register to vote",
        "get out and vote",
        "get out the vote",
        "gotv",
        "vote early",
        "early voting",
        "postal vote",
        "voting booth",
        "polling day",
        "polling station",
        "referendum",
        "midterms",
        "primaries",
    ],
};
/**
 * Default election words that are as often about awards, fairs, exams and paint ("cast your ballot in the Great
 * British Tea Awards", "midterms", "primaries"): they touch elections only in a post with political context.
 */
const NEED_CONTEXT = {
    elections: ["ballot", "ballots", "voter", "voters", "vote early", "early voting", "postal vote", "voting booth", "midterms", "primaries"],
};
/**
 * Political context: candidates, parties, the day polls open, voting for a measure or a person (a full name), or
 * any word of the built-in politics and elections topics. Tested on the post's published text, once.
 */
const POLITICAL_CONTEXT = new RegExp([
    "\\bcandidates?\\b",
    "\\b(?:political|opposition|ruling) part(?:y|ies)\\b",
    "\\bparty (?:leaders?|members?|manifesto|candidates?|politics)\\b",
    "\\b(?:labour|tory|tories|conservatives|lib dems|liberal democrats|green party|snp)\\b",
    "\\bpolls (?:open|close)\\b",
    "\\b(?:election|polling|voting) day\\b",
].join("|"), "i");
/** The same for what case tells apart: "Measure B", "Proposition 12", "vote for Jane Smith" (not "a question a"). */
const NAMED_CONTEXT = /\b(?:[Bb]allot )?(?:[Mm]easure|[Pp]roposition|Prop|[Aa]mendment|[Ii]nitiative) (?:[A-Z]|\d+)\b|\b[Vv]ote (?:for|against|yes on|no on) [A-Z][\p{Ll}'-]+(?: [A-Z][\p{Ll}'-]+)\b/u;
const POLITICAL_TOPICS = new Set(["politics", "elections"]);
/** Whether a post's published text has political context, so that context-bound words count. */
/** Whether any of the texts holds a word of NEED_CONTEXT (or a word containing one: the topic's pattern decides). */
function mayNeedContext(texts) {
    // Text without any of them, as a substring, holds no context-bound word: most posts skip the context test.
    boundHint ??= new RegExp(Object.values(NEED_CONTEXT).flat().map(escapeRegExp).join("|"), "i");
    const hint = boundHint;
    return texts.some((text) => hint.test(text));
}
let boundHint;
function politicalContext(texts, topics) {
    const political = topics.filter((topic) => POLITICAL_TOPICS.has(topic.id));
    for (const text of texts) {
        if (POLITICAL_CONTEXT.test(text) || NAMED_CONTEXT.test(text))
            return true;
        for (const topic of political) {
            const strict = topic.alone ?? topic;
            strict.re.lastIndex = 0;
            const found = strict.re.test(text);
            strict.re.lastIndex = 0;
            if (found)
                return true;
        }
    }
    return false;
}
const cache = new WeakMap();
const escapeRegExp = (word) => word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/\s+/g, "\\s+");
/** The topics in force for a config, each as one compiled whole-word, case-insensitive pattern. */
function topicsOf(config) {
    let topics = cache.get(config);
    if (!topics) {
        const merged = { ...DEFAULT_TOPICS };
        for (const [id, topic] of Object.entries(config.raw.sensitive_topics ?? {}))
            if (topic)
                merged[id] = topic.words;
        topics = Object.entries(merged).map(([id, words]) => {
            const topic = compile(id, words);
            // Only the built-in words: a config that lists its own words for a topic means each of them.
            const bound = merged[id] === DEFAULT_TOPICS[id] ? new Set(NEED_CONTEXT[id] ?? []) : new Set();
            const alone = words.filter((word) => !bound.has(word));
            return alone.length < words.length ? { ...topic, alone: compile(id, alone) } : topic;
        });
        cache.set(config, topics);
    }
    return topics;
}
function compile(id, words) {
    const tags = new Set(words.map((word) => word.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "")));
    return {
        id,
        re: new RegExp(`(?<![\\p{L}\\p{N}_#@])(?:${words.map(escapeRegExp).join("|")})(?![\\p{L}\\p{N}_])`, "giu"),
        tags,
        // From the words as written, with the flags doing the case folding: lower-casing first changes some
        // letters' length ("İ" becomes "i̇"), and the folded form would then miss "#İzmir".
        inTag: new RegExp(words.map((word) => escapeRegExp(word.replace(/[^\p{L}\p{N}]+/gu, ""))).join("|"), "iu"),
    };
}
/** Where a reader sees word breaks in a hashtag: #VoteNow, #Election2026, #GOTVToday, #get_out_the_vote. */
const TAG_WORD_BREAK = /(?<=\p{Ll})(?=\p{Lu})|(?<=\p{L})(?=\p{N})|(?<=\p{N})(?=\p{L})|(?<=\p{Lu})(?=\p{Lu}\p{Ll})/gu;
/**
 * A hashtag's words separated by spaces ("#VoteNow" → "Vote Now", "#Election2026" → "Election 2026"), for the topic
 * patterns: on social media a topic is as often tagged as written. An all-lower-case run ("#votenow") has no breaks.
 */
function hashtagWords(tag) {
    return tag.slice(1).replace(/_+/g, " ").replace(TAG_WORD_BREAK, " ");
}
/** A hashtag that names a topic: one of its words or phrases, or exactly one of them run together ("#primeminister"). */
function tagTouches(topic, tag, words) {
    if (topic.tags.has(tag.slice(1).toLowerCase().replace(/_+/g, "")))
        return true;
    topic.re.lastIndex = 0;
    const touches = topic.re.test(words);
    topic.re.lastIndex = 0;
    return touches;
}

;// CONCATENATED MODULE: ./src/rules/sensitive-topic/index.ts




/**
 * Options: `allow: [topic, …]` switches topics off for a client (e.g. a civic client that posts about elections).
 * Each topic is reported once, at its first mention: an error unless acknowledged in `sensitive`, a warning if it is.
 */
const sensitiveTopicRule = {
    id: "sensitive-topic",
    description: "Posts touching a sensitive topic (politics and elections by default; sensitive_topics in the config) acknowledge it in `sensitive` with a reason.",
    defaultSeverity: "error",
    check(post, { config, options }) {
        const allowed = new Set(Array.isArray(options.allow) ? options.allow.map(String) : []);
        const topics = topicsOf(config);
        const acknowledged = new Map((post.data.sensitive ?? []).map((s) => [s.topic, s.reason.trim()]));
        const messages = [];
        (post.data.sensitive ?? []).forEach((s, index) => {
            if (!topics.some((t) => t.id === s.topic)) {
                messages.push({
                    ...post.spanOf(["sensitive", index, "topic"]),
                    message: `sensitive[${index}].topic: unknown topic "${s.topic}" (known: ${topics.map((t) => t.id).join(", ")})`,
                });
            }
        });
        const enabled = topics.filter((topic) => !allowed.has(topic.id));
        // Words such as "ballot" touch elections only where the post is political ("cast your ballot in the Tea Awards").
        const texts = enabled.some((topic) => topic.alone) ? (0,post_segments/* publishedSegments */.v2)(post).map((segment) => (0,tokens/* maskUrls */.BP)(segment.text)) : [];
        const context = mayNeedContext(texts) && politicalContext(texts, enabled);
        const checked = context ? enabled : enabled.map((topic) => topic.alone ?? topic);
        const first = firstMentions(post, checked);
        for (const topic of checked) {
            const mention = first.get(topic.id);
            if (!mention)
                continue;
            // A phrase can break across lines ("Prime\nMinister"), a reason can be a block scalar: messages stay on one line.
            const word = (0,one_line/* oneLine */.T)(mention.word);
            const reason = acknowledged.get(topic.id);
            messages.push(reason
                ? { ...mention.span, severity: "warning", message: `"${word}" touches ${topic.id} (acknowledged: ${(0,one_line/* oneLine */.T)(reason)})` }
                : {
                    ...mention.span,
                    message: `"${word}" touches ${topic.id}; the post must acknowledge it: add sensitive: [{topic: ${topic.id}, reason: …}] or rephrase`,
                });
        }
        return messages;
    },
};
/**
 * Each topic's first mention, in prose or in a hashtag (reported whole: "#Election2026"). One pass over the
 * segments for all topics, so URLs are masked and hashtags split once per segment.
 */
function firstMentions(post, topics) {
    const first = new Map();
    for (const segment of (0,post_segments/* publishedSegments */.v2)(post)) {
        if (first.size === topics.length)
            break;
        const text = (0,tokens/* maskUrls */.BP)(segment.text);
        const tags = segment.text.includes("#")
            ? (0,tokens/* hashtagsIn */.Pi)(segment.text).map((tag) => ({ ...tag, compact: tag.text.replace(/_+/g, "") }))
            : [];
        for (const topic of topics) {
            if (first.has(topic.id))
                continue;
            topic.re.lastIndex = 0;
            const m = topic.re.exec(text);
            topic.re.lastIndex = 0;
            let found = m ? { index: m.index, text: m[0] } : undefined;
            for (const tag of tags) {
                if (found && found.index < tag.index)
                    break;
                if (topic.inTag.test(tag.compact) && tagTouches(topic, tag.text, hashtagWords(tag.text))) {
                    found = tag;
                    break;
                }
            }
            if (found)
                first.set(topic.id, {
                    span: post.spanAt(segment.offsetAt(found.index), segment.offsetAt(found.index + found.text.length)),
                    word: found.text,
                });
        }
    }
    return first;
}

;// CONCATENATED MODULE: ./src/rules/spacing/index.ts


// Two or more spaces (or tabs) before the next sentence on the same line. What must come before them, a
// sentence end after a word (/(?<=[\p{L}\p{N}][.!?…]["'’”)\]]*)/u), is tested by hand from each match: as a
// look-behind it ran at every position and walked back over every run of quotes, quadratic in a run of "'".
const spacing_GAP = /(?<![ \t])( {2,}|\t+)(?=["'‘“([]?[\p{Lu}\p{N}])/gu;
const CLOSERS = new Set(`"'’”)]`);
const ENDS = new Set(".!?…");
const LETTER_OR_NUMBER = /^[\p{L}\p{N}]$/u;
/** Whether a sentence end after a word comes right before `index`: a word, [.!?…], then closing quotes or brackets. */
function endsSentenceBefore(text, index) {
    let i = index;
    while (i > 0 && CLOSERS.has(text[i - 1]))
        i--;
    if (i < 2 || !ENDS.has(text[i - 1]))
        return false;
    // The code point before the full stop, a surrogate pair included.
    const low = text.charCodeAt(i - 2);
    const high = i >= 3 ? text.charCodeAt(i - 3) : 0;
    const start = low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff ? i - 3 : i - 2;
    return LETTER_OR_NUMBER.test(String.fromCodePoint(text.codePointAt(start)));
}
/**
 * Characters that show nothing or reorder what is shown: bidirectional embeddings, overrides and isolates
 * (U+202A–U+202E, U+2066–U+2069), zero-width space, non-joiner, joiner and direction marks (U+200B–U+200F),
 * the word joiner (U+2060) and a zero-width no-break space (U+FEFF) inside the text. Pasted text carries them
 * unseen, and they let a post read one way in review and another way in a feed ("Trojan Source"), or split a
 * word so that checks and searches miss it.
 */
const HIDDEN = /[\u200B-\u200F\u202A-\u202E\u2060\u2066-\u2069\uFEFF]/g;
const ANY_HIDDEN = new RegExp(HIDDEN.source);
const NAMES = {
    "\u200B": "ZERO WIDTH SPACE",
    "\u200C": "ZERO WIDTH NON-JOINER",
    "\u200D": "ZERO WIDTH JOINER",
    "\u200E": "LEFT-TO-RIGHT MARK",
    "\u200F": "RIGHT-TO-LEFT MARK",
    "\u202A": "LEFT-TO-RIGHT EMBEDDING",
    "\u202B": "RIGHT-TO-LEFT EMBEDDING",
    "\u202C": "POP DIRECTIONAL FORMATTING",
    "\u202D": "LEFT-TO-RIGHT OVERRIDE",
    "\u202E": "RIGHT-TO-LEFT OVERRIDE",
    "\u2060": "WORD JOINER",
    "\u2066": "LEFT-TO-RIGHT ISOLATE",
    "\u2067": "RIGHT-TO-LEFT ISOLATE",
    "\u2068": "FIRST STRONG ISOLATE",
    "\u2069": "POP DIRECTIONAL ISOLATE",
    "\uFEFF": "ZERO WIDTH NO-BREAK SPACE",
};
// What a joiner inside an emoji sequence (👨‍👩‍👧) stands between: an emoji (perhaps with its skin tone or
// presentation selector) before, an emoji after.
// One code point is tested at a time, so an alternation, not a class (which the linter reads as joining marks).
const EMOJI_END = /^(?:\p{Extended_Pictographic}|\p{Emoji_Modifier}|\uFE0F)$/u;
const EMOJI = /^\p{Extended_Pictographic}$/u;
// Persian, Arabic and Indic scripts spell some words with a (non-)joiner between two letters: that is orthography.
const JOINED_LETTER = /^[\p{L}\p{M}]$/u;
const LATIN = /^[\p{Script=Latin}\p{Script=Common}]$/u;
/** The code point that ends just before `index`, a surrogate pair included. */
function codePointBefore(text, index) {
    const low = text.charCodeAt(index - 1);
    const high = index >= 2 ? text.charCodeAt(index - 2) : 0;
    const start = low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff ? index - 2 : index - 1;
    return index > 0 ? String.fromCodePoint(text.codePointAt(start)) : "";
}
function codePointAt(text, index) {
    return index < text.length ? String.fromCodePoint(text.codePointAt(index)) : "";
}
/** A joiner where it belongs: between emoji, or between two letters of a script that writes it. */
function legitimateJoiner(text, index) {
    const c = text[index];
    if (c !== "\u200D" && c !== "\u200C")
        return false;
    const before = codePointBefore(text, index);
    const after = codePointAt(text, index + 1);
    if (c === "\u200D" && EMOJI_END.test(before) && EMOJI.test(after))
        return true;
    return [before, after].every((letter) => JOINED_LETTER.test(letter) && !LATIN.test(letter));
}
/** Runs of hidden characters in a published text, each with the distinct characters it holds. */
function hiddenRuns(text) {
    const runs = [];
    for (const m of text.matchAll(HIDDEN)) {
        if (legitimateJoiner(text, m.index))
            continue;
        const last = runs[runs.length - 1];
        if (last && last.end === m.index) {
            last.end++;
            last.chars.add(m[0]);
        }
        else
            runs.push({ start: m.index, end: m.index + 1, chars: new Set(m[0]) });
    }
    return runs;
}
const hex = (c) => `U+${c.codePointAt(0).toString(16).toUpperCase().padStart(4, "0")}`;
/**
 * retext-sentence-spacing's check on the shared tokenizer: one space between sentences. Two spaces
 * at a line's end (a Markdown line break) are not between sentences and pass.
 */
const spacingRule = {
    id: "spacing",
    description: "One space between sentences, not two; no hidden characters (bidirectional controls, zero-width spaces) in published text.",
    defaultSeverity: "warning",
    bodyOnly: true,
    check(post) {
        const messages = [];
        for (const prose of (0,post_segments/* proseOf */.jv)(post)) {
            for (const gap of prose.masked.matchAll(spacing_GAP)) {
                const start = gap.index ?? 0;
                if (messages.length >= ENOUGH_FINDINGS)
                    break;
                if (!endsSentenceBefore(prose.masked, start))
                    continue;
                messages.push({
                    ...(0,post_segments/* segmentSpan */.U6)(post, prose.segment, start, start + gap[0].length),
                    message: `${gap[0].length} ${gap[0][0] === "\t" ? "tabs" : "spaces"} between sentences; expected 1 space`,
                    suggestions: [" "],
                });
            }
        }
        for (const segment of (0,post_segments/* publishedSegments */.v2)(post)) {
            if (segment.kind !== "body" && segment.kind !== "variant")
                continue;
            if (!ANY_HIDDEN.test(segment.text))
                continue;
            for (const run of hiddenRuns(segment.text).slice(0, ENOUGH_FINDINGS)) {
                const names = [...run.chars].map((c) => `${hex(c)} ${NAMES[c]}`).join(", ");
                const count = run.end - run.start;
                messages.push({
                    ...(0,post_segments/* segmentSpan */.U6)(post, segment, run.start, run.end),
                    message: `${count === 1 ? "a hidden character" : `${count} hidden characters`} (${names}): invisible or reordering text, so readers may see other words than reviewers did; remove ${count === 1 ? "it" : "them"}`,
                });
            }
        }
        return messages;
    },
};

;// CONCATENATED MODULE: ./src/rules/spelling/british.ts
/**
 * The dictionary is en_US, but agencies write for British and Commonwealth clients too: a word is
 * accepted when its American form is a word ("harbour" → "harbor", "organise" → "organize").
 * The rules are narrow on purpose: a loose rule ("-re" → "-er", any "ae" → "e") would accept typos
 * ("wintre"; "theare", a slipped "a", as "there").
 */
const RULES = [
    [/our(s|ed|ing|ite|ites|able|ful|less|hood|hoods)?$/, "or$1"],
    [/is(e|es|ed|ing|ation|ations)$/, "iz$1"],
    [/ys(e|es|ed|ing)$/, "yz$1"],
    [/(cent|theat|met|lit|fib|calib|sab|somb|spect|lust|meag|mit|maneuv)re(s?)$/, "$1er$2"],
    [/(catal|dial|analog|monol|prol|epil|pedag)ogue(s?)$/, "$1og$2"],
    [/ll(ed|ing|er|ers)$/, "l$1"],
    [/^(lic|def|off|pret)ence(s?)$/, "$1ense$2"],
    // British single l where American doubles it: "fulfil", "enrolment", "skilful".
    [/^(fulfil|enrol|instil|distil|appal)(s|ment|ments)?$/, "$1l$2"],
    [/^(skil|wil)ful(ly|ness)?$/, "$1lful$2"],
    // -mme: "programme", "kilogramme".
    [/gramme(s?)$/, "gram$1"],
    [/dgement(s?)$/, "dgment$1"],
    [/^practis(e|es|ed|ing)$/, "practic$1"],
    [/^scept(ic|ics|ical|ically|icism)$/, "skept$1"],
    [/^(learn|dream|spoil|burn)t$/, "$1ed"],
    [/^(spel|spil|dwel)t$/, "$1led"],
];
/**
 * ae and oe spelt e in American English, only in the stems that have them: anywhere else, dropping the a or
 * o would turn a typo with a slipped letter into a word.
 */
const STEMS = [
    [/paed|haem|anaes|aesth|gynaec|leukaem|anaem|septicaem|palaeo|^faec|^caesar/, "ae"],
    // Anchored where a slip could make the stem inside another word ("safoety").
    [/^oestr|^oesoph|^foet|diarrhoe|homoeo|manoeuv/, "oe"],
];
/** Common British-only words whose American form differs by more than a rule can say safely. */
const WORDS = new Map(Object.entries({
    grey: "gray",
    greys: "grays",
    greyer: "grayer",
    greyest: "grayest",
    greyish: "grayish",
    tyre: "tire",
    tyres: "tires",
    aluminium: "aluminum",
    jewellery: "jewelry",
    cheque: "check",
    cheques: "checks",
    chequebook: "checkbook",
    kerb: "curb",
    kerbs: "curbs",
    kerbside: "curbside",
    storey: "story",
    storeys: "stories",
    plough: "plow",
    ploughs: "plows",
    ploughed: "plowed",
    ploughing: "plowing",
    ageing: "aging",
    cosy: "cozy",
    cosier: "cozier",
    cosiest: "coziest",
    cosiness: "coziness",
    pyjama: "pajama",
    pyjamas: "pajamas",
    amongst: "among",
    whilst: "while",
    mould: "mold",
    moulds: "molds",
    mouldy: "moldy",
    smoulder: "smolder",
    smouldering: "smoldering",
    draught: "draft",
    draughts: "drafts",
    sulphur: "sulfur",
    aeroplane: "airplane",
    aeroplanes: "airplanes",
    doughnut: "donut",
    gaol: "jail",
}));
function americanForms(word) {
    const lower = word.toLowerCase();
    const forms = [];
    const listed = WORDS.get(lower);
    if (listed)
        forms.push(listed);
    let stem = lower;
    for (const [pattern, pair] of STEMS)
        stem = stem.replace(pattern, (m) => m.replace(pair, "e"));
    // "paediatric" → "pediatric" is a form itself, and a word for the rules ("manoeuvre" → "maneuvre" → "maneuver").
    if (stem !== lower)
        forms.push(stem);
    for (const [pattern, replacement] of RULES) {
        if (pattern.test(stem))
            forms.push(stem.replace(pattern, replacement));
    }
    return forms;
}

;// CONCATENATED MODULE: ./src/rules/spelling/locale-forms.ts
let british;
/**
 * The word forms a client's English adds to the en-US table: cspell's British forms for en-GB ("speciality"),
 * loaded on the first en-GB client only, so en-US runs never read them.
 */
function localeForms(language) {
    if (language !== "en-GB")
        return Promise.resolve([]);
    british ??= __webpack_require__.e(/* import() */ 414).then(__webpack_require__.bind(__webpack_require__, 75414)).then(({ GB_FORMS }) => GB_FORMS.split("\n"));
    return british;
}

;// CONCATENATED MODULE: ./src/rules/spelling/social-words.ts
/**
 * Everyday words of social media, retail, outdoor gear and food that the word table (dictionary-en with
 * cspell's en_US inflections and company names) lacks, with their usual inflections, accepted for every client
 * like the config's words. Only words a professional copy editor would let stand in 2026 marketing copy belong
 * here: no slang ("besties"), no proper nouns but the few platforms cspell's company list lacks, and nothing the
 * table already holds (a test checks). Client-specific words (product names, places, people, house terms such
 * as "levain" for one bakery) belong in checkpost.yml's `dictionary`.
 * Accented words are listed without their accents: "açaí" is checked as "acai".
 */
const SOCIAL_WORDS = [
    // Social media and digital.
    "livestream livestreams livestreamed livestreaming livestreamer livestreamers repost reposts reposted reposting",
    "unfollow unfollows unfollowed unfollowing influencers collab collabs shoutout shoutouts vlog vlogs",
    "vlogger vloggers vlogging podcaster podcasters photoshoot photoshoots videographer videographers voiceover",
    "voiceovers walkthrough walkthroughs webpage webpages newsfeed newsfeeds signup signups onboarding rebrand",
    "rebrands rebranded rebranding hackathon hackathons chatbot chatbots ebook ebooks audiobook audiobooks wifi",
    // Marketing and industry words, and platforms cspell's lists lack (compared without case: "ChatGPT", "Canva").
    "martech fintech fintechs adtech edtech upsell upsells upselling upsold omnichannel subreddit subreddits microsite",
    "microsites canva chatgpt",
    // Hyphenated forms whose parts are not words on their own.
    "wi-fi hi-fi sci-fi lo-fi hi-vis",
    // Retail.
    "ecommerce merch preorder preorders preordered preordering presale presales waitlist waitlists wishlist",
    "wishlists wishlisted doorbuster doorbusters sitewide storewide shoppable giftable preloved thrifted thrifting",
    "upcycle upcycles upcycled upcycling compostable reusables staycation staycations",
    // Clothing and homeware.
    "colourway colourways crewneck crewnecks athleisure activewear womenswear workwear loungewear haircare homeware",
    "homewares bakeware drinkware",
    // Outdoor gear and trips.
    "daypack daypacks softshell softshells hardshell hardshells baselayer baselayers midlayer midlayers ripstop",
    "footbed footbeds midsole midsoles outsole outsoles carabiner carabiners trailhead trailheads",
    "singletrack glamping bikepacking bikepacker bikepackers ebike ebikes paddleboard paddleboards paddleboarding",
    "paddleboarder paddleboarders bouldering campervan campervans motorhome motorhomes s'mores",
    // Bakery.
    "focaccia focaccias panettone panettones pandoro stollen challah challahs babka babkas boule frangipane",
    "viennoiserie galette galettes macaron macarons madeleine madeleines choux ganache blondie blondies donut",
    "biscotti cannoli lebkuchen speculoos flatbreads panini chocolatey",
    // Drinks.
    "matcha chai kombucha kefir rooibos oolong cortado cortados macchiato macchiatos affogato mocktail mocktails",
    // Food.
    "acai brulee gelato charcuterie burrata halloumi bruschetta arancini miso tahini harissa labneh shakshuka",
    "kimchi gochujang ramen gyoza bao pho katsu yuzu mochi umami tempeh seitan superfood superfoods probiotic",
    "probiotics flexitarian pescatarian",
].flatMap((line) => line.split(" "));

;// CONCATENATED MODULE: ./src/rules/spelling/speller.ts
let loading;
function loadSpeller() {
    loading ??= (async () => {
        const { wordTable } = await __webpack_require__.e(/* import() */ 458).then(__webpack_require__.bind(__webpack_require__, 80458));
        return createSpeller(wordTable());
    })();
    return loading;
}
/**
 * A set of string hashes as 2^size bits: a bit test is faster than a Set of numbers. Two strings may
 * share a bit, so it only rules strings out; what passes is checked exactly.
 */
class HashBits {
    bits;
    shift;
    constructor(words, size) {
        this.bits = new Uint32Array(1 << (size - 5));
        this.shift = 32 - size;
        for (const word of words)
            this.add(hashOf(word));
    }
    add(hash) {
        const bit = this.bitOf(hash);
        this.bits[bit >>> 5] = this.bits[bit >>> 5] | (1 << (bit & 31));
    }
    has(hash) {
        const bit = this.bitOf(hash);
        return (this.bits[bit >>> 5] & (1 << (bit & 31))) !== 0;
    }
    /** The top bits after a multiplicative mix: the polynomial hash's low bits spread poorly over similar words. */
    bitOf(hash) {
        return Math.imul(hash, 0x9e3779b1) >>> this.shift;
    }
}
const hashesByWords = new WeakMap();
function hashesOf(words) {
    let hashes = hashesByWords.get(words);
    if (!hashes) {
        // 2^16 bits for a config's few hundred words; 2^20 for an en-GB client's 53,000 British forms.
        hashes = new HashBits(words, words.size > 4000 ? 20 : 16);
        hashesByWords.set(words, hashes);
    }
    return hashes;
}
/**
 * Lower-case letters, apostrophes and hyphens: for such a string nspell's correct() is true only if the
 * string is one of its word forms (no case alternatives apply, and en_US's compound rules need digits).
 */
const PLAIN = /^[a-z'-]+$/;
function createSpeller(spell) {
    let trigrams;
    let formHashes;
    const verdicts = new Map();
    // Per set of config words: two clients' lists of the same size must not share suggestions.
    const suggestionsFor = new WeakMap();
    const correct = (word) => {
        let verdict = verdicts.get(word);
        if (verdict === undefined) {
            verdict = spell.correct(word);
            verdicts.set(word, verdict);
        }
        return verdict;
    };
    const longestByWords = new WeakMap();
    /** The length of the longest dictionary form or config word, worked out once per set of config words. */
    const longestOf = (extraWords) => {
        let longest = longestByWords.get(extraWords);
        if (longest === undefined) {
            longest = spell.longestForm;
            for (const word of extraWords)
                longest = Math.max(longest, word.length);
            longestByWords.set(extraWords, longest);
        }
        return longest;
    };
    /** Words suggested for so far, all sets of config words together: the bit filter pays off from the second. */
    let suggestionCount = 0;
    // The candidates near a word: the same search for suggestions and for nearWord.
    const search = (word, extraWords, limit, twoEdits) => {
        // No string more than two edits longer than every word can be two edits from one: skipping it changes no
        // answer, and a 250 KB "word" would otherwise cost billions of candidates.
        if (word.length > longestOf(extraWords) + 2)
            return [];
        // Candidates skip the verdict cache: hundreds per word, each asked once, would only grow it.
        trigrams ??= trigramsOf(spell.stemTrigrams, extraWords);
        const known = trigrams;
        const plain = PLAIN.test(word.toLowerCase());
        // 2^24 bits (2 MB) for about 124,000 forms: under 1 % of the strings no form has pass. Building it
        // (~20 ms) pays off for a two-edit search or a second word, not for one word's one-edit candidates.
        const hashFilter = (edits) => {
            if (!plain || (edits === 1 && suggestionCount === 0 && !formHashes))
                return undefined;
            formHashes ??= formsAndNames(spell);
            const forms = formHashes;
            const extra = hashesOf(extraWords);
            return (hash) => forms.has(hash) || extra.has(hash);
        };
        // Only a word written with a capital (a name, or a sentence's first word) may be a slip of a name or of a
        // form that exists only capitalised ("Shopfiy" → "Shopify", "Febuary" → "February"; "tnets" is not "Tets").
        const names = word.charAt(0) !== word.charAt(0).toLowerCase();
        const lower = word.toLowerCase();
        const found = nearWords(word, (candidate, at) => (plausible(candidate, at, known) && (spell.correct(candidate) || (names && nameSlip(spell, lower, candidate)))) ||
            extraWords.has(candidate), limit, {
            secondEdit: (candidate) => secondEditWindow(candidate, known),
            // Only for plain words is every accepted candidate one of nspell's forms or a config word: a hash
            // test then rejects almost every candidate before a string is built or nspell is asked.
            mayBeWord: hashFilter,
            twoEdits,
            // Whether any word is near needs no ranking: the first found answers.
            ranked: twoEdits,
        });
        // Candidates are searched in lower case: a name is given as it is written ("shopfiy" → "Shopify", not "shopify").
        return found.map((candidate) => (spell.correct(candidate) ? candidate : (spell.nameForm(candidate.toLowerCase()) ?? candidate)));
    };
    return {
        correct,
        suggest(word, extraWords, limit = 3) {
            let cache = suggestionsFor.get(extraWords);
            if (!cache) {
                cache = new Map();
                suggestionsFor.set(extraWords, cache);
            }
            const key = `${word}\u0000${limit}`;
            let found = cache.get(key);
            if (!found) {
                found = search(word, extraWords, limit, true);
                cache.set(key, found);
                suggestionCount++;
            }
            return found;
        },
        nearWord: (word, extraWords) => search(word, extraWords, 1, false).length > 0,
    };
}
/**
 * Whether a lower-case word is a slip of the name whose lower case is `candidate`: of a company name by any
 * edit ("Shopfiy" → "Shopify"), of a dictionary name (a month, a day, a place, a person) only by letters left
 * out or two letters swapped ("Febuary", "Wensday", "Manchestr", "Thrusday"). A name with a letter more or
 * another is as often a name of its own ("Hartley" beside "Harley", "Jaxon" beside "Jason"): of the capitalised
 * words in cspell's en_US and British lists that the table lacks, every edit would make 24 % errors, these 2.5 %.
 */
function nameSlip(spell, word, candidate) {
    if (spell.nameForm(candidate) === undefined)
        return false;
    return spell.properCase(candidate) !== undefined || lettersLeftOut(word, candidate) || swappedPair(word, candidate);
}
/** Whether `word` is `longer` with one or more letters left out. */
function lettersLeftOut(word, longer) {
    if (word.length >= longer.length)
        return false;
    let matched = 0;
    for (let i = 0; i < longer.length && matched < word.length; i++)
        if (longer[i] === word[matched])
            matched++;
    return matched === word.length;
}
/** Whether `word` is `other` with one pair of neighbouring letters swapped. */
function swappedPair(word, other) {
    if (word.length !== other.length)
        return false;
    let i = 0;
    while (i < word.length && word[i] === other[i])
        i++;
    return word[i] === other[i + 1] && word[i + 1] === other[i] && word.slice(i + 2) === other.slice(i + 2);
}
/**
 * The hashes of every form as written and in lower case, which suggestions search for ("shopify" → "Shopify",
 * "february" → "February"), in 2^24 bits (2 MB). The hashes are read from the table's text line by line: splitting
 * it into 140,000 strings cost a one-post check about 10 ms and as much again in garbage collection.
 */
function formsAndNames(spell) {
    const bits = new HashBits([], 24);
    for (const text of spell.texts) {
        let hash = 0;
        let lower = 0;
        let start = 0;
        let ascii = true;
        for (let i = 0; i <= text.length; i++) {
            const code = i < text.length ? text.charCodeAt(i) : 10;
            if (code !== 10) {
                hash = (Math.imul(hash, BASE) + code) | 0;
                lower = (Math.imul(lower, BASE) + (code >= 65 && code <= 90 ? code + 32 : code)) | 0;
                if (code > 127)
                    ascii = false;
                continue;
            }
            bits.add(hash);
            // A capital outside ASCII ("Škoda") is lowered as toLowerCase lowers the searched word: rare, so sliced.
            if (lower !== hash)
                bits.add(ascii ? lower : hashOf(text.slice(start, i).toLowerCase()));
            hash = 0;
            lower = 0;
            start = i + 1;
            ascii = true;
        }
    }
    return bits;
}
const LETTERS = "abcdefghijklmnopqrstuvwxyz";
/** Three UTF-16 code units as one exact number (under 2^48): Set look-ups without building a string each. */
const trigramKey = (a, b, c) => (a * 65536 + b) * 65536 + c;
/** The code unit at `i` of the word padded with a space on each side, without building the padded string. */
const paddedCode = (word, i) => (i === 0 || i === word.length + 1 ? 32 : word.charCodeAt(i - 1));
/** The key of the sequence starting at `i` of the padded word. */
const trigramAt = (word, i) => trigramKey(paddedCode(word, i), paddedCode(word, i + 1), paddedCode(word, i + 2));
/**
 * Every three-letter sequence of the dictionary's stems (and the config's words). A candidate whose
 * edit makes a sequence no English word has ("tqe") is no word: a Set look-up instead of ~1 µs in nspell,
 * which the hundreds of candidates per word add up to.
 */
function trigramsOf(stemTrigrams, extraWords) {
    const out = new Set(stemTrigrams);
    for (const word of extraWords) {
        const lower = word.toLowerCase();
        for (let i = 0; i + 3 <= lower.length + 2; i++)
            out.add(trigramAt(lower, i));
    }
    return out;
}
/** Whether the sequences around position `at` (anywhere when negative) of a candidate occur in some word. */
function plausible(candidate, at, trigrams) {
    const last = candidate.length - 1;
    for (let i = at < 0 ? 0 : Math.max(0, at - 1); i <= (at < 0 ? last : Math.min(at + 2, last)); i++) {
        if (!trigrams.has(trigramAt(candidate, i)))
            return false;
    }
    return true;
}
/**
 * Where a second edit of a one-edit candidate may go for the result to pass the full `plausible` check:
 * an edit at index p changes only the sequences starting at p-1 to p+2 of the padded string, so every
 * sequence no word has must lie in that range. Undefined when no single edit can fix them all.
 */
function secondEditWindow(candidate, trigrams) {
    let minBad = Number.POSITIVE_INFINITY;
    let maxBad = Number.NEGATIVE_INFINITY;
    for (let i = 0; i + 3 <= candidate.length + 2; i++) {
        if (trigrams.has(trigramAt(candidate, i)))
            continue;
        minBad = Math.min(minBad, i);
        maxBad = i;
    }
    if (maxBad < 0)
        return [0, candidate.length];
    const lo = Math.max(0, maxBad - 2);
    const hi = Math.min(candidate.length, minBad + 1);
    return lo <= hi ? [lo, hi] : undefined;
}
/** The kinds of edit `edits` makes, in its order: letters swapped, one removed, one replaced, one inserted. */
const SWAP = 0;
const DELETE = 1;
const REPLACE = 2;
const INSERT = 3;
/**
 * What an edit costs a candidate's rank, in half steps: the slips typing makes most cost least. A swapped pair
 * and a missing letter ("Febuary", "Wensday" → "Wednesday": two missing letters) are cheaper than a wrong key
 * ("Weekday" is two wrong keys from "Wensday"); an extra letter costs between, and a doubled one ("mett") as
 * little as a swap.
 */
function editCost(word, at, kind) {
    if (kind === DELETE)
        return word[at] === word[at - 1] || word[at] === word[at + 1] ? 2 : 3;
    return kind === REPLACE ? 3 : 2;
}
const CHEAPEST_EDIT = 2;
/** The rank of the last of the `limit` best candidates found. */
function worstKept(found, limit) {
    return [...found.values()].sort((a, b) => a - b)[limit - 1];
}
/** A candidate's rank among others: its edits' cost, then a changed first letter (rarely mistyped), then the length's change. */
function rankOf(word, candidate, cost) {
    return (cost + (candidate[0] === word[0] ? 0 : 2)) * 64 + Math.min(63, Math.abs(candidate.length - word.length));
}
/**
 * Candidates one edit away, then two edits away only when one edit finds nothing, the cheapest first (`rankOf`),
 * ties in the order typing slips happen most (swapped letters, a doubled letter, a wrong key, a missing letter).
 * nspell's own suggest() takes about 59 ms a word; this takes about 0.3 ms for one edit.
 */
function nearWords(word, isWord, limit, options = {}) {
    const { secondEdit = (c) => [0, c.length], mayBeWord = () => undefined, twoEdits = true, ranked = true } = options;
    const lower = word.toLowerCase();
    // Each candidate found and its rank; a Map keeps the order found, which breaks ties.
    const found = new Map();
    const consider = (candidate, at, cost) => {
        if (candidate === lower)
            return false;
        const rank = found.get(candidate);
        if (rank !== undefined)
            found.set(candidate, Math.min(rank, rankOf(lower, candidate, cost)));
        else if (isWord(candidate, at))
            found.set(candidate, rankOf(lower, candidate, cost));
        // Unranked, the first `limit` found will do; ranked, every candidate of the pass is needed.
        return !ranked && found.size >= limit;
    };
    const best = () => [...found]
        .sort((a, b) => (ranked ? a[1] - b[1] : 0))
        .slice(0, limit)
        .map(([candidate]) => matchCase(word, candidate));
    edits(lower, (c, at, kind) => consider(c, at, editCost(lower, at, kind)), 0, lower.length, mayBeWord(1));
    if (found.size > 0 || !twoEdits || lower.length > 12)
        return best();
    // Two edits: every one-edit string, edited again. Costly (~10^5 look-ups), so only when one edit found nothing.
    const once = [];
    edits(lower, (c, at, kind) => {
        once.push([c, editCost(lower, at, kind)]);
        return false;
    });
    // The second edit may be anywhere: check the candidate's sequences from its start.
    const filter = mayBeWord(2);
    // Cheapest first edits first: once `limit` candidates are found, a first edit whose cost with the cheapest
    // second edit ranks below them all cannot place, nor can any after it.
    once.sort((a, b) => a[1] - b[1]);
    for (const [c, cost] of once) {
        if (ranked && found.size >= limit && rankOf(lower, lower, cost + CHEAPEST_EDIT) > worstKept(found, limit))
            break;
        const window = secondEdit(c);
        if (window && edits(c, (candidate, at, kind) => consider(candidate, -1, cost + editCost(c, at, kind)), window[0], window[1], filter))
            break;
    }
    return best();
}
const BASE = 31;
/** A 32-bit polynomial hash of a string's UTF-16 code units; `edits` computes it for a candidate without building it. */
function hashOf(text) {
    let h = 0;
    for (let i = 0; i < text.length; i++)
        h = (Math.imul(h, BASE) + text.charCodeAt(i)) | 0;
    return h;
}
const LETTER_CODES = [...LETTERS].map((c) => c.charCodeAt(0));
/**
 * Calls `visit` with each string one edit at an index in [lo, hi] from `word`, the edit's index and kind; stops
 * when it returns true. With `mayBeWord`, a candidate whose hash fails it is skipped before it is built.
 */
function edits(word, visit, lo = 0, hi = word.length, mayBeWord) {
    const n = word.length;
    // prefix[i]: hash of word[0, i); suffix[j]: hash of word[j, n); power[k]: BASE^k. Hash(A + B) = Hash(A)·BASE^|B| + Hash(B).
    const prefix = new Int32Array(n + 1);
    const suffix = new Int32Array(n + 1);
    const power = new Int32Array(n + 3);
    power[0] = 1;
    for (let k = 1; k < power.length; k++)
        power[k] = Math.imul(power[k - 1], BASE);
    if (mayBeWord) {
        for (let i = 0; i < n; i++)
            prefix[i + 1] = (Math.imul(prefix[i], BASE) + word.charCodeAt(i)) | 0;
        for (let j = n - 1; j >= 0; j--)
            suffix[j] = (Math.imul(word.charCodeAt(j), power[n - 1 - j]) + suffix[j + 1]) | 0;
    }
    // Hash of word[0, i) + middle (its hash and length) + word[j, n).
    const joined = (i, middle, length, j) => (Math.imul((Math.imul(prefix[i], power[length]) + middle) | 0, power[n - j]) + suffix[j]) | 0;
    for (let i = lo; i < Math.min(n - 1, hi + 1); i++) {
        if (mayBeWord && !mayBeWord(joined(i, (Math.imul(word.charCodeAt(i + 1), BASE) + word.charCodeAt(i)) | 0, 2, i + 2)))
            continue;
        if (visit(word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2), i, SWAP))
            return true;
    }
    for (let i = lo; i < Math.min(n, hi + 1); i++) {
        if (mayBeWord && !mayBeWord(joined(i, 0, 0, i + 1)))
            continue;
        if (visit(word.slice(0, i) + word.slice(i + 1), i, DELETE))
            return true;
    }
    for (let i = lo; i < Math.min(n, hi + 1); i++) {
        for (let k = 0; k < LETTERS.length; k++) {
            const c = LETTERS[k];
            if (c === word[i] || (mayBeWord && !mayBeWord(joined(i, LETTER_CODES[k], 1, i + 1))))
                continue;
            if (visit(word.slice(0, i) + c + word.slice(i + 1), i, REPLACE))
                return true;
        }
    }
    for (let i = lo; i <= Math.min(n, hi); i++) {
        for (let k = 0; k < LETTERS.length; k++) {
            if (mayBeWord && !mayBeWord(joined(i, LETTER_CODES[k], 1, i)))
                continue;
            if (visit(word.slice(0, i) + LETTERS[k] + word.slice(i), i, INSERT))
                return true;
        }
    }
    return false;
}
function matchCase(original, candidate) {
    if (original.length > 1 && original === original.toUpperCase())
        return candidate.toUpperCase();
    if (original[0] !== original[0]?.toLowerCase())
        return (candidate[0]?.toUpperCase() ?? "") + candidate.slice(1);
    return candidate;
}

;// CONCATENATED MODULE: ./src/rules/spelling/index.ts








const clientWords = new WeakMap();
/**
 * The built-in social-media and retail words, the British forms for an en-GB client, and the config's words
 * (global and the client's), compared without case: "Northwind" also accepts "NORTHWIND". One set, so these
 * words also split run-together hashtags ("#livestreamsale") and are offered as suggestions, as config words are.
 */
function extraWordsOf(client) {
    let words = clientWords.get(client);
    if (!words) {
        words = localeForms(client.language).then((locale) => new Set([...SOCIAL_WORDS, ...locale, ...client.words.map((w) => w.toLowerCase().replace(/’/g, "'"))]));
        clientWords.set(client, words);
    }
    return words;
}
/**
 * Short words in capitals are acronyms ("REI", "NASA"), and so are short words that start and end with a capital
 * ("SaaS", "DDoS", "GoT"): the dictionary cannot know them all.
 */
const spelling_ACRONYM = /^(?:\p{Lu}{2,5}|(?=\p{L}{3,5}s?$)\p{Lu}\p{L}*\p{Lu})s?$/u;
/** URL pieces left as words by a malformed URL ("https:/example.com"): the `link` rule reports those, not this one. */
const URL_PIECES = new Set(["http", "https", "www"]);
const NON_ASCII = /[^\u0000-\u007f]/;
const MARKS = /\p{M}/gu;
function isKnown(word, speller, extra) {
    const lower = word.toLowerCase();
    if (extra.has(lower) || speller.correct(word))
        return true;
    if (americanForms(word).some((form) => speller.correct(form)))
        return true;
    if (URL_PIECES.has(lower))
        return true;
    // en_US holds no accented form at all, only the English spelling without accents ("cafe", "naive",
    // "resume", "fiancee", "jalapeno"): a word is known when its letters without their accents are.
    if (NON_ASCII.test(word)) {
        const plain = word.normalize("NFD").replace(MARKS, "");
        if (plain !== word && isKnown(plain, speller, extra))
            return true;
    }
    // A possessive of an accepted word: "Acme's".
    return /'s$/.test(lower) && extra.has(lower.slice(0, -2));
}
const wholeWordVerdicts = new WeakMap();
/** Verdicts on whole words as written, per set of config words. */
function verdictsFor(extra) {
    let verdicts = wholeWordVerdicts.get(extra);
    if (!verdicts) {
        verdicts = new Map();
        wholeWordVerdicts.set(extra, verdicts);
    }
    return verdicts;
}
/** Whether a word as written is an acronym or known, asked once per distinct word and set of config words. */
function acceptedAsIs(text, speller, extra, verdicts) {
    let accepted = verdicts.get(text);
    if (accepted === undefined) {
        accepted = spelling_ACRONYM.test(text) || isKnown(text.replace(/’/g, "'"), speller, extra);
        verdicts.set(text, accepted);
    }
    return accepted;
}
/**
 * Whether a misspelt-looking hashtag part is a slip worth reporting. A hashtag is not prose: it runs words
 * together ("#wintercamping"), abbreviates ("#tbt"), coins ("#martech") and names ("#Hartley"), so a part is
 * reported only when it is clearly a slip of a known word (`nearTypo`), and never when it is a contraction,
 * which a hashtag cannot write with its apostrophe ("#DontGiveUp"), nor a one-part tag of at most 4 letters.
 * Asked only for parts that failed the word verdict, and once per distinct part.
 */
function hashtagSlip(part, speller, extra, verdicts) {
    if (contractionOf(part.text))
        return false;
    const whole = part.text.length === part.hashtag.length - 1;
    // "#" never starts a word, so these keys cannot meet a word's verdict.
    const key = `#${whole ? "" : " "}${part.text}`;
    let slip = verdicts.get(key);
    if (slip === undefined) {
        const lower = part.text.toLowerCase();
        slip = !(whole && lower.length <= 4) && (nearTypo(part.text, speller, extra) || (whole && slipInsideRun(lower, speller, extra)));
        verdicts.set(key, slip);
    }
    return slip;
}
/**
 * Whether a part is inside a run of 2 or 3 parts of its hashtag that is a known word as written: "#TikTok" is
 * split into "Tik" and "Tok", which the dictionary's "TikTok" joins again.
 */
function joinsIntoWord(parts, at, text, speller, extra) {
    for (let first = Math.max(0, at - 2); first <= at; first++) {
        for (let last = Math.max(at, first + 1); last <= Math.min(parts.length - 1, first + 2); last++) {
            const from = parts[first];
            const to = parts[last];
            if (isKnown(text.slice(from.start, to.end), speller, extra))
                return true;
        }
    }
    return false;
}
/** The parts of each hashtag, in order: parts of one hashtag follow each other, at most underscores apart. */
function hashtagsOf(parts, text) {
    const tags = [];
    let previous;
    for (const part of parts) {
        const sameTag = previous?.hashtag === part.hashtag && /^_*$/.test(text.slice(previous.end, part.start));
        if (sameTag)
            tags.at(-1)?.push(part);
        else
            tags.push([part]);
        previous = part;
    }
    return tags;
}
/**
 * A typo often splits into words too ("writting": writ + ting; "publically": pub + li + cally), but it is near
 * the word it misspells: one edit away, or two letters left out or added with the same first letter
 * ("publically" → "publicly", "Wensday" → "Wednesday"). A word written with a capital may be near a name too
 * ("Shopfiy" → "Shopify"). A run of words rarely is; "nofilter" is two edits from "filter", but not from a word
 * starting with "n". A name two edits of other kinds from a word is as often a name ("Hartley": "Hardly").
 */
function nearTypo(word, speller, extra) {
    // The suggestions (cached, and what a report shows) first: they are one edit away when any word is.
    const lower = word.toLowerCase();
    const suggestions = speller.suggest(word, extra);
    if (suggestions.some((suggestion) => suggestion[0]?.toLowerCase() === lower[0] && lettersApart(lower, suggestion.toLowerCase()) <= 2))
        return true;
    return suggestions.length > 0 && speller.nearWord(word, extra);
}
/**
 * How many letters one string must lose or gain to become the other: both lengths less twice their longest
 * common subsequence. A letter left out or added counts 1, a swap or a wrong letter 2.
 */
function lettersApart(a, b) {
    let previous = new Array(b.length + 1).fill(0);
    for (let i = 1; i <= a.length; i++) {
        const row = [0];
        for (let j = 1; j <= b.length; j++) {
            row.push(a[i - 1] === b[j - 1] ? previous[j - 1] + 1 : Math.max(previous[j], row[j - 1]));
        }
        previous = row;
    }
    return a.length + b.length - 2 * previous[b.length];
}
/** Hashtags longer than this are not split. */
const MAX_SPLIT = 100;
/** No word is longer: the search asks about each substring up to this length ending at each letter. */
const MAX_PART = 24;
/** A slip inside a run of words is looked for in parts of at least this many letters ("campign", not "tem"). */
const MIN_SLIP = 5;
/**
 * The two-letter parts a run of words may have. en_US holds some 160 two-letter forms, mostly abbreviations
 * ("ck", "gr", "mo"), which would let a typo pass as a chain of fragments ("tommorow": tom + mo + row).
 */
const TWO_LETTER_WORDS = new Set("ad ah am an as at be by do go he hi if in is it me my no of oh ok on or ox so to up us we".split(" "));
/**
 * Whether a lower-case run of letters is not words run together, but words with exactly one slip among them
 * ("wintercampign": winter + campign, one letter from "camping"): dynamic programming over its prefixes, with
 * and without the slip. A word is "a", "i", a common two-letter word, a contraction without its apostrophe, or
 * a longer dictionary or config word; from 4 letters also a name ("monday", "london"). The slip is a part of
 * at least 5 letters one edit from a word.
 */
function slipInsideRun(text, speller, extra) {
    const n = text.length;
    if (n > MAX_SPLIT)
        return false;
    const isWord = (part) => {
        if (part.length < 3)
            return part.length === 1 ? part === "a" || part === "i" : TWO_LETTER_WORDS.has(part);
        if (extra.has(part) || speller.correct(part) || contractionOf(part) !== undefined)
            return true;
        return part.length >= 4 && speller.correct(part[0].toUpperCase() + part.slice(1));
    };
    // clean[i]: text[0, i) is words; slipped[i]: words and one slip.
    const clean = [true];
    const slipped = [false];
    for (let end = 1; end <= n; end++) {
        let isClean = false;
        let isSlipped = false;
        for (let start = end - 1; start >= Math.max(0, end - MAX_PART) && !(isClean && isSlipped); start--) {
            const part = text.slice(start, end);
            const word = (clean[start] || slipped[start]) && isWord(part);
            if (word && clean[start])
                isClean = true;
            if (word && slipped[start])
                isSlipped = true;
            if (!isSlipped && clean[start] && part.length >= MIN_SLIP && !word && speller.nearWord(part, extra))
                isSlipped = true;
        }
        clean.push(isClean);
        slipped.push(isSlipped);
    }
    // A run that is words as it stands is no slip, however else it could be read ("winterc" + "amping").
    return slipped[n] === true && clean[n] !== true;
}
/**
 * Prefixes written with a hyphen before a word ("pre-order", "eco-friendly", "tri-state"): accepted as the
 * first part of a hyphenated word, where en_US cannot know them as they are no words alone ("pre", "eco",
 * "un", "de"). The rest of the word is still checked: "pre-ordr" reports "ordr". Only prefixes English
 * hyphenates productively; those that are words too ("post", "self", "co") are listed so the rule does not
 * hang on en_US holding them.
 */
const HYPHEN_PREFIXES = new Set(("pre post re co eco non anti multi semi sub super ex mid mini micro macro inter intra over under out bi tri " +
    "un de e self well low high all half cross counter pro neo mega ultra vice cyber socio geo bio hyper " +
    "extra auto retro quasi pseudo").split(" "));
/** The misspelt pieces of a word: the word itself, or the parts of a hyphenated word that are not words. */
function misspeltParts(word, speller, extra, verdicts) {
    if (word.numeric || acceptedAsIs(word.text, speller, extra, verdicts))
        return [];
    const text = word.text.replace(/’/g, "'");
    if (!text.includes("-"))
        return [word];
    const parts = [];
    let start = 0;
    for (const [i, part] of text.split("-").entries()) {
        const w = {
            text: word.text.slice(start, start + part.length),
            start: word.start + start,
            end: word.start + start + part.length,
            numeric: false,
        };
        const prefix = i === 0 && HYPHEN_PREFIXES.has(part.toLowerCase());
        if (!prefix && !/\p{N}/u.test(part) && !spelling_ACRONYM.test(part) && !isKnown(part, speller, extra))
            parts.push(w);
        start += part.length + 1;
    }
    return parts;
}
/** A word written with a capital or in capitals: a name, unless it is near a known word. */
const CAPITALISED = /^\p{Lu}/u;
/** The command that adds a word to the client's words file; possessives are added without their "'s". */
const addCommand = (word, client) => `checkpost words add ${word.replace(/['’]s$/i, "")} --client ${client.id}`;
const SEVERITIES = new Set(["off", "info", "warning", "error"]);
const spellingRule = {
    id: "spelling",
    description: "Words in the body, title, variants and alt texts are in the dictionary or the config's words; hashtags are checked by their parts, mentions, URLs and code are skipped; an unknown name is a warning (option unknown_names).",
    defaultSeverity: "error",
    bodyOnly: true,
    async check(post, { client, options }) {
        const [speller, extra] = await Promise.all([loadSpeller(), extraWordsOf(client)]);
        const verdicts = verdictsFor(extra);
        const nameSeverity = SEVERITIES.has(String(options.unknown_names)) ? String(options.unknown_names) : "warning";
        const messages = [];
        for (const prose of (0,post_segments/* proseOf */.jv)(post)) {
            const span = (word) => (0,post_segments/* segmentSpan */.U6)(post, prose.segment, word.start, word.end);
            const report = (word, message) => {
                const suggestions = speller.suggest(word.text.replace(/’/g, "'"), extra);
                messages.push({
                    ...span(word),
                    message: `${message} (if it is a word, add it: \`${addCommand(word.text, client)}\`)`,
                    ...(suggestions.length ? { suggestions } : {}),
                });
            };
            for (const word of prose.words) {
                if (messages.length >= ENOUGH_FINDINGS)
                    break;
                const parts = misspeltParts(word, speller, extra, verdicts);
                // A contraction without its apostrophe ("dont") is the apostrophe rule's to report, once; "alot" is confusables'.
                if (parts.length === 0 || missingApostrophe(prose.masked, word) || runTogetherOf(word.text))
                    continue;
                for (const part of parts) {
                    // A capitalised word far from every known word is a name the team has not added yet ("Kestrelwood"),
                    // near one it is a typo ("Shopfiy" → "Shopify").
                    if (CAPITALISED.test(part.text) && !nearTypo(part.text.replace(/’/g, "'"), speller, extra)) {
                        if (nameSeverity === "off")
                            continue;
                        messages.push({
                            ...span(part),
                            severity: nameSeverity,
                            message: `"${part.text}" is not in the dictionary; if it is a name, add it: \`${addCommand(part.text, client)}\``,
                        });
                        continue;
                    }
                    report(part, `"${part.text}" is misspelt; expected a word from the dictionary or the config's words`);
                }
            }
            for (const tag of hashtagsOf(prose.hashtagParts, prose.segment.text)) {
                // A hashtag that is itself a configured or known word ("#AcmeOutdoor", "#TikTok") is fine whatever its parts.
                const whole = tag[0].hashtag.slice(1);
                if (extra.has(whole.toLowerCase()) || acceptedAsIs(whole, speller, extra, verdicts))
                    continue;
                tag.forEach((part, at) => {
                    if (part.text.length < 2)
                        return;
                    for (const bad of misspeltParts(part, speller, extra, verdicts)) {
                        if (joinsIntoWord(tag, at, prose.segment.text, speller, extra) || !hashtagSlip(part, speller, extra, verdicts))
                            continue;
                        report(bad, `"${bad.text}" in ${part.hashtag} is misspelt; expected a word from the dictionary or the config's words`);
                    }
                });
            }
        }
        return messages;
    },
};

;// CONCATENATED MODULE: ./src/rules/undeclared-claim/index.ts


const MONTH = "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";
/** A month, or an abbreviation with its full stop ("Dec. 6"); not "may." or "march.", whose full stop ends a sentence. */
const MONTH_OR_ABBREVIATION = "(?:jan(?:uary|\\.)?|feb(?:ruary|\\.)?|mar(?:ch|\\.)?|apr(?:il|\\.)?|may|jun(?:e|\\.)?|jul(?:y|\\.)?|aug(?:ust|\\.)?|sep(?:t(?:ember|\\.)?|\\.)?|oct(?:ober|\\.)?|nov(?:ember|\\.)?|dec(?:ember|\\.)?)";
const YEAR = "(?:19|20)\\d\\d";
// At most 20 groups ("1,234,567.89" has 3): unbounded, every digit of "1,1,1,…" started a scan to the end of the run.
const NUMBER = "\\d+(?:[.,]\\d+){0,20}";
/**
 * Units that make a number a measurement or a count worth a source. Longer spellings come before their
 * prefixes ("km/h" before "km") because the first alternative that fits wins. Not "in" (inches: "3 in 4",
 * "2 in stock") nor "s" (seconds), which ordinary text uses after numbers all the time.
 */
const UNIT = "(?:km\\/h|kmh|kph|mph|km|kilomet(?:re|er)s?|miles?|m|met(?:re|er)s?|cm|mm|ft|feet|foot|inch(?:es)?|yards?|yd|kg|kilos?|g|grams?|lbs?|oz|ounces?|l|lit(?:re|er)s?|ml|gallons?|°\\s?[CF]|degrees?|kb|mb|gb|tb|mah|kwh|kw|watts?|ha|hectares?|acres?|seconds?|secs?|hours?|hrs?|minutes?|mins?|nights?|years?|months?|weeks?|days?|people|customers|clients|members|users|employees|visitors|guests|followers|subscribers|downloads|participants|volunteers|stores|shops|locations|cities|countries|trees|tonnes?|tons?|times|x)";
/** Words written after an amount of money. "pounds" is read as money: a weight in pounds is usually "lb". */
const CURRENCY_WORD = "(?:usd|eur|gbp|dollars?|euros?|pounds?)";
// Context tests for superlatives, run only on the few characters around a match (so only where a match is).
const BEFORE_POSSESSIVE = /\b(?:your|my)\s$/iu;
const SENTENCE_START = /(?:^\s*|[.!?]\s+|\n\s*)$/u;
// "the/our/its/their first", "Acme's first", "the world's (very) first"; not "it's first come" nor "a first hike".
const FIRST_DETERMINER_BEFORE = /(?:\b(?:the|our|its|their)|(?<!\b(?:it|that|what|who|he|she|there|here|this|where|how|which|let))['’]s)\s(?:very\s)?$/iu;
const FOR_THE_FIRST_TIME = /\bfor the\s(?:very\s)?$/iu;
const TIME_NOT_EVER_OR_IN = /^\stimes?\b(?!\s(?:ever|in)\b)/iu;
const FIRST_AFTER = /^(?:\s(?:come|things first|of all|and foremost|aid|off)\b)/iu;
const BEST_BEFORE = /\b(?:all the|at|(?:do|does|did|doing|done|try|tries|tried|trying)\s(?:our|their|his|her|its))\s$/iu;
const MAY_THE_BEFORE = /\bmay the\s$/iu;
// "may the best bake win", "may the best chocolate-chip cookie win": up to three words, then "win".
const MAY_THE_BEST_AFTER = /^\s(?:[\p{L}'’-]+\s){0,3}win\b/iu;
const BEST_AFTER = /^\s(?:wishes|regards|of luck|before|practices?)\b/iu;
// "Acme's only" but not "it's only", "let's only" or "that's leading to".
const DETERMINER_BEFORE = /(?:\b(?:the|a|an|our|its|their|one and)|(?<!\b(?:it|that|what|who|he|she|there|here|this|where|how|which|let))['’]s)\s$/iu;
const ONLY_NOT_CLAIM_BEFORE = /\bnot the\s$/iu;
const ONLY_NOT_CLAIM_AFTER = /^\s(?:way|thing)\b/iu;
/**
 * Superlative words used in ordinary phrases that claim nothing. Conservative: each case is an idiom or a
 * grammatical use that cannot be a claim about the brand; anything in doubt stays reported.
 * - any word after "your"/"my" speaks of the reader ("your first order", "my best day");
 * - "first" claims to be first only after a determiner that singles the brand or its product out ("the first tent",
 *   "our first sale", "Europe's first", "the world's very first") or before "ever" ("our first ever", "a first-ever
 *   bake-off", which is always a claim). Without a determiner it is an ordinal or an adverb ("from first sketch",
 *   "at first", "first come, first served", "First, pitch the tent"), and after "a"/"an" it means "an initial one"
 *   ("a first overnight hike", "a first look"). Among determined ones, "first things first", "first of all", "first
 *   and foremost", "first aid", "first off" are idioms, and "for the (very) first time" speaks of the brand's own
 *   history, not of others; but "for the first time ever" or "… in Europe" compares, so it is reported;
 * - "best": "best wishes", "best regards", "all the best", "at best", "best of luck", "best before", "best
 *   practice(s)", "do/try our best", "may the best … win" (a contest's cheer), and a sentence opening "Best," (a
 *   sign-off); "vote for the best photo" stays reported: nothing in the words tells a contest from a claim;
 * - "only" claims exclusivity only after a determiner ("the only tent that…", "Acme's only", "one and only"):
 *   the adverb ("only on Sundays", "not only … but", "if only") does not; "not the only", "the only way" and
 *   "the only thing" are idioms;
 * - "leading" is the adjective only after a determiner ("the leading brand", "a leading", "Europe's leading");
 *   otherwise it is the verb ("leading to confusion", "leading up to"). "industry-leading" always claims.
 */
function ordinarySuperlative(prose, start, end) {
    const before = prose.slice(Math.max(0, start - 24), start);
    if (BEFORE_POSSESSIVE.test(before))
        return true;
    // Long enough for "may the best" and three words before "win".
    const after = prose.slice(end, end + 40);
    switch (prose.slice(start, end).toLowerCase()) {
        case "first":
            return (!FIRST_DETERMINER_BEFORE.test(before) ||
                FIRST_AFTER.test(after) ||
                (FOR_THE_FIRST_TIME.test(before) && TIME_NOT_EVER_OR_IN.test(after)));
        case "best":
            return (BEST_BEFORE.test(before) ||
                BEST_AFTER.test(after) ||
                (after.startsWith(",") && SENTENCE_START.test(before)) ||
                (MAY_THE_BEFORE.test(before) && MAY_THE_BEST_AFTER.test(after)));
        case "only":
            return !DETERMINER_BEFORE.test(before) || ONLY_NOT_CLAIM_BEFORE.test(before) || ONLY_NOT_CLAIM_AFTER.test(after);
        case "leading":
            return !DETERMINER_BEFORE.test(before);
        default:
            return false;
    }
}
/**
 * A quotation in any of the usual quote marks. ‘…’ closes at a ’ not followed by a letter, so "‘it’s the best’"
 * is one quotation, not "‘it’". `quotations` finds its matches.
 */
const QUOTATION = /"([^"\n]+?)"|“([^”\n]+?)”|‘((?:[^’\n]|’(?=\p{L}))+?)’(?!\p{L})|«([^»\n]+?)»|„([^“”\n]+?)[“”]/gu;
const LETTER = /^\p{L}$/u;
const letterAt = (text, i) => i < text.length && LETTER.test(String.fromCodePoint(text.codePointAt(i)));
/** Each opening mark, the index of its group in QUOTATION, and whether the character at an index closes it (or ends the line). */
const QUOTE_MARKS = {
    '"': [1, (text, i) => text[i] === '"'],
    "“": [2, (text, i) => text[i] === "”"],
    "‘": [3, (text, i) => text[i] === "’" && !letterAt(text, i + 1)],
    "«": [4, (text, i) => text[i] === "»"],
    "„": [5, (text, i) => text[i] === "“" || text[i] === "”"],
};
/**
 * text.matchAll(QUOTATION), found by hand: the pattern searched the rest of the line from every opening mark
 * that has no closing one ("“a“a“a…"); here each kind of mark looks its next closing mark up once for all the
 * opening marks before it. A quotation is its opening mark, at least one character, and the first closing mark
 * on the same line.
 */
function* quotations(text) {
    const next = new Map();
    for (let p = 0; p < text.length; p++) {
        const mark = QUOTE_MARKS[text[p]];
        if (!mark)
            continue;
        const [group, closes] = mark;
        let found = next.get(text[p]);
        if (!found || found.from > p + 1 || found.at < p + 1) {
            let at = p + 1;
            while (at < text.length && text[at] !== "\n" && !closes(text, at))
                at++;
            found = { from: p + 1, at };
            next.set(text[p], found);
        }
        const close = found.at;
        if (close === p + 1 || close >= text.length || text[close] === "\n")
            continue;
        const match = [text.slice(p, close + 1)];
        for (let g = 1; g <= 5; g++)
            match.push(g === group ? text.slice(p + 1, close) : undefined);
        match.index = p;
        yield match;
        p = close;
    }
}
const NUMBER_WITH_UNIT = new RegExp(`\\b${NUMBER}\\s?-?${UNIT}\\b`, "gi");
const NUMBER_AT_BOUNDARY = new RegExp(`\\b${NUMBER}`, "g");
const UNIT_AFTER_NUMBER = new RegExp(`\\s?-?${UNIT}\\b`, "iy");
/**
 * text.matchAll(NUMBER_WITH_UNIT), as a number found first and its unit tried where it ends. V8 compiled the
 * whole pattern in about 7 ms on its first use (each one-post check's), the unit part alone in about 2 ms.
 * Only the longest number can be followed by a unit (what a shorter one leaves next is a digit, "." or ",",
 * which no unit nor space starts with), so where the unit does not follow, the next start is tried, as the
 * pattern does.
 */
function* numbersWithUnit(text) {
    for (let from = 0; from < text.length;) {
        NUMBER_AT_BOUNDARY.lastIndex = from;
        const number = NUMBER_AT_BOUNDARY.exec(text);
        if (!number)
            return;
        UNIT_AFTER_NUMBER.lastIndex = number.index + number[0].length;
        if (!UNIT_AFTER_NUMBER.test(text)) {
            from = number.index + 1;
            continue;
        }
        const match = [text.slice(number.index, UNIT_AFTER_NUMBER.lastIndex)];
        match.index = number.index;
        yield match;
        from = UNIT_AFTER_NUMBER.lastIndex;
    }
}
/**
 * What reads as a checkable fact, each kind compiled once. Times of day ("9:30", "9 am") are not claims:
 * they are opening hours and schedules, which the post itself states; bare numbers ("3 tips") are not either.
 * The order matters: where matches overlap, the earlier kind wins.
 *
 * The patterns read the prose with its two letters that Unicode case folding maps to ASCII folded (see `foldToAscii`),
 * so they need no `u` flag, which makes V8's scans of digits and word boundaries about ten times slower. Only the
 * quotations and superlatives, which need `\p{L}`, keep it.
 */
const KINDS = [
    {
        kind: "a quotation",
        quote: true,
        re: QUOTATION,
        matches: quotations,
        needs: /["“‘«„]/,
    },
    {
        kind: "an amount of money",
        needsDigit: true,
        needs: /[$€£¥]|usd|eur|gbp|dollar|pound/i,
        re: new RegExp(`[$€£¥]\\s?${NUMBER}(?:\\s?(?:k|m|bn|million|billion)\\b)?|\\b${NUMBER}\\s?(?:[$€£¥]|${CURRENCY_WORD}\\b)`, "gi"),
    },
    { kind: "a percentage", needsDigit: true, needs: /%|per ?cent/i, re: new RegExp(`\\b${NUMBER}\\s?(?:%|percent\\b|per cent\\b)`, "gi") },
    {
        kind: "a date",
        needsDigit: true,
        // Every numeric form has a digit, a separator and a digit; every other form holds a month's first three letters.
        needs: /\d[-/.]\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/i,
        // One \b for all forms, then one branch per first character (a day, a month, a year), so most positions fail
        // at once: this scan runs on nearly every post, since "mar" and "dec" are in "market" and "decide".
        re: new RegExp("\\b(?:" +
            // "6 December", "6th of Dec", "06/12/2026", "06/12/26", "06.12.2026", "06-12-2026". Two-digit years only
            // after slashes: "1.12.10" is more likely a version than a date.
            `\\d{1,2}(?:(?:st|nd|rd|th)?\\s(?:of\\s)?${MONTH}\\b|\\/\\d{1,2}\\/(?:\\d{4}|\\d{2})\\b|[.-]\\d{1,2}[.-]${YEAR}\\b)` +
            // "December 6", "Dec. 6th", "December 2026"
            `|${MONTH_OR_ABBREVIATION}\\s(?:\\d{1,2}(?:st|nd|rd|th)?|${YEAR})\\b` +
            // "2026-12-06", "2026/12/06"
            `|${YEAR}(?:-\\d{1,2}-|\\/\\d{1,2}\\/)\\d{1,2}\\b` +
            ")", "gi"),
    },
    {
        kind: "a statistic",
        needsDigit: true,
        needs: /\d\s(?:in|out of)\s\d|\d,\d{3}/i,
        re: /\b\d+\s(?:in|out of)\s\d+\b|\b\d{1,3}(?:,\d{3})+\b/gi,
    },
    { kind: "a number with a unit", needsDigit: true, re: NUMBER_WITH_UNIT, matches: numbersWithUnit },
    {
        // A bare year is a date claim only after a word that dates an event ("founded in 1998", "since 2010"):
        // elsewhere four digits are as likely a count or a model number. After the units, so "in 2000 stores" is a
        // count. The look-behind sits after the year so it runs only where a year matched.
        kind: "a date",
        needsDigit: true,
        re: new RegExp(`\\b${YEAR}\\b(?<=\\b(?:in|since|from|by|until|till|before|after|of|founded|established|est\\.)\\s\\d{4})`, "gi"),
    },
    {
        kind: "a superlative",
        // Without the pattern's look-behinds at every position.
        needs: /first|only|largest|biggest|best|fastest|cheapest|lowest|highest|greatest|oldest|most popular|leading|number one|no\. ?1|award[- ]winning|world[- ]class|unbeatable|unrivalled|unmatched|#1/i,
        re: /(?<![\p{L}-])(?:first[- ]ever|first|only|largest|biggest|best|fastest|cheapest|lowest|highest|greatest|oldest|most popular|leading|number one|no\. ?1|award[- ]winning|best[- ]selling|world[- ]class|(?:industry|market|world)-leading|unbeatable|unrivalled|unmatched)(?![\p{L}-])|#1\b/giu,
        ordinary: ordinarySuperlative,
    },
];
/** Spaces between a number and its unit, currency, percent sign or multiplier: "5km" and "5 km" are one claim. */
const NUMBER_UNIT_SPACE = new RegExp(`(\\d) (?=(?:${UNIT}|${CURRENCY_WORD}|k|bn|million|billion)(?![\\p{L}\\p{N}])|[$€£¥°])`, "gu");
const CURRENCY_SIGNS = new Set("$€£¥");
const isDigit = (c) => c !== undefined && c >= "0" && c <= "9";
/**
 * An amount with its currency sign after the number ("199€") is the same as with the sign before ("€199"):
 * text.replace(/(\d[\d.,]*\d|\d)([$€£¥])/g, "$2$1"), found from each sign backwards, where the pattern tried every
 * digit of a long number against its end. The number is the run of digits, "." and "," before the sign, from its
 * first digit, when a digit ends it.
 */
function currencyFirst(text) {
    let out = "";
    let done = 0;
    for (let i = 1; i < text.length; i++) {
        if (!CURRENCY_SIGNS.has(text[i]) || !isDigit(text[i - 1]))
            continue;
        let start = i - 1;
        while (start > done && (isDigit(text[start - 1]) || text[start - 1] === "." || text[start - 1] === ","))
            start--;
        while (!isDigit(text[start]))
            start++;
        out += text.slice(done, start) + text[i] + text.slice(start, i);
        done = i + 1;
    }
    return done === 0 ? text : out + text.slice(done);
}
/**
 * "ſ" (U+017F, long s) and "K" (U+212A, Kelvin sign) are the only letters whose Unicode case folding is ASCII ("s", "k"): folding
 * them up front lets case-insensitive patterns without the `u` flag match "12 ſep" as "12 sep". One code unit
 * each, so offsets stay valid.
 */
const foldToAscii = (text) => (/[\u017f\u212a]/.test(text) ? text.replace(/\u017f/g, "s").replace(/\u212a/g, "k") : text);
const normalize = (text) => currencyFirst(text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[“”«»„]/g, '"')
    .replace(/[‘’]/g, "'")
    // From the first space of a run only: the later ones fail or match exactly where it does.
    .replace(/(?<!\s)\s*(?:per ?cent\b|%)/g, "%")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/([$€£¥]) (?=\d)|(°) (?=[cf]\b)/g, "$1$2")
    .replace(NUMBER_UNIT_SPACE, "$1"));
/** Sentence punctuation at either end of a quotation's text; not "%", "#" or "$", which are part of a claim. */
const LEADING_PUNCTUATION = /^[\s.,;:!?¡¿…—–-]$/u;
const TRAILING_PUNCTUATION = /^[\s.,;:!?…—–-]$/u;
/**
 * text.replace(/^[\s.,;:!?¡¿…—–-]+|[\s.,;:!?…—–-]+$/gu, ""), walking in from each end: the pattern tried every
 * punctuation mark inside a long quotation against its end.
 */
function trimQuoteEdges(text) {
    let start = 0;
    while (start < text.length && LEADING_PUNCTUATION.test(text[start]))
        start++;
    let end = text.length;
    while (end > start && TRAILING_PUNCTUATION.test(text[end - 1]))
        end--;
    return text.slice(start, end);
}
const WORD_CHAR = /[\p{L}\p{N}]/u;
const DIGIT = /\d/;
/**
 * Whether a normalised claim contains the key as a whole: a letter or digit at the key's edge must not continue a
 * word or a number in the claim ("5 km" is not in "15 km", "$45" is not in "$450", "0%" is not in "40%"), and a
 * number must not continue a decimal ("5 km" is not in "1.5 km" nor "1,5 km"; "$45" not in "$45.50").
 */
function containsWhole(claim, key) {
    if (key === "")
        return false;
    const first = key[0];
    const last = key[key.length - 1];
    for (let i = claim.indexOf(key); i !== -1; i = claim.indexOf(key, i + 1)) {
        const before = claim[i - 1] ?? "";
        const after = claim[i + key.length] ?? "";
        if (WORD_CHAR.test(first) && WORD_CHAR.test(before))
            continue;
        if (WORD_CHAR.test(last) && WORD_CHAR.test(after))
            continue;
        if (DIGIT.test(first) && (before === "." || before === ",") && DIGIT.test(claim[i - 2] ?? ""))
            continue;
        if (DIGIT.test(last) && (after === "." || after === ",") && DIGIT.test(claim[i + key.length + 1] ?? ""))
            continue;
        return true;
    }
    return false;
}
const undeclaredClaimRule = {
    id: "undeclared-claim",
    description: "Numbers with a unit, percentages, prices, dates, statistics, superlatives and quotes in the text are covered by a declared fact.",
    defaultSeverity: "warning",
    check(post) {
        const claims = (post.data.facts ?? []).map((fact) => normalize(fact.claim));
        const reported = new Set();
        const messages = [];
        for (const segment of (0,post_segments/* publishedSegments */.v2)(post)) {
            if (segment.kind === "alt")
                continue;
            const original = (0,tokens/* maskSocialSyntax */.lK)(segment.text);
            const prose = foldToAscii(original);
            // The characters earlier claims took, one flag each: a list of ranges was searched once per match.
            const taken = new Uint8Array(prose.length);
            // Every kind but quotations and superlatives needs a digit (\d is ASCII even with the u flag): skip their scans.
            const hasDigit = /\d/.test(prose);
            for (const { kind, re, matches, needsDigit, needs, quote, ordinary } of KINDS) {
                if ((needsDigit && !hasDigit) || (needs && !needs.test(prose)))
                    continue;
                for (const m of matches ? matches(prose) : prose.matchAll(re)) {
                    const start = m.index;
                    const end = start + m[0].length;
                    const text = original.slice(start, end);
                    // A percentage's number or a superlative inside a quote is not a second claim: the first kind wins.
                    if (taken.subarray(start, end).includes(1))
                        continue;
                    // A quote's own sentence punctuation ("…rain," or "…and then") is not part of what was said: the fact
                    // quotes the words, often without it.
                    const quoted = quote
                        ? (() => {
                            const group = m.slice(1).find((g) => g !== undefined);
                            return group === undefined ? undefined : trimQuoteEdges(group);
                        })()
                        : undefined;
                    // A short quotation ("#1 tent") is emphasis, not a quote of someone: it is not reported, and what it
                    // holds is still read by the later kinds, so it is not taken. Ordinary text is skipped before it takes
                    // its place or its key, so a later real claim with the same word is still reported.
                    if (quoted !== undefined && quoted.trim().split(/\s+/).length < 3)
                        continue;
                    if (ordinary?.(prose, start, end))
                        continue;
                    taken.fill(1, start, end);
                    const key = normalize(quoted ?? text);
                    if (reported.has(key) || claims.some((claim) => containsWhole(claim, key)))
                        continue;
                    reported.add(key);
                    const where = segment.kind === "variant" ? ` (variant for ${segment.channel})` : "";
                    messages.push({
                        ...post.spanAt(segment.offsetAt(start), segment.offsetAt(end)),
                        message: `${quoted === undefined ? `"${text}"` : text}${where} is ${kind} that no declared fact covers; add it to facts with its source, or rephrase`,
                    });
                }
            }
        }
        return messages.sort((a, b) => a.line - b.line || a.column - b.column);
    },
};

;// CONCATENATED MODULE: ./src/rules/wrong-account/index.ts
/** The costliest slip of an agency: a client's post on another client's account. */
const wrongAccountRule = {
    id: "wrong-account",
    description: "Every channel of a post belongs to the post's client, and a post filed in a client's folder is for that client.",
    defaultSeverity: "error",
    check(post, { config, client }) {
        const messages = [];
        post.data.channels.forEach((channelId, index) => {
            const owner = config.channels.get(channelId);
            if (!owner || owner.clientId === client.id)
                return;
            messages.push({
                ...post.spanOf(["channels", index]),
                message: `channels[${index}]: "${channelId}" is an account of client "${owner.clientId}", not of "${client.id}" (the client's channels: ${[...client.channels.keys()].join(", ")})`,
            });
        });
        for (const other of config.clients.values()) {
            if (other.id === client.id)
                continue;
            const folder = other.folders.find((f) => post.relPath.startsWith(f));
            if (!folder || client.folders.some((f) => post.relPath.startsWith(f) && f.length > folder.length))
                continue;
            messages.push({
                ...post.spanOf(["client"]),
                message: `client: the post is filed under ${folder} (client "${other.id}") but declares client "${client.id}"; move the file or fix the client`,
            });
        }
        return messages;
    },
};

;// CONCATENATED MODULE: ./src/rules/registry.ts





















/** Every checkpoint, in report order. New rules register here. */
const rules = [
    schemaRule,
    wrongAccountRule,
    spellingRule,
    repeatedWordRule,
    articleRule,
    apostropheRule,
    confusablesRule,
    spacingRule,
    readabilityRule,
    inclusiveRule,
    profanityRule,
    lengthRule,
    mediaRule,
    altTextRule,
    factSourceRule,
    undeclaredClaimRule,
    sensitiveTopicRule,
    publishWindowRule,
    linkRule,
    hashtagsRule,
    mentionsRule,
];
function ruleIds() {
    return rules.map((rule) => rule.id);
}


/***/ }),

/***/ 89456:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   jV: () => (/* binding */ formatPath),
/* harmony export */   kp: () => (/* binding */ closest),
/* harmony export */   rg: () => (/* binding */ describeErrors)
/* harmony export */ });
/* unused harmony exports pathFromPointer, valueAt, typeName, show, editDistance */
/* harmony import */ var _text_plural_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(80573);

/** What a pattern means, by the schema definition (or property) it comes from. */
const PATTERN_MEANING = {
    id: 'an id: lowercase letters, digits, "-" and "_", starting with a letter or digit (at most 64)',
    githubLogin: "a GitHub login (letters, digits and single hyphens)",
    loginOrTeam: "a GitHub login or a team as org/team-slug",
    envName: "the NAME of an environment variable (A-Z, 0-9 and _), never the secret itself",
    httpUrl: "an http(s) URL",
    clock: "a time of day HH:MM (00:00 to 24:00)",
    publish_at: "an ISO 8601 date-time with a UTC offset, e.g. 2026-12-01T09:30:00+01:00",
    file: 'a relative path without \\ : * ? " < > |',
    handle: "an account handle",
    account: "an account such as @acme or @acme@instance.social",
    author: "a URN such as urn:li:organization:12345 or urn:li:person:abc",
    api_version: "a version YYYYMM, e.g. 202611",
};
const SEVERITIES = ["off", "info", "warning", "error"];
const FORMAT_MEANING = {
    "date-time": PATTERN_MEANING.publish_at,
    uri: "an http(s) URL",
};
/** What an anyOf place accepts, by the last key of its path. */
const ANY_OF_MEANING = {
    posts: "a glob or a list of globs",
    file: "a path or a list of paths",
};
function pathFromPointer(pointer) {
    if (pointer === "")
        return [];
    return pointer
        .slice(1)
        .split("/")
        .map((part) => part.replace(/~1/g, "/").replace(/~0/g, "~"))
        .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}
function formatPath(path) {
    let out = "";
    for (const part of path) {
        if (typeof part === "number")
            out += `[${part}]`;
        else
            out += out === "" ? part : `.${part}`;
    }
    return out;
}
function describeErrors(errors, data) {
    const anyOfPaths = errors.filter((e) => e.keyword === "anyOf").map((e) => e.instancePath);
    const issues = [];
    const seen = new Set();
    for (const error of errors) {
        if (error.keyword === "propertyNames" || error.keyword === "if")
            continue;
        if (isShadowedByAnyOf(error, anyOfPaths, errors, data))
            continue;
        const issue = describe(error, data);
        if (!issue)
            continue;
        const key = `${formatPath(issue.path)}|${issue.atKey}|${issue.message}`;
        if (seen.has(key))
            continue;
        seen.add(key);
        issues.push(issue);
    }
    return issues;
}
/**
 * An anyOf failure produces one error per branch. When the value is an object and some branch
 * reported a problem inside it, those inner problems are the useful ones; otherwise the anyOf
 * summary ("expected a glob or a list of globs") is.
 */
function isShadowedByAnyOf(error, anyOfPaths, all, data) {
    for (const p of anyOfPaths) {
        // Problems of the object branch: inside the value, or about its keys (an unknown or a missing key).
        const inner = all.some((e) => e.instancePath.startsWith(`${p}/`) || (e.instancePath === p && OBJECT_KEYWORDS.has(e.keyword)));
        const value = valueAt(data, pathFromPointer(p));
        const objectBranch = inner && value !== null && typeof value === "object";
        if (error.keyword === "anyOf" && error.instancePath === p)
            return objectBranch;
        if (error.instancePath === p)
            return !(objectBranch && OBJECT_KEYWORDS.has(error.keyword));
        if (error.instancePath.startsWith(`${p}/`) && !objectBranch)
            return true;
    }
    return false;
}
// About the keys or items of a list or object that has the branch's type: "at most 10 items" says more than "expected a path or a list".
const OBJECT_KEYWORDS = new Set(["additionalProperties", "required", "maxItems", "maxProperties"]);
function describe(error, data) {
    const path = pathFromPointer(error.instancePath);
    const params = error.params;
    const value = valueAt(data, path);
    const where = (p) => (p.length ? `${formatPath(p)}: ` : "");
    // A bad key name (propertyNames) is reported on the key itself.
    const propertyName = error.propertyName;
    if (propertyName !== undefined) {
        const keyPath = [...path, propertyName];
        return {
            path: keyPath,
            atKey: true,
            message: `${where(path)}key "${propertyName}" is not valid; expected ${meaningOfPattern(error, path)}`,
        };
    }
    switch (error.keyword) {
        case "required": {
            const missing = String(params.missingProperty);
            return { path, atKey: true, message: `${where(path)}missing required key "${missing}"` };
        }
        case "additionalProperties": {
            const extra = String(params.additionalProperty);
            const allowed = Object.keys(error.parentSchema?.properties ?? {});
            const close = closest(extra, allowed);
            return {
                path: [...path, extra],
                atKey: true,
                message: `${where(path)}unknown key "${extra}"${allowed.length ? ` (expected one of: ${allowed.join(", ")})` : ""}`,
                ...(close ? { suggestions: [close] } : {}),
            };
        }
        case "enum": {
            const allowed = params.allowedValues.map((v) => String(v));
            const close = typeof value === "string" ? closest(value, allowed) : undefined;
            return {
                path,
                atKey: false,
                message: `${where(path)}expected one of ${allowed.join(", ")}; got ${show(value)}`,
                ...(close ? { suggestions: [close] } : {}),
            };
        }
        case "const":
            return { path, atKey: false, message: `${where(path)}expected ${show(params.allowedValue)}; got ${show(value)}` };
        case "discriminator": {
            // A missing tag is already reported by "required"; "got undefined" would only add noise.
            if (params.tagValue === undefined)
                return undefined;
            const allowed = oneOfTags(error);
            return {
                path: [...path, String(params.tag)],
                atKey: false,
                message: `${where([...path, String(params.tag)])}expected one of ${allowed.join(", ")}; got ${show(params.tagValue)}`,
            };
        }
        case "type":
            return { path, atKey: false, message: `${where(path)}expected ${article(String(params.type))}, got ${typeName(value)}` };
        case "pattern":
            return { path, atKey: false, message: `${where(path)}${show(value)} is not valid; expected ${meaningOfPattern(error, path)}` };
        case "format": {
            const meaning = FORMAT_MEANING[String(params.format)] ?? `a ${String(params.format)}`;
            return { path, atKey: false, message: `${where(path)}${show(value)} is not valid; expected ${meaning}` };
        }
        case "minItems":
            return { path, atKey: false, message: `${where(path)}expected at least ${(0,_text_plural_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .L)(Number(params.limit), "item")}` };
        case "maxItems":
            return {
                path,
                atKey: false,
                message: `${where(path)}expected at most ${(0,_text_plural_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .L)(Number(params.limit), "item")}; got ${Array.isArray(value) ? value.length : "more"}`,
            };
        case "maxProperties":
            return {
                path,
                atKey: false,
                message: `${where(path)}expected at most ${(0,_text_plural_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .L)(Number(params.limit), "entry", "entries")}; got ${value && typeof value === "object" ? Object.keys(value).length : "more"}`,
            };
        case "minProperties":
            return { path, atKey: false, message: `${where(path)}expected at least ${(0,_text_plural_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .L)(Number(params.limit), "entry", "entries")}` };
        case "minLength":
            return {
                path,
                atKey: false,
                message: `${where(path)}${Number(params.limit) === 1 ? "must not be empty" : `expected at least ${(0,_text_plural_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .L)(Number(params.limit), "character")}`}`,
            };
        case "maxLength":
            return { path, atKey: false, message: `${where(path)}expected at most ${(0,_text_plural_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .L)(Number(params.limit), "character")}` };
        case "minimum":
            return { path, atKey: false, message: `${where(path)}expected a number of at least ${String(params.limit)}; got ${show(value)}` };
        case "maximum":
            return { path, atKey: false, message: `${where(path)}expected a number of at most ${String(params.limit)}; got ${show(value)}` };
        case "uniqueItems": {
            const index = Number(params.i);
            const list = Array.isArray(value) ? value : [];
            return { path: [...path, index], atKey: false, message: `${where([...path, index])}${show(list[index])} is listed twice` };
        }
        case "anyOf": {
            const last = [...path].reverse().find((p) => typeof p === "string");
            const meaning = (typeof last === "string" && ANY_OF_MEANING[last]) ||
                (path.length >= 2 && path[path.length - 2] === "checks"
                    ? "a severity (off, info, warning, error) or an object with severity and options"
                    : "a value of an allowed form");
            // A misspelt severity ("warnin") gets the closest one as a suggestion.
            const close = typeof value === "string" && path[path.length - 2] === "checks" ? closest(value, SEVERITIES) : undefined;
            return {
                path,
                atKey: false,
                message: `${where(path)}expected ${meaning}; got ${typeName(value)}`,
                ...(close ? { suggestions: [close] } : {}),
            };
        }
        default:
            return { path, atKey: false, message: `${where(path)}${error.message ?? "is not valid"}` };
    }
}
function meaningOfPattern(error, path) {
    const def = /#\/\$defs\/([^/]+)\//.exec(error.schemaPath)?.[1];
    const prop = [...path].reverse().find((p) => typeof p === "string");
    return ((def && PATTERN_MEANING[def]) ||
        (typeof prop === "string" && PATTERN_MEANING[prop]) ||
        `a value matching ${String(error.params.pattern)}`);
}
function oneOfTags(error) {
    const schema = error.parentSchema;
    return (schema?.oneOf ?? []).map((s) => /#\/\$defs\/(.+)Channel$/.exec(s.$ref ?? "")?.[1] ?? "?");
}
function valueAt(data, path) {
    let current = data;
    for (const part of path) {
        if (current === null || typeof current !== "object")
            return undefined;
        if (!Object.hasOwn(current, part))
            return undefined;
        current = current[part];
    }
    return current;
}
function typeName(value) {
    if (value === null || value === undefined)
        return "nothing";
    if (Array.isArray(value))
        return "a list";
    if (typeof value === "object")
        return "a mapping";
    if (typeof value === "string")
        return `the text ${show(value)}`;
    if (typeof value === "number")
        return Number.isInteger(value) ? `the integer ${value}` : `the number ${value}`;
    return `${typeof value} ${String(value)}`;
}
function article(type) {
    const names = {
        object: "a mapping",
        array: "a list",
        string: "a text",
        integer: "an integer",
        number: "a number",
        boolean: "true or false",
    };
    return type
        .split(",")
        .map((t) => names[t] ?? `a ${t}`)
        .join(" or ");
}
function show(value) {
    const text = typeof value === "string" ? value : (JSON.stringify(value) ?? String(value));
    const short = text.length > 60 ? `${text.slice(0, 57)}…` : text;
    return typeof value === "string" ? JSON.stringify(short) : short;
}
/** The closest candidate within a small edit distance, for "did you mean". */
function closest(word, candidates) {
    let best;
    let bestDistance = Math.max(2, Math.floor(word.length / 3)) + 1;
    for (const candidate of candidates) {
        const d = editDistance(word.toLowerCase(), candidate.toLowerCase());
        if (d < bestDistance) {
            best = candidate;
            bestDistance = d;
        }
    }
    return best;
}
function editDistance(a, b) {
    const row = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
        let previous = row[0];
        row[0] = i;
        for (let j = 1; j <= b.length; j++) {
            const saved = row[j];
            row[j] = Math.min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
            previous = saved;
        }
    }
    return row[b.length];
}


/***/ }),

/***/ 54198:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  j: () => (/* binding */ validateConfigFile),
  Z: () => (/* binding */ validatePostFrontMatter)
});

// EXTERNAL MODULE: ./node_modules/ajv/dist/runtime/ucs2length.js
var ucs2length = __webpack_require__(36214);
// EXTERNAL MODULE: ./node_modules/ajv-formats/dist/formats.js
var formats = __webpack_require__(10779);
// EXTERNAL MODULE: ./node_modules/ajv/dist/runtime/equal.js
var equal = __webpack_require__(24951);
;// CONCATENATED MODULE: ./src/generated/validate-config.ts
// GENERATED by scripts/generate-types.mjs from schemas/ — do not edit; run `npm run gen:types`.
// @ts-nocheck
/* eslint-disable */



const moduleExports = (ns) => (ns.default && typeof ns.default === "object" && ns.default.__esModule ? ns.default : ns);
const required0 = moduleExports(ucs2length);
const required1 = moduleExports(formats);
const required2 = moduleExports(equal);
"use strict";
const validate = validate20;
/* harmony default export */ const validate_config = ((/* unused pure expression or super */ null && (validate20)));
const schema31 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://checkpost.dev/schemas/config.schema.json", "title": "checkpost.yml", "description": "The content repository's checkpost configuration: clients, their single approving contact, their channels (public details only; secrets are named, never written), check settings and the retrospective.", "type": "object", "additionalProperties": false, "required": ["clients"], "properties": { "posts": { "description": "Glob(s) of post files, relative to this file. Default: posts/**/*.md", "anyOf": [{ "$ref": "#/$defs/glob" }, { "type": "array", "maxItems": 20, "minItems": 1, "items": { "$ref": "#/$defs/glob" } }] }, "clients": { "description": "Every client, by id. Channel ids are unique across all clients.", "type": "object", "maxProperties": 200, "minProperties": 1, "propertyNames": { "$ref": "#/$defs/id" }, "additionalProperties": { "$ref": "#/$defs/client" } }, "checks": { "$ref": "#/$defs/checks" }, "dictionary": { "$ref": "#/$defs/dictionary" }, "sensitive_topics": { "description": "Extra or replaced sensitive topics, by id, each with the words that reveal it.", "type": "object", "maxProperties": 100, "propertyNames": { "$ref": "#/$defs/id" }, "additionalProperties": { "type": "object", "additionalProperties": false, "required": ["words"], "properties": { "description": { "type": "string" }, "words": { "type": "array", "maxItems": 500, "minItems": 1, "items": { "type": "string", "minLength": 1 } } } } }, "publishing": { "description": "How merged posts are published.", "type": "object", "additionalProperties": false, "properties": { "max_posts_per_run": { "description": "A run that would publish more posts than this publishes none and says why (a merge full of old posts is a classic accident); a manual run with confirm: N lets exactly that plan through. Default 5.", "type": "integer", "minimum": 1, "maximum": 1000, "default": 5 }, "publish_existing": { "description": "On the ledger's first run, publish posts already on the branch instead of adopting them as published by hand. Default false.", "type": "boolean", "default": false }, "pause_label": { "description": "An open issue with this label pauses all publishing. Default checkpost:pause.", "type": "string", "minLength": 1, "maxLength": 50, "default": "checkpost:pause" }, "ledger_branch": { "description": "The branch holding the publication ledger. Default checkpost-ledger.", "type": "string", "pattern": "^[A-Za-z0-9._/-]{1,100}$", "default": "checkpost-ledger" } } }, "retrospective": { "description": "The follow-up issue opened when a published post is reverted.", "type": "object", "additionalProperties": false, "properties": { "labels": { "description": "Labels put on every retrospective issue, besides checkpost:retrospective (which checkpost uses to find its issues again).", "type": "array", "maxItems": 20, "items": { "type": "string", "minLength": 1, "maxLength": 50 } }, "pattern_threshold": { "description": "How many retrospectives for the same client, the same author or the same kind of mistake, within the window, make a pattern that is escalated. Default 3.", "type": "integer", "minimum": 2, "default": 3, "maximum": 100 }, "pattern_window_days": { "description": "The window, in days, in which retrospectives are counted for a pattern. Default 30.", "type": "integer", "minimum": 1, "default": 30, "maximum": 366 }, "escalate_to": { "description": "Who is mentioned when a pattern is found: GitHub logins or teams (org/team-slug).", "type": "array", "maxItems": 20, "items": { "$ref": "#/$defs/loginOrTeam" } } } }, "takedown_approval": { "description": "What a pull request that only removes live posts (a revert) needs before checkpost/approval is success: none (at once: taking a post down needs no client approval) or team (one reviewer who did not write it). Default none.", "enum": ["none", "team"], "default": "none" }, "corrections": { "description": "How a live post whose file changes is corrected: edit in place where the platform allows it (Mastodon, Discord), or replace (remove, then publish the new version). Bluesky has no edit and is always replaced. Default edit.", "enum": ["edit", "replace"], "default": "edit" } }, "$defs": { "id": { "type": "string", "pattern": "^[a-z0-9][a-z0-9_-]{0,63}$" }, "glob": { "type": "string", "minLength": 1 }, "githubLogin": { "type": "string", "pattern": "^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$" }, "loginOrTeam": { "type": "string", "pattern": "^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}(?:/[A-Za-z0-9][A-Za-z0-9_.-]{0,99})?$" }, "httpUrl": { "type": "string", "format": "uri", "pattern": "^https?://[^\\s/$.?#][^\\s]*$" }, "envName": { "description": "The NAME of an environment variable (a repository or environment secret) that holds the credential. Never the credential itself.", "type": "string", "pattern": "^[A-Z_][A-Z0-9_]{0,127}$" }, "severity": { "enum": ["off", "info", "warning", "error"] }, "checks": { "description": "Severity, and options, per rule id: `spelling: warning` or `length: {severity: error, ...options}`.", "type": "object", "propertyNames": { "pattern": "^[a-z][a-z0-9-]*$" }, "additionalProperties": { "anyOf": [{ "$ref": "#/$defs/severity" }, { "type": "object", "properties": { "severity": { "$ref": "#/$defs/severity" } } }] }, "properties": { "schema": { "$ref": "#/$defs/severityOnlyCheck" }, "wrong-account": { "$ref": "#/$defs/severityOnlyCheck" }, "spelling": { "anyOf": [{ "$ref": "#/$defs/severity" }, { "type": "object", "additionalProperties": false, "properties": { "severity": { "$ref": "#/$defs/severity" }, "unknown_names": { "description": "The severity of a capitalised word far from every known word, most likely a name to add with `checkpost words add` (default warning); a capitalised word near a known word is a typo at the rule's severity.", "$ref": "#/$defs/severity" } } }] }, "repeated-word": { "$ref": "#/$defs/severityOnlyCheck" }, "article": { "$ref": "#/$defs/severityOnlyCheck" }, "apostrophe": { "$ref": "#/$defs/severityOnlyCheck" }, "spacing": { "$ref": "#/$defs/severityOnlyCheck" }, "readability": { "anyOf": [{ "$ref": "#/$defs/severity" }, { "type": "object", "additionalProperties": false, "properties": { "severity": { "$ref": "#/$defs/severity" }, "max_words": { "description": "The longest sentence, in words, before a warning (default 30).", "type": "integer", "minimum": 1 } } }] }, "inclusive": { "anyOf": [{ "$ref": "#/$defs/severity" }, { "type": "object", "additionalProperties": false, "properties": { "severity": { "$ref": "#/$defs/severity" }, "ignore": { "type": "array", "maxItems": 500, "items": { "type": "string", "minLength": 1 }, "description": "Words retext-equality should not flag." } } }] }, "profanity": { "anyOf": [{ "$ref": "#/$defs/severity" }, { "type": "object", "additionalProperties": false, "properties": { "severity": { "$ref": "#/$defs/severity" }, "sureness": { "description": "Lowest cuss rating that is reported, 0–2 (default 1).", "type": "integer", "minimum": 0, "maximum": 2 }, "ignore": { "type": "array", "maxItems": 500, "items": { "type": "string", "minLength": 1 }, "description": "Words retext-profanities should not flag." } } }] }, "length": { "$ref": "#/$defs/severityOnlyCheck" }, "media": { "$ref": "#/$defs/severityOnlyCheck" }, "alt-text": { "$ref": "#/$defs/severityOnlyCheck" }, "fact-source": { "$ref": "#/$defs/severityOnlyCheck" }, "undeclared-claim": { "$ref": "#/$defs/severityOnlyCheck" }, "sensitive-topic": { "anyOf": [{ "$ref": "#/$defs/severity" }, { "type": "object", "additionalProperties": false, "properties": { "severity": { "$ref": "#/$defs/severity" }, "allow": { "description": "Topic ids this client may touch without acknowledging them.", "type": "array", "maxItems": 50, "items": { "$ref": "#/$defs/id" } } } }] }, "publish-window": { "anyOf": [{ "$ref": "#/$defs/severity" }, { "type": "object", "additionalProperties": false, "properties": { "severity": { "$ref": "#/$defs/severity" }, "past": { "description": "Severity of a publish_at in the past (default warning; the Action uses error for the posts a pull request proposes).", "enum": ["error", "warning"] } } }] }, "link": { "$ref": "#/$defs/severityOnlyCheck" }, "hashtags": { "$ref": "#/$defs/countLimitCheck" }, "mentions": { "$ref": "#/$defs/countLimitCheck" } } }, "dictionary": { "description": "Words the spelling check accepts: brand names, product names, handles.", "type": "object", "additionalProperties": false, "properties": { "words": { "type": "array", "maxItems": 10000, "items": { "type": "string", "minLength": 1 } }, "file": { "description": "Path(s), relative to checkpost.yml, of word lists with one word a line (# comments allowed).", "anyOf": [{ "type": "string", "minLength": 1 }, { "type": "array", "maxItems": 10, "items": { "type": "string", "minLength": 1 } }] } } }, "publishWindow": { "description": "When someone is on duty to correct a post: posts are scheduled and published only inside it.", "type": "object", "additionalProperties": false, "required": ["timezone"], "properties": { "timezone": { "description": "IANA time zone, e.g. Europe/Berlin.", "type": "string", "minLength": 1 }, "days": { "type": "array", "minItems": 1, "uniqueItems": true, "items": { "enum": ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] }, "default": ["mon", "tue", "wed", "thu", "fri"] }, "start": { "$ref": "#/$defs/clock", "default": "09:00" }, "end": { "$ref": "#/$defs/clock", "default": "17:00" } } }, "clock": { "type": "string", "pattern": "^([01]\\d|2[0-3]):[0-5]\\d$|^24:00$" }, "client": { "type": "object", "additionalProperties": false, "required": ["contact", "channels"], "properties": { "name": { "description": "The client's display name.", "type": "string", "minLength": 1 }, "contact": { "description": "Exactly one GitHub login: the client contact whose approval at the latest commit every post of this client needs.", "$ref": "#/$defs/githubLogin" }, "contact_id": { "description": "The contact's numeric GitHub user id: pins the account so that a renamed or re-registered login cannot approve.", "type": "integer", "minimum": 1 }, "folders": { "description": "Folders (relative to checkpost.yml) whose files belong to this client: a post filed there under another client is flagged, and a pull request changing any file there (a post, an image) needs this client's approval.", "type": "array", "maxItems": 20, "items": { "type": "string", "minLength": 1 } }, "channels": { "type": "object", "maxProperties": 50, "minProperties": 1, "propertyNames": { "$ref": "#/$defs/id" }, "additionalProperties": { "$ref": "#/$defs/channel" } }, "publish_window": { "$ref": "#/$defs/publishWindow" }, "paused": { "description": "Stop publishing this client's posts (an emergency pause that lives in the config on the default branch).", "type": "boolean", "default": false }, "on_duty": { "description": "GitHub logins mentioned after a post of this client is published: the people on duty to correct or take it down.", "type": "array", "maxItems": 10, "items": { "$ref": "#/$defs/githubLogin" } }, "checks": { "$ref": "#/$defs/checks" }, "dictionary": { "$ref": "#/$defs/dictionary" }, "language": { "description": "The English the client writes: en-GB adds British forms to the spelling check (speciality, colourful). Default en-US.", "enum": ["en-US", "en-GB"], "default": "en-US" }, "corrections": { "description": "This client's corrections policy, overriding the top-level corrections: edit or replace.", "enum": ["edit", "replace"] } } }, "channel": { "description": "A channel account: its type, its public details and the NAME of the environment variable holding its secret.", "type": "object", "required": ["type"], "properties": { "type": { "description": "The platform.", "type": "string" } }, "discriminator": { "propertyName": "type" }, "oneOf": [{ "$ref": "#/$defs/blueskyChannel" }, { "$ref": "#/$defs/mastodonChannel" }, { "$ref": "#/$defs/linkedinChannel" }, { "$ref": "#/$defs/discordChannel" }, { "$ref": "#/$defs/webhookChannel" }, { "$ref": "#/$defs/xChannel" }] }, "blueskyChannel": { "type": "object", "additionalProperties": false, "required": ["type", "handle", "secret_env"], "properties": { "type": { "const": "bluesky" }, "name": { "type": "string" }, "handle": { "description": "The account handle, e.g. acme.bsky.social.", "type": "string", "pattern": "^[a-zA-Z0-9.-]+\\.[a-zA-Z]{2,}$" }, "service": { "description": "The PDS URL. Default https://bsky.social", "$ref": "#/$defs/httpUrl" }, "secret_env": { "description": "Environment variable holding the app password.", "$ref": "#/$defs/envName" }, "checks": { "$ref": "#/$defs/checks" } } }, "mastodonChannel": { "type": "object", "additionalProperties": false, "required": ["type", "instance", "account", "secret_env"], "properties": { "type": { "const": "mastodon" }, "name": { "type": "string" }, "instance": { "description": "The instance URL, e.g. https://mastodon.social", "$ref": "#/$defs/httpUrl" }, "account": { "description": "The account, e.g. @acme", "type": "string", "pattern": "^@[A-Za-z0-9_]+(@[A-Za-z0-9.-]+)?$" }, "max_characters": { "description": "The instance's status limit (default 500).", "type": "integer", "minimum": 1 }, "visibility": { "description": "Visibility of published statuses. Default public.", "enum": ["public", "unlisted", "private"], "default": "public" }, "secret_env": { "description": "Environment variable holding the access token (scope write:statuses write:media).", "$ref": "#/$defs/envName" }, "checks": { "$ref": "#/$defs/checks" } } }, "linkedinChannel": { "type": "object", "additionalProperties": false, "required": ["type", "author", "secret_env"], "properties": { "type": { "const": "linkedin" }, "name": { "type": "string" }, "author": { "description": "The page or member URN, e.g. urn:li:organization:5515715", "type": "string", "pattern": "^urn:li:(organization|person):[A-Za-z0-9_-]+$" }, "api_version": { "description": "The LinkedIn-Version header, YYYYMM.", "type": "string", "pattern": "^\\d{6}$" }, "secret_env": { "description": "Environment variable holding the OAuth access token.", "$ref": "#/$defs/envName" }, "checks": { "$ref": "#/$defs/checks" } } }, "discordChannel": { "type": "object", "additionalProperties": false, "required": ["type", "secret_env"], "properties": { "type": { "const": "discord" }, "name": { "description": "The Discord channel's name, for the preview.", "type": "string" }, "secret_env": { "description": "Environment variable holding the webhook URL (it is the credential).", "$ref": "#/$defs/envName" }, "guild_id": { "description": "The Discord server (guild) id the webhook must belong to: publishing refuses a webhook secret of another server.", "type": "string", "pattern": "^[0-9]{5,25}$" }, "channel_id": { "description": "The Discord channel id the webhook must post into: publishing refuses a webhook secret of another channel.", "type": "string", "pattern": "^[0-9]{5,25}$" }, "allow_mentions": { "description": "Let @everyone, @here and role mentions in a post ping people. Default false: they are shown but notify nobody.", "type": "boolean", "default": false }, "checks": { "$ref": "#/$defs/checks" } } }, "webhookChannel": { "type": "object", "additionalProperties": false, "required": ["type", "secret_env"], "properties": { "type": { "const": "webhook" }, "name": { "type": "string" }, "max_length": { "description": "The longest text the receiver takes.", "type": "integer", "minimum": 1 }, "secret_env": { "description": "Environment variable holding the webhook URL.", "$ref": "#/$defs/envName" }, "signing_secret_env": { "description": "Environment variable holding the key that signs each request body (HMAC-SHA256, header X-Checkpost-Signature). Required to publish.", "$ref": "#/$defs/envName" }, "checks": { "$ref": "#/$defs/checks" } } }, "xChannel": { "type": "object", "additionalProperties": false, "required": ["type", "handle", "secret_env"], "properties": { "type": { "const": "x" }, "name": { "type": "string" }, "handle": { "type": "string", "pattern": "^@?[A-Za-z0-9_]{1,15}$" }, "secret_env": { "description": "Environment variable holding the OAuth credentials.", "$ref": "#/$defs/envName" }, "checks": { "$ref": "#/$defs/checks" } } }, "countLimitCheck": { "anyOf": [{ "$ref": "#/$defs/severity" }, { "type": "object", "additionalProperties": false, "properties": { "severity": { "$ref": "#/$defs/severity" }, "max": { "description": "Most per post on every channel; 0: no limit.", "type": "integer", "minimum": 0 }, "per_channel": { "description": "Per channel id, overriding `max`.", "type": "object", "propertyNames": { "$ref": "#/$defs/id" }, "additionalProperties": { "type": "integer", "minimum": 0 } } } }], "description": "Severity, and the most hashtags or mentions per post: `max` on every channel, `per_channel` by channel id." }, "severityOnlyCheck": { "anyOf": [{ "$ref": "#/$defs/severity" }, { "type": "object", "additionalProperties": false, "properties": { "severity": { "$ref": "#/$defs/severity" } } }], "description": "A rule without options: a severity, or an object with only `severity`." } } };
const schema32 = { "type": "string", "minLength": 1 };
const schema34 = { "type": "string", "pattern": "^[a-z0-9][a-z0-9_-]{0,63}$" };
const schema82 = { "description": "Words the spelling check accepts: brand names, product names, handles.", "type": "object", "additionalProperties": false, "properties": { "words": { "type": "array", "maxItems": 10000, "items": { "type": "string", "minLength": 1 } }, "file": { "description": "Path(s), relative to checkpost.yml, of word lists with one word a line (# comments allowed).", "anyOf": [{ "type": "string", "minLength": 1 }, { "type": "array", "maxItems": 10, "items": { "type": "string", "minLength": 1 } }] } } };
const schema85 = { "type": "string", "pattern": "^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}(?:/[A-Za-z0-9][A-Za-z0-9_.-]{0,99})?$" };
const func1 = Object.prototype.hasOwnProperty;
const func2 = required0.default;
const pattern4 = new RegExp("^[a-z0-9][a-z0-9_-]{0,63}$", "u");
const pattern30 = new RegExp("^[A-Za-z0-9._/-]{1,100}$", "u");
const pattern31 = new RegExp("^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}(?:/[A-Za-z0-9][A-Za-z0-9_.-]{0,99})?$", "u");
const schema35 = { "type": "object", "additionalProperties": false, "required": ["contact", "channels"], "properties": { "name": { "description": "The client's display name.", "type": "string", "minLength": 1 }, "contact": { "description": "Exactly one GitHub login: the client contact whose approval at the latest commit every post of this client needs.", "$ref": "#/$defs/githubLogin" }, "contact_id": { "description": "The contact's numeric GitHub user id: pins the account so that a renamed or re-registered login cannot approve.", "type": "integer", "minimum": 1 }, "folders": { "description": "Folders (relative to checkpost.yml) whose files belong to this client: a post filed there under another client is flagged, and a pull request changing any file there (a post, an image) needs this client's approval.", "type": "array", "maxItems": 20, "items": { "type": "string", "minLength": 1 } }, "channels": { "type": "object", "maxProperties": 50, "minProperties": 1, "propertyNames": { "$ref": "#/$defs/id" }, "additionalProperties": { "$ref": "#/$defs/channel" } }, "publish_window": { "$ref": "#/$defs/publishWindow" }, "paused": { "description": "Stop publishing this client's posts (an emergency pause that lives in the config on the default branch).", "type": "boolean", "default": false }, "on_duty": { "description": "GitHub logins mentioned after a post of this client is published: the people on duty to correct or take it down.", "type": "array", "maxItems": 10, "items": { "$ref": "#/$defs/githubLogin" } }, "checks": { "$ref": "#/$defs/checks" }, "dictionary": { "$ref": "#/$defs/dictionary" }, "language": { "description": "The English the client writes: en-GB adds British forms to the spelling check (speciality, colourful). Default en-US.", "enum": ["en-US", "en-GB"], "default": "en-US" }, "corrections": { "description": "This client's corrections policy, overriding the top-level corrections: edit or replace.", "enum": ["edit", "replace"] } } };
const schema36 = { "type": "string", "pattern": "^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$" };
const pattern5 = new RegExp("^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$", "u");
const schema38 = { "description": "A channel account: its type, its public details and the NAME of the environment variable holding its secret.", "type": "object", "required": ["type"], "properties": { "type": { "description": "The platform.", "type": "string" } }, "discriminator": { "propertyName": "type" }, "oneOf": [{ "$ref": "#/$defs/blueskyChannel" }, { "$ref": "#/$defs/mastodonChannel" }, { "$ref": "#/$defs/linkedinChannel" }, { "$ref": "#/$defs/discordChannel" }, { "$ref": "#/$defs/webhookChannel" }, { "$ref": "#/$defs/xChannel" }] };
const schema39 = { "type": "object", "additionalProperties": false, "required": ["type", "handle", "secret_env"], "properties": { "type": { "const": "bluesky" }, "name": { "type": "string" }, "handle": { "description": "The account handle, e.g. acme.bsky.social.", "type": "string", "pattern": "^[a-zA-Z0-9.-]+\\.[a-zA-Z]{2,}$" }, "service": { "description": "The PDS URL. Default https://bsky.social", "$ref": "#/$defs/httpUrl" }, "secret_env": { "description": "Environment variable holding the app password.", "$ref": "#/$defs/envName" }, "checks": { "$ref": "#/$defs/checks" } } };
const schema40 = { "type": "string", "format": "uri", "pattern": "^https?://[^\\s/$.?#][^\\s]*$" };
const schema41 = { "description": "The NAME of an environment variable (a repository or environment secret) that holds the credential. Never the credential itself.", "type": "string", "pattern": "^[A-Z_][A-Z0-9_]{0,127}$" };
const pattern7 = new RegExp("^[a-zA-Z0-9.-]+\\.[a-zA-Z]{2,}$", "u");
const pattern8 = new RegExp("^https?://[^\\s/$.?#][^\\s]*$", "u");
const pattern9 = new RegExp("^[A-Z_][A-Z0-9_]{0,127}$", "u");
const formats0 = required1.fullFormats.uri;
const schema42 = { "description": "Severity, and options, per rule id: `spelling: warning` or `length: {severity: error, ...options}`.", "type": "object", "propertyNames": { "pattern": "^[a-z][a-z0-9-]*$" }, "additionalProperties": { "anyOf": [{ "$ref": "#/$defs/severity" }, { "type": "object", "properties": { "severity": { "$ref": "#/$defs/severity" } } }] }, "properties": { "schema": { "$ref": "#/$defs/severityOnlyCheck" }, "wrong-account": { "$ref": "#/$defs/severityOnlyCheck" }, "spelling": { "anyOf": [{ "$ref": "#/$defs/severity" }, { "type": "object", "additionalProperties": false, "properties": { "severity": { "$ref": "#/$defs/severity" }, "unknown_names": { "description": "The severity of a capitalised word far from every known word, most likely a name to add with `checkpost words add` (default warning); a capitalised word near a known word is a typo at the rule's severity.", "$ref": "#/$defs/severity" } } }] }, "repeated-word": { "$ref": "#/$defs/severityOnlyCheck" }, "article": { "$ref": "#/$defs/severityOnlyCheck" }, "apostrophe": { "$ref": "#/$defs/severityOnlyCheck" }, "spacing": { "$ref": "#/$defs/severityOnlyCheck" }, "readability": { "anyOf": [{ "$ref": "#/$defs/severity" }, { "type": "object", "additionalProperties": false, "properties": { "severity": { "$ref": "#/$defs/severity" }, "max_words": { "description": "The longest sentence, in words, before a warning (default 30).", "type": "integer", "minimum": 1 } } }] }, "inclusive": { "anyOf": [{ "$ref": "#/$defs/severity" }, { "type": "object", "additionalProperties": false, "properties": { "severity": { "$ref": "#/$defs/severity" }, "ignore": { "type": "array", "maxItems": 500, "items": { "type": "string", "minLength": 1 }, "description": "Words retext-equality should not flag." } } }] }, "profanity": { "anyOf": [{ "$ref": "#/$defs/severity" }, { "type": "object", "additionalProperties": false, "properties": { "severity": { "$ref": "#/$defs/severity" }, "sureness": { "description": "Lowest cuss rating that is reported, 0–2 (default 1).", "type": "integer", "minimum": 0, "maximum": 2 }, "ignore": { "type": "array", "maxItems": 500, "items": { "type": "string", "minLength": 1 }, "description": "Words retext-profanities should not flag." } } }] }, "length": { "$ref": "#/$defs/severityOnlyCheck" }, "media": { "$ref": "#/$defs/severityOnlyCheck" }, "alt-text": { "$ref": "#/$defs/severityOnlyCheck" }, "fact-source": { "$ref": "#/$defs/severityOnlyCheck" }, "undeclared-claim": { "$ref": "#/$defs/severityOnlyCheck" }, "sensitive-topic": { "anyOf": [{ "$ref": "#/$defs/severity" }, { "type": "object", "additionalProperties": false, "properties": { "severity": { "$ref": "#/$defs/severity" }, "allow": { "description": "Topic ids this client may touch without acknowledging them.", "type": "array", "maxItems": 50, "items": { "$ref": "#/$defs/id" } } } }] }, "publish-window": { "anyOf": [{ "$ref": "#/$defs/severity" }, { "type": "object", "additionalProperties": false, "properties": { "severity": { "$ref": "#/$defs/severity" }, "past": { "description": "Severity of a publish_at in the past (default warning; the Action uses error for the posts a pull request proposes).", "enum": ["error", "warning"] } } }] }, "link": { "$ref": "#/$defs/severityOnlyCheck" }, "hashtags": { "$ref": "#/$defs/countLimitCheck" }, "mentions": { "$ref": "#/$defs/countLimitCheck" } } };
const schema43 = { "enum": ["off", "info", "warning", "error"] };
const pattern10 = new RegExp("^[a-z][a-z0-9-]*$", "u");
const schema45 = { "anyOf": [{ "$ref": "#/$defs/severity" }, { "type": "object", "additionalProperties": false, "properties": { "severity": { "$ref": "#/$defs/severity" } } }], "description": "A rule without options: a severity, or an object with only `severity`." };
function validate25(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) { let vErrors = null; let errors = 0; const evaluated0 = validate25.evaluated; if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
} if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
} const _errs0 = errors; let valid0 = false; const _errs1 = errors; if (!((((data === "off") || (data === "info")) || (data === "warning")) || (data === "error"))) {
    const err0 = { instancePath, schemaPath: "#/$defs/severity/enum", keyword: "enum", params: { allowedValues: schema43.enum }, message: "must be equal to one of the allowed values", schema: schema43.enum, parentSchema: schema43, data };
    if (vErrors === null) {
        vErrors = [err0];
    }
    else {
        vErrors.push(err0);
    }
    errors++;
} var _valid0 = _errs1 === errors; valid0 = valid0 || _valid0; const _errs3 = errors; if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
        if (!(key0 === "severity")) {
            const err1 = { instancePath, schemaPath: "#/anyOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema45.anyOf[1], data };
            if (vErrors === null) {
                vErrors = [err1];
            }
            else {
                vErrors.push(err1);
            }
            errors++;
        }
    }
    if (data.severity !== undefined) {
        let data0 = data.severity;
        if (!((((data0 === "off") || (data0 === "info")) || (data0 === "warning")) || (data0 === "error"))) {
            const err2 = { instancePath: instancePath + "/severity", schemaPath: "#/$defs/severity/enum", keyword: "enum", params: { allowedValues: schema43.enum }, message: "must be equal to one of the allowed values", schema: schema43.enum, parentSchema: schema43, data: data0 };
            if (vErrors === null) {
                vErrors = [err2];
            }
            else {
                vErrors.push(err2);
            }
            errors++;
        }
    }
}
else {
    const err3 = { instancePath, schemaPath: "#/anyOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema45.anyOf[1].type, parentSchema: schema45.anyOf[1], data };
    if (vErrors === null) {
        vErrors = [err3];
    }
    else {
        vErrors.push(err3);
    }
    errors++;
} var _valid0 = _errs3 === errors; valid0 = valid0 || _valid0; if (_valid0) {
    var props0 = true;
} if (!valid0) {
    const err4 = { instancePath, schemaPath: "#/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema45.anyOf, parentSchema: schema45, data };
    if (vErrors === null) {
        vErrors = [err4];
    }
    else {
        vErrors.push(err4);
    }
    errors++;
}
else {
    errors = _errs0;
    if (vErrors !== null) {
        if (_errs0) {
            vErrors.length = _errs0;
        }
        else {
            vErrors = null;
        }
    }
} validate25.errors = vErrors; evaluated0.props = props0; return errors === 0; }
validate25.evaluated = { "dynamicProps": true, "dynamicItems": false };
const schema62 = { "anyOf": [{ "$ref": "#/$defs/severity" }, { "type": "object", "additionalProperties": false, "properties": { "severity": { "$ref": "#/$defs/severity" }, "max": { "description": "Most per post on every channel; 0: no limit.", "type": "integer", "minimum": 0 }, "per_channel": { "description": "Per channel id, overriding `max`.", "type": "object", "propertyNames": { "$ref": "#/$defs/id" }, "additionalProperties": { "type": "integer", "minimum": 0 } } } }], "description": "Severity, and the most hashtags or mentions per post: `max` on every channel, `per_channel` by channel id." };
function validate38(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) { let vErrors = null; let errors = 0; const evaluated0 = validate38.evaluated; if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
} if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
} const _errs0 = errors; let valid0 = false; const _errs1 = errors; if (!((((data === "off") || (data === "info")) || (data === "warning")) || (data === "error"))) {
    const err0 = { instancePath, schemaPath: "#/$defs/severity/enum", keyword: "enum", params: { allowedValues: schema43.enum }, message: "must be equal to one of the allowed values", schema: schema43.enum, parentSchema: schema43, data };
    if (vErrors === null) {
        vErrors = [err0];
    }
    else {
        vErrors.push(err0);
    }
    errors++;
} var _valid0 = _errs1 === errors; valid0 = valid0 || _valid0; const _errs3 = errors; if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
        if (!(((key0 === "severity") || (key0 === "max")) || (key0 === "per_channel"))) {
            const err1 = { instancePath, schemaPath: "#/anyOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema62.anyOf[1], data };
            if (vErrors === null) {
                vErrors = [err1];
            }
            else {
                vErrors.push(err1);
            }
            errors++;
        }
    }
    if (data.severity !== undefined) {
        let data0 = data.severity;
        if (!((((data0 === "off") || (data0 === "info")) || (data0 === "warning")) || (data0 === "error"))) {
            const err2 = { instancePath: instancePath + "/severity", schemaPath: "#/$defs/severity/enum", keyword: "enum", params: { allowedValues: schema43.enum }, message: "must be equal to one of the allowed values", schema: schema43.enum, parentSchema: schema43, data: data0 };
            if (vErrors === null) {
                vErrors = [err2];
            }
            else {
                vErrors.push(err2);
            }
            errors++;
        }
    }
    if (data.max !== undefined) {
        let data1 = data.max;
        if (!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))) {
            const err3 = { instancePath: instancePath + "/max", schemaPath: "#/anyOf/1/properties/max/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema62.anyOf[1].properties.max.type, parentSchema: schema62.anyOf[1].properties.max, data: data1 };
            if (vErrors === null) {
                vErrors = [err3];
            }
            else {
                vErrors.push(err3);
            }
            errors++;
        }
        if ((typeof data1 == "number") && (isFinite(data1))) {
            if (data1 < 0 || isNaN(data1)) {
                const err4 = { instancePath: instancePath + "/max", schemaPath: "#/anyOf/1/properties/max/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema62.anyOf[1].properties.max, data: data1 };
                if (vErrors === null) {
                    vErrors = [err4];
                }
                else {
                    vErrors.push(err4);
                }
                errors++;
            }
        }
    }
    if (data.per_channel !== undefined) {
        let data2 = data.per_channel;
        if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
            for (const key1 in data2) {
                const _errs12 = errors;
                if (typeof key1 === "string") {
                    if (!pattern4.test(key1)) {
                        const err5 = { instancePath: instancePath + "/per_channel", schemaPath: "#/$defs/id/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9_-]{0,63}$" }, message: "must match pattern \"" + "^[a-z0-9][a-z0-9_-]{0,63}$" + "\"", schema: "^[a-z0-9][a-z0-9_-]{0,63}$", parentSchema: schema34, data: key1, propertyName: key1 };
                        if (vErrors === null) {
                            vErrors = [err5];
                        }
                        else {
                            vErrors.push(err5);
                        }
                        errors++;
                    }
                }
                else {
                    const err6 = { instancePath: instancePath + "/per_channel", schemaPath: "#/$defs/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.type, parentSchema: schema34, data: key1, propertyName: key1 };
                    if (vErrors === null) {
                        vErrors = [err6];
                    }
                    else {
                        vErrors.push(err6);
                    }
                    errors++;
                }
                var valid4 = _errs12 === errors;
                if (!valid4) {
                    const err7 = { instancePath: instancePath + "/per_channel", schemaPath: "#/anyOf/1/properties/per_channel/propertyNames", keyword: "propertyNames", params: { propertyName: key1 }, message: "property name must be valid", schema: schema62.anyOf[1].properties.per_channel.propertyNames, parentSchema: schema62.anyOf[1].properties.per_channel, data: data2 };
                    if (vErrors === null) {
                        vErrors = [err7];
                    }
                    else {
                        vErrors.push(err7);
                    }
                    errors++;
                }
            }
            for (const key2 in data2) {
                let data3 = data2[key2];
                if (!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))) {
                    const err8 = { instancePath: instancePath + "/per_channel/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/anyOf/1/properties/per_channel/additionalProperties/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema62.anyOf[1].properties.per_channel.additionalProperties.type, parentSchema: schema62.anyOf[1].properties.per_channel.additionalProperties, data: data3 };
                    if (vErrors === null) {
                        vErrors = [err8];
                    }
                    else {
                        vErrors.push(err8);
                    }
                    errors++;
                }
                if ((typeof data3 == "number") && (isFinite(data3))) {
                    if (data3 < 0 || isNaN(data3)) {
                        const err9 = { instancePath: instancePath + "/per_channel/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/anyOf/1/properties/per_channel/additionalProperties/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema62.anyOf[1].properties.per_channel.additionalProperties, data: data3 };
                        if (vErrors === null) {
                            vErrors = [err9];
                        }
                        else {
                            vErrors.push(err9);
                        }
                        errors++;
                    }
                }
            }
        }
        else {
            const err10 = { instancePath: instancePath + "/per_channel", schemaPath: "#/anyOf/1/properties/per_channel/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema62.anyOf[1].properties.per_channel.type, parentSchema: schema62.anyOf[1].properties.per_channel, data: data2 };
            if (vErrors === null) {
                vErrors = [err10];
            }
            else {
                vErrors.push(err10);
            }
            errors++;
        }
    }
}
else {
    const err11 = { instancePath, schemaPath: "#/anyOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema62.anyOf[1].type, parentSchema: schema62.anyOf[1], data };
    if (vErrors === null) {
        vErrors = [err11];
    }
    else {
        vErrors.push(err11);
    }
    errors++;
} var _valid0 = _errs3 === errors; valid0 = valid0 || _valid0; if (_valid0) {
    var props0 = true;
} if (!valid0) {
    const err12 = { instancePath, schemaPath: "#/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema62.anyOf, parentSchema: schema62, data };
    if (vErrors === null) {
        vErrors = [err12];
    }
    else {
        vErrors.push(err12);
    }
    errors++;
}
else {
    errors = _errs0;
    if (vErrors !== null) {
        if (_errs0) {
            vErrors.length = _errs0;
        }
        else {
            vErrors = null;
        }
    }
} validate38.errors = vErrors; evaluated0.props = props0; return errors === 0; }
validate38.evaluated = { "dynamicProps": true, "dynamicItems": false };
function validate24(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) { let vErrors = null; let errors = 0; const evaluated0 = validate24.evaluated; if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
} if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
} if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
        const _errs1 = errors;
        if (typeof key0 === "string") {
            if (!pattern10.test(key0)) {
                const err0 = { instancePath, schemaPath: "#/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[a-z][a-z0-9-]*$" }, message: "must match pattern \"" + "^[a-z][a-z0-9-]*$" + "\"", schema: "^[a-z][a-z0-9-]*$", parentSchema: schema42.propertyNames, data: key0, propertyName: key0 };
                if (vErrors === null) {
                    vErrors = [err0];
                }
                else {
                    vErrors.push(err0);
                }
                errors++;
            }
        }
        var valid0 = _errs1 === errors;
        if (!valid0) {
            const err1 = { instancePath, schemaPath: "#/propertyNames", keyword: "propertyNames", params: { propertyName: key0 }, message: "property name must be valid", schema: schema42.propertyNames, parentSchema: schema42, data };
            if (vErrors === null) {
                vErrors = [err1];
            }
            else {
                vErrors.push(err1);
            }
            errors++;
        }
    }
    for (const key1 in data) {
        if (!(func1.call(schema42.properties, key1))) {
            let data0 = data[key1];
            const _errs4 = errors;
            let valid2 = false;
            const _errs5 = errors;
            if (!((((data0 === "off") || (data0 === "info")) || (data0 === "warning")) || (data0 === "error"))) {
                const err2 = { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/severity/enum", keyword: "enum", params: { allowedValues: schema43.enum }, message: "must be equal to one of the allowed values", schema: schema43.enum, parentSchema: schema43, data: data0 };
                if (vErrors === null) {
                    vErrors = [err2];
                }
                else {
                    vErrors.push(err2);
                }
                errors++;
            }
            var _valid0 = _errs5 === errors;
            valid2 = valid2 || _valid0;
            const _errs7 = errors;
            if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
                if (data0.severity !== undefined) {
                    let data1 = data0.severity;
                    if (!((((data1 === "off") || (data1 === "info")) || (data1 === "warning")) || (data1 === "error"))) {
                        const err3 = { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/severity", schemaPath: "#/$defs/severity/enum", keyword: "enum", params: { allowedValues: schema43.enum }, message: "must be equal to one of the allowed values", schema: schema43.enum, parentSchema: schema43, data: data1 };
                        if (vErrors === null) {
                            vErrors = [err3];
                        }
                        else {
                            vErrors.push(err3);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err4 = { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/additionalProperties/anyOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema42.additionalProperties.anyOf[1].type, parentSchema: schema42.additionalProperties.anyOf[1], data: data0 };
                if (vErrors === null) {
                    vErrors = [err4];
                }
                else {
                    vErrors.push(err4);
                }
                errors++;
            }
            var _valid0 = _errs7 === errors;
            valid2 = valid2 || _valid0;
            if (_valid0) {
                var props0 = {};
                props0.severity = true;
            }
            if (!valid2) {
                const err5 = { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/additionalProperties/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema42.additionalProperties.anyOf, parentSchema: schema42.additionalProperties, data: data0 };
                if (vErrors === null) {
                    vErrors = [err5];
                }
                else {
                    vErrors.push(err5);
                }
                errors++;
            }
            else {
                errors = _errs4;
                if (vErrors !== null) {
                    if (_errs4) {
                        vErrors.length = _errs4;
                    }
                    else {
                        vErrors = null;
                    }
                }
            }
        }
    }
    if (data.schema !== undefined) {
        if (!(validate25(data.schema, { instancePath: instancePath + "/schema", parentData: data, parentDataProperty: "schema", rootData, dynamicAnchors }))) {
            vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
            errors = vErrors.length;
        }
    }
    if (data["wrong-account"] !== undefined) {
        if (!(validate25(data["wrong-account"], { instancePath: instancePath + "/wrong-account", parentData: data, parentDataProperty: "wrong-account", rootData, dynamicAnchors }))) {
            vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
            errors = vErrors.length;
        }
    }
    if (data.spelling !== undefined) {
        let data4 = data.spelling;
        const _errs14 = errors;
        let valid7 = false;
        const _errs15 = errors;
        if (!((((data4 === "off") || (data4 === "info")) || (data4 === "warning")) || (data4 === "error"))) {
            const err6 = { instancePath: instancePath + "/spelling", schemaPath: "#/$defs/severity/enum", keyword: "enum", params: { allowedValues: schema43.enum }, message: "must be equal to one of the allowed values", schema: schema43.enum, parentSchema: schema43, data: data4 };
            if (vErrors === null) {
                vErrors = [err6];
            }
            else {
                vErrors.push(err6);
            }
            errors++;
        }
        var _valid1 = _errs15 === errors;
        valid7 = valid7 || _valid1;
        const _errs17 = errors;
        if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
            for (const key2 in data4) {
                if (!((key2 === "severity") || (key2 === "unknown_names"))) {
                    const err7 = { instancePath: instancePath + "/spelling", schemaPath: "#/properties/spelling/anyOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema42.properties.spelling.anyOf[1], data: data4 };
                    if (vErrors === null) {
                        vErrors = [err7];
                    }
                    else {
                        vErrors.push(err7);
                    }
                    errors++;
                }
            }
            if (data4.severity !== undefined) {
                let data5 = data4.severity;
                if (!((((data5 === "off") || (data5 === "info")) || (data5 === "warning")) || (data5 === "error"))) {
                    const err8 = { instancePath: instancePath + "/spelling/severity", schemaPath: "#/$defs/severity/enum", keyword: "enum", params: { allowedValues: schema43.enum }, message: "must be equal to one of the allowed values", schema: schema43.enum, parentSchema: schema43, data: data5 };
                    if (vErrors === null) {
                        vErrors = [err8];
                    }
                    else {
                        vErrors.push(err8);
                    }
                    errors++;
                }
            }
            if (data4.unknown_names !== undefined) {
                let data6 = data4.unknown_names;
                if (!((((data6 === "off") || (data6 === "info")) || (data6 === "warning")) || (data6 === "error"))) {
                    const err9 = { instancePath: instancePath + "/spelling/unknown_names", schemaPath: "#/$defs/severity/enum", keyword: "enum", params: { allowedValues: schema43.enum }, message: "must be equal to one of the allowed values", schema: schema43.enum, parentSchema: schema43, data: data6 };
                    if (vErrors === null) {
                        vErrors = [err9];
                    }
                    else {
                        vErrors.push(err9);
                    }
                    errors++;
                }
            }
        }
        else {
            const err10 = { instancePath: instancePath + "/spelling", schemaPath: "#/properties/spelling/anyOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema42.properties.spelling.anyOf[1].type, parentSchema: schema42.properties.spelling.anyOf[1], data: data4 };
            if (vErrors === null) {
                vErrors = [err10];
            }
            else {
                vErrors.push(err10);
            }
            errors++;
        }
        var _valid1 = _errs17 === errors;
        valid7 = valid7 || _valid1;
        if (!valid7) {
            const err11 = { instancePath: instancePath + "/spelling", schemaPath: "#/properties/spelling/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema42.properties.spelling.anyOf, parentSchema: schema42.properties.spelling, data: data4 };
            if (vErrors === null) {
                vErrors = [err11];
            }
            else {
                vErrors.push(err11);
            }
            errors++;
        }
        else {
            errors = _errs14;
            if (vErrors !== null) {
                if (_errs14) {
                    vErrors.length = _errs14;
                }
                else {
                    vErrors = null;
                }
            }
        }
    }
    if (data["repeated-word"] !== undefined) {
        if (!(validate25(data["repeated-word"], { instancePath: instancePath + "/repeated-word", parentData: data, parentDataProperty: "repeated-word", rootData, dynamicAnchors }))) {
            vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
            errors = vErrors.length;
        }
    }
    if (data.article !== undefined) {
        if (!(validate25(data.article, { instancePath: instancePath + "/article", parentData: data, parentDataProperty: "article", rootData, dynamicAnchors }))) {
            vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
            errors = vErrors.length;
        }
    }
    if (data.apostrophe !== undefined) {
        if (!(validate25(data.apostrophe, { instancePath: instancePath + "/apostrophe", parentData: data, parentDataProperty: "apostrophe", rootData, dynamicAnchors }))) {
            vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
            errors = vErrors.length;
        }
    }
    if (data.spacing !== undefined) {
        if (!(validate25(data.spacing, { instancePath: instancePath + "/spacing", parentData: data, parentDataProperty: "spacing", rootData, dynamicAnchors }))) {
            vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
            errors = vErrors.length;
        }
    }
    if (data.readability !== undefined) {
        let data11 = data.readability;
        const _errs29 = errors;
        let valid12 = false;
        const _errs30 = errors;
        if (!((((data11 === "off") || (data11 === "info")) || (data11 === "warning")) || (data11 === "error"))) {
            const err12 = { instancePath: instancePath + "/readability", schemaPath: "#/$defs/severity/enum", keyword: "enum", params: { allowedValues: schema43.enum }, message: "must be equal to one of the allowed values", schema: schema43.enum, parentSchema: schema43, data: data11 };
            if (vErrors === null) {
                vErrors = [err12];
            }
            else {
                vErrors.push(err12);
            }
            errors++;
        }
        var _valid2 = _errs30 === errors;
        valid12 = valid12 || _valid2;
        const _errs32 = errors;
        if (data11 && typeof data11 == "object" && !Array.isArray(data11)) {
            for (const key3 in data11) {
                if (!((key3 === "severity") || (key3 === "max_words"))) {
                    const err13 = { instancePath: instancePath + "/readability", schemaPath: "#/properties/readability/anyOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema42.properties.readability.anyOf[1], data: data11 };
                    if (vErrors === null) {
                        vErrors = [err13];
                    }
                    else {
                        vErrors.push(err13);
                    }
                    errors++;
                }
            }
            if (data11.severity !== undefined) {
                let data12 = data11.severity;
                if (!((((data12 === "off") || (data12 === "info")) || (data12 === "warning")) || (data12 === "error"))) {
                    const err14 = { instancePath: instancePath + "/readability/severity", schemaPath: "#/$defs/severity/enum", keyword: "enum", params: { allowedValues: schema43.enum }, message: "must be equal to one of the allowed values", schema: schema43.enum, parentSchema: schema43, data: data12 };
                    if (vErrors === null) {
                        vErrors = [err14];
                    }
                    else {
                        vErrors.push(err14);
                    }
                    errors++;
                }
            }
            if (data11.max_words !== undefined) {
                let data13 = data11.max_words;
                if (!(((typeof data13 == "number") && (!(data13 % 1) && !isNaN(data13))) && (isFinite(data13)))) {
                    const err15 = { instancePath: instancePath + "/readability/max_words", schemaPath: "#/properties/readability/anyOf/1/properties/max_words/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema42.properties.readability.anyOf[1].properties.max_words.type, parentSchema: schema42.properties.readability.anyOf[1].properties.max_words, data: data13 };
                    if (vErrors === null) {
                        vErrors = [err15];
                    }
                    else {
                        vErrors.push(err15);
                    }
                    errors++;
                }
                if ((typeof data13 == "number") && (isFinite(data13))) {
                    if (data13 < 1 || isNaN(data13)) {
                        const err16 = { instancePath: instancePath + "/readability/max_words", schemaPath: "#/properties/readability/anyOf/1/properties/max_words/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema42.properties.readability.anyOf[1].properties.max_words, data: data13 };
                        if (vErrors === null) {
                            vErrors = [err16];
                        }
                        else {
                            vErrors.push(err16);
                        }
                        errors++;
                    }
                }
            }
        }
        else {
            const err17 = { instancePath: instancePath + "/readability", schemaPath: "#/properties/readability/anyOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema42.properties.readability.anyOf[1].type, parentSchema: schema42.properties.readability.anyOf[1], data: data11 };
            if (vErrors === null) {
                vErrors = [err17];
            }
            else {
                vErrors.push(err17);
            }
            errors++;
        }
        var _valid2 = _errs32 === errors;
        valid12 = valid12 || _valid2;
        if (!valid12) {
            const err18 = { instancePath: instancePath + "/readability", schemaPath: "#/properties/readability/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema42.properties.readability.anyOf, parentSchema: schema42.properties.readability, data: data11 };
            if (vErrors === null) {
                vErrors = [err18];
            }
            else {
                vErrors.push(err18);
            }
            errors++;
        }
        else {
            errors = _errs29;
            if (vErrors !== null) {
                if (_errs29) {
                    vErrors.length = _errs29;
                }
                else {
                    vErrors = null;
                }
            }
        }
    }
    if (data.inclusive !== undefined) {
        let data14 = data.inclusive;
        const _errs40 = errors;
        let valid16 = false;
        const _errs41 = errors;
        if (!((((data14 === "off") || (data14 === "info")) || (data14 === "warning")) || (data14 === "error"))) {
            const err19 = { instancePath: instancePath + "/inclusive", schemaPath: "#/$defs/severity/enum", keyword: "enum", params: { allowedValues: schema43.enum }, message: "must be equal to one of the allowed values", schema: schema43.enum, parentSchema: schema43, data: data14 };
            if (vErrors === null) {
                vErrors = [err19];
            }
            else {
                vErrors.push(err19);
            }
            errors++;
        }
        var _valid3 = _errs41 === errors;
        valid16 = valid16 || _valid3;
        const _errs43 = errors;
        if (data14 && typeof data14 == "object" && !Array.isArray(data14)) {
            for (const key4 in data14) {
                if (!((key4 === "severity") || (key4 === "ignore"))) {
                    const err20 = { instancePath: instancePath + "/inclusive", schemaPath: "#/properties/inclusive/anyOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: false, parentSchema: schema42.properties.inclusive.anyOf[1], data: data14 };
                    if (vErrors === null) {
                        vErrors = [err20];
                    }
                    else {
                        vErrors.push(err20);
                    }
                    errors++;
                }
            }
            if (data14.severity !== undefined) {
                let data15 = data14.severity;
                if (!((((data15 === "off") || (data15 === "info")) || (data15 === "warning")) || (data15 === "error"))) {
                    const err21 = { instancePath: instancePath + "/inclusive/severity", schemaPath: "#/$defs/severity/enum", keyword: "enum", params: { allowedValues: schema43.enum }, message: "must be equal to one of the allowed values", schema: schema43.enum, parentSchema: schema43, data: data15 };
                    if (vErrors === null) {
                        vErrors = [err21];
                    }
                    else {
                        vErrors.push(err21);
                    }
                    errors++;
                }
            }
            if (data14.ignore !== undefined) {
                let data16 = data14.ignore;
                if (Array.isArray(data16)) {
                    if (data16.length > 500) {
                        const err22 = { instancePath: instancePath + "/inclusive/ignore", schemaPath: "#/properties/inclusive/anyOf/1/properties/ignore/maxItems", keyword: "maxItems", params: { limit: 500 }, message: "must NOT have more than 500 items", schema: 500, parentSchema: schema42.properties.inclusive.anyOf[1].properties.ignore, data: data16 };
                        if (vErrors === null) {
                            vErrors = [err22];
                        }
                        else {
                            vErrors.push(err22);
                        }
                        errors++;
                    }
                    const len0 = data16.length;
                    for (let i0 = 0; i0 < len0; i0++) {
                        let data17 = data16[i0];
                        if (typeof data17 === "string") {
                            if (func2(data17) < 1) {
                                const err23 = { instancePath: instancePath + "/inclusive/ignore/" + i0, schemaPath: "#/properties/inclusive/anyOf/1/properties/ignore/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema42.properties.inclusive.anyOf[1].properties.ignore.items, data: data17 };
                                if (vErrors === null) {
                                    vErrors = [err23];
                                }
                                else {
                                    vErrors.push(err23);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err24 = { instancePath: instancePath + "/inclusive/ignore/" + i0, schemaPath: "#/properties/inclusive/anyOf/1/properties/ignore/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema42.properties.inclusive.anyOf[1].properties.ignore.items.type, parentSchema: schema42.properties.inclusive.anyOf[1].properties.ignore.items, data: data17 };
                            if (vErrors === null) {
                                vErrors = [err24];
                            }
                            else {
                                vErrors.push(err24);
                            }
                            errors++;
                        }
                    }
                }
                else {
                    const err25 = { instancePath: instancePath + "/inclusive/ignore", schemaPath: "#/properties/inclusive/anyOf/1/properties/ignore/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema42.properties.inclusive.anyOf[1].properties.ignore.type, parentSchema: schema42.properties.inclusive.anyOf[1].properties.ignore, data: data16 };
                    if (vErrors === null) {
                        vErrors = [err25];
                    }
                    else {
                        vErrors.push(err25);
                    }
                    errors++;
                }
            }
        }
        else {
            const err26 = { instancePath: instancePath + "/inclusive", schemaPath: "#/properties/inclusive/anyOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema42.properties.inclusive.anyOf[1].type, parentSchema: schema42.properties.inclusive.anyOf[1], data: data14 };
            if (vErrors === null) {
                vErrors = [err26];
            }
            else {
                vErrors.push(err26);
            }
            errors++;
        }
        var _valid3 = _errs43 === errors;
        valid16 = valid16 || _valid3;
        if (!valid16) {
            const err27 = { instancePath: instancePath + "/inclusive", schemaPath: "#/properties/inclusive/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema42.properties.inclusive.anyOf, parentSchema: schema42.properties.inclusive, data: data14 };
            if (vErrors === null) {
                vErrors = [err27];
            }
            else {
                vErrors.push(err27);
            }
            errors++;
        }
        else {
            errors = _errs40;
            if (vErrors !== null) {
                if (_errs40) {
                    vErrors.length = _errs40;
                }
                else {
                    vErrors = null;
                }
            }
        }
    }
    if (data.profanity !== undefined) {
        let data18 = data.profanity;
        const _errs53 = errors;
        let valid22 = false;
        const _errs54 = errors;
        if (!((((data18 === "off") || (data18 === "info")) || (data18 === "warning")) || (data18 === "error"))) {
            const err28 = { instancePath: instancePath + "/profanity", schemaPath: "#/$defs/severity/enum", keyword: "enum", params: { allowedValues: schema43.enum }, message: "must be equal to one of the allowed values", schema: schema43.enum, parentSchema: schema43, data: data18 };
            if (vErrors === null) {
                vErrors = [err28];
            }
            else {
                vErrors.push(err28);
            }
            errors++;
        }
        var _valid4 = _errs54 === errors;
        valid22 = valid22 || _valid4;
        const _errs56 = errors;
        if (data18 && typeof data18 == "object" && !Array.isArray(data18)) {
            for (const key5 in data18) {
                if (!(((key5 === "severity") || (key5 === "sureness")) || (key5 === "ignore"))) {
                    const err29 = { instancePath: instancePath + "/profanity", schemaPath: "#/properties/profanity/anyOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties", schema: false, parentSchema: schema42.properties.profanity.anyOf[1], data: data18 };
                    if (vErrors === null) {
                        vErrors = [err29];
                    }
                    else {
                        vErrors.push(err29);
                    }
                    errors++;
                }
            }
            if (data18.severity !== undefined) {
                let data19 = data18.severity;
                if (!((((data19 === "off") || (data19 === "info")) || (data19 === "warning")) || (data19 === "error"))) {
                    const err30 = { instancePath: instancePath + "/profanity/severity", schemaPath: "#/$defs/severity/enum", keyword: "enum", params: { allowedValues: schema43.enum }, message: "must be equal to one of the allowed values", schema: schema43.enum, parentSchema: schema43, data: data19 };
                    if (vErrors === null) {
                        vErrors = [err30];
                    }
                    else {
                        vErrors.push(err30);
                    }
                    errors++;
                }
            }
            if (data18.sureness !== undefined) {
                let data20 = data18.sureness;
                if (!(((typeof data20 == "number") && (!(data20 % 1) && !isNaN(data20))) && (isFinite(data20)))) {
                    const err31 = { instancePath: instancePath + "/profanity/sureness", schemaPath: "#/properties/profanity/anyOf/1/properties/sureness/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema42.properties.profanity.anyOf[1].properties.sureness.type, parentSchema: schema42.properties.profanity.anyOf[1].properties.sureness, data: data20 };
                    if (vErrors === null) {
                        vErrors = [err31];
                    }
                    else {
                        vErrors.push(err31);
                    }
                    errors++;
                }
                if ((typeof data20 == "number") && (isFinite(data20))) {
                    if (data20 > 2 || isNaN(data20)) {
                        const err32 = { instancePath: instancePath + "/profanity/sureness", schemaPath: "#/properties/profanity/anyOf/1/properties/sureness/maximum", keyword: "maximum", params: { comparison: "<=", limit: 2 }, message: "must be <= 2", schema: 2, parentSchema: schema42.properties.profanity.anyOf[1].properties.sureness, data: data20 };
                        if (vErrors === null) {
                            vErrors = [err32];
                        }
                        else {
                            vErrors.push(err32);
                        }
                        errors++;
                    }
                    if (data20 < 0 || isNaN(data20)) {
                        const err33 = { instancePath: instancePath + "/profanity/sureness", schemaPath: "#/properties/profanity/anyOf/1/properties/sureness/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema42.properties.profanity.anyOf[1].properties.sureness, data: data20 };
                        if (vErrors === null) {
                            vErrors = [err33];
                        }
                        else {
                            vErrors.push(err33);
                        }
                        errors++;
                    }
                }
            }
            if (data18.ignore !== undefined) {
                let data21 = data18.ignore;
                if (Array.isArray(data21)) {
                    if (data21.length > 500) {
                        const err34 = { instancePath: instancePath + "/profanity/ignore", schemaPath: "#/properties/profanity/anyOf/1/properties/ignore/maxItems", keyword: "maxItems", params: { limit: 500 }, message: "must NOT have more than 500 items", schema: 500, parentSchema: schema42.properties.profanity.anyOf[1].properties.ignore, data: data21 };
                        if (vErrors === null) {
                            vErrors = [err34];
                        }
                        else {
                            vErrors.push(err34);
                        }
                        errors++;
                    }
                    const len1 = data21.length;
                    for (let i1 = 0; i1 < len1; i1++) {
                        let data22 = data21[i1];
                        if (typeof data22 === "string") {
                            if (func2(data22) < 1) {
                                const err35 = { instancePath: instancePath + "/profanity/ignore/" + i1, schemaPath: "#/properties/profanity/anyOf/1/properties/ignore/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema42.properties.profanity.anyOf[1].properties.ignore.items, data: data22 };
                                if (vErrors === null) {
                                    vErrors = [err35];
                                }
                                else {
                                    vErrors.push(err35);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err36 = { instancePath: instancePath + "/profanity/ignore/" + i1, schemaPath: "#/properties/profanity/anyOf/1/properties/ignore/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema42.properties.profanity.anyOf[1].properties.ignore.items.type, parentSchema: schema42.properties.profanity.anyOf[1].properties.ignore.items, data: data22 };
                            if (vErrors === null) {
                                vErrors = [err36];
                            }
                            else {
                                vErrors.push(err36);
                            }
                            errors++;
                        }
                    }
                }
                else {
                    const err37 = { instancePath: instancePath + "/profanity/ignore", schemaPath: "#/properties/profanity/anyOf/1/properties/ignore/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema42.properties.profanity.anyOf[1].properties.ignore.type, parentSchema: schema42.properties.profanity.anyOf[1].properties.ignore, data: data21 };
                    if (vErrors === null) {
                        vErrors = [err37];
                    }
                    else {
                        vErrors.push(err37);
                    }
                    errors++;
                }
            }
        }
        else {
            const err38 = { instancePath: instancePath + "/profanity", schemaPath: "#/properties/profanity/anyOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema42.properties.profanity.anyOf[1].type, parentSchema: schema42.properties.profanity.anyOf[1], data: data18 };
            if (vErrors === null) {
                vErrors = [err38];
            }
            else {
                vErrors.push(err38);
            }
            errors++;
        }
        var _valid4 = _errs56 === errors;
        valid22 = valid22 || _valid4;
        if (!valid22) {
            const err39 = { instancePath: instancePath + "/profanity", schemaPath: "#/properties/profanity/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema42.properties.profanity.anyOf, parentSchema: schema42.properties.profanity, data: data18 };
            if (vErrors === null) {
                vErrors = [err39];
            }
            else {
                vErrors.push(err39);
            }
            errors++;
        }
        else {
            errors = _errs53;
            if (vErrors !== null) {
                if (_errs53) {
                    vErrors.length = _errs53;
                }
                else {
                    vErrors = null;
                }
            }
        }
    }
    if (data.length !== undefined) {
        if (!(validate25(data.length, { instancePath: instancePath + "/length", parentData: data, parentDataProperty: "length", rootData, dynamicAnchors }))) {
            vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
            errors = vErrors.length;
        }
    }
    if (data.media !== undefined) {
        if (!(validate25(data.media, { instancePath: instancePath + "/media", parentData: data, parentDataProperty: "media", rootData, dynamicAnchors }))) {
            vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
            errors = vErrors.length;
        }
    }
    if (data["alt-text"] !== undefined) {
        if (!(validate25(data["alt-text"], { instancePath: instancePath + "/alt-text", parentData: data, parentDataProperty: "alt-text", rootData, dynamicAnchors }))) {
            vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
            errors = vErrors.length;
        }
    }
    if (data["fact-source"] !== undefined) {
        if (!(validate25(data["fact-source"], { instancePath: instancePath + "/fact-source", parentData: data, parentDataProperty: "fact-source", rootData, dynamicAnchors }))) {
            vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
            errors = vErrors.length;
        }
    }
    if (data["undeclared-claim"] !== undefined) {
        if (!(validate25(data["undeclared-claim"], { instancePath: instancePath + "/undeclared-claim", parentData: data, parentDataProperty: "undeclared-claim", rootData, dynamicAnchors }))) {
            vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
            errors = vErrors.length;
        }
    }
    if (data["sensitive-topic"] !== undefined) {
        let data28 = data["sensitive-topic"];
        const _errs73 = errors;
        let valid28 = false;
        const _errs74 = errors;
        if (!((((data28 === "off") || (data28 === "info")) || (data28 === "warning")) || (data28 === "error"))) {
            const err40 = { instancePath: instancePath + "/sensitive-topic", schemaPath: "#/$defs/severity/enum", keyword: "enum", params: { allowedValues: schema43.enum }, message: "must be equal to one of the allowed values", schema: schema43.enum, parentSchema: schema43, data: data28 };
            if (vErrors === null) {
                vErrors = [err40];
            }
            else {
                vErrors.push(err40);
            }
            errors++;
        }
        var _valid5 = _errs74 === errors;
        valid28 = valid28 || _valid5;
        const _errs76 = errors;
        if (data28 && typeof data28 == "object" && !Array.isArray(data28)) {
            for (const key6 in data28) {
                if (!((key6 === "severity") || (key6 === "allow"))) {
                    const err41 = { instancePath: instancePath + "/sensitive-topic", schemaPath: "#/properties/sensitive-topic/anyOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties", schema: false, parentSchema: schema42.properties["sensitive-topic"].anyOf[1], data: data28 };
                    if (vErrors === null) {
                        vErrors = [err41];
                    }
                    else {
                        vErrors.push(err41);
                    }
                    errors++;
                }
            }
            if (data28.severity !== undefined) {
                let data29 = data28.severity;
                if (!((((data29 === "off") || (data29 === "info")) || (data29 === "warning")) || (data29 === "error"))) {
                    const err42 = { instancePath: instancePath + "/sensitive-topic/severity", schemaPath: "#/$defs/severity/enum", keyword: "enum", params: { allowedValues: schema43.enum }, message: "must be equal to one of the allowed values", schema: schema43.enum, parentSchema: schema43, data: data29 };
                    if (vErrors === null) {
                        vErrors = [err42];
                    }
                    else {
                        vErrors.push(err42);
                    }
                    errors++;
                }
            }
            if (data28.allow !== undefined) {
                let data30 = data28.allow;
                if (Array.isArray(data30)) {
                    if (data30.length > 50) {
                        const err43 = { instancePath: instancePath + "/sensitive-topic/allow", schemaPath: "#/properties/sensitive-topic/anyOf/1/properties/allow/maxItems", keyword: "maxItems", params: { limit: 50 }, message: "must NOT have more than 50 items", schema: 50, parentSchema: schema42.properties["sensitive-topic"].anyOf[1].properties.allow, data: data30 };
                        if (vErrors === null) {
                            vErrors = [err43];
                        }
                        else {
                            vErrors.push(err43);
                        }
                        errors++;
                    }
                    const len2 = data30.length;
                    for (let i2 = 0; i2 < len2; i2++) {
                        let data31 = data30[i2];
                        if (typeof data31 === "string") {
                            if (!pattern4.test(data31)) {
                                const err44 = { instancePath: instancePath + "/sensitive-topic/allow/" + i2, schemaPath: "#/$defs/id/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9_-]{0,63}$" }, message: "must match pattern \"" + "^[a-z0-9][a-z0-9_-]{0,63}$" + "\"", schema: "^[a-z0-9][a-z0-9_-]{0,63}$", parentSchema: schema34, data: data31 };
                                if (vErrors === null) {
                                    vErrors = [err44];
                                }
                                else {
                                    vErrors.push(err44);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err45 = { instancePath: instancePath + "/sensitive-topic/allow/" + i2, schemaPath: "#/$defs/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.type, parentSchema: schema34, data: data31 };
                            if (vErrors === null) {
                                vErrors = [err45];
                            }
                            else {
                                vErrors.push(err45);
                            }
                            errors++;
                        }
                    }
                }
                else {
                    const err46 = { instancePath: instancePath + "/sensitive-topic/allow", schemaPath: "#/properties/sensitive-topic/anyOf/1/properties/allow/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema42.properties["sensitive-topic"].anyOf[1].properties.allow.type, parentSchema: schema42.properties["sensitive-topic"].anyOf[1].properties.allow, data: data30 };
                    if (vErrors === null) {
                        vErrors = [err46];
                    }
                    else {
                        vErrors.push(err46);
                    }
                    errors++;
                }
            }
        }
        else {
            const err47 = { instancePath: instancePath + "/sensitive-topic", schemaPath: "#/properties/sensitive-topic/anyOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema42.properties["sensitive-topic"].anyOf[1].type, parentSchema: schema42.properties["sensitive-topic"].anyOf[1], data: data28 };
            if (vErrors === null) {
                vErrors = [err47];
            }
            else {
                vErrors.push(err47);
            }
            errors++;
        }
        var _valid5 = _errs76 === errors;
        valid28 = valid28 || _valid5;
        if (!valid28) {
            const err48 = { instancePath: instancePath + "/sensitive-topic", schemaPath: "#/properties/sensitive-topic/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema42.properties["sensitive-topic"].anyOf, parentSchema: schema42.properties["sensitive-topic"], data: data28 };
            if (vErrors === null) {
                vErrors = [err48];
            }
            else {
                vErrors.push(err48);
            }
            errors++;
        }
        else {
            errors = _errs73;
            if (vErrors !== null) {
                if (_errs73) {
                    vErrors.length = _errs73;
                }
                else {
                    vErrors = null;
                }
            }
        }
    }
    if (data["publish-window"] !== undefined) {
        let data32 = data["publish-window"];
        const _errs87 = errors;
        let valid35 = false;
        const _errs88 = errors;
        if (!((((data32 === "off") || (data32 === "info")) || (data32 === "warning")) || (data32 === "error"))) {
            const err49 = { instancePath: instancePath + "/publish-window", schemaPath: "#/$defs/severity/enum", keyword: "enum", params: { allowedValues: schema43.enum }, message: "must be equal to one of the allowed values", schema: schema43.enum, parentSchema: schema43, data: data32 };
            if (vErrors === null) {
                vErrors = [err49];
            }
            else {
                vErrors.push(err49);
            }
            errors++;
        }
        var _valid6 = _errs88 === errors;
        valid35 = valid35 || _valid6;
        const _errs90 = errors;
        if (data32 && typeof data32 == "object" && !Array.isArray(data32)) {
            for (const key7 in data32) {
                if (!((key7 === "severity") || (key7 === "past"))) {
                    const err50 = { instancePath: instancePath + "/publish-window", schemaPath: "#/properties/publish-window/anyOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties", schema: false, parentSchema: schema42.properties["publish-window"].anyOf[1], data: data32 };
                    if (vErrors === null) {
                        vErrors = [err50];
                    }
                    else {
                        vErrors.push(err50);
                    }
                    errors++;
                }
            }
            if (data32.severity !== undefined) {
                let data33 = data32.severity;
                if (!((((data33 === "off") || (data33 === "info")) || (data33 === "warning")) || (data33 === "error"))) {
                    const err51 = { instancePath: instancePath + "/publish-window/severity", schemaPath: "#/$defs/severity/enum", keyword: "enum", params: { allowedValues: schema43.enum }, message: "must be equal to one of the allowed values", schema: schema43.enum, parentSchema: schema43, data: data33 };
                    if (vErrors === null) {
                        vErrors = [err51];
                    }
                    else {
                        vErrors.push(err51);
                    }
                    errors++;
                }
            }
            if (data32.past !== undefined) {
                let data34 = data32.past;
                if (!((data34 === "error") || (data34 === "warning"))) {
                    const err52 = { instancePath: instancePath + "/publish-window/past", schemaPath: "#/properties/publish-window/anyOf/1/properties/past/enum", keyword: "enum", params: { allowedValues: schema42.properties["publish-window"].anyOf[1].properties.past.enum }, message: "must be equal to one of the allowed values", schema: schema42.properties["publish-window"].anyOf[1].properties.past.enum, parentSchema: schema42.properties["publish-window"].anyOf[1].properties.past, data: data34 };
                    if (vErrors === null) {
                        vErrors = [err52];
                    }
                    else {
                        vErrors.push(err52);
                    }
                    errors++;
                }
            }
        }
        else {
            const err53 = { instancePath: instancePath + "/publish-window", schemaPath: "#/properties/publish-window/anyOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema42.properties["publish-window"].anyOf[1].type, parentSchema: schema42.properties["publish-window"].anyOf[1], data: data32 };
            if (vErrors === null) {
                vErrors = [err53];
            }
            else {
                vErrors.push(err53);
            }
            errors++;
        }
        var _valid6 = _errs90 === errors;
        valid35 = valid35 || _valid6;
        if (!valid35) {
            const err54 = { instancePath: instancePath + "/publish-window", schemaPath: "#/properties/publish-window/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema42.properties["publish-window"].anyOf, parentSchema: schema42.properties["publish-window"], data: data32 };
            if (vErrors === null) {
                vErrors = [err54];
            }
            else {
                vErrors.push(err54);
            }
            errors++;
        }
        else {
            errors = _errs87;
            if (vErrors !== null) {
                if (_errs87) {
                    vErrors.length = _errs87;
                }
                else {
                    vErrors = null;
                }
            }
        }
    }
    if (data.link !== undefined) {
        if (!(validate25(data.link, { instancePath: instancePath + "/link", parentData: data, parentDataProperty: "link", rootData, dynamicAnchors }))) {
            vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
            errors = vErrors.length;
        }
    }
    if (data.hashtags !== undefined) {
        if (!(validate38(data.hashtags, { instancePath: instancePath + "/hashtags", parentData: data, parentDataProperty: "hashtags", rootData, dynamicAnchors }))) {
            vErrors = vErrors === null ? validate38.errors : vErrors.concat(validate38.errors);
            errors = vErrors.length;
        }
    }
    if (data.mentions !== undefined) {
        if (!(validate38(data.mentions, { instancePath: instancePath + "/mentions", parentData: data, parentDataProperty: "mentions", rootData, dynamicAnchors }))) {
            vErrors = vErrors === null ? validate38.errors : vErrors.concat(validate38.errors);
            errors = vErrors.length;
        }
    }
}
else {
    const err55 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema42.type, parentSchema: schema42, data };
    if (vErrors === null) {
        vErrors = [err55];
    }
    else {
        vErrors.push(err55);
    }
    errors++;
} validate24.errors = vErrors; return errors === 0; }
validate24.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate23(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) { let vErrors = null; let errors = 0; const evaluated0 = validate23.evaluated; if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
} if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
} if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.type === undefined) {
        const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property '" + "type" + "'", schema: schema39.required, parentSchema: schema39, data };
        if (vErrors === null) {
            vErrors = [err0];
        }
        else {
            vErrors.push(err0);
        }
        errors++;
    }
    if (data.handle === undefined) {
        const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "handle" }, message: "must have required property '" + "handle" + "'", schema: schema39.required, parentSchema: schema39, data };
        if (vErrors === null) {
            vErrors = [err1];
        }
        else {
            vErrors.push(err1);
        }
        errors++;
    }
    if (data.secret_env === undefined) {
        const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "secret_env" }, message: "must have required property '" + "secret_env" + "'", schema: schema39.required, parentSchema: schema39, data };
        if (vErrors === null) {
            vErrors = [err2];
        }
        else {
            vErrors.push(err2);
        }
        errors++;
    }
    for (const key0 in data) {
        if (!((((((key0 === "type") || (key0 === "name")) || (key0 === "handle")) || (key0 === "service")) || (key0 === "secret_env")) || (key0 === "checks"))) {
            const err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema39, data };
            if (vErrors === null) {
                vErrors = [err3];
            }
            else {
                vErrors.push(err3);
            }
            errors++;
        }
    }
    if (data.type !== undefined) {
        let data0 = data.type;
        if ("bluesky" !== data0) {
            const err4 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/const", keyword: "const", params: { allowedValue: "bluesky" }, message: "must be equal to constant", schema: "bluesky", parentSchema: schema39.properties.type, data: data0 };
            if (vErrors === null) {
                vErrors = [err4];
            }
            else {
                vErrors.push(err4);
            }
            errors++;
        }
    }
    if (data.name !== undefined) {
        let data1 = data.name;
        if (typeof data1 !== "string") {
            const err5 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema39.properties.name.type, parentSchema: schema39.properties.name, data: data1 };
            if (vErrors === null) {
                vErrors = [err5];
            }
            else {
                vErrors.push(err5);
            }
            errors++;
        }
    }
    if (data.handle !== undefined) {
        let data2 = data.handle;
        if (typeof data2 === "string") {
            if (!pattern7.test(data2)) {
                const err6 = { instancePath: instancePath + "/handle", schemaPath: "#/properties/handle/pattern", keyword: "pattern", params: { pattern: "^[a-zA-Z0-9.-]+\\.[a-zA-Z]{2,}$" }, message: "must match pattern \"" + "^[a-zA-Z0-9.-]+\\.[a-zA-Z]{2,}$" + "\"", schema: "^[a-zA-Z0-9.-]+\\.[a-zA-Z]{2,}$", parentSchema: schema39.properties.handle, data: data2 };
                if (vErrors === null) {
                    vErrors = [err6];
                }
                else {
                    vErrors.push(err6);
                }
                errors++;
            }
        }
        else {
            const err7 = { instancePath: instancePath + "/handle", schemaPath: "#/properties/handle/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema39.properties.handle.type, parentSchema: schema39.properties.handle, data: data2 };
            if (vErrors === null) {
                vErrors = [err7];
            }
            else {
                vErrors.push(err7);
            }
            errors++;
        }
    }
    if (data.service !== undefined) {
        let data3 = data.service;
        if (typeof data3 === "string") {
            if (!pattern8.test(data3)) {
                const err8 = { instancePath: instancePath + "/service", schemaPath: "#/$defs/httpUrl/pattern", keyword: "pattern", params: { pattern: "^https?://[^\\s/$.?#][^\\s]*$" }, message: "must match pattern \"" + "^https?://[^\\s/$.?#][^\\s]*$" + "\"", schema: "^https?://[^\\s/$.?#][^\\s]*$", parentSchema: schema40, data: data3 };
                if (vErrors === null) {
                    vErrors = [err8];
                }
                else {
                    vErrors.push(err8);
                }
                errors++;
            }
            if (!(formats0(data3))) {
                const err9 = { instancePath: instancePath + "/service", schemaPath: "#/$defs/httpUrl/format", keyword: "format", params: { format: "uri" }, message: "must match format \"" + "uri" + "\"", schema: "uri", parentSchema: schema40, data: data3 };
                if (vErrors === null) {
                    vErrors = [err9];
                }
                else {
                    vErrors.push(err9);
                }
                errors++;
            }
        }
        else {
            const err10 = { instancePath: instancePath + "/service", schemaPath: "#/$defs/httpUrl/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema40.type, parentSchema: schema40, data: data3 };
            if (vErrors === null) {
                vErrors = [err10];
            }
            else {
                vErrors.push(err10);
            }
            errors++;
        }
    }
    if (data.secret_env !== undefined) {
        let data4 = data.secret_env;
        if (typeof data4 === "string") {
            if (!pattern9.test(data4)) {
                const err11 = { instancePath: instancePath + "/secret_env", schemaPath: "#/$defs/envName/pattern", keyword: "pattern", params: { pattern: "^[A-Z_][A-Z0-9_]{0,127}$" }, message: "must match pattern \"" + "^[A-Z_][A-Z0-9_]{0,127}$" + "\"", schema: "^[A-Z_][A-Z0-9_]{0,127}$", parentSchema: schema41, data: data4 };
                if (vErrors === null) {
                    vErrors = [err11];
                }
                else {
                    vErrors.push(err11);
                }
                errors++;
            }
        }
        else {
            const err12 = { instancePath: instancePath + "/secret_env", schemaPath: "#/$defs/envName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema41.type, parentSchema: schema41, data: data4 };
            if (vErrors === null) {
                vErrors = [err12];
            }
            else {
                vErrors.push(err12);
            }
            errors++;
        }
    }
    if (data.checks !== undefined) {
        if (!(validate24(data.checks, { instancePath: instancePath + "/checks", parentData: data, parentDataProperty: "checks", rootData, dynamicAnchors }))) {
            vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
            errors = vErrors.length;
        }
    }
}
else {
    const err13 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema39.type, parentSchema: schema39, data };
    if (vErrors === null) {
        vErrors = [err13];
    }
    else {
        vErrors.push(err13);
    }
    errors++;
} validate23.errors = vErrors; return errors === 0; }
validate23.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
const schema66 = { "type": "object", "additionalProperties": false, "required": ["type", "instance", "account", "secret_env"], "properties": { "type": { "const": "mastodon" }, "name": { "type": "string" }, "instance": { "description": "The instance URL, e.g. https://mastodon.social", "$ref": "#/$defs/httpUrl" }, "account": { "description": "The account, e.g. @acme", "type": "string", "pattern": "^@[A-Za-z0-9_]+(@[A-Za-z0-9.-]+)?$" }, "max_characters": { "description": "The instance's status limit (default 500).", "type": "integer", "minimum": 1 }, "visibility": { "description": "Visibility of published statuses. Default public.", "enum": ["public", "unlisted", "private"], "default": "public" }, "secret_env": { "description": "Environment variable holding the access token (scope write:statuses write:media).", "$ref": "#/$defs/envName" }, "checks": { "$ref": "#/$defs/checks" } } };
const pattern14 = new RegExp("^@[A-Za-z0-9_]+(@[A-Za-z0-9.-]+)?$", "u");
function validate42(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) { let vErrors = null; let errors = 0; const evaluated0 = validate42.evaluated; if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
} if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
} if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.type === undefined) {
        const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property '" + "type" + "'", schema: schema66.required, parentSchema: schema66, data };
        if (vErrors === null) {
            vErrors = [err0];
        }
        else {
            vErrors.push(err0);
        }
        errors++;
    }
    if (data.instance === undefined) {
        const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "instance" }, message: "must have required property '" + "instance" + "'", schema: schema66.required, parentSchema: schema66, data };
        if (vErrors === null) {
            vErrors = [err1];
        }
        else {
            vErrors.push(err1);
        }
        errors++;
    }
    if (data.account === undefined) {
        const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "account" }, message: "must have required property '" + "account" + "'", schema: schema66.required, parentSchema: schema66, data };
        if (vErrors === null) {
            vErrors = [err2];
        }
        else {
            vErrors.push(err2);
        }
        errors++;
    }
    if (data.secret_env === undefined) {
        const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "secret_env" }, message: "must have required property '" + "secret_env" + "'", schema: schema66.required, parentSchema: schema66, data };
        if (vErrors === null) {
            vErrors = [err3];
        }
        else {
            vErrors.push(err3);
        }
        errors++;
    }
    for (const key0 in data) {
        if (!((((((((key0 === "type") || (key0 === "name")) || (key0 === "instance")) || (key0 === "account")) || (key0 === "max_characters")) || (key0 === "visibility")) || (key0 === "secret_env")) || (key0 === "checks"))) {
            const err4 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema66, data };
            if (vErrors === null) {
                vErrors = [err4];
            }
            else {
                vErrors.push(err4);
            }
            errors++;
        }
    }
    if (data.type !== undefined) {
        let data0 = data.type;
        if ("mastodon" !== data0) {
            const err5 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/const", keyword: "const", params: { allowedValue: "mastodon" }, message: "must be equal to constant", schema: "mastodon", parentSchema: schema66.properties.type, data: data0 };
            if (vErrors === null) {
                vErrors = [err5];
            }
            else {
                vErrors.push(err5);
            }
            errors++;
        }
    }
    if (data.name !== undefined) {
        let data1 = data.name;
        if (typeof data1 !== "string") {
            const err6 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema66.properties.name.type, parentSchema: schema66.properties.name, data: data1 };
            if (vErrors === null) {
                vErrors = [err6];
            }
            else {
                vErrors.push(err6);
            }
            errors++;
        }
    }
    if (data.instance !== undefined) {
        let data2 = data.instance;
        if (typeof data2 === "string") {
            if (!pattern8.test(data2)) {
                const err7 = { instancePath: instancePath + "/instance", schemaPath: "#/$defs/httpUrl/pattern", keyword: "pattern", params: { pattern: "^https?://[^\\s/$.?#][^\\s]*$" }, message: "must match pattern \"" + "^https?://[^\\s/$.?#][^\\s]*$" + "\"", schema: "^https?://[^\\s/$.?#][^\\s]*$", parentSchema: schema40, data: data2 };
                if (vErrors === null) {
                    vErrors = [err7];
                }
                else {
                    vErrors.push(err7);
                }
                errors++;
            }
            if (!(formats0(data2))) {
                const err8 = { instancePath: instancePath + "/instance", schemaPath: "#/$defs/httpUrl/format", keyword: "format", params: { format: "uri" }, message: "must match format \"" + "uri" + "\"", schema: "uri", parentSchema: schema40, data: data2 };
                if (vErrors === null) {
                    vErrors = [err8];
                }
                else {
                    vErrors.push(err8);
                }
                errors++;
            }
        }
        else {
            const err9 = { instancePath: instancePath + "/instance", schemaPath: "#/$defs/httpUrl/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema40.type, parentSchema: schema40, data: data2 };
            if (vErrors === null) {
                vErrors = [err9];
            }
            else {
                vErrors.push(err9);
            }
            errors++;
        }
    }
    if (data.account !== undefined) {
        let data3 = data.account;
        if (typeof data3 === "string") {
            if (!pattern14.test(data3)) {
                const err10 = { instancePath: instancePath + "/account", schemaPath: "#/properties/account/pattern", keyword: "pattern", params: { pattern: "^@[A-Za-z0-9_]+(@[A-Za-z0-9.-]+)?$" }, message: "must match pattern \"" + "^@[A-Za-z0-9_]+(@[A-Za-z0-9.-]+)?$" + "\"", schema: "^@[A-Za-z0-9_]+(@[A-Za-z0-9.-]+)?$", parentSchema: schema66.properties.account, data: data3 };
                if (vErrors === null) {
                    vErrors = [err10];
                }
                else {
                    vErrors.push(err10);
                }
                errors++;
            }
        }
        else {
            const err11 = { instancePath: instancePath + "/account", schemaPath: "#/properties/account/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema66.properties.account.type, parentSchema: schema66.properties.account, data: data3 };
            if (vErrors === null) {
                vErrors = [err11];
            }
            else {
                vErrors.push(err11);
            }
            errors++;
        }
    }
    if (data.max_characters !== undefined) {
        let data4 = data.max_characters;
        if (!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))) {
            const err12 = { instancePath: instancePath + "/max_characters", schemaPath: "#/properties/max_characters/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema66.properties.max_characters.type, parentSchema: schema66.properties.max_characters, data: data4 };
            if (vErrors === null) {
                vErrors = [err12];
            }
            else {
                vErrors.push(err12);
            }
            errors++;
        }
        if ((typeof data4 == "number") && (isFinite(data4))) {
            if (data4 < 1 || isNaN(data4)) {
                const err13 = { instancePath: instancePath + "/max_characters", schemaPath: "#/properties/max_characters/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema66.properties.max_characters, data: data4 };
                if (vErrors === null) {
                    vErrors = [err13];
                }
                else {
                    vErrors.push(err13);
                }
                errors++;
            }
        }
    }
    if (data.visibility !== undefined) {
        let data5 = data.visibility;
        if (!(((data5 === "public") || (data5 === "unlisted")) || (data5 === "private"))) {
            const err14 = { instancePath: instancePath + "/visibility", schemaPath: "#/properties/visibility/enum", keyword: "enum", params: { allowedValues: schema66.properties.visibility.enum }, message: "must be equal to one of the allowed values", schema: schema66.properties.visibility.enum, parentSchema: schema66.properties.visibility, data: data5 };
            if (vErrors === null) {
                vErrors = [err14];
            }
            else {
                vErrors.push(err14);
            }
            errors++;
        }
    }
    if (data.secret_env !== undefined) {
        let data6 = data.secret_env;
        if (typeof data6 === "string") {
            if (!pattern9.test(data6)) {
                const err15 = { instancePath: instancePath + "/secret_env", schemaPath: "#/$defs/envName/pattern", keyword: "pattern", params: { pattern: "^[A-Z_][A-Z0-9_]{0,127}$" }, message: "must match pattern \"" + "^[A-Z_][A-Z0-9_]{0,127}$" + "\"", schema: "^[A-Z_][A-Z0-9_]{0,127}$", parentSchema: schema41, data: data6 };
                if (vErrors === null) {
                    vErrors = [err15];
                }
                else {
                    vErrors.push(err15);
                }
                errors++;
            }
        }
        else {
            const err16 = { instancePath: instancePath + "/secret_env", schemaPath: "#/$defs/envName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema41.type, parentSchema: schema41, data: data6 };
            if (vErrors === null) {
                vErrors = [err16];
            }
            else {
                vErrors.push(err16);
            }
            errors++;
        }
    }
    if (data.checks !== undefined) {
        if (!(validate24(data.checks, { instancePath: instancePath + "/checks", parentData: data, parentDataProperty: "checks", rootData, dynamicAnchors }))) {
            vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
            errors = vErrors.length;
        }
    }
}
else {
    const err17 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema66.type, parentSchema: schema66, data };
    if (vErrors === null) {
        vErrors = [err17];
    }
    else {
        vErrors.push(err17);
    }
    errors++;
} validate42.errors = vErrors; return errors === 0; }
validate42.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
const schema69 = { "type": "object", "additionalProperties": false, "required": ["type", "author", "secret_env"], "properties": { "type": { "const": "linkedin" }, "name": { "type": "string" }, "author": { "description": "The page or member URN, e.g. urn:li:organization:5515715", "type": "string", "pattern": "^urn:li:(organization|person):[A-Za-z0-9_-]+$" }, "api_version": { "description": "The LinkedIn-Version header, YYYYMM.", "type": "string", "pattern": "^\\d{6}$" }, "secret_env": { "description": "Environment variable holding the OAuth access token.", "$ref": "#/$defs/envName" }, "checks": { "$ref": "#/$defs/checks" } } };
const pattern16 = new RegExp("^urn:li:(organization|person):[A-Za-z0-9_-]+$", "u");
const pattern17 = new RegExp("^\\d{6}$", "u");
function validate44(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) { let vErrors = null; let errors = 0; const evaluated0 = validate44.evaluated; if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
} if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
} if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.type === undefined) {
        const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property '" + "type" + "'", schema: schema69.required, parentSchema: schema69, data };
        if (vErrors === null) {
            vErrors = [err0];
        }
        else {
            vErrors.push(err0);
        }
        errors++;
    }
    if (data.author === undefined) {
        const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "author" }, message: "must have required property '" + "author" + "'", schema: schema69.required, parentSchema: schema69, data };
        if (vErrors === null) {
            vErrors = [err1];
        }
        else {
            vErrors.push(err1);
        }
        errors++;
    }
    if (data.secret_env === undefined) {
        const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "secret_env" }, message: "must have required property '" + "secret_env" + "'", schema: schema69.required, parentSchema: schema69, data };
        if (vErrors === null) {
            vErrors = [err2];
        }
        else {
            vErrors.push(err2);
        }
        errors++;
    }
    for (const key0 in data) {
        if (!((((((key0 === "type") || (key0 === "name")) || (key0 === "author")) || (key0 === "api_version")) || (key0 === "secret_env")) || (key0 === "checks"))) {
            const err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema69, data };
            if (vErrors === null) {
                vErrors = [err3];
            }
            else {
                vErrors.push(err3);
            }
            errors++;
        }
    }
    if (data.type !== undefined) {
        let data0 = data.type;
        if ("linkedin" !== data0) {
            const err4 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/const", keyword: "const", params: { allowedValue: "linkedin" }, message: "must be equal to constant", schema: "linkedin", parentSchema: schema69.properties.type, data: data0 };
            if (vErrors === null) {
                vErrors = [err4];
            }
            else {
                vErrors.push(err4);
            }
            errors++;
        }
    }
    if (data.name !== undefined) {
        let data1 = data.name;
        if (typeof data1 !== "string") {
            const err5 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema69.properties.name.type, parentSchema: schema69.properties.name, data: data1 };
            if (vErrors === null) {
                vErrors = [err5];
            }
            else {
                vErrors.push(err5);
            }
            errors++;
        }
    }
    if (data.author !== undefined) {
        let data2 = data.author;
        if (typeof data2 === "string") {
            if (!pattern16.test(data2)) {
                const err6 = { instancePath: instancePath + "/author", schemaPath: "#/properties/author/pattern", keyword: "pattern", params: { pattern: "^urn:li:(organization|person):[A-Za-z0-9_-]+$" }, message: "must match pattern \"" + "^urn:li:(organization|person):[A-Za-z0-9_-]+$" + "\"", schema: "^urn:li:(organization|person):[A-Za-z0-9_-]+$", parentSchema: schema69.properties.author, data: data2 };
                if (vErrors === null) {
                    vErrors = [err6];
                }
                else {
                    vErrors.push(err6);
                }
                errors++;
            }
        }
        else {
            const err7 = { instancePath: instancePath + "/author", schemaPath: "#/properties/author/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema69.properties.author.type, parentSchema: schema69.properties.author, data: data2 };
            if (vErrors === null) {
                vErrors = [err7];
            }
            else {
                vErrors.push(err7);
            }
            errors++;
        }
    }
    if (data.api_version !== undefined) {
        let data3 = data.api_version;
        if (typeof data3 === "string") {
            if (!pattern17.test(data3)) {
                const err8 = { instancePath: instancePath + "/api_version", schemaPath: "#/properties/api_version/pattern", keyword: "pattern", params: { pattern: "^\\d{6}$" }, message: "must match pattern \"" + "^\\d{6}$" + "\"", schema: "^\\d{6}$", parentSchema: schema69.properties.api_version, data: data3 };
                if (vErrors === null) {
                    vErrors = [err8];
                }
                else {
                    vErrors.push(err8);
                }
                errors++;
            }
        }
        else {
            const err9 = { instancePath: instancePath + "/api_version", schemaPath: "#/properties/api_version/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema69.properties.api_version.type, parentSchema: schema69.properties.api_version, data: data3 };
            if (vErrors === null) {
                vErrors = [err9];
            }
            else {
                vErrors.push(err9);
            }
            errors++;
        }
    }
    if (data.secret_env !== undefined) {
        let data4 = data.secret_env;
        if (typeof data4 === "string") {
            if (!pattern9.test(data4)) {
                const err10 = { instancePath: instancePath + "/secret_env", schemaPath: "#/$defs/envName/pattern", keyword: "pattern", params: { pattern: "^[A-Z_][A-Z0-9_]{0,127}$" }, message: "must match pattern \"" + "^[A-Z_][A-Z0-9_]{0,127}$" + "\"", schema: "^[A-Z_][A-Z0-9_]{0,127}$", parentSchema: schema41, data: data4 };
                if (vErrors === null) {
                    vErrors = [err10];
                }
                else {
                    vErrors.push(err10);
                }
                errors++;
            }
        }
        else {
            const err11 = { instancePath: instancePath + "/secret_env", schemaPath: "#/$defs/envName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema41.type, parentSchema: schema41, data: data4 };
            if (vErrors === null) {
                vErrors = [err11];
            }
            else {
                vErrors.push(err11);
            }
            errors++;
        }
    }
    if (data.checks !== undefined) {
        if (!(validate24(data.checks, { instancePath: instancePath + "/checks", parentData: data, parentDataProperty: "checks", rootData, dynamicAnchors }))) {
            vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
            errors = vErrors.length;
        }
    }
}
else {
    const err12 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema69.type, parentSchema: schema69, data };
    if (vErrors === null) {
        vErrors = [err12];
    }
    else {
        vErrors.push(err12);
    }
    errors++;
} validate44.errors = vErrors; return errors === 0; }
validate44.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
const schema71 = { "type": "object", "additionalProperties": false, "required": ["type", "secret_env"], "properties": { "type": { "const": "discord" }, "name": { "description": "The Discord channel's name, for the preview.", "type": "string" }, "secret_env": { "description": "Environment variable holding the webhook URL (it is the credential).", "$ref": "#/$defs/envName" }, "guild_id": { "description": "The Discord server (guild) id the webhook must belong to: publishing refuses a webhook secret of another server.", "type": "string", "pattern": "^[0-9]{5,25}$" }, "channel_id": { "description": "The Discord channel id the webhook must post into: publishing refuses a webhook secret of another channel.", "type": "string", "pattern": "^[0-9]{5,25}$" }, "allow_mentions": { "description": "Let @everyone, @here and role mentions in a post ping people. Default false: they are shown but notify nobody.", "type": "boolean", "default": false }, "checks": { "$ref": "#/$defs/checks" } } };
const pattern20 = new RegExp("^[0-9]{5,25}$", "u");
function validate46(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) { let vErrors = null; let errors = 0; const evaluated0 = validate46.evaluated; if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
} if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
} if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.type === undefined) {
        const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property '" + "type" + "'", schema: schema71.required, parentSchema: schema71, data };
        if (vErrors === null) {
            vErrors = [err0];
        }
        else {
            vErrors.push(err0);
        }
        errors++;
    }
    if (data.secret_env === undefined) {
        const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "secret_env" }, message: "must have required property '" + "secret_env" + "'", schema: schema71.required, parentSchema: schema71, data };
        if (vErrors === null) {
            vErrors = [err1];
        }
        else {
            vErrors.push(err1);
        }
        errors++;
    }
    for (const key0 in data) {
        if (!(((((((key0 === "type") || (key0 === "name")) || (key0 === "secret_env")) || (key0 === "guild_id")) || (key0 === "channel_id")) || (key0 === "allow_mentions")) || (key0 === "checks"))) {
            const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema71, data };
            if (vErrors === null) {
                vErrors = [err2];
            }
            else {
                vErrors.push(err2);
            }
            errors++;
        }
    }
    if (data.type !== undefined) {
        let data0 = data.type;
        if ("discord" !== data0) {
            const err3 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/const", keyword: "const", params: { allowedValue: "discord" }, message: "must be equal to constant", schema: "discord", parentSchema: schema71.properties.type, data: data0 };
            if (vErrors === null) {
                vErrors = [err3];
            }
            else {
                vErrors.push(err3);
            }
            errors++;
        }
    }
    if (data.name !== undefined) {
        let data1 = data.name;
        if (typeof data1 !== "string") {
            const err4 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema71.properties.name.type, parentSchema: schema71.properties.name, data: data1 };
            if (vErrors === null) {
                vErrors = [err4];
            }
            else {
                vErrors.push(err4);
            }
            errors++;
        }
    }
    if (data.secret_env !== undefined) {
        let data2 = data.secret_env;
        if (typeof data2 === "string") {
            if (!pattern9.test(data2)) {
                const err5 = { instancePath: instancePath + "/secret_env", schemaPath: "#/$defs/envName/pattern", keyword: "pattern", params: { pattern: "^[A-Z_][A-Z0-9_]{0,127}$" }, message: "must match pattern \"" + "^[A-Z_][A-Z0-9_]{0,127}$" + "\"", schema: "^[A-Z_][A-Z0-9_]{0,127}$", parentSchema: schema41, data: data2 };
                if (vErrors === null) {
                    vErrors = [err5];
                }
                else {
                    vErrors.push(err5);
                }
                errors++;
            }
        }
        else {
            const err6 = { instancePath: instancePath + "/secret_env", schemaPath: "#/$defs/envName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema41.type, parentSchema: schema41, data: data2 };
            if (vErrors === null) {
                vErrors = [err6];
            }
            else {
                vErrors.push(err6);
            }
            errors++;
        }
    }
    if (data.guild_id !== undefined) {
        let data3 = data.guild_id;
        if (typeof data3 === "string") {
            if (!pattern20.test(data3)) {
                const err7 = { instancePath: instancePath + "/guild_id", schemaPath: "#/properties/guild_id/pattern", keyword: "pattern", params: { pattern: "^[0-9]{5,25}$" }, message: "must match pattern \"" + "^[0-9]{5,25}$" + "\"", schema: "^[0-9]{5,25}$", parentSchema: schema71.properties.guild_id, data: data3 };
                if (vErrors === null) {
                    vErrors = [err7];
                }
                else {
                    vErrors.push(err7);
                }
                errors++;
            }
        }
        else {
            const err8 = { instancePath: instancePath + "/guild_id", schemaPath: "#/properties/guild_id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema71.properties.guild_id.type, parentSchema: schema71.properties.guild_id, data: data3 };
            if (vErrors === null) {
                vErrors = [err8];
            }
            else {
                vErrors.push(err8);
            }
            errors++;
        }
    }
    if (data.channel_id !== undefined) {
        let data4 = data.channel_id;
        if (typeof data4 === "string") {
            if (!pattern20.test(data4)) {
                const err9 = { instancePath: instancePath + "/channel_id", schemaPath: "#/properties/channel_id/pattern", keyword: "pattern", params: { pattern: "^[0-9]{5,25}$" }, message: "must match pattern \"" + "^[0-9]{5,25}$" + "\"", schema: "^[0-9]{5,25}$", parentSchema: schema71.properties.channel_id, data: data4 };
                if (vErrors === null) {
                    vErrors = [err9];
                }
                else {
                    vErrors.push(err9);
                }
                errors++;
            }
        }
        else {
            const err10 = { instancePath: instancePath + "/channel_id", schemaPath: "#/properties/channel_id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema71.properties.channel_id.type, parentSchema: schema71.properties.channel_id, data: data4 };
            if (vErrors === null) {
                vErrors = [err10];
            }
            else {
                vErrors.push(err10);
            }
            errors++;
        }
    }
    if (data.allow_mentions !== undefined) {
        let data5 = data.allow_mentions;
        if (typeof data5 !== "boolean") {
            const err11 = { instancePath: instancePath + "/allow_mentions", schemaPath: "#/properties/allow_mentions/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema71.properties.allow_mentions.type, parentSchema: schema71.properties.allow_mentions, data: data5 };
            if (vErrors === null) {
                vErrors = [err11];
            }
            else {
                vErrors.push(err11);
            }
            errors++;
        }
    }
    if (data.checks !== undefined) {
        if (!(validate24(data.checks, { instancePath: instancePath + "/checks", parentData: data, parentDataProperty: "checks", rootData, dynamicAnchors }))) {
            vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
            errors = vErrors.length;
        }
    }
}
else {
    const err12 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema71.type, parentSchema: schema71, data };
    if (vErrors === null) {
        vErrors = [err12];
    }
    else {
        vErrors.push(err12);
    }
    errors++;
} validate46.errors = vErrors; return errors === 0; }
validate46.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
const schema73 = { "type": "object", "additionalProperties": false, "required": ["type", "secret_env"], "properties": { "type": { "const": "webhook" }, "name": { "type": "string" }, "max_length": { "description": "The longest text the receiver takes.", "type": "integer", "minimum": 1 }, "secret_env": { "description": "Environment variable holding the webhook URL.", "$ref": "#/$defs/envName" }, "signing_secret_env": { "description": "Environment variable holding the key that signs each request body (HMAC-SHA256, header X-Checkpost-Signature). Required to publish.", "$ref": "#/$defs/envName" }, "checks": { "$ref": "#/$defs/checks" } } };
function validate48(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) { let vErrors = null; let errors = 0; const evaluated0 = validate48.evaluated; if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
} if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
} if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.type === undefined) {
        const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property '" + "type" + "'", schema: schema73.required, parentSchema: schema73, data };
        if (vErrors === null) {
            vErrors = [err0];
        }
        else {
            vErrors.push(err0);
        }
        errors++;
    }
    if (data.secret_env === undefined) {
        const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "secret_env" }, message: "must have required property '" + "secret_env" + "'", schema: schema73.required, parentSchema: schema73, data };
        if (vErrors === null) {
            vErrors = [err1];
        }
        else {
            vErrors.push(err1);
        }
        errors++;
    }
    for (const key0 in data) {
        if (!((((((key0 === "type") || (key0 === "name")) || (key0 === "max_length")) || (key0 === "secret_env")) || (key0 === "signing_secret_env")) || (key0 === "checks"))) {
            const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema73, data };
            if (vErrors === null) {
                vErrors = [err2];
            }
            else {
                vErrors.push(err2);
            }
            errors++;
        }
    }
    if (data.type !== undefined) {
        let data0 = data.type;
        if ("webhook" !== data0) {
            const err3 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/const", keyword: "const", params: { allowedValue: "webhook" }, message: "must be equal to constant", schema: "webhook", parentSchema: schema73.properties.type, data: data0 };
            if (vErrors === null) {
                vErrors = [err3];
            }
            else {
                vErrors.push(err3);
            }
            errors++;
        }
    }
    if (data.name !== undefined) {
        let data1 = data.name;
        if (typeof data1 !== "string") {
            const err4 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema73.properties.name.type, parentSchema: schema73.properties.name, data: data1 };
            if (vErrors === null) {
                vErrors = [err4];
            }
            else {
                vErrors.push(err4);
            }
            errors++;
        }
    }
    if (data.max_length !== undefined) {
        let data2 = data.max_length;
        if (!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))) {
            const err5 = { instancePath: instancePath + "/max_length", schemaPath: "#/properties/max_length/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema73.properties.max_length.type, parentSchema: schema73.properties.max_length, data: data2 };
            if (vErrors === null) {
                vErrors = [err5];
            }
            else {
                vErrors.push(err5);
            }
            errors++;
        }
        if ((typeof data2 == "number") && (isFinite(data2))) {
            if (data2 < 1 || isNaN(data2)) {
                const err6 = { instancePath: instancePath + "/max_length", schemaPath: "#/properties/max_length/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema73.properties.max_length, data: data2 };
                if (vErrors === null) {
                    vErrors = [err6];
                }
                else {
                    vErrors.push(err6);
                }
                errors++;
            }
        }
    }
    if (data.secret_env !== undefined) {
        let data3 = data.secret_env;
        if (typeof data3 === "string") {
            if (!pattern9.test(data3)) {
                const err7 = { instancePath: instancePath + "/secret_env", schemaPath: "#/$defs/envName/pattern", keyword: "pattern", params: { pattern: "^[A-Z_][A-Z0-9_]{0,127}$" }, message: "must match pattern \"" + "^[A-Z_][A-Z0-9_]{0,127}$" + "\"", schema: "^[A-Z_][A-Z0-9_]{0,127}$", parentSchema: schema41, data: data3 };
                if (vErrors === null) {
                    vErrors = [err7];
                }
                else {
                    vErrors.push(err7);
                }
                errors++;
            }
        }
        else {
            const err8 = { instancePath: instancePath + "/secret_env", schemaPath: "#/$defs/envName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema41.type, parentSchema: schema41, data: data3 };
            if (vErrors === null) {
                vErrors = [err8];
            }
            else {
                vErrors.push(err8);
            }
            errors++;
        }
    }
    if (data.signing_secret_env !== undefined) {
        let data4 = data.signing_secret_env;
        if (typeof data4 === "string") {
            if (!pattern9.test(data4)) {
                const err9 = { instancePath: instancePath + "/signing_secret_env", schemaPath: "#/$defs/envName/pattern", keyword: "pattern", params: { pattern: "^[A-Z_][A-Z0-9_]{0,127}$" }, message: "must match pattern \"" + "^[A-Z_][A-Z0-9_]{0,127}$" + "\"", schema: "^[A-Z_][A-Z0-9_]{0,127}$", parentSchema: schema41, data: data4 };
                if (vErrors === null) {
                    vErrors = [err9];
                }
                else {
                    vErrors.push(err9);
                }
                errors++;
            }
        }
        else {
            const err10 = { instancePath: instancePath + "/signing_secret_env", schemaPath: "#/$defs/envName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema41.type, parentSchema: schema41, data: data4 };
            if (vErrors === null) {
                vErrors = [err10];
            }
            else {
                vErrors.push(err10);
            }
            errors++;
        }
    }
    if (data.checks !== undefined) {
        if (!(validate24(data.checks, { instancePath: instancePath + "/checks", parentData: data, parentDataProperty: "checks", rootData, dynamicAnchors }))) {
            vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
            errors = vErrors.length;
        }
    }
}
else {
    const err11 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema73.type, parentSchema: schema73, data };
    if (vErrors === null) {
        vErrors = [err11];
    }
    else {
        vErrors.push(err11);
    }
    errors++;
} validate48.errors = vErrors; return errors === 0; }
validate48.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
const schema76 = { "type": "object", "additionalProperties": false, "required": ["type", "handle", "secret_env"], "properties": { "type": { "const": "x" }, "name": { "type": "string" }, "handle": { "type": "string", "pattern": "^@?[A-Za-z0-9_]{1,15}$" }, "secret_env": { "description": "Environment variable holding the OAuth credentials.", "$ref": "#/$defs/envName" }, "checks": { "$ref": "#/$defs/checks" } } };
const pattern24 = new RegExp("^@?[A-Za-z0-9_]{1,15}$", "u");
function validate50(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) { let vErrors = null; let errors = 0; const evaluated0 = validate50.evaluated; if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
} if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
} if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.type === undefined) {
        const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property '" + "type" + "'", schema: schema76.required, parentSchema: schema76, data };
        if (vErrors === null) {
            vErrors = [err0];
        }
        else {
            vErrors.push(err0);
        }
        errors++;
    }
    if (data.handle === undefined) {
        const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "handle" }, message: "must have required property '" + "handle" + "'", schema: schema76.required, parentSchema: schema76, data };
        if (vErrors === null) {
            vErrors = [err1];
        }
        else {
            vErrors.push(err1);
        }
        errors++;
    }
    if (data.secret_env === undefined) {
        const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "secret_env" }, message: "must have required property '" + "secret_env" + "'", schema: schema76.required, parentSchema: schema76, data };
        if (vErrors === null) {
            vErrors = [err2];
        }
        else {
            vErrors.push(err2);
        }
        errors++;
    }
    for (const key0 in data) {
        if (!(((((key0 === "type") || (key0 === "name")) || (key0 === "handle")) || (key0 === "secret_env")) || (key0 === "checks"))) {
            const err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema76, data };
            if (vErrors === null) {
                vErrors = [err3];
            }
            else {
                vErrors.push(err3);
            }
            errors++;
        }
    }
    if (data.type !== undefined) {
        let data0 = data.type;
        if ("x" !== data0) {
            const err4 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/const", keyword: "const", params: { allowedValue: "x" }, message: "must be equal to constant", schema: "x", parentSchema: schema76.properties.type, data: data0 };
            if (vErrors === null) {
                vErrors = [err4];
            }
            else {
                vErrors.push(err4);
            }
            errors++;
        }
    }
    if (data.name !== undefined) {
        let data1 = data.name;
        if (typeof data1 !== "string") {
            const err5 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema76.properties.name.type, parentSchema: schema76.properties.name, data: data1 };
            if (vErrors === null) {
                vErrors = [err5];
            }
            else {
                vErrors.push(err5);
            }
            errors++;
        }
    }
    if (data.handle !== undefined) {
        let data2 = data.handle;
        if (typeof data2 === "string") {
            if (!pattern24.test(data2)) {
                const err6 = { instancePath: instancePath + "/handle", schemaPath: "#/properties/handle/pattern", keyword: "pattern", params: { pattern: "^@?[A-Za-z0-9_]{1,15}$" }, message: "must match pattern \"" + "^@?[A-Za-z0-9_]{1,15}$" + "\"", schema: "^@?[A-Za-z0-9_]{1,15}$", parentSchema: schema76.properties.handle, data: data2 };
                if (vErrors === null) {
                    vErrors = [err6];
                }
                else {
                    vErrors.push(err6);
                }
                errors++;
            }
        }
        else {
            const err7 = { instancePath: instancePath + "/handle", schemaPath: "#/properties/handle/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema76.properties.handle.type, parentSchema: schema76.properties.handle, data: data2 };
            if (vErrors === null) {
                vErrors = [err7];
            }
            else {
                vErrors.push(err7);
            }
            errors++;
        }
    }
    if (data.secret_env !== undefined) {
        let data3 = data.secret_env;
        if (typeof data3 === "string") {
            if (!pattern9.test(data3)) {
                const err8 = { instancePath: instancePath + "/secret_env", schemaPath: "#/$defs/envName/pattern", keyword: "pattern", params: { pattern: "^[A-Z_][A-Z0-9_]{0,127}$" }, message: "must match pattern \"" + "^[A-Z_][A-Z0-9_]{0,127}$" + "\"", schema: "^[A-Z_][A-Z0-9_]{0,127}$", parentSchema: schema41, data: data3 };
                if (vErrors === null) {
                    vErrors = [err8];
                }
                else {
                    vErrors.push(err8);
                }
                errors++;
            }
        }
        else {
            const err9 = { instancePath: instancePath + "/secret_env", schemaPath: "#/$defs/envName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema41.type, parentSchema: schema41, data: data3 };
            if (vErrors === null) {
                vErrors = [err9];
            }
            else {
                vErrors.push(err9);
            }
            errors++;
        }
    }
    if (data.checks !== undefined) {
        if (!(validate24(data.checks, { instancePath: instancePath + "/checks", parentData: data, parentDataProperty: "checks", rootData, dynamicAnchors }))) {
            vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
            errors = vErrors.length;
        }
    }
}
else {
    const err10 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema76.type, parentSchema: schema76, data };
    if (vErrors === null) {
        vErrors = [err10];
    }
    else {
        vErrors.push(err10);
    }
    errors++;
} validate50.errors = vErrors; return errors === 0; }
validate50.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate22(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) { let vErrors = null; let errors = 0; const evaluated0 = validate22.evaluated; if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
} if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
} if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.type === undefined) {
        const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property '" + "type" + "'", schema: schema38.required, parentSchema: schema38, data };
        if (vErrors === null) {
            vErrors = [err0];
        }
        else {
            vErrors.push(err0);
        }
        errors++;
    }
    if (data.type !== undefined) {
        let data0 = data.type;
        if (typeof data0 !== "string") {
            const err1 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema38.properties.type.type, parentSchema: schema38.properties.type, data: data0 };
            if (vErrors === null) {
                vErrors = [err1];
            }
            else {
                vErrors.push(err1);
            }
            errors++;
        }
    }
    const tag0 = data.type;
    if (typeof tag0 == "string") {
        if (tag0 === "bluesky") {
            if (!(validate23(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors }))) {
                vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
                errors = vErrors.length;
            }
            var props0 = true;
        }
        else if (tag0 === "mastodon") {
            if (!(validate42(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors }))) {
                vErrors = vErrors === null ? validate42.errors : vErrors.concat(validate42.errors);
                errors = vErrors.length;
            }
            if (props0 !== true) {
                props0 = true;
            }
        }
        else if (tag0 === "linkedin") {
            if (!(validate44(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors }))) {
                vErrors = vErrors === null ? validate44.errors : vErrors.concat(validate44.errors);
                errors = vErrors.length;
            }
            if (props0 !== true) {
                props0 = true;
            }
        }
        else if (tag0 === "discord") {
            if (!(validate46(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors }))) {
                vErrors = vErrors === null ? validate46.errors : vErrors.concat(validate46.errors);
                errors = vErrors.length;
            }
            if (props0 !== true) {
                props0 = true;
            }
        }
        else if (tag0 === "webhook") {
            if (!(validate48(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors }))) {
                vErrors = vErrors === null ? validate48.errors : vErrors.concat(validate48.errors);
                errors = vErrors.length;
            }
            if (props0 !== true) {
                props0 = true;
            }
        }
        else if (tag0 === "x") {
            if (!(validate50(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors }))) {
                vErrors = vErrors === null ? validate50.errors : vErrors.concat(validate50.errors);
                errors = vErrors.length;
            }
            if (props0 !== true) {
                props0 = true;
            }
        }
        else {
            const err2 = { instancePath, schemaPath: "#/discriminator", keyword: "discriminator", params: { error: "mapping", tag: "type", tagValue: tag0 }, message: "value of tag \"type\" must be in oneOf", schema: schema38.discriminator, parentSchema: schema38, data };
            if (vErrors === null) {
                vErrors = [err2];
            }
            else {
                vErrors.push(err2);
            }
            errors++;
        }
    }
    else {
        const err3 = { instancePath, schemaPath: "#/discriminator", keyword: "discriminator", params: { error: "tag", tag: "type", tagValue: tag0 }, message: "tag \"type\" must be string", schema: schema38.discriminator, parentSchema: schema38, data };
        if (vErrors === null) {
            vErrors = [err3];
        }
        else {
            vErrors.push(err3);
        }
        errors++;
    }
}
else {
    const err4 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema38.type, parentSchema: schema38, data };
    if (vErrors === null) {
        vErrors = [err4];
    }
    else {
        vErrors.push(err4);
    }
    errors++;
} validate22.errors = vErrors; evaluated0.props = props0; return errors === 0; }
validate22.evaluated = { "dynamicProps": true, "dynamicItems": false };
const schema78 = { "description": "When someone is on duty to correct a post: posts are scheduled and published only inside it.", "type": "object", "additionalProperties": false, "required": ["timezone"], "properties": { "timezone": { "description": "IANA time zone, e.g. Europe/Berlin.", "type": "string", "minLength": 1 }, "days": { "type": "array", "minItems": 1, "uniqueItems": true, "items": { "enum": ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] }, "default": ["mon", "tue", "wed", "thu", "fri"] }, "start": { "$ref": "#/$defs/clock", "default": "09:00" }, "end": { "$ref": "#/$defs/clock", "default": "17:00" } } };
const schema79 = { "type": "string", "pattern": "^([01]\\d|2[0-3]):[0-5]\\d$|^24:00$" };
const func0 = required2.default;
const pattern26 = new RegExp("^([01]\\d|2[0-3]):[0-5]\\d$|^24:00$", "u");
function validate59(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) { let vErrors = null; let errors = 0; const evaluated0 = validate59.evaluated; if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
} if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
} if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.timezone === undefined) {
        const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "timezone" }, message: "must have required property '" + "timezone" + "'", schema: schema78.required, parentSchema: schema78, data };
        if (vErrors === null) {
            vErrors = [err0];
        }
        else {
            vErrors.push(err0);
        }
        errors++;
    }
    for (const key0 in data) {
        if (!((((key0 === "timezone") || (key0 === "days")) || (key0 === "start")) || (key0 === "end"))) {
            const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema78, data };
            if (vErrors === null) {
                vErrors = [err1];
            }
            else {
                vErrors.push(err1);
            }
            errors++;
        }
    }
    if (data.timezone !== undefined) {
        let data0 = data.timezone;
        if (typeof data0 === "string") {
            if (func2(data0) < 1) {
                const err2 = { instancePath: instancePath + "/timezone", schemaPath: "#/properties/timezone/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema78.properties.timezone, data: data0 };
                if (vErrors === null) {
                    vErrors = [err2];
                }
                else {
                    vErrors.push(err2);
                }
                errors++;
            }
        }
        else {
            const err3 = { instancePath: instancePath + "/timezone", schemaPath: "#/properties/timezone/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema78.properties.timezone.type, parentSchema: schema78.properties.timezone, data: data0 };
            if (vErrors === null) {
                vErrors = [err3];
            }
            else {
                vErrors.push(err3);
            }
            errors++;
        }
    }
    if (data.days !== undefined) {
        let data1 = data.days;
        if (Array.isArray(data1)) {
            if (data1.length < 1) {
                const err4 = { instancePath: instancePath + "/days", schemaPath: "#/properties/days/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema78.properties.days, data: data1 };
                if (vErrors === null) {
                    vErrors = [err4];
                }
                else {
                    vErrors.push(err4);
                }
                errors++;
            }
            const len0 = data1.length;
            for (let i0 = 0; i0 < len0; i0++) {
                let data2 = data1[i0];
                if (!(((((((data2 === "mon") || (data2 === "tue")) || (data2 === "wed")) || (data2 === "thu")) || (data2 === "fri")) || (data2 === "sat")) || (data2 === "sun"))) {
                    const err5 = { instancePath: instancePath + "/days/" + i0, schemaPath: "#/properties/days/items/enum", keyword: "enum", params: { allowedValues: schema78.properties.days.items.enum }, message: "must be equal to one of the allowed values", schema: schema78.properties.days.items.enum, parentSchema: schema78.properties.days.items, data: data2 };
                    if (vErrors === null) {
                        vErrors = [err5];
                    }
                    else {
                        vErrors.push(err5);
                    }
                    errors++;
                }
            }
            let i1 = data1.length;
            let j0;
            if (i1 > 1) {
                outer0: for (; i1--;) {
                    for (j0 = i1; j0--;) {
                        if (func0(data1[i1], data1[j0])) {
                            const err6 = { instancePath: instancePath + "/days", schemaPath: "#/properties/days/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)", schema: true, parentSchema: schema78.properties.days, data: data1 };
                            if (vErrors === null) {
                                vErrors = [err6];
                            }
                            else {
                                vErrors.push(err6);
                            }
                            errors++;
                            break outer0;
                        }
                    }
                }
            }
        }
        else {
            const err7 = { instancePath: instancePath + "/days", schemaPath: "#/properties/days/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema78.properties.days.type, parentSchema: schema78.properties.days, data: data1 };
            if (vErrors === null) {
                vErrors = [err7];
            }
            else {
                vErrors.push(err7);
            }
            errors++;
        }
    }
    if (data.start !== undefined) {
        let data3 = data.start;
        if (typeof data3 === "string") {
            if (!pattern26.test(data3)) {
                const err8 = { instancePath: instancePath + "/start", schemaPath: "#/$defs/clock/pattern", keyword: "pattern", params: { pattern: "^([01]\\d|2[0-3]):[0-5]\\d$|^24:00$" }, message: "must match pattern \"" + "^([01]\\d|2[0-3]):[0-5]\\d$|^24:00$" + "\"", schema: "^([01]\\d|2[0-3]):[0-5]\\d$|^24:00$", parentSchema: schema79, data: data3 };
                if (vErrors === null) {
                    vErrors = [err8];
                }
                else {
                    vErrors.push(err8);
                }
                errors++;
            }
        }
        else {
            const err9 = { instancePath: instancePath + "/start", schemaPath: "#/$defs/clock/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema79.type, parentSchema: schema79, data: data3 };
            if (vErrors === null) {
                vErrors = [err9];
            }
            else {
                vErrors.push(err9);
            }
            errors++;
        }
    }
    if (data.end !== undefined) {
        let data4 = data.end;
        if (typeof data4 === "string") {
            if (!pattern26.test(data4)) {
                const err10 = { instancePath: instancePath + "/end", schemaPath: "#/$defs/clock/pattern", keyword: "pattern", params: { pattern: "^([01]\\d|2[0-3]):[0-5]\\d$|^24:00$" }, message: "must match pattern \"" + "^([01]\\d|2[0-3]):[0-5]\\d$|^24:00$" + "\"", schema: "^([01]\\d|2[0-3]):[0-5]\\d$|^24:00$", parentSchema: schema79, data: data4 };
                if (vErrors === null) {
                    vErrors = [err10];
                }
                else {
                    vErrors.push(err10);
                }
                errors++;
            }
        }
        else {
            const err11 = { instancePath: instancePath + "/end", schemaPath: "#/$defs/clock/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema79.type, parentSchema: schema79, data: data4 };
            if (vErrors === null) {
                vErrors = [err11];
            }
            else {
                vErrors.push(err11);
            }
            errors++;
        }
    }
}
else {
    const err12 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema78.type, parentSchema: schema78, data };
    if (vErrors === null) {
        vErrors = [err12];
    }
    else {
        vErrors.push(err12);
    }
    errors++;
} validate59.errors = vErrors; return errors === 0; }
validate59.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate21(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) { let vErrors = null; let errors = 0; const evaluated0 = validate21.evaluated; if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
} if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
} if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.contact === undefined) {
        const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "contact" }, message: "must have required property '" + "contact" + "'", schema: schema35.required, parentSchema: schema35, data };
        if (vErrors === null) {
            vErrors = [err0];
        }
        else {
            vErrors.push(err0);
        }
        errors++;
    }
    if (data.channels === undefined) {
        const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "channels" }, message: "must have required property '" + "channels" + "'", schema: schema35.required, parentSchema: schema35, data };
        if (vErrors === null) {
            vErrors = [err1];
        }
        else {
            vErrors.push(err1);
        }
        errors++;
    }
    for (const key0 in data) {
        if (!(func1.call(schema35.properties, key0))) {
            const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema35, data };
            if (vErrors === null) {
                vErrors = [err2];
            }
            else {
                vErrors.push(err2);
            }
            errors++;
        }
    }
    if (data.name !== undefined) {
        let data0 = data.name;
        if (typeof data0 === "string") {
            if (func2(data0) < 1) {
                const err3 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema35.properties.name, data: data0 };
                if (vErrors === null) {
                    vErrors = [err3];
                }
                else {
                    vErrors.push(err3);
                }
                errors++;
            }
        }
        else {
            const err4 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.name.type, parentSchema: schema35.properties.name, data: data0 };
            if (vErrors === null) {
                vErrors = [err4];
            }
            else {
                vErrors.push(err4);
            }
            errors++;
        }
    }
    if (data.contact !== undefined) {
        let data1 = data.contact;
        if (typeof data1 === "string") {
            if (!pattern5.test(data1)) {
                const err5 = { instancePath: instancePath + "/contact", schemaPath: "#/$defs/githubLogin/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$" }, message: "must match pattern \"" + "^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$" + "\"", schema: "^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$", parentSchema: schema36, data: data1 };
                if (vErrors === null) {
                    vErrors = [err5];
                }
                else {
                    vErrors.push(err5);
                }
                errors++;
            }
        }
        else {
            const err6 = { instancePath: instancePath + "/contact", schemaPath: "#/$defs/githubLogin/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema36.type, parentSchema: schema36, data: data1 };
            if (vErrors === null) {
                vErrors = [err6];
            }
            else {
                vErrors.push(err6);
            }
            errors++;
        }
    }
    if (data.contact_id !== undefined) {
        let data2 = data.contact_id;
        if (!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))) {
            const err7 = { instancePath: instancePath + "/contact_id", schemaPath: "#/properties/contact_id/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema35.properties.contact_id.type, parentSchema: schema35.properties.contact_id, data: data2 };
            if (vErrors === null) {
                vErrors = [err7];
            }
            else {
                vErrors.push(err7);
            }
            errors++;
        }
        if ((typeof data2 == "number") && (isFinite(data2))) {
            if (data2 < 1 || isNaN(data2)) {
                const err8 = { instancePath: instancePath + "/contact_id", schemaPath: "#/properties/contact_id/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema35.properties.contact_id, data: data2 };
                if (vErrors === null) {
                    vErrors = [err8];
                }
                else {
                    vErrors.push(err8);
                }
                errors++;
            }
        }
    }
    if (data.folders !== undefined) {
        let data3 = data.folders;
        if (Array.isArray(data3)) {
            if (data3.length > 20) {
                const err9 = { instancePath: instancePath + "/folders", schemaPath: "#/properties/folders/maxItems", keyword: "maxItems", params: { limit: 20 }, message: "must NOT have more than 20 items", schema: 20, parentSchema: schema35.properties.folders, data: data3 };
                if (vErrors === null) {
                    vErrors = [err9];
                }
                else {
                    vErrors.push(err9);
                }
                errors++;
            }
            const len0 = data3.length;
            for (let i0 = 0; i0 < len0; i0++) {
                let data4 = data3[i0];
                if (typeof data4 === "string") {
                    if (func2(data4) < 1) {
                        const err10 = { instancePath: instancePath + "/folders/" + i0, schemaPath: "#/properties/folders/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema35.properties.folders.items, data: data4 };
                        if (vErrors === null) {
                            vErrors = [err10];
                        }
                        else {
                            vErrors.push(err10);
                        }
                        errors++;
                    }
                }
                else {
                    const err11 = { instancePath: instancePath + "/folders/" + i0, schemaPath: "#/properties/folders/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.folders.items.type, parentSchema: schema35.properties.folders.items, data: data4 };
                    if (vErrors === null) {
                        vErrors = [err11];
                    }
                    else {
                        vErrors.push(err11);
                    }
                    errors++;
                }
            }
        }
        else {
            const err12 = { instancePath: instancePath + "/folders", schemaPath: "#/properties/folders/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema35.properties.folders.type, parentSchema: schema35.properties.folders, data: data3 };
            if (vErrors === null) {
                vErrors = [err12];
            }
            else {
                vErrors.push(err12);
            }
            errors++;
        }
    }
    if (data.channels !== undefined) {
        let data5 = data.channels;
        if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
            if (Object.keys(data5).length > 50) {
                const err13 = { instancePath: instancePath + "/channels", schemaPath: "#/properties/channels/maxProperties", keyword: "maxProperties", params: { limit: 50 }, message: "must NOT have more than 50 properties", schema: 50, parentSchema: schema35.properties.channels, data: data5 };
                if (vErrors === null) {
                    vErrors = [err13];
                }
                else {
                    vErrors.push(err13);
                }
                errors++;
            }
            if (Object.keys(data5).length < 1) {
                const err14 = { instancePath: instancePath + "/channels", schemaPath: "#/properties/channels/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema35.properties.channels, data: data5 };
                if (vErrors === null) {
                    vErrors = [err14];
                }
                else {
                    vErrors.push(err14);
                }
                errors++;
            }
            for (const key1 in data5) {
                const _errs15 = errors;
                if (typeof key1 === "string") {
                    if (!pattern4.test(key1)) {
                        const err15 = { instancePath: instancePath + "/channels", schemaPath: "#/$defs/id/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9_-]{0,63}$" }, message: "must match pattern \"" + "^[a-z0-9][a-z0-9_-]{0,63}$" + "\"", schema: "^[a-z0-9][a-z0-9_-]{0,63}$", parentSchema: schema34, data: key1, propertyName: key1 };
                        if (vErrors === null) {
                            vErrors = [err15];
                        }
                        else {
                            vErrors.push(err15);
                        }
                        errors++;
                    }
                }
                else {
                    const err16 = { instancePath: instancePath + "/channels", schemaPath: "#/$defs/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.type, parentSchema: schema34, data: key1, propertyName: key1 };
                    if (vErrors === null) {
                        vErrors = [err16];
                    }
                    else {
                        vErrors.push(err16);
                    }
                    errors++;
                }
                var valid4 = _errs15 === errors;
                if (!valid4) {
                    const err17 = { instancePath: instancePath + "/channels", schemaPath: "#/properties/channels/propertyNames", keyword: "propertyNames", params: { propertyName: key1 }, message: "property name must be valid", schema: schema35.properties.channels.propertyNames, parentSchema: schema35.properties.channels, data: data5 };
                    if (vErrors === null) {
                        vErrors = [err17];
                    }
                    else {
                        vErrors.push(err17);
                    }
                    errors++;
                }
            }
            for (const key2 in data5) {
                if (!(validate22(data5[key2], { instancePath: instancePath + "/channels/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data5, parentDataProperty: key2, rootData, dynamicAnchors }))) {
                    vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
                    errors = vErrors.length;
                }
            }
        }
        else {
            const err18 = { instancePath: instancePath + "/channels", schemaPath: "#/properties/channels/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema35.properties.channels.type, parentSchema: schema35.properties.channels, data: data5 };
            if (vErrors === null) {
                vErrors = [err18];
            }
            else {
                vErrors.push(err18);
            }
            errors++;
        }
    }
    if (data.publish_window !== undefined) {
        if (!(validate59(data.publish_window, { instancePath: instancePath + "/publish_window", parentData: data, parentDataProperty: "publish_window", rootData, dynamicAnchors }))) {
            vErrors = vErrors === null ? validate59.errors : vErrors.concat(validate59.errors);
            errors = vErrors.length;
        }
    }
    if (data.paused !== undefined) {
        let data8 = data.paused;
        if (typeof data8 !== "boolean") {
            const err19 = { instancePath: instancePath + "/paused", schemaPath: "#/properties/paused/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema35.properties.paused.type, parentSchema: schema35.properties.paused, data: data8 };
            if (vErrors === null) {
                vErrors = [err19];
            }
            else {
                vErrors.push(err19);
            }
            errors++;
        }
    }
    if (data.on_duty !== undefined) {
        let data9 = data.on_duty;
        if (Array.isArray(data9)) {
            if (data9.length > 10) {
                const err20 = { instancePath: instancePath + "/on_duty", schemaPath: "#/properties/on_duty/maxItems", keyword: "maxItems", params: { limit: 10 }, message: "must NOT have more than 10 items", schema: 10, parentSchema: schema35.properties.on_duty, data: data9 };
                if (vErrors === null) {
                    vErrors = [err20];
                }
                else {
                    vErrors.push(err20);
                }
                errors++;
            }
            const len1 = data9.length;
            for (let i1 = 0; i1 < len1; i1++) {
                let data10 = data9[i1];
                if (typeof data10 === "string") {
                    if (!pattern5.test(data10)) {
                        const err21 = { instancePath: instancePath + "/on_duty/" + i1, schemaPath: "#/$defs/githubLogin/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$" }, message: "must match pattern \"" + "^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$" + "\"", schema: "^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$", parentSchema: schema36, data: data10 };
                        if (vErrors === null) {
                            vErrors = [err21];
                        }
                        else {
                            vErrors.push(err21);
                        }
                        errors++;
                    }
                }
                else {
                    const err22 = { instancePath: instancePath + "/on_duty/" + i1, schemaPath: "#/$defs/githubLogin/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema36.type, parentSchema: schema36, data: data10 };
                    if (vErrors === null) {
                        vErrors = [err22];
                    }
                    else {
                        vErrors.push(err22);
                    }
                    errors++;
                }
            }
        }
        else {
            const err23 = { instancePath: instancePath + "/on_duty", schemaPath: "#/properties/on_duty/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema35.properties.on_duty.type, parentSchema: schema35.properties.on_duty, data: data9 };
            if (vErrors === null) {
                vErrors = [err23];
            }
            else {
                vErrors.push(err23);
            }
            errors++;
        }
    }
    if (data.checks !== undefined) {
        if (!(validate24(data.checks, { instancePath: instancePath + "/checks", parentData: data, parentDataProperty: "checks", rootData, dynamicAnchors }))) {
            vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
            errors = vErrors.length;
        }
    }
    if (data.dictionary !== undefined) {
        let data12 = data.dictionary;
        if (data12 && typeof data12 == "object" && !Array.isArray(data12)) {
            for (const key3 in data12) {
                if (!((key3 === "words") || (key3 === "file"))) {
                    const err24 = { instancePath: instancePath + "/dictionary", schemaPath: "#/$defs/dictionary/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema82, data: data12 };
                    if (vErrors === null) {
                        vErrors = [err24];
                    }
                    else {
                        vErrors.push(err24);
                    }
                    errors++;
                }
            }
            if (data12.words !== undefined) {
                let data13 = data12.words;
                if (Array.isArray(data13)) {
                    if (data13.length > 10000) {
                        const err25 = { instancePath: instancePath + "/dictionary/words", schemaPath: "#/$defs/dictionary/properties/words/maxItems", keyword: "maxItems", params: { limit: 10000 }, message: "must NOT have more than 10000 items", schema: 10000, parentSchema: schema82.properties.words, data: data13 };
                        if (vErrors === null) {
                            vErrors = [err25];
                        }
                        else {
                            vErrors.push(err25);
                        }
                        errors++;
                    }
                    const len2 = data13.length;
                    for (let i2 = 0; i2 < len2; i2++) {
                        let data14 = data13[i2];
                        if (typeof data14 === "string") {
                            if (func2(data14) < 1) {
                                const err26 = { instancePath: instancePath + "/dictionary/words/" + i2, schemaPath: "#/$defs/dictionary/properties/words/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema82.properties.words.items, data: data14 };
                                if (vErrors === null) {
                                    vErrors = [err26];
                                }
                                else {
                                    vErrors.push(err26);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err27 = { instancePath: instancePath + "/dictionary/words/" + i2, schemaPath: "#/$defs/dictionary/properties/words/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema82.properties.words.items.type, parentSchema: schema82.properties.words.items, data: data14 };
                            if (vErrors === null) {
                                vErrors = [err27];
                            }
                            else {
                                vErrors.push(err27);
                            }
                            errors++;
                        }
                    }
                }
                else {
                    const err28 = { instancePath: instancePath + "/dictionary/words", schemaPath: "#/$defs/dictionary/properties/words/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema82.properties.words.type, parentSchema: schema82.properties.words, data: data13 };
                    if (vErrors === null) {
                        vErrors = [err28];
                    }
                    else {
                        vErrors.push(err28);
                    }
                    errors++;
                }
            }
            if (data12.file !== undefined) {
                let data15 = data12.file;
                const _errs38 = errors;
                let valid14 = false;
                const _errs39 = errors;
                if (typeof data15 === "string") {
                    if (func2(data15) < 1) {
                        const err29 = { instancePath: instancePath + "/dictionary/file", schemaPath: "#/$defs/dictionary/properties/file/anyOf/0/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema82.properties.file.anyOf[0], data: data15 };
                        if (vErrors === null) {
                            vErrors = [err29];
                        }
                        else {
                            vErrors.push(err29);
                        }
                        errors++;
                    }
                }
                else {
                    const err30 = { instancePath: instancePath + "/dictionary/file", schemaPath: "#/$defs/dictionary/properties/file/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema82.properties.file.anyOf[0].type, parentSchema: schema82.properties.file.anyOf[0], data: data15 };
                    if (vErrors === null) {
                        vErrors = [err30];
                    }
                    else {
                        vErrors.push(err30);
                    }
                    errors++;
                }
                var _valid0 = _errs39 === errors;
                valid14 = valid14 || _valid0;
                const _errs41 = errors;
                if (Array.isArray(data15)) {
                    if (data15.length > 10) {
                        const err31 = { instancePath: instancePath + "/dictionary/file", schemaPath: "#/$defs/dictionary/properties/file/anyOf/1/maxItems", keyword: "maxItems", params: { limit: 10 }, message: "must NOT have more than 10 items", schema: 10, parentSchema: schema82.properties.file.anyOf[1], data: data15 };
                        if (vErrors === null) {
                            vErrors = [err31];
                        }
                        else {
                            vErrors.push(err31);
                        }
                        errors++;
                    }
                    const len3 = data15.length;
                    for (let i3 = 0; i3 < len3; i3++) {
                        let data16 = data15[i3];
                        if (typeof data16 === "string") {
                            if (func2(data16) < 1) {
                                const err32 = { instancePath: instancePath + "/dictionary/file/" + i3, schemaPath: "#/$defs/dictionary/properties/file/anyOf/1/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema82.properties.file.anyOf[1].items, data: data16 };
                                if (vErrors === null) {
                                    vErrors = [err32];
                                }
                                else {
                                    vErrors.push(err32);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err33 = { instancePath: instancePath + "/dictionary/file/" + i3, schemaPath: "#/$defs/dictionary/properties/file/anyOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema82.properties.file.anyOf[1].items.type, parentSchema: schema82.properties.file.anyOf[1].items, data: data16 };
                            if (vErrors === null) {
                                vErrors = [err33];
                            }
                            else {
                                vErrors.push(err33);
                            }
                            errors++;
                        }
                    }
                }
                else {
                    const err34 = { instancePath: instancePath + "/dictionary/file", schemaPath: "#/$defs/dictionary/properties/file/anyOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema82.properties.file.anyOf[1].type, parentSchema: schema82.properties.file.anyOf[1], data: data15 };
                    if (vErrors === null) {
                        vErrors = [err34];
                    }
                    else {
                        vErrors.push(err34);
                    }
                    errors++;
                }
                var _valid0 = _errs41 === errors;
                valid14 = valid14 || _valid0;
                if (!valid14) {
                    const err35 = { instancePath: instancePath + "/dictionary/file", schemaPath: "#/$defs/dictionary/properties/file/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema82.properties.file.anyOf, parentSchema: schema82.properties.file, data: data15 };
                    if (vErrors === null) {
                        vErrors = [err35];
                    }
                    else {
                        vErrors.push(err35);
                    }
                    errors++;
                }
                else {
                    errors = _errs38;
                    if (vErrors !== null) {
                        if (_errs38) {
                            vErrors.length = _errs38;
                        }
                        else {
                            vErrors = null;
                        }
                    }
                }
            }
        }
        else {
            const err36 = { instancePath: instancePath + "/dictionary", schemaPath: "#/$defs/dictionary/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema82.type, parentSchema: schema82, data: data12 };
            if (vErrors === null) {
                vErrors = [err36];
            }
            else {
                vErrors.push(err36);
            }
            errors++;
        }
    }
    if (data.language !== undefined) {
        let data17 = data.language;
        if (!((data17 === "en-US") || (data17 === "en-GB"))) {
            const err37 = { instancePath: instancePath + "/language", schemaPath: "#/properties/language/enum", keyword: "enum", params: { allowedValues: schema35.properties.language.enum }, message: "must be equal to one of the allowed values", schema: schema35.properties.language.enum, parentSchema: schema35.properties.language, data: data17 };
            if (vErrors === null) {
                vErrors = [err37];
            }
            else {
                vErrors.push(err37);
            }
            errors++;
        }
    }
    if (data.corrections !== undefined) {
        let data18 = data.corrections;
        if (!((data18 === "edit") || (data18 === "replace"))) {
            const err38 = { instancePath: instancePath + "/corrections", schemaPath: "#/properties/corrections/enum", keyword: "enum", params: { allowedValues: schema35.properties.corrections.enum }, message: "must be equal to one of the allowed values", schema: schema35.properties.corrections.enum, parentSchema: schema35.properties.corrections, data: data18 };
            if (vErrors === null) {
                vErrors = [err38];
            }
            else {
                vErrors.push(err38);
            }
            errors++;
        }
    }
}
else {
    const err39 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema35.type, parentSchema: schema35, data };
    if (vErrors === null) {
        vErrors = [err39];
    }
    else {
        vErrors.push(err39);
    }
    errors++;
} validate21.errors = vErrors; return errors === 0; }
validate21.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate20(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) { /*# sourceURL="https://checkpost.dev/schemas/config.schema.json" */ ; let vErrors = null; let errors = 0; const evaluated0 = validate20.evaluated; if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
} if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
} if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.clients === undefined) {
        const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "clients" }, message: "must have required property '" + "clients" + "'", schema: schema31.required, parentSchema: schema31, data };
        if (vErrors === null) {
            vErrors = [err0];
        }
        else {
            vErrors.push(err0);
        }
        errors++;
    }
    for (const key0 in data) {
        if (!(func1.call(schema31.properties, key0))) {
            const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31, data };
            if (vErrors === null) {
                vErrors = [err1];
            }
            else {
                vErrors.push(err1);
            }
            errors++;
        }
    }
    if (data.posts !== undefined) {
        let data0 = data.posts;
        const _errs3 = errors;
        let valid1 = false;
        const _errs4 = errors;
        if (typeof data0 === "string") {
            if (func2(data0) < 1) {
                const err2 = { instancePath: instancePath + "/posts", schemaPath: "#/$defs/glob/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema32, data: data0 };
                if (vErrors === null) {
                    vErrors = [err2];
                }
                else {
                    vErrors.push(err2);
                }
                errors++;
            }
        }
        else {
            const err3 = { instancePath: instancePath + "/posts", schemaPath: "#/$defs/glob/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.type, parentSchema: schema32, data: data0 };
            if (vErrors === null) {
                vErrors = [err3];
            }
            else {
                vErrors.push(err3);
            }
            errors++;
        }
        var _valid0 = _errs4 === errors;
        valid1 = valid1 || _valid0;
        const _errs7 = errors;
        if (Array.isArray(data0)) {
            if (data0.length > 20) {
                const err4 = { instancePath: instancePath + "/posts", schemaPath: "#/properties/posts/anyOf/1/maxItems", keyword: "maxItems", params: { limit: 20 }, message: "must NOT have more than 20 items", schema: 20, parentSchema: schema31.properties.posts.anyOf[1], data: data0 };
                if (vErrors === null) {
                    vErrors = [err4];
                }
                else {
                    vErrors.push(err4);
                }
                errors++;
            }
            if (data0.length < 1) {
                const err5 = { instancePath: instancePath + "/posts", schemaPath: "#/properties/posts/anyOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema31.properties.posts.anyOf[1], data: data0 };
                if (vErrors === null) {
                    vErrors = [err5];
                }
                else {
                    vErrors.push(err5);
                }
                errors++;
            }
            const len0 = data0.length;
            for (let i0 = 0; i0 < len0; i0++) {
                let data1 = data0[i0];
                if (typeof data1 === "string") {
                    if (func2(data1) < 1) {
                        const err6 = { instancePath: instancePath + "/posts/" + i0, schemaPath: "#/$defs/glob/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema32, data: data1 };
                        if (vErrors === null) {
                            vErrors = [err6];
                        }
                        else {
                            vErrors.push(err6);
                        }
                        errors++;
                    }
                }
                else {
                    const err7 = { instancePath: instancePath + "/posts/" + i0, schemaPath: "#/$defs/glob/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.type, parentSchema: schema32, data: data1 };
                    if (vErrors === null) {
                        vErrors = [err7];
                    }
                    else {
                        vErrors.push(err7);
                    }
                    errors++;
                }
            }
        }
        else {
            const err8 = { instancePath: instancePath + "/posts", schemaPath: "#/properties/posts/anyOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.posts.anyOf[1].type, parentSchema: schema31.properties.posts.anyOf[1], data: data0 };
            if (vErrors === null) {
                vErrors = [err8];
            }
            else {
                vErrors.push(err8);
            }
            errors++;
        }
        var _valid0 = _errs7 === errors;
        valid1 = valid1 || _valid0;
        if (!valid1) {
            const err9 = { instancePath: instancePath + "/posts", schemaPath: "#/properties/posts/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema31.properties.posts.anyOf, parentSchema: schema31.properties.posts, data: data0 };
            if (vErrors === null) {
                vErrors = [err9];
            }
            else {
                vErrors.push(err9);
            }
            errors++;
        }
        else {
            errors = _errs3;
            if (vErrors !== null) {
                if (_errs3) {
                    vErrors.length = _errs3;
                }
                else {
                    vErrors = null;
                }
            }
        }
    }
    if (data.clients !== undefined) {
        let data2 = data.clients;
        if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
            if (Object.keys(data2).length > 200) {
                const err10 = { instancePath: instancePath + "/clients", schemaPath: "#/properties/clients/maxProperties", keyword: "maxProperties", params: { limit: 200 }, message: "must NOT have more than 200 properties", schema: 200, parentSchema: schema31.properties.clients, data: data2 };
                if (vErrors === null) {
                    vErrors = [err10];
                }
                else {
                    vErrors.push(err10);
                }
                errors++;
            }
            if (Object.keys(data2).length < 1) {
                const err11 = { instancePath: instancePath + "/clients", schemaPath: "#/properties/clients/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema31.properties.clients, data: data2 };
                if (vErrors === null) {
                    vErrors = [err11];
                }
                else {
                    vErrors.push(err11);
                }
                errors++;
            }
            for (const key1 in data2) {
                const _errs14 = errors;
                if (typeof key1 === "string") {
                    if (!pattern4.test(key1)) {
                        const err12 = { instancePath: instancePath + "/clients", schemaPath: "#/$defs/id/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9_-]{0,63}$" }, message: "must match pattern \"" + "^[a-z0-9][a-z0-9_-]{0,63}$" + "\"", schema: "^[a-z0-9][a-z0-9_-]{0,63}$", parentSchema: schema34, data: key1, propertyName: key1 };
                        if (vErrors === null) {
                            vErrors = [err12];
                        }
                        else {
                            vErrors.push(err12);
                        }
                        errors++;
                    }
                }
                else {
                    const err13 = { instancePath: instancePath + "/clients", schemaPath: "#/$defs/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.type, parentSchema: schema34, data: key1, propertyName: key1 };
                    if (vErrors === null) {
                        vErrors = [err13];
                    }
                    else {
                        vErrors.push(err13);
                    }
                    errors++;
                }
                var valid6 = _errs14 === errors;
                if (!valid6) {
                    const err14 = { instancePath: instancePath + "/clients", schemaPath: "#/properties/clients/propertyNames", keyword: "propertyNames", params: { propertyName: key1 }, message: "property name must be valid", schema: schema31.properties.clients.propertyNames, parentSchema: schema31.properties.clients, data: data2 };
                    if (vErrors === null) {
                        vErrors = [err14];
                    }
                    else {
                        vErrors.push(err14);
                    }
                    errors++;
                }
            }
            for (const key2 in data2) {
                if (!(validate21(data2[key2], { instancePath: instancePath + "/clients/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data2, parentDataProperty: key2, rootData, dynamicAnchors }))) {
                    vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
                    errors = vErrors.length;
                }
            }
        }
        else {
            const err15 = { instancePath: instancePath + "/clients", schemaPath: "#/properties/clients/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.clients.type, parentSchema: schema31.properties.clients, data: data2 };
            if (vErrors === null) {
                vErrors = [err15];
            }
            else {
                vErrors.push(err15);
            }
            errors++;
        }
    }
    if (data.checks !== undefined) {
        if (!(validate24(data.checks, { instancePath: instancePath + "/checks", parentData: data, parentDataProperty: "checks", rootData, dynamicAnchors }))) {
            vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
            errors = vErrors.length;
        }
    }
    if (data.dictionary !== undefined) {
        let data5 = data.dictionary;
        if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
            for (const key3 in data5) {
                if (!((key3 === "words") || (key3 === "file"))) {
                    const err16 = { instancePath: instancePath + "/dictionary", schemaPath: "#/$defs/dictionary/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema82, data: data5 };
                    if (vErrors === null) {
                        vErrors = [err16];
                    }
                    else {
                        vErrors.push(err16);
                    }
                    errors++;
                }
            }
            if (data5.words !== undefined) {
                let data6 = data5.words;
                if (Array.isArray(data6)) {
                    if (data6.length > 10000) {
                        const err17 = { instancePath: instancePath + "/dictionary/words", schemaPath: "#/$defs/dictionary/properties/words/maxItems", keyword: "maxItems", params: { limit: 10000 }, message: "must NOT have more than 10000 items", schema: 10000, parentSchema: schema82.properties.words, data: data6 };
                        if (vErrors === null) {
                            vErrors = [err17];
                        }
                        else {
                            vErrors.push(err17);
                        }
                        errors++;
                    }
                    const len1 = data6.length;
                    for (let i1 = 0; i1 < len1; i1++) {
                        let data7 = data6[i1];
                        if (typeof data7 === "string") {
                            if (func2(data7) < 1) {
                                const err18 = { instancePath: instancePath + "/dictionary/words/" + i1, schemaPath: "#/$defs/dictionary/properties/words/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema82.properties.words.items, data: data7 };
                                if (vErrors === null) {
                                    vErrors = [err18];
                                }
                                else {
                                    vErrors.push(err18);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err19 = { instancePath: instancePath + "/dictionary/words/" + i1, schemaPath: "#/$defs/dictionary/properties/words/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema82.properties.words.items.type, parentSchema: schema82.properties.words.items, data: data7 };
                            if (vErrors === null) {
                                vErrors = [err19];
                            }
                            else {
                                vErrors.push(err19);
                            }
                            errors++;
                        }
                    }
                }
                else {
                    const err20 = { instancePath: instancePath + "/dictionary/words", schemaPath: "#/$defs/dictionary/properties/words/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema82.properties.words.type, parentSchema: schema82.properties.words, data: data6 };
                    if (vErrors === null) {
                        vErrors = [err20];
                    }
                    else {
                        vErrors.push(err20);
                    }
                    errors++;
                }
            }
            if (data5.file !== undefined) {
                let data8 = data5.file;
                const _errs29 = errors;
                let valid13 = false;
                const _errs30 = errors;
                if (typeof data8 === "string") {
                    if (func2(data8) < 1) {
                        const err21 = { instancePath: instancePath + "/dictionary/file", schemaPath: "#/$defs/dictionary/properties/file/anyOf/0/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema82.properties.file.anyOf[0], data: data8 };
                        if (vErrors === null) {
                            vErrors = [err21];
                        }
                        else {
                            vErrors.push(err21);
                        }
                        errors++;
                    }
                }
                else {
                    const err22 = { instancePath: instancePath + "/dictionary/file", schemaPath: "#/$defs/dictionary/properties/file/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema82.properties.file.anyOf[0].type, parentSchema: schema82.properties.file.anyOf[0], data: data8 };
                    if (vErrors === null) {
                        vErrors = [err22];
                    }
                    else {
                        vErrors.push(err22);
                    }
                    errors++;
                }
                var _valid1 = _errs30 === errors;
                valid13 = valid13 || _valid1;
                const _errs32 = errors;
                if (Array.isArray(data8)) {
                    if (data8.length > 10) {
                        const err23 = { instancePath: instancePath + "/dictionary/file", schemaPath: "#/$defs/dictionary/properties/file/anyOf/1/maxItems", keyword: "maxItems", params: { limit: 10 }, message: "must NOT have more than 10 items", schema: 10, parentSchema: schema82.properties.file.anyOf[1], data: data8 };
                        if (vErrors === null) {
                            vErrors = [err23];
                        }
                        else {
                            vErrors.push(err23);
                        }
                        errors++;
                    }
                    const len2 = data8.length;
                    for (let i2 = 0; i2 < len2; i2++) {
                        let data9 = data8[i2];
                        if (typeof data9 === "string") {
                            if (func2(data9) < 1) {
                                const err24 = { instancePath: instancePath + "/dictionary/file/" + i2, schemaPath: "#/$defs/dictionary/properties/file/anyOf/1/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema82.properties.file.anyOf[1].items, data: data9 };
                                if (vErrors === null) {
                                    vErrors = [err24];
                                }
                                else {
                                    vErrors.push(err24);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err25 = { instancePath: instancePath + "/dictionary/file/" + i2, schemaPath: "#/$defs/dictionary/properties/file/anyOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema82.properties.file.anyOf[1].items.type, parentSchema: schema82.properties.file.anyOf[1].items, data: data9 };
                            if (vErrors === null) {
                                vErrors = [err25];
                            }
                            else {
                                vErrors.push(err25);
                            }
                            errors++;
                        }
                    }
                }
                else {
                    const err26 = { instancePath: instancePath + "/dictionary/file", schemaPath: "#/$defs/dictionary/properties/file/anyOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema82.properties.file.anyOf[1].type, parentSchema: schema82.properties.file.anyOf[1], data: data8 };
                    if (vErrors === null) {
                        vErrors = [err26];
                    }
                    else {
                        vErrors.push(err26);
                    }
                    errors++;
                }
                var _valid1 = _errs32 === errors;
                valid13 = valid13 || _valid1;
                if (!valid13) {
                    const err27 = { instancePath: instancePath + "/dictionary/file", schemaPath: "#/$defs/dictionary/properties/file/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema82.properties.file.anyOf, parentSchema: schema82.properties.file, data: data8 };
                    if (vErrors === null) {
                        vErrors = [err27];
                    }
                    else {
                        vErrors.push(err27);
                    }
                    errors++;
                }
                else {
                    errors = _errs29;
                    if (vErrors !== null) {
                        if (_errs29) {
                            vErrors.length = _errs29;
                        }
                        else {
                            vErrors = null;
                        }
                    }
                }
            }
        }
        else {
            const err28 = { instancePath: instancePath + "/dictionary", schemaPath: "#/$defs/dictionary/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema82.type, parentSchema: schema82, data: data5 };
            if (vErrors === null) {
                vErrors = [err28];
            }
            else {
                vErrors.push(err28);
            }
            errors++;
        }
    }
    if (data.sensitive_topics !== undefined) {
        let data10 = data.sensitive_topics;
        if (data10 && typeof data10 == "object" && !Array.isArray(data10)) {
            if (Object.keys(data10).length > 100) {
                const err29 = { instancePath: instancePath + "/sensitive_topics", schemaPath: "#/properties/sensitive_topics/maxProperties", keyword: "maxProperties", params: { limit: 100 }, message: "must NOT have more than 100 properties", schema: 100, parentSchema: schema31.properties.sensitive_topics, data: data10 };
                if (vErrors === null) {
                    vErrors = [err29];
                }
                else {
                    vErrors.push(err29);
                }
                errors++;
            }
            for (const key4 in data10) {
                const _errs38 = errors;
                if (typeof key4 === "string") {
                    if (!pattern4.test(key4)) {
                        const err30 = { instancePath: instancePath + "/sensitive_topics", schemaPath: "#/$defs/id/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9_-]{0,63}$" }, message: "must match pattern \"" + "^[a-z0-9][a-z0-9_-]{0,63}$" + "\"", schema: "^[a-z0-9][a-z0-9_-]{0,63}$", parentSchema: schema34, data: key4, propertyName: key4 };
                        if (vErrors === null) {
                            vErrors = [err30];
                        }
                        else {
                            vErrors.push(err30);
                        }
                        errors++;
                    }
                }
                else {
                    const err31 = { instancePath: instancePath + "/sensitive_topics", schemaPath: "#/$defs/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.type, parentSchema: schema34, data: key4, propertyName: key4 };
                    if (vErrors === null) {
                        vErrors = [err31];
                    }
                    else {
                        vErrors.push(err31);
                    }
                    errors++;
                }
                var valid16 = _errs38 === errors;
                if (!valid16) {
                    const err32 = { instancePath: instancePath + "/sensitive_topics", schemaPath: "#/properties/sensitive_topics/propertyNames", keyword: "propertyNames", params: { propertyName: key4 }, message: "property name must be valid", schema: schema31.properties.sensitive_topics.propertyNames, parentSchema: schema31.properties.sensitive_topics, data: data10 };
                    if (vErrors === null) {
                        vErrors = [err32];
                    }
                    else {
                        vErrors.push(err32);
                    }
                    errors++;
                }
            }
            for (const key5 in data10) {
                let data11 = data10[key5];
                if (data11 && typeof data11 == "object" && !Array.isArray(data11)) {
                    if (data11.words === undefined) {
                        const err33 = { instancePath: instancePath + "/sensitive_topics/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/sensitive_topics/additionalProperties/required", keyword: "required", params: { missingProperty: "words" }, message: "must have required property '" + "words" + "'", schema: schema31.properties.sensitive_topics.additionalProperties.required, parentSchema: schema31.properties.sensitive_topics.additionalProperties, data: data11 };
                        if (vErrors === null) {
                            vErrors = [err33];
                        }
                        else {
                            vErrors.push(err33);
                        }
                        errors++;
                    }
                    for (const key6 in data11) {
                        if (!((key6 === "description") || (key6 === "words"))) {
                            const err34 = { instancePath: instancePath + "/sensitive_topics/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/sensitive_topics/additionalProperties/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.sensitive_topics.additionalProperties, data: data11 };
                            if (vErrors === null) {
                                vErrors = [err34];
                            }
                            else {
                                vErrors.push(err34);
                            }
                            errors++;
                        }
                    }
                    if (data11.description !== undefined) {
                        let data12 = data11.description;
                        if (typeof data12 !== "string") {
                            const err35 = { instancePath: instancePath + "/sensitive_topics/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/description", schemaPath: "#/properties/sensitive_topics/additionalProperties/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.sensitive_topics.additionalProperties.properties.description.type, parentSchema: schema31.properties.sensitive_topics.additionalProperties.properties.description, data: data12 };
                            if (vErrors === null) {
                                vErrors = [err35];
                            }
                            else {
                                vErrors.push(err35);
                            }
                            errors++;
                        }
                    }
                    if (data11.words !== undefined) {
                        let data13 = data11.words;
                        if (Array.isArray(data13)) {
                            if (data13.length > 500) {
                                const err36 = { instancePath: instancePath + "/sensitive_topics/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/words", schemaPath: "#/properties/sensitive_topics/additionalProperties/properties/words/maxItems", keyword: "maxItems", params: { limit: 500 }, message: "must NOT have more than 500 items", schema: 500, parentSchema: schema31.properties.sensitive_topics.additionalProperties.properties.words, data: data13 };
                                if (vErrors === null) {
                                    vErrors = [err36];
                                }
                                else {
                                    vErrors.push(err36);
                                }
                                errors++;
                            }
                            if (data13.length < 1) {
                                const err37 = { instancePath: instancePath + "/sensitive_topics/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/words", schemaPath: "#/properties/sensitive_topics/additionalProperties/properties/words/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema31.properties.sensitive_topics.additionalProperties.properties.words, data: data13 };
                                if (vErrors === null) {
                                    vErrors = [err37];
                                }
                                else {
                                    vErrors.push(err37);
                                }
                                errors++;
                            }
                            const len3 = data13.length;
                            for (let i3 = 0; i3 < len3; i3++) {
                                let data14 = data13[i3];
                                if (typeof data14 === "string") {
                                    if (func2(data14) < 1) {
                                        const err38 = { instancePath: instancePath + "/sensitive_topics/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/words/" + i3, schemaPath: "#/properties/sensitive_topics/additionalProperties/properties/words/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.sensitive_topics.additionalProperties.properties.words.items, data: data14 };
                                        if (vErrors === null) {
                                            vErrors = [err38];
                                        }
                                        else {
                                            vErrors.push(err38);
                                        }
                                        errors++;
                                    }
                                }
                                else {
                                    const err39 = { instancePath: instancePath + "/sensitive_topics/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/words/" + i3, schemaPath: "#/properties/sensitive_topics/additionalProperties/properties/words/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.sensitive_topics.additionalProperties.properties.words.items.type, parentSchema: schema31.properties.sensitive_topics.additionalProperties.properties.words.items, data: data14 };
                                    if (vErrors === null) {
                                        vErrors = [err39];
                                    }
                                    else {
                                        vErrors.push(err39);
                                    }
                                    errors++;
                                }
                            }
                        }
                        else {
                            const err40 = { instancePath: instancePath + "/sensitive_topics/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/words", schemaPath: "#/properties/sensitive_topics/additionalProperties/properties/words/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.sensitive_topics.additionalProperties.properties.words.type, parentSchema: schema31.properties.sensitive_topics.additionalProperties.properties.words, data: data13 };
                            if (vErrors === null) {
                                vErrors = [err40];
                            }
                            else {
                                vErrors.push(err40);
                            }
                            errors++;
                        }
                    }
                }
                else {
                    const err41 = { instancePath: instancePath + "/sensitive_topics/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/sensitive_topics/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.sensitive_topics.additionalProperties.type, parentSchema: schema31.properties.sensitive_topics.additionalProperties, data: data11 };
                    if (vErrors === null) {
                        vErrors = [err41];
                    }
                    else {
                        vErrors.push(err41);
                    }
                    errors++;
                }
            }
        }
        else {
            const err42 = { instancePath: instancePath + "/sensitive_topics", schemaPath: "#/properties/sensitive_topics/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.sensitive_topics.type, parentSchema: schema31.properties.sensitive_topics, data: data10 };
            if (vErrors === null) {
                vErrors = [err42];
            }
            else {
                vErrors.push(err42);
            }
            errors++;
        }
    }
    if (data.publishing !== undefined) {
        let data15 = data.publishing;
        if (data15 && typeof data15 == "object" && !Array.isArray(data15)) {
            for (const key7 in data15) {
                if (!((((key7 === "max_posts_per_run") || (key7 === "publish_existing")) || (key7 === "pause_label")) || (key7 === "ledger_branch"))) {
                    const err43 = { instancePath: instancePath + "/publishing", schemaPath: "#/properties/publishing/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.publishing, data: data15 };
                    if (vErrors === null) {
                        vErrors = [err43];
                    }
                    else {
                        vErrors.push(err43);
                    }
                    errors++;
                }
            }
            if (data15.max_posts_per_run !== undefined) {
                let data16 = data15.max_posts_per_run;
                if (!(((typeof data16 == "number") && (!(data16 % 1) && !isNaN(data16))) && (isFinite(data16)))) {
                    const err44 = { instancePath: instancePath + "/publishing/max_posts_per_run", schemaPath: "#/properties/publishing/properties/max_posts_per_run/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema31.properties.publishing.properties.max_posts_per_run.type, parentSchema: schema31.properties.publishing.properties.max_posts_per_run, data: data16 };
                    if (vErrors === null) {
                        vErrors = [err44];
                    }
                    else {
                        vErrors.push(err44);
                    }
                    errors++;
                }
                if ((typeof data16 == "number") && (isFinite(data16))) {
                    if (data16 > 1000 || isNaN(data16)) {
                        const err45 = { instancePath: instancePath + "/publishing/max_posts_per_run", schemaPath: "#/properties/publishing/properties/max_posts_per_run/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1000 }, message: "must be <= 1000", schema: 1000, parentSchema: schema31.properties.publishing.properties.max_posts_per_run, data: data16 };
                        if (vErrors === null) {
                            vErrors = [err45];
                        }
                        else {
                            vErrors.push(err45);
                        }
                        errors++;
                    }
                    if (data16 < 1 || isNaN(data16)) {
                        const err46 = { instancePath: instancePath + "/publishing/max_posts_per_run", schemaPath: "#/properties/publishing/properties/max_posts_per_run/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema31.properties.publishing.properties.max_posts_per_run, data: data16 };
                        if (vErrors === null) {
                            vErrors = [err46];
                        }
                        else {
                            vErrors.push(err46);
                        }
                        errors++;
                    }
                }
            }
            if (data15.publish_existing !== undefined) {
                let data17 = data15.publish_existing;
                if (typeof data17 !== "boolean") {
                    const err47 = { instancePath: instancePath + "/publishing/publish_existing", schemaPath: "#/properties/publishing/properties/publish_existing/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema31.properties.publishing.properties.publish_existing.type, parentSchema: schema31.properties.publishing.properties.publish_existing, data: data17 };
                    if (vErrors === null) {
                        vErrors = [err47];
                    }
                    else {
                        vErrors.push(err47);
                    }
                    errors++;
                }
            }
            if (data15.pause_label !== undefined) {
                let data18 = data15.pause_label;
                if (typeof data18 === "string") {
                    if (func2(data18) > 50) {
                        const err48 = { instancePath: instancePath + "/publishing/pause_label", schemaPath: "#/properties/publishing/properties/pause_label/maxLength", keyword: "maxLength", params: { limit: 50 }, message: "must NOT have more than 50 characters", schema: 50, parentSchema: schema31.properties.publishing.properties.pause_label, data: data18 };
                        if (vErrors === null) {
                            vErrors = [err48];
                        }
                        else {
                            vErrors.push(err48);
                        }
                        errors++;
                    }
                    if (func2(data18) < 1) {
                        const err49 = { instancePath: instancePath + "/publishing/pause_label", schemaPath: "#/properties/publishing/properties/pause_label/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.publishing.properties.pause_label, data: data18 };
                        if (vErrors === null) {
                            vErrors = [err49];
                        }
                        else {
                            vErrors.push(err49);
                        }
                        errors++;
                    }
                }
                else {
                    const err50 = { instancePath: instancePath + "/publishing/pause_label", schemaPath: "#/properties/publishing/properties/pause_label/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.publishing.properties.pause_label.type, parentSchema: schema31.properties.publishing.properties.pause_label, data: data18 };
                    if (vErrors === null) {
                        vErrors = [err50];
                    }
                    else {
                        vErrors.push(err50);
                    }
                    errors++;
                }
            }
            if (data15.ledger_branch !== undefined) {
                let data19 = data15.ledger_branch;
                if (typeof data19 === "string") {
                    if (!pattern30.test(data19)) {
                        const err51 = { instancePath: instancePath + "/publishing/ledger_branch", schemaPath: "#/properties/publishing/properties/ledger_branch/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9._/-]{1,100}$" }, message: "must match pattern \"" + "^[A-Za-z0-9._/-]{1,100}$" + "\"", schema: "^[A-Za-z0-9._/-]{1,100}$", parentSchema: schema31.properties.publishing.properties.ledger_branch, data: data19 };
                        if (vErrors === null) {
                            vErrors = [err51];
                        }
                        else {
                            vErrors.push(err51);
                        }
                        errors++;
                    }
                }
                else {
                    const err52 = { instancePath: instancePath + "/publishing/ledger_branch", schemaPath: "#/properties/publishing/properties/ledger_branch/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.publishing.properties.ledger_branch.type, parentSchema: schema31.properties.publishing.properties.ledger_branch, data: data19 };
                    if (vErrors === null) {
                        vErrors = [err52];
                    }
                    else {
                        vErrors.push(err52);
                    }
                    errors++;
                }
            }
        }
        else {
            const err53 = { instancePath: instancePath + "/publishing", schemaPath: "#/properties/publishing/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.publishing.type, parentSchema: schema31.properties.publishing, data: data15 };
            if (vErrors === null) {
                vErrors = [err53];
            }
            else {
                vErrors.push(err53);
            }
            errors++;
        }
    }
    if (data.retrospective !== undefined) {
        let data20 = data.retrospective;
        if (data20 && typeof data20 == "object" && !Array.isArray(data20)) {
            for (const key8 in data20) {
                if (!((((key8 === "labels") || (key8 === "pattern_threshold")) || (key8 === "pattern_window_days")) || (key8 === "escalate_to"))) {
                    const err54 = { instancePath: instancePath + "/retrospective", schemaPath: "#/properties/retrospective/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.retrospective, data: data20 };
                    if (vErrors === null) {
                        vErrors = [err54];
                    }
                    else {
                        vErrors.push(err54);
                    }
                    errors++;
                }
            }
            if (data20.labels !== undefined) {
                let data21 = data20.labels;
                if (Array.isArray(data21)) {
                    if (data21.length > 20) {
                        const err55 = { instancePath: instancePath + "/retrospective/labels", schemaPath: "#/properties/retrospective/properties/labels/maxItems", keyword: "maxItems", params: { limit: 20 }, message: "must NOT have more than 20 items", schema: 20, parentSchema: schema31.properties.retrospective.properties.labels, data: data21 };
                        if (vErrors === null) {
                            vErrors = [err55];
                        }
                        else {
                            vErrors.push(err55);
                        }
                        errors++;
                    }
                    const len4 = data21.length;
                    for (let i4 = 0; i4 < len4; i4++) {
                        let data22 = data21[i4];
                        if (typeof data22 === "string") {
                            if (func2(data22) > 50) {
                                const err56 = { instancePath: instancePath + "/retrospective/labels/" + i4, schemaPath: "#/properties/retrospective/properties/labels/items/maxLength", keyword: "maxLength", params: { limit: 50 }, message: "must NOT have more than 50 characters", schema: 50, parentSchema: schema31.properties.retrospective.properties.labels.items, data: data22 };
                                if (vErrors === null) {
                                    vErrors = [err56];
                                }
                                else {
                                    vErrors.push(err56);
                                }
                                errors++;
                            }
                            if (func2(data22) < 1) {
                                const err57 = { instancePath: instancePath + "/retrospective/labels/" + i4, schemaPath: "#/properties/retrospective/properties/labels/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.retrospective.properties.labels.items, data: data22 };
                                if (vErrors === null) {
                                    vErrors = [err57];
                                }
                                else {
                                    vErrors.push(err57);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err58 = { instancePath: instancePath + "/retrospective/labels/" + i4, schemaPath: "#/properties/retrospective/properties/labels/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.retrospective.properties.labels.items.type, parentSchema: schema31.properties.retrospective.properties.labels.items, data: data22 };
                            if (vErrors === null) {
                                vErrors = [err58];
                            }
                            else {
                                vErrors.push(err58);
                            }
                            errors++;
                        }
                    }
                }
                else {
                    const err59 = { instancePath: instancePath + "/retrospective/labels", schemaPath: "#/properties/retrospective/properties/labels/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.retrospective.properties.labels.type, parentSchema: schema31.properties.retrospective.properties.labels, data: data21 };
                    if (vErrors === null) {
                        vErrors = [err59];
                    }
                    else {
                        vErrors.push(err59);
                    }
                    errors++;
                }
            }
            if (data20.pattern_threshold !== undefined) {
                let data23 = data20.pattern_threshold;
                if (!(((typeof data23 == "number") && (!(data23 % 1) && !isNaN(data23))) && (isFinite(data23)))) {
                    const err60 = { instancePath: instancePath + "/retrospective/pattern_threshold", schemaPath: "#/properties/retrospective/properties/pattern_threshold/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema31.properties.retrospective.properties.pattern_threshold.type, parentSchema: schema31.properties.retrospective.properties.pattern_threshold, data: data23 };
                    if (vErrors === null) {
                        vErrors = [err60];
                    }
                    else {
                        vErrors.push(err60);
                    }
                    errors++;
                }
                if ((typeof data23 == "number") && (isFinite(data23))) {
                    if (data23 > 100 || isNaN(data23)) {
                        const err61 = { instancePath: instancePath + "/retrospective/pattern_threshold", schemaPath: "#/properties/retrospective/properties/pattern_threshold/maximum", keyword: "maximum", params: { comparison: "<=", limit: 100 }, message: "must be <= 100", schema: 100, parentSchema: schema31.properties.retrospective.properties.pattern_threshold, data: data23 };
                        if (vErrors === null) {
                            vErrors = [err61];
                        }
                        else {
                            vErrors.push(err61);
                        }
                        errors++;
                    }
                    if (data23 < 2 || isNaN(data23)) {
                        const err62 = { instancePath: instancePath + "/retrospective/pattern_threshold", schemaPath: "#/properties/retrospective/properties/pattern_threshold/minimum", keyword: "minimum", params: { comparison: ">=", limit: 2 }, message: "must be >= 2", schema: 2, parentSchema: schema31.properties.retrospective.properties.pattern_threshold, data: data23 };
                        if (vErrors === null) {
                            vErrors = [err62];
                        }
                        else {
                            vErrors.push(err62);
                        }
                        errors++;
                    }
                }
            }
            if (data20.pattern_window_days !== undefined) {
                let data24 = data20.pattern_window_days;
                if (!(((typeof data24 == "number") && (!(data24 % 1) && !isNaN(data24))) && (isFinite(data24)))) {
                    const err63 = { instancePath: instancePath + "/retrospective/pattern_window_days", schemaPath: "#/properties/retrospective/properties/pattern_window_days/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema31.properties.retrospective.properties.pattern_window_days.type, parentSchema: schema31.properties.retrospective.properties.pattern_window_days, data: data24 };
                    if (vErrors === null) {
                        vErrors = [err63];
                    }
                    else {
                        vErrors.push(err63);
                    }
                    errors++;
                }
                if ((typeof data24 == "number") && (isFinite(data24))) {
                    if (data24 > 366 || isNaN(data24)) {
                        const err64 = { instancePath: instancePath + "/retrospective/pattern_window_days", schemaPath: "#/properties/retrospective/properties/pattern_window_days/maximum", keyword: "maximum", params: { comparison: "<=", limit: 366 }, message: "must be <= 366", schema: 366, parentSchema: schema31.properties.retrospective.properties.pattern_window_days, data: data24 };
                        if (vErrors === null) {
                            vErrors = [err64];
                        }
                        else {
                            vErrors.push(err64);
                        }
                        errors++;
                    }
                    if (data24 < 1 || isNaN(data24)) {
                        const err65 = { instancePath: instancePath + "/retrospective/pattern_window_days", schemaPath: "#/properties/retrospective/properties/pattern_window_days/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema31.properties.retrospective.properties.pattern_window_days, data: data24 };
                        if (vErrors === null) {
                            vErrors = [err65];
                        }
                        else {
                            vErrors.push(err65);
                        }
                        errors++;
                    }
                }
            }
            if (data20.escalate_to !== undefined) {
                let data25 = data20.escalate_to;
                if (Array.isArray(data25)) {
                    if (data25.length > 20) {
                        const err66 = { instancePath: instancePath + "/retrospective/escalate_to", schemaPath: "#/properties/retrospective/properties/escalate_to/maxItems", keyword: "maxItems", params: { limit: 20 }, message: "must NOT have more than 20 items", schema: 20, parentSchema: schema31.properties.retrospective.properties.escalate_to, data: data25 };
                        if (vErrors === null) {
                            vErrors = [err66];
                        }
                        else {
                            vErrors.push(err66);
                        }
                        errors++;
                    }
                    const len5 = data25.length;
                    for (let i5 = 0; i5 < len5; i5++) {
                        let data26 = data25[i5];
                        if (typeof data26 === "string") {
                            if (!pattern31.test(data26)) {
                                const err67 = { instancePath: instancePath + "/retrospective/escalate_to/" + i5, schemaPath: "#/$defs/loginOrTeam/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}(?:/[A-Za-z0-9][A-Za-z0-9_.-]{0,99})?$" }, message: "must match pattern \"" + "^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}(?:/[A-Za-z0-9][A-Za-z0-9_.-]{0,99})?$" + "\"", schema: "^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}(?:/[A-Za-z0-9][A-Za-z0-9_.-]{0,99})?$", parentSchema: schema85, data: data26 };
                                if (vErrors === null) {
                                    vErrors = [err67];
                                }
                                else {
                                    vErrors.push(err67);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err68 = { instancePath: instancePath + "/retrospective/escalate_to/" + i5, schemaPath: "#/$defs/loginOrTeam/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema85.type, parentSchema: schema85, data: data26 };
                            if (vErrors === null) {
                                vErrors = [err68];
                            }
                            else {
                                vErrors.push(err68);
                            }
                            errors++;
                        }
                    }
                }
                else {
                    const err69 = { instancePath: instancePath + "/retrospective/escalate_to", schemaPath: "#/properties/retrospective/properties/escalate_to/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.retrospective.properties.escalate_to.type, parentSchema: schema31.properties.retrospective.properties.escalate_to, data: data25 };
                    if (vErrors === null) {
                        vErrors = [err69];
                    }
                    else {
                        vErrors.push(err69);
                    }
                    errors++;
                }
            }
        }
        else {
            const err70 = { instancePath: instancePath + "/retrospective", schemaPath: "#/properties/retrospective/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.retrospective.type, parentSchema: schema31.properties.retrospective, data: data20 };
            if (vErrors === null) {
                vErrors = [err70];
            }
            else {
                vErrors.push(err70);
            }
            errors++;
        }
    }
    if (data.takedown_approval !== undefined) {
        let data27 = data.takedown_approval;
        if (!((data27 === "none") || (data27 === "team"))) {
            const err71 = { instancePath: instancePath + "/takedown_approval", schemaPath: "#/properties/takedown_approval/enum", keyword: "enum", params: { allowedValues: schema31.properties.takedown_approval.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.takedown_approval.enum, parentSchema: schema31.properties.takedown_approval, data: data27 };
            if (vErrors === null) {
                vErrors = [err71];
            }
            else {
                vErrors.push(err71);
            }
            errors++;
        }
    }
    if (data.corrections !== undefined) {
        let data28 = data.corrections;
        if (!((data28 === "edit") || (data28 === "replace"))) {
            const err72 = { instancePath: instancePath + "/corrections", schemaPath: "#/properties/corrections/enum", keyword: "enum", params: { allowedValues: schema31.properties.corrections.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.corrections.enum, parentSchema: schema31.properties.corrections, data: data28 };
            if (vErrors === null) {
                vErrors = [err72];
            }
            else {
                vErrors.push(err72);
            }
            errors++;
        }
    }
}
else {
    const err73 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.type, parentSchema: schema31, data };
    if (vErrors === null) {
        vErrors = [err73];
    }
    else {
        vErrors.push(err73);
    }
    errors++;
} validate20.errors = vErrors; return errors === 0; }
validate20.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };

;// CONCATENATED MODULE: ./src/generated/validate-post.ts
// GENERATED by scripts/generate-types.mjs from schemas/ — do not edit; run `npm run gen:types`.
// @ts-nocheck
/* eslint-disable */



const validate_post_moduleExports = (ns) => (ns.default && typeof ns.default === "object" && ns.default.__esModule ? ns.default : ns);
const validate_post_required0 = validate_post_moduleExports(equal);
const validate_post_required1 = validate_post_moduleExports(ucs2length);
const validate_post_required2 = validate_post_moduleExports(formats);
"use strict";
const validate_post_validate = validate_post_validate20;
/* harmony default export */ const validate_post = ((/* unused pure expression or super */ null && (validate_post_validate20)));
const validate_post_schema31 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://checkpost.dev/schemas/post.schema.json", "title": "checkpost post front-matter", "description": "The YAML front-matter of a social post written as a Markdown file. The Markdown body is the text every channel gets unless a variant replaces it.", "type": "object", "additionalProperties": false, "required": ["client", "channels"], "properties": { "client": { "description": "The client this post is for: a key of `clients` in checkpost.yml.", "$ref": "#/$defs/id" }, "channels": { "description": "Where the post goes: channel ids of the client, each once.", "type": "array", "minItems": 1, "maxItems": 50, "uniqueItems": true, "items": { "$ref": "#/$defs/id" } }, "title": { "description": "An internal title for reviews, the preview and the ledger. Never published.", "type": "string", "minLength": 1, "maxLength": 200 }, "author": { "description": "The GitHub login of the writer.", "$ref": "#/$defs/githubLogin" }, "publish_at": { "description": "When to publish, ISO 8601 with a UTC offset or Z (2026-12-01T09:30:00+01:00). Absent: publish on merge.", "type": "string", "format": "date-time", "pattern": "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})$" }, "facts": { "description": "Every factual claim the post makes, with its source and who provided it.", "type": "array", "maxItems": 100, "items": { "$ref": "#/$defs/fact" } }, "media": { "description": "Images or videos attached to the post, in order: at most 20, the most any platform takes (LinkedIn's multi-image post).", "type": "array", "maxItems": 20, "items": { "$ref": "#/$defs/media" } }, "variants": { "description": "Per-channel text that replaces the body for that channel (a channel id of this post as the key).", "type": "object", "maxProperties": 50, "propertyNames": { "$ref": "#/$defs/id" }, "additionalProperties": { "type": "string", "minLength": 1 } }, "sensitive": { "description": "Sensitive topics this post touches on purpose, each acknowledged with a reason.", "type": "array", "maxItems": 50, "items": { "$ref": "#/$defs/sensitive" } }, "reply_to": { "description": "The URL of the post this one answers (community replies).", "$ref": "#/$defs/httpUrl" } }, "$defs": { "id": { "type": "string", "pattern": "^[a-z0-9][a-z0-9_-]{0,63}$" }, "githubLogin": { "type": "string", "pattern": "^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$" }, "httpUrl": { "type": "string", "format": "uri", "pattern": "^https?://[^\\s/$.?#][^\\s]*$" }, "fact": { "type": "object", "additionalProperties": false, "required": ["claim", "source", "provided_by"], "properties": { "claim": { "description": "The claim as the post makes it (\"40% off all tents until 6 December\").", "type": "string", "minLength": 1 }, "source": { "description": "An http(s) URL, or a plain reference such as \"email from Jane Doe, 2026-11-18\".", "type": "string", "minLength": 3 }, "provided_by": { "description": "Who provided the fact: the client, the team, or a public source.", "enum": ["client", "team", "public"] }, "note": { "description": "Anything a reviewer should know about this fact.", "type": "string" } } }, "media": { "type": "object", "additionalProperties": false, "required": ["file", "alt"], "properties": { "file": { "description": "A path inside the content repository, relative to its root or to the post (./ or ../).", "type": "string", "minLength": 1, "pattern": "^[^\\\\:*?\"<>|]+$" }, "alt": { "description": "Alt text describing the image for people who cannot see it.", "type": "string" } } }, "sensitive": { "type": "object", "additionalProperties": false, "required": ["topic", "reason"], "properties": { "topic": { "description": "A sensitive-topic id from the config (e.g. politics).", "$ref": "#/$defs/id" }, "reason": { "description": "Why the post touches this topic on purpose.", "type": "string", "minLength": 10 } } } } };
const validate_post_schema32 = { "type": "string", "pattern": "^[a-z0-9][a-z0-9_-]{0,63}$" };
const validate_post_schema34 = { "type": "string", "pattern": "^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$" };
const validate_post_schema35 = { "type": "object", "additionalProperties": false, "required": ["claim", "source", "provided_by"], "properties": { "claim": { "description": "The claim as the post makes it (\"40% off all tents until 6 December\").", "type": "string", "minLength": 1 }, "source": { "description": "An http(s) URL, or a plain reference such as \"email from Jane Doe, 2026-11-18\".", "type": "string", "minLength": 3 }, "provided_by": { "description": "Who provided the fact: the client, the team, or a public source.", "enum": ["client", "team", "public"] }, "note": { "description": "Anything a reviewer should know about this fact.", "type": "string" } } };
const validate_post_schema36 = { "type": "object", "additionalProperties": false, "required": ["file", "alt"], "properties": { "file": { "description": "A path inside the content repository, relative to its root or to the post (./ or ../).", "type": "string", "minLength": 1, "pattern": "^[^\\\\:*?\"<>|]+$" }, "alt": { "description": "Alt text describing the image for people who cannot see it.", "type": "string" } } };
const validate_post_schema40 = { "type": "string", "format": "uri", "pattern": "^https?://[^\\s/$.?#][^\\s]*$" };
const validate_post_func1 = Object.prototype.hasOwnProperty;
const validate_post_func0 = validate_post_required0.default;
const func3 = validate_post_required1.default;
const validate_post_pattern4 = new RegExp("^[a-z0-9][a-z0-9_-]{0,63}$", "u");
const pattern6 = new RegExp("^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$", "u");
const validate_post_pattern7 = new RegExp("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})$", "u");
const validate_post_pattern8 = new RegExp("^[^\\\\:*?\"<>|]+$", "u");
const pattern11 = new RegExp("^https?://[^\\s/$.?#][^\\s]*$", "u");
const validate_post_formats0 = validate_post_required2.fullFormats["date-time"];
const formats2 = validate_post_required2.fullFormats.uri;
const validate_post_schema38 = { "type": "object", "additionalProperties": false, "required": ["topic", "reason"], "properties": { "topic": { "description": "A sensitive-topic id from the config (e.g. politics).", "$ref": "#/$defs/id" }, "reason": { "description": "Why the post touches this topic on purpose.", "type": "string", "minLength": 10 } } };
function validate_post_validate21(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) { let vErrors = null; let errors = 0; const evaluated0 = validate_post_validate21.evaluated; if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
} if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
} if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.topic === undefined) {
        const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "topic" }, message: "must have required property '" + "topic" + "'", schema: validate_post_schema38.required, parentSchema: validate_post_schema38, data };
        if (vErrors === null) {
            vErrors = [err0];
        }
        else {
            vErrors.push(err0);
        }
        errors++;
    }
    if (data.reason === undefined) {
        const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "reason" }, message: "must have required property '" + "reason" + "'", schema: validate_post_schema38.required, parentSchema: validate_post_schema38, data };
        if (vErrors === null) {
            vErrors = [err1];
        }
        else {
            vErrors.push(err1);
        }
        errors++;
    }
    for (const key0 in data) {
        if (!((key0 === "topic") || (key0 === "reason"))) {
            const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: validate_post_schema38, data };
            if (vErrors === null) {
                vErrors = [err2];
            }
            else {
                vErrors.push(err2);
            }
            errors++;
        }
    }
    if (data.topic !== undefined) {
        let data0 = data.topic;
        if (typeof data0 === "string") {
            if (!validate_post_pattern4.test(data0)) {
                const err3 = { instancePath: instancePath + "/topic", schemaPath: "#/$defs/id/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9_-]{0,63}$" }, message: "must match pattern \"" + "^[a-z0-9][a-z0-9_-]{0,63}$" + "\"", schema: "^[a-z0-9][a-z0-9_-]{0,63}$", parentSchema: validate_post_schema32, data: data0 };
                if (vErrors === null) {
                    vErrors = [err3];
                }
                else {
                    vErrors.push(err3);
                }
                errors++;
            }
        }
        else {
            const err4 = { instancePath: instancePath + "/topic", schemaPath: "#/$defs/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: validate_post_schema32.type, parentSchema: validate_post_schema32, data: data0 };
            if (vErrors === null) {
                vErrors = [err4];
            }
            else {
                vErrors.push(err4);
            }
            errors++;
        }
    }
    if (data.reason !== undefined) {
        let data1 = data.reason;
        if (typeof data1 === "string") {
            if (func3(data1) < 10) {
                const err5 = { instancePath: instancePath + "/reason", schemaPath: "#/properties/reason/minLength", keyword: "minLength", params: { limit: 10 }, message: "must NOT have fewer than 10 characters", schema: 10, parentSchema: validate_post_schema38.properties.reason, data: data1 };
                if (vErrors === null) {
                    vErrors = [err5];
                }
                else {
                    vErrors.push(err5);
                }
                errors++;
            }
        }
        else {
            const err6 = { instancePath: instancePath + "/reason", schemaPath: "#/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: validate_post_schema38.properties.reason.type, parentSchema: validate_post_schema38.properties.reason, data: data1 };
            if (vErrors === null) {
                vErrors = [err6];
            }
            else {
                vErrors.push(err6);
            }
            errors++;
        }
    }
}
else {
    const err7 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: validate_post_schema38.type, parentSchema: validate_post_schema38, data };
    if (vErrors === null) {
        vErrors = [err7];
    }
    else {
        vErrors.push(err7);
    }
    errors++;
} validate_post_validate21.errors = vErrors; return errors === 0; }
validate_post_validate21.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate_post_validate20(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) { /*# sourceURL="https://checkpost.dev/schemas/post.schema.json" */ ; let vErrors = null; let errors = 0; const evaluated0 = validate_post_validate20.evaluated; if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
} if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
} if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.client === undefined) {
        const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "client" }, message: "must have required property '" + "client" + "'", schema: validate_post_schema31.required, parentSchema: validate_post_schema31, data };
        if (vErrors === null) {
            vErrors = [err0];
        }
        else {
            vErrors.push(err0);
        }
        errors++;
    }
    if (data.channels === undefined) {
        const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "channels" }, message: "must have required property '" + "channels" + "'", schema: validate_post_schema31.required, parentSchema: validate_post_schema31, data };
        if (vErrors === null) {
            vErrors = [err1];
        }
        else {
            vErrors.push(err1);
        }
        errors++;
    }
    for (const key0 in data) {
        if (!(validate_post_func1.call(validate_post_schema31.properties, key0))) {
            const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: validate_post_schema31, data };
            if (vErrors === null) {
                vErrors = [err2];
            }
            else {
                vErrors.push(err2);
            }
            errors++;
        }
    }
    if (data.client !== undefined) {
        let data0 = data.client;
        if (typeof data0 === "string") {
            if (!validate_post_pattern4.test(data0)) {
                const err3 = { instancePath: instancePath + "/client", schemaPath: "#/$defs/id/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9_-]{0,63}$" }, message: "must match pattern \"" + "^[a-z0-9][a-z0-9_-]{0,63}$" + "\"", schema: "^[a-z0-9][a-z0-9_-]{0,63}$", parentSchema: validate_post_schema32, data: data0 };
                if (vErrors === null) {
                    vErrors = [err3];
                }
                else {
                    vErrors.push(err3);
                }
                errors++;
            }
        }
        else {
            const err4 = { instancePath: instancePath + "/client", schemaPath: "#/$defs/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: validate_post_schema32.type, parentSchema: validate_post_schema32, data: data0 };
            if (vErrors === null) {
                vErrors = [err4];
            }
            else {
                vErrors.push(err4);
            }
            errors++;
        }
    }
    if (data.channels !== undefined) {
        let data1 = data.channels;
        if (Array.isArray(data1)) {
            if (data1.length > 50) {
                const err5 = { instancePath: instancePath + "/channels", schemaPath: "#/properties/channels/maxItems", keyword: "maxItems", params: { limit: 50 }, message: "must NOT have more than 50 items", schema: 50, parentSchema: validate_post_schema31.properties.channels, data: data1 };
                if (vErrors === null) {
                    vErrors = [err5];
                }
                else {
                    vErrors.push(err5);
                }
                errors++;
            }
            if (data1.length < 1) {
                const err6 = { instancePath: instancePath + "/channels", schemaPath: "#/properties/channels/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: validate_post_schema31.properties.channels, data: data1 };
                if (vErrors === null) {
                    vErrors = [err6];
                }
                else {
                    vErrors.push(err6);
                }
                errors++;
            }
            const len0 = data1.length;
            for (let i0 = 0; i0 < len0; i0++) {
                let data2 = data1[i0];
                if (typeof data2 === "string") {
                    if (!validate_post_pattern4.test(data2)) {
                        const err7 = { instancePath: instancePath + "/channels/" + i0, schemaPath: "#/$defs/id/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9_-]{0,63}$" }, message: "must match pattern \"" + "^[a-z0-9][a-z0-9_-]{0,63}$" + "\"", schema: "^[a-z0-9][a-z0-9_-]{0,63}$", parentSchema: validate_post_schema32, data: data2 };
                        if (vErrors === null) {
                            vErrors = [err7];
                        }
                        else {
                            vErrors.push(err7);
                        }
                        errors++;
                    }
                }
                else {
                    const err8 = { instancePath: instancePath + "/channels/" + i0, schemaPath: "#/$defs/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: validate_post_schema32.type, parentSchema: validate_post_schema32, data: data2 };
                    if (vErrors === null) {
                        vErrors = [err8];
                    }
                    else {
                        vErrors.push(err8);
                    }
                    errors++;
                }
            }
            let i1 = data1.length;
            let j0;
            if (i1 > 1) {
                outer0: for (; i1--;) {
                    for (j0 = i1; j0--;) {
                        if (validate_post_func0(data1[i1], data1[j0])) {
                            const err9 = { instancePath: instancePath + "/channels", schemaPath: "#/properties/channels/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)", schema: true, parentSchema: validate_post_schema31.properties.channels, data: data1 };
                            if (vErrors === null) {
                                vErrors = [err9];
                            }
                            else {
                                vErrors.push(err9);
                            }
                            errors++;
                            break outer0;
                        }
                    }
                }
            }
        }
        else {
            const err10 = { instancePath: instancePath + "/channels", schemaPath: "#/properties/channels/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: validate_post_schema31.properties.channels.type, parentSchema: validate_post_schema31.properties.channels, data: data1 };
            if (vErrors === null) {
                vErrors = [err10];
            }
            else {
                vErrors.push(err10);
            }
            errors++;
        }
    }
    if (data.title !== undefined) {
        let data3 = data.title;
        if (typeof data3 === "string") {
            if (func3(data3) > 200) {
                const err11 = { instancePath: instancePath + "/title", schemaPath: "#/properties/title/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters", schema: 200, parentSchema: validate_post_schema31.properties.title, data: data3 };
                if (vErrors === null) {
                    vErrors = [err11];
                }
                else {
                    vErrors.push(err11);
                }
                errors++;
            }
            if (func3(data3) < 1) {
                const err12 = { instancePath: instancePath + "/title", schemaPath: "#/properties/title/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: validate_post_schema31.properties.title, data: data3 };
                if (vErrors === null) {
                    vErrors = [err12];
                }
                else {
                    vErrors.push(err12);
                }
                errors++;
            }
        }
        else {
            const err13 = { instancePath: instancePath + "/title", schemaPath: "#/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: validate_post_schema31.properties.title.type, parentSchema: validate_post_schema31.properties.title, data: data3 };
            if (vErrors === null) {
                vErrors = [err13];
            }
            else {
                vErrors.push(err13);
            }
            errors++;
        }
    }
    if (data.author !== undefined) {
        let data4 = data.author;
        if (typeof data4 === "string") {
            if (!pattern6.test(data4)) {
                const err14 = { instancePath: instancePath + "/author", schemaPath: "#/$defs/githubLogin/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$" }, message: "must match pattern \"" + "^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$" + "\"", schema: "^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$", parentSchema: validate_post_schema34, data: data4 };
                if (vErrors === null) {
                    vErrors = [err14];
                }
                else {
                    vErrors.push(err14);
                }
                errors++;
            }
        }
        else {
            const err15 = { instancePath: instancePath + "/author", schemaPath: "#/$defs/githubLogin/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: validate_post_schema34.type, parentSchema: validate_post_schema34, data: data4 };
            if (vErrors === null) {
                vErrors = [err15];
            }
            else {
                vErrors.push(err15);
            }
            errors++;
        }
    }
    if (data.publish_at !== undefined) {
        let data5 = data.publish_at;
        if (typeof data5 === "string") {
            if (!validate_post_pattern7.test(data5)) {
                const err16 = { instancePath: instancePath + "/publish_at", schemaPath: "#/properties/publish_at/pattern", keyword: "pattern", params: { pattern: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})$" }, message: "must match pattern \"" + "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})$" + "\"", schema: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})$", parentSchema: validate_post_schema31.properties.publish_at, data: data5 };
                if (vErrors === null) {
                    vErrors = [err16];
                }
                else {
                    vErrors.push(err16);
                }
                errors++;
            }
            if (!(validate_post_formats0.validate(data5))) {
                const err17 = { instancePath: instancePath + "/publish_at", schemaPath: "#/properties/publish_at/format", keyword: "format", params: { format: "date-time" }, message: "must match format \"" + "date-time" + "\"", schema: "date-time", parentSchema: validate_post_schema31.properties.publish_at, data: data5 };
                if (vErrors === null) {
                    vErrors = [err17];
                }
                else {
                    vErrors.push(err17);
                }
                errors++;
            }
        }
        else {
            const err18 = { instancePath: instancePath + "/publish_at", schemaPath: "#/properties/publish_at/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: validate_post_schema31.properties.publish_at.type, parentSchema: validate_post_schema31.properties.publish_at, data: data5 };
            if (vErrors === null) {
                vErrors = [err18];
            }
            else {
                vErrors.push(err18);
            }
            errors++;
        }
    }
    if (data.facts !== undefined) {
        let data6 = data.facts;
        if (Array.isArray(data6)) {
            if (data6.length > 100) {
                const err19 = { instancePath: instancePath + "/facts", schemaPath: "#/properties/facts/maxItems", keyword: "maxItems", params: { limit: 100 }, message: "must NOT have more than 100 items", schema: 100, parentSchema: validate_post_schema31.properties.facts, data: data6 };
                if (vErrors === null) {
                    vErrors = [err19];
                }
                else {
                    vErrors.push(err19);
                }
                errors++;
            }
            const len1 = data6.length;
            for (let i2 = 0; i2 < len1; i2++) {
                let data7 = data6[i2];
                if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
                    if (data7.claim === undefined) {
                        const err20 = { instancePath: instancePath + "/facts/" + i2, schemaPath: "#/$defs/fact/required", keyword: "required", params: { missingProperty: "claim" }, message: "must have required property '" + "claim" + "'", schema: validate_post_schema35.required, parentSchema: validate_post_schema35, data: data7 };
                        if (vErrors === null) {
                            vErrors = [err20];
                        }
                        else {
                            vErrors.push(err20);
                        }
                        errors++;
                    }
                    if (data7.source === undefined) {
                        const err21 = { instancePath: instancePath + "/facts/" + i2, schemaPath: "#/$defs/fact/required", keyword: "required", params: { missingProperty: "source" }, message: "must have required property '" + "source" + "'", schema: validate_post_schema35.required, parentSchema: validate_post_schema35, data: data7 };
                        if (vErrors === null) {
                            vErrors = [err21];
                        }
                        else {
                            vErrors.push(err21);
                        }
                        errors++;
                    }
                    if (data7.provided_by === undefined) {
                        const err22 = { instancePath: instancePath + "/facts/" + i2, schemaPath: "#/$defs/fact/required", keyword: "required", params: { missingProperty: "provided_by" }, message: "must have required property '" + "provided_by" + "'", schema: validate_post_schema35.required, parentSchema: validate_post_schema35, data: data7 };
                        if (vErrors === null) {
                            vErrors = [err22];
                        }
                        else {
                            vErrors.push(err22);
                        }
                        errors++;
                    }
                    for (const key1 in data7) {
                        if (!((((key1 === "claim") || (key1 === "source")) || (key1 === "provided_by")) || (key1 === "note"))) {
                            const err23 = { instancePath: instancePath + "/facts/" + i2, schemaPath: "#/$defs/fact/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: validate_post_schema35, data: data7 };
                            if (vErrors === null) {
                                vErrors = [err23];
                            }
                            else {
                                vErrors.push(err23);
                            }
                            errors++;
                        }
                    }
                    if (data7.claim !== undefined) {
                        let data8 = data7.claim;
                        if (typeof data8 === "string") {
                            if (func3(data8) < 1) {
                                const err24 = { instancePath: instancePath + "/facts/" + i2 + "/claim", schemaPath: "#/$defs/fact/properties/claim/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: validate_post_schema35.properties.claim, data: data8 };
                                if (vErrors === null) {
                                    vErrors = [err24];
                                }
                                else {
                                    vErrors.push(err24);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err25 = { instancePath: instancePath + "/facts/" + i2 + "/claim", schemaPath: "#/$defs/fact/properties/claim/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: validate_post_schema35.properties.claim.type, parentSchema: validate_post_schema35.properties.claim, data: data8 };
                            if (vErrors === null) {
                                vErrors = [err25];
                            }
                            else {
                                vErrors.push(err25);
                            }
                            errors++;
                        }
                    }
                    if (data7.source !== undefined) {
                        let data9 = data7.source;
                        if (typeof data9 === "string") {
                            if (func3(data9) < 3) {
                                const err26 = { instancePath: instancePath + "/facts/" + i2 + "/source", schemaPath: "#/$defs/fact/properties/source/minLength", keyword: "minLength", params: { limit: 3 }, message: "must NOT have fewer than 3 characters", schema: 3, parentSchema: validate_post_schema35.properties.source, data: data9 };
                                if (vErrors === null) {
                                    vErrors = [err26];
                                }
                                else {
                                    vErrors.push(err26);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err27 = { instancePath: instancePath + "/facts/" + i2 + "/source", schemaPath: "#/$defs/fact/properties/source/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: validate_post_schema35.properties.source.type, parentSchema: validate_post_schema35.properties.source, data: data9 };
                            if (vErrors === null) {
                                vErrors = [err27];
                            }
                            else {
                                vErrors.push(err27);
                            }
                            errors++;
                        }
                    }
                    if (data7.provided_by !== undefined) {
                        let data10 = data7.provided_by;
                        if (!(((data10 === "client") || (data10 === "team")) || (data10 === "public"))) {
                            const err28 = { instancePath: instancePath + "/facts/" + i2 + "/provided_by", schemaPath: "#/$defs/fact/properties/provided_by/enum", keyword: "enum", params: { allowedValues: validate_post_schema35.properties.provided_by.enum }, message: "must be equal to one of the allowed values", schema: validate_post_schema35.properties.provided_by.enum, parentSchema: validate_post_schema35.properties.provided_by, data: data10 };
                            if (vErrors === null) {
                                vErrors = [err28];
                            }
                            else {
                                vErrors.push(err28);
                            }
                            errors++;
                        }
                    }
                    if (data7.note !== undefined) {
                        let data11 = data7.note;
                        if (typeof data11 !== "string") {
                            const err29 = { instancePath: instancePath + "/facts/" + i2 + "/note", schemaPath: "#/$defs/fact/properties/note/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: validate_post_schema35.properties.note.type, parentSchema: validate_post_schema35.properties.note, data: data11 };
                            if (vErrors === null) {
                                vErrors = [err29];
                            }
                            else {
                                vErrors.push(err29);
                            }
                            errors++;
                        }
                    }
                }
                else {
                    const err30 = { instancePath: instancePath + "/facts/" + i2, schemaPath: "#/$defs/fact/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: validate_post_schema35.type, parentSchema: validate_post_schema35, data: data7 };
                    if (vErrors === null) {
                        vErrors = [err30];
                    }
                    else {
                        vErrors.push(err30);
                    }
                    errors++;
                }
            }
        }
        else {
            const err31 = { instancePath: instancePath + "/facts", schemaPath: "#/properties/facts/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: validate_post_schema31.properties.facts.type, parentSchema: validate_post_schema31.properties.facts, data: data6 };
            if (vErrors === null) {
                vErrors = [err31];
            }
            else {
                vErrors.push(err31);
            }
            errors++;
        }
    }
    if (data.media !== undefined) {
        let data12 = data.media;
        if (Array.isArray(data12)) {
            if (data12.length > 20) {
                const err32 = { instancePath: instancePath + "/media", schemaPath: "#/properties/media/maxItems", keyword: "maxItems", params: { limit: 20 }, message: "must NOT have more than 20 items", schema: 20, parentSchema: validate_post_schema31.properties.media, data: data12 };
                if (vErrors === null) {
                    vErrors = [err32];
                }
                else {
                    vErrors.push(err32);
                }
                errors++;
            }
            const len2 = data12.length;
            for (let i3 = 0; i3 < len2; i3++) {
                let data13 = data12[i3];
                if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
                    if (data13.file === undefined) {
                        const err33 = { instancePath: instancePath + "/media/" + i3, schemaPath: "#/$defs/media/required", keyword: "required", params: { missingProperty: "file" }, message: "must have required property '" + "file" + "'", schema: validate_post_schema36.required, parentSchema: validate_post_schema36, data: data13 };
                        if (vErrors === null) {
                            vErrors = [err33];
                        }
                        else {
                            vErrors.push(err33);
                        }
                        errors++;
                    }
                    if (data13.alt === undefined) {
                        const err34 = { instancePath: instancePath + "/media/" + i3, schemaPath: "#/$defs/media/required", keyword: "required", params: { missingProperty: "alt" }, message: "must have required property '" + "alt" + "'", schema: validate_post_schema36.required, parentSchema: validate_post_schema36, data: data13 };
                        if (vErrors === null) {
                            vErrors = [err34];
                        }
                        else {
                            vErrors.push(err34);
                        }
                        errors++;
                    }
                    for (const key2 in data13) {
                        if (!((key2 === "file") || (key2 === "alt"))) {
                            const err35 = { instancePath: instancePath + "/media/" + i3, schemaPath: "#/$defs/media/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: validate_post_schema36, data: data13 };
                            if (vErrors === null) {
                                vErrors = [err35];
                            }
                            else {
                                vErrors.push(err35);
                            }
                            errors++;
                        }
                    }
                    if (data13.file !== undefined) {
                        let data14 = data13.file;
                        if (typeof data14 === "string") {
                            if (func3(data14) < 1) {
                                const err36 = { instancePath: instancePath + "/media/" + i3 + "/file", schemaPath: "#/$defs/media/properties/file/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: validate_post_schema36.properties.file, data: data14 };
                                if (vErrors === null) {
                                    vErrors = [err36];
                                }
                                else {
                                    vErrors.push(err36);
                                }
                                errors++;
                            }
                            if (!validate_post_pattern8.test(data14)) {
                                const err37 = { instancePath: instancePath + "/media/" + i3 + "/file", schemaPath: "#/$defs/media/properties/file/pattern", keyword: "pattern", params: { pattern: "^[^\\\\:*?\"<>|]+$" }, message: "must match pattern \"" + "^[^\\\\:*?\"<>|]+$" + "\"", schema: "^[^\\\\:*?\"<>|]+$", parentSchema: validate_post_schema36.properties.file, data: data14 };
                                if (vErrors === null) {
                                    vErrors = [err37];
                                }
                                else {
                                    vErrors.push(err37);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err38 = { instancePath: instancePath + "/media/" + i3 + "/file", schemaPath: "#/$defs/media/properties/file/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: validate_post_schema36.properties.file.type, parentSchema: validate_post_schema36.properties.file, data: data14 };
                            if (vErrors === null) {
                                vErrors = [err38];
                            }
                            else {
                                vErrors.push(err38);
                            }
                            errors++;
                        }
                    }
                    if (data13.alt !== undefined) {
                        let data15 = data13.alt;
                        if (typeof data15 !== "string") {
                            const err39 = { instancePath: instancePath + "/media/" + i3 + "/alt", schemaPath: "#/$defs/media/properties/alt/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: validate_post_schema36.properties.alt.type, parentSchema: validate_post_schema36.properties.alt, data: data15 };
                            if (vErrors === null) {
                                vErrors = [err39];
                            }
                            else {
                                vErrors.push(err39);
                            }
                            errors++;
                        }
                    }
                }
                else {
                    const err40 = { instancePath: instancePath + "/media/" + i3, schemaPath: "#/$defs/media/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: validate_post_schema36.type, parentSchema: validate_post_schema36, data: data13 };
                    if (vErrors === null) {
                        vErrors = [err40];
                    }
                    else {
                        vErrors.push(err40);
                    }
                    errors++;
                }
            }
        }
        else {
            const err41 = { instancePath: instancePath + "/media", schemaPath: "#/properties/media/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: validate_post_schema31.properties.media.type, parentSchema: validate_post_schema31.properties.media, data: data12 };
            if (vErrors === null) {
                vErrors = [err41];
            }
            else {
                vErrors.push(err41);
            }
            errors++;
        }
    }
    if (data.variants !== undefined) {
        let data16 = data.variants;
        if (data16 && typeof data16 == "object" && !Array.isArray(data16)) {
            if (Object.keys(data16).length > 50) {
                const err42 = { instancePath: instancePath + "/variants", schemaPath: "#/properties/variants/maxProperties", keyword: "maxProperties", params: { limit: 50 }, message: "must NOT have more than 50 properties", schema: 50, parentSchema: validate_post_schema31.properties.variants, data: data16 };
                if (vErrors === null) {
                    vErrors = [err42];
                }
                else {
                    vErrors.push(err42);
                }
                errors++;
            }
            for (const key3 in data16) {
                const _errs42 = errors;
                if (typeof key3 === "string") {
                    if (!validate_post_pattern4.test(key3)) {
                        const err43 = { instancePath: instancePath + "/variants", schemaPath: "#/$defs/id/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9_-]{0,63}$" }, message: "must match pattern \"" + "^[a-z0-9][a-z0-9_-]{0,63}$" + "\"", schema: "^[a-z0-9][a-z0-9_-]{0,63}$", parentSchema: validate_post_schema32, data: key3, propertyName: key3 };
                        if (vErrors === null) {
                            vErrors = [err43];
                        }
                        else {
                            vErrors.push(err43);
                        }
                        errors++;
                    }
                }
                else {
                    const err44 = { instancePath: instancePath + "/variants", schemaPath: "#/$defs/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: validate_post_schema32.type, parentSchema: validate_post_schema32, data: key3, propertyName: key3 };
                    if (vErrors === null) {
                        vErrors = [err44];
                    }
                    else {
                        vErrors.push(err44);
                    }
                    errors++;
                }
                var valid15 = _errs42 === errors;
                if (!valid15) {
                    const err45 = { instancePath: instancePath + "/variants", schemaPath: "#/properties/variants/propertyNames", keyword: "propertyNames", params: { propertyName: key3 }, message: "property name must be valid", schema: validate_post_schema31.properties.variants.propertyNames, parentSchema: validate_post_schema31.properties.variants, data: data16 };
                    if (vErrors === null) {
                        vErrors = [err45];
                    }
                    else {
                        vErrors.push(err45);
                    }
                    errors++;
                }
            }
            for (const key4 in data16) {
                let data17 = data16[key4];
                if (typeof data17 === "string") {
                    if (func3(data17) < 1) {
                        const err46 = { instancePath: instancePath + "/variants/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/variants/additionalProperties/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: validate_post_schema31.properties.variants.additionalProperties, data: data17 };
                        if (vErrors === null) {
                            vErrors = [err46];
                        }
                        else {
                            vErrors.push(err46);
                        }
                        errors++;
                    }
                }
                else {
                    const err47 = { instancePath: instancePath + "/variants/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/variants/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: validate_post_schema31.properties.variants.additionalProperties.type, parentSchema: validate_post_schema31.properties.variants.additionalProperties, data: data17 };
                    if (vErrors === null) {
                        vErrors = [err47];
                    }
                    else {
                        vErrors.push(err47);
                    }
                    errors++;
                }
            }
        }
        else {
            const err48 = { instancePath: instancePath + "/variants", schemaPath: "#/properties/variants/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: validate_post_schema31.properties.variants.type, parentSchema: validate_post_schema31.properties.variants, data: data16 };
            if (vErrors === null) {
                vErrors = [err48];
            }
            else {
                vErrors.push(err48);
            }
            errors++;
        }
    }
    if (data.sensitive !== undefined) {
        let data18 = data.sensitive;
        if (Array.isArray(data18)) {
            if (data18.length > 50) {
                const err49 = { instancePath: instancePath + "/sensitive", schemaPath: "#/properties/sensitive/maxItems", keyword: "maxItems", params: { limit: 50 }, message: "must NOT have more than 50 items", schema: 50, parentSchema: validate_post_schema31.properties.sensitive, data: data18 };
                if (vErrors === null) {
                    vErrors = [err49];
                }
                else {
                    vErrors.push(err49);
                }
                errors++;
            }
            const len3 = data18.length;
            for (let i4 = 0; i4 < len3; i4++) {
                if (!(validate_post_validate21(data18[i4], { instancePath: instancePath + "/sensitive/" + i4, parentData: data18, parentDataProperty: i4, rootData, dynamicAnchors }))) {
                    vErrors = vErrors === null ? validate_post_validate21.errors : vErrors.concat(validate_post_validate21.errors);
                    errors = vErrors.length;
                }
            }
        }
        else {
            const err50 = { instancePath: instancePath + "/sensitive", schemaPath: "#/properties/sensitive/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: validate_post_schema31.properties.sensitive.type, parentSchema: validate_post_schema31.properties.sensitive, data: data18 };
            if (vErrors === null) {
                vErrors = [err50];
            }
            else {
                vErrors.push(err50);
            }
            errors++;
        }
    }
    if (data.reply_to !== undefined) {
        let data20 = data.reply_to;
        if (typeof data20 === "string") {
            if (!pattern11.test(data20)) {
                const err51 = { instancePath: instancePath + "/reply_to", schemaPath: "#/$defs/httpUrl/pattern", keyword: "pattern", params: { pattern: "^https?://[^\\s/$.?#][^\\s]*$" }, message: "must match pattern \"" + "^https?://[^\\s/$.?#][^\\s]*$" + "\"", schema: "^https?://[^\\s/$.?#][^\\s]*$", parentSchema: validate_post_schema40, data: data20 };
                if (vErrors === null) {
                    vErrors = [err51];
                }
                else {
                    vErrors.push(err51);
                }
                errors++;
            }
            if (!(formats2(data20))) {
                const err52 = { instancePath: instancePath + "/reply_to", schemaPath: "#/$defs/httpUrl/format", keyword: "format", params: { format: "uri" }, message: "must match format \"" + "uri" + "\"", schema: "uri", parentSchema: validate_post_schema40, data: data20 };
                if (vErrors === null) {
                    vErrors = [err52];
                }
                else {
                    vErrors.push(err52);
                }
                errors++;
            }
        }
        else {
            const err53 = { instancePath: instancePath + "/reply_to", schemaPath: "#/$defs/httpUrl/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: validate_post_schema40.type, parentSchema: validate_post_schema40, data: data20 };
            if (vErrors === null) {
                vErrors = [err53];
            }
            else {
                vErrors.push(err53);
            }
            errors++;
        }
    }
}
else {
    const err54 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: validate_post_schema31.type, parentSchema: validate_post_schema31, data };
    if (vErrors === null) {
        vErrors = [err54];
    }
    else {
        vErrors.push(err54);
    }
    errors++;
} validate_post_validate20.errors = vErrors; return errors === 0; }
validate_post_validate20.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };

// EXTERNAL MODULE: ./src/schema/describe-errors.ts
var describe_errors = __webpack_require__(89456);
;// CONCATENATED MODULE: ./src/schema/validators.ts



function validatePostFrontMatter(data) {
    return run(validate_post_validate, data);
}
function validateConfigFile(data) {
    return run(validate, data);
}
function run(validate, data) {
    if (validate(data))
        return [];
    return (0,describe_errors/* describeErrors */.rg)(validate.errors ?? [], data);
}


/***/ }),

/***/ 16119:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ showControlCharacters),
/* harmony export */   k: () => (/* binding */ controlCharacterIn)
/* harmony export */ });
/**
 * Characters that change how a name is shown rather than being part of it: C0 and C1 controls (a line break in a file
 * name can forge lines in a review), DEL, and the bidirectional overrides and isolates that reorder what is displayed.
 */
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
/** The first such character as "U+000A", or undefined when there is none. */
function controlCharacterIn(text) {
    const found = CONTROL.exec(text)?.[0];
    return found === undefined ? undefined : `U+${(found.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}`;
}
/** The text with each such character written out as `\n`, `\t`, `\r` or `\u202e`, so it can be shown without acting. */
function showControlCharacters(text) {
    return text.replace(new RegExp(CONTROL.source, "g"), (c) => {
        const named = { "\n": "\\n", "\t": "\\t", "\r": "\\r" };
        return named[c] ?? `\\u${(c.codePointAt(0) ?? 0).toString(16).padStart(4, "0")}`;
    });
}


/***/ }),

/***/ 50896:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O3: () => (/* binding */ countGraphemes),
/* harmony export */   k0: () => (/* binding */ countUtf8Bytes),
/* harmony export */   sA: () => (/* binding */ countCodePoints)
/* harmony export */ });
/* unused harmony export clustersIn */
/** The counts platforms build on; each channel adapter (src/channels/<type>/adapter.ts) counts the way its platform does. */
// Made on the first non-ASCII text: building ICU's segmenter is about 10 ms of a one-post run.
let graphemeSegmenter;
const NON_ASCII_RUN = /[^\x00-\x7f]+/g;
/** Non-ASCII runs closer than this are segmented together: one segmenter call per "“a“a…" character cost a second. */
const JOIN_GAP = 32;
/**
 * Grapheme clusters, as Intl.Segmenter counts them, but segmenting only the non-ASCII runs (with the
 * character before each, which a combining mark or keycap may join): ASCII never extends a cluster
 * except CR LF, and segmenting everything was half of the length check's time.
 */
function countGraphemes(text) {
    // Bluesky's and Mastodon's counts of one text without URLs ask twice: segmenting costs ~1 µs a cluster.
    if (text === lastCounted.text)
        return lastCounted.count;
    const count = countClusters(text);
    lastCounted = { text, count };
    return count;
}
let lastCounted = { text: "", count: 0 };
function countClusters(text) {
    let count = text.length;
    for (let i = text.indexOf("\r\n"); i !== -1; i = text.indexOf("\r\n", i + 2))
        count--;
    // Spans to segment: each run with the character before it, runs a short gap without CR apart taken together.
    let spanStart = -1;
    let spanEnd = -1;
    const flush = () => {
        // The span's code units were counted as characters above; replace them by its clusters.
        if (spanStart >= 0)
            count += clustersIn(text.slice(spanStart, spanEnd)) - (spanEnd - spanStart);
    };
    for (const run of text.matchAll(NON_ASCII_RUN)) {
        const start = Math.max(0, run.index - 1);
        const end = run.index + run[0].length;
        if (spanStart >= 0 && start - spanEnd < JOIN_GAP && !text.slice(spanEnd, start + 1).includes("\r"))
            spanEnd = end;
        else {
            flush();
            spanStart = start;
            spanEnd = end;
        }
    }
    flush();
    return count;
}
/** Code units segmented per call: V8's segmenter slows down with the length of what it segments (quadratic). */
const SEGMENT_CHUNK = 1024;
/**
 * Intl.Segmenter's grapheme count of a text, segmented a chunk at a time. A boundary inside a chunk is one in the
 * text (grapheme rules look one code point ahead, and the chunk starts at a boundary); the chunk's last cluster
 * may go on past it, so the next chunk starts where that cluster does.
 */
function clustersIn(text) {
    graphemeSegmenter ??= new Intl.Segmenter(undefined, { granularity: "grapheme" });
    let count = 0;
    let start = 0;
    let size = SEGMENT_CHUNK;
    while (start < text.length) {
        let end = Math.min(text.length, start + size);
        // Never between the halves of a surrogate pair: a lone half would be a cluster of its own.
        const code = text.charCodeAt(end - 1);
        if (end < text.length && code >= 0xd800 && code <= 0xdbff)
            end++;
        let clusters = 0;
        let last = 0;
        for (const segment of graphemeSegmenter.segment(text.slice(start, end))) {
            clusters++;
            last = segment.index;
        }
        if (end === text.length)
            return count + clusters;
        if (clusters > 1) {
            count += clusters - 1;
            start += last;
            size = SEGMENT_CHUNK;
        }
        else
            size *= 2;
    }
    return count;
}
function countUtf8Bytes(text) {
    // Counts without allocating the encoded bytes (TextEncoder.encode did, per text).
    return Buffer.byteLength(text, "utf8");
}
/** Unicode code points: what Discord, webhooks and most alt-text limits count as characters. */
function countCodePoints(text) {
    let n = 0;
    for (const _ of text)
        n++;
    return n;
}


/***/ }),

/***/ 73854:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ oneLine)
/* harmony export */ });
/** Text for a one-line message: a phrase broken across lines or a block-scalar value, its white space runs as single spaces. */
const oneLine = (text) => text.replace(/\s+/g, " ");


/***/ }),

/***/ 80573:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ plural)
/* harmony export */ });
/** A count with its noun, singular only for exactly one: "1 image", "2 images", "0 entries" (given `many`). */
function plural(n, one, many = `${one}s`) {
    return `${n} ${n === 1 ? one : many}`;
}


/***/ }),

/***/ 75864:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Lh: () => (/* binding */ tokenizeSegment),
/* harmony export */   cj: () => (/* binding */ sentencesOf),
/* harmony export */   v5: () => (/* binding */ MASK)
/* harmony export */ });
/* unused harmony exports maskDomainPaths, maskBareDomains, EMAIL, maskEmails, WORD, wordsOf */
/* harmony import */ var _memo_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(75025);

/** Not a letter, not whitespace, not punctuation: masked text never forms words or sentence gaps. */
const MASK = "\u0000";
function tokenizeSegment(segment) {
    const hashtagParts = [];
    const masked = maskNonProse(segment.text, hashtagParts);
    return { segment, masked, words: wordsOf(masked), hashtagParts };
}
const blank = (match) => (match.includes("\n") ? match.replace(/[^\n]/g, MASK) : MASK.repeat(match.length));
// Order matters: code and comments first (nothing inside them is prose), then link syntax, then social syntax.
// Each pattern comes with text that any match of it contains: a post without it skips that scan.
const BLOCK_PATTERNS = [
    [/^ {0,3}(`{3,}|~{3,})[^\n]*\n[\s\S]*?(?:^ {0,3}\1[`~]*[ \t]*$|(?![\s\S]))/gm, /```|~~~/],
    [/<!--[\s\S]*?(?:-->|(?![\s\S]))/g, "<!--"],
    [/``[^\n]+?``|`[^`\n]+`/g, "`"],
    [/<(?:https?:|mailto:)[^>\s]*>/gi, "<"],
    [/<\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>\n]*)?\/?>/g, "<"],
    [/\]\((?:[^()\s]|\([^()\s]*\))*(?:\s+"[^"\n]*")?\)/g, "]("],
    [/^ {0,3}\[[^\]\n]+\]:[^\n]*/gm, "]:"],
    [/\b(?:https?:\/\/|www\.)[^\s<>"]*[^\s<>"'.,;:!?)\]]/gi, /:\/\/|www\./i],
    [maskEmails, "@"],
    [/(?<![\w@])@[\w.-]*\w(?:@[\w-]+(?:\.[\w-]+)+)?/g, "@"],
    // Bare domains with a path, or with a common top-level domain: "acme.example/sale", "acme.com".
    [maskDomainPaths, /\.[\w-]+\//],
    [maskBareDomains, /\.(?:com|org|net|io|dev|app|social|co|uk|de|fr|eu|shop|store|info|me|tv|ly|gg)\b/i],
    [/:[a-z0-9_+-]+:/g, ":"],
    [/&#?\w+;/g, "&"],
];
/**
 * `\w` without the u flag ([A-Za-z0-9_]) and `[\w-]`, at an index of a text: false before its start and past its end
 * (charCodeAt gives NaN). Codes, not one-character strings and a pattern: these run on every character of every
 * segment, twice.
 */
const isWordAt = (text, i) => {
    const c = text.charCodeAt(i);
    return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
};
const isLabelAt = (text, i) => text.charCodeAt(i) === 45 || isWordAt(text, i);
/**
 * Where a run of domain labels, /[\w-]+(?:\.[\w-]+)*\/, starting at `start` ends, and the index of each dot
 * between its labels. Any later start inside the run ends at the same place with fewer dots, which is why the
 * scanners below try a run once instead of from each of its labels (a pattern did, quadratic in "a.a.a.a…").
 */
function labelRun(text, start) {
    let i = start;
    while (isLabelAt(text, i))
        i++;
    const dots = [];
    while (text.charCodeAt(i) === 46 && isLabelAt(text, i + 1)) {
        dots.push(i++);
        while (isLabelAt(text, i))
            i++;
    }
    return { end: i, dots };
}
/**
 * Runs of domain labels, each from where `\b[\w-]` starts one, masked when `masks` gives the end of a match.
 * `masks` is asked only about runs with a dot (a lone label is no domain for either scanner), so the run of
 * every plain word is passed over without building its description.
 */
function maskLabelRuns(text, masks) {
    let out = "";
    let done = 0;
    for (let i = 0; i < text.length;) {
        if (!isLabelAt(text, i) || isWordAt(text, i - 1) === isWordAt(text, i)) {
            i++;
            continue;
        }
        let label = i + 1;
        while (isLabelAt(text, label))
            label++;
        if (text.charCodeAt(label) !== 46 || !isLabelAt(text, label + 1)) {
            i = label;
            continue;
        }
        const run = { start: i, ...labelRun(text, i) };
        const end = masks(run);
        if (end !== undefined) {
            out += text.slice(done, i) + blank(text.slice(i, end));
            done = end;
        }
        i = Math.max(run.end, end ?? 0, i + 1);
    }
    return done === 0 ? text : out + text.slice(done);
}
const PATH_STOP = /[\s<>"]/;
/** `text.replace(/\b[\w-]+(?:\.[\w-]+)+\/[^\s<>"]*[^\s<>"'.,;:!?)\]]?/g, blank)`: a bare domain with a path. */
function maskDomainPaths(text) {
    return maskLabelRuns(text, ({ end, dots }) => {
        if (dots.length === 0 || text[end] !== "/")
            return undefined;
        let stop = end + 1;
        while (stop < text.length && !PATH_STOP.test(text[stop]))
            stop++;
        return stop;
    });
}
const TLDS = [
    "com",
    "org",
    "net",
    "io",
    "dev",
    "app",
    "social",
    "co",
    "uk",
    "de",
    "fr",
    "eu",
    "shop",
    "store",
    "info",
    "me",
    "tv",
    "ly",
    "gg",
];
/**
 * `text.replace(/\b[\w-]+(?:\.[\w-]+)*\.(?:com|org|…|gg)\b/gi, blank)`: the match runs to the last dot of the run
 * that a top-level domain follows (the first listed that fits), and the rest of the run holds none.
 */
function maskBareDomains(text) {
    return maskLabelRuns(text, ({ dots }) => {
        for (let k = dots.length - 1; k >= 0; k--) {
            const dot = dots[k];
            const label = text.slice(dot + 1, dot + 7).toLowerCase();
            const tld = TLDS.find((t) => label.startsWith(t) && !isWordAt(text, dot + 1 + t.length));
            if (tld)
                return dot + 1 + tld.length;
        }
        return undefined;
    });
}
const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;
const EMAIL_DOMAIN = /[\w-]+(?:\.[\w-]+)+/y;
const EMAIL_LOCAL = /[\w.+-]/;
/**
 * `text.replace(EMAIL, blank)`, found from each "@" instead of trying the pattern at every letter (a run of
 * letters not followed by "@" cost it a backtrack per letter). A match starts where the run of local-part
 * characters before an "@" starts (not before the previous match's end) and holds the domain after it; an
 * "@" whose domain does not match ends no match, wherever it would start.
 */
function maskEmails(text) {
    let out = "";
    let done = 0;
    for (let at = text.indexOf("@"); at !== -1; at = text.indexOf("@", at + 1)) {
        let start = at;
        while (start > done && EMAIL_LOCAL.test(text[start - 1]))
            start--;
        if (start === at)
            continue;
        EMAIL_DOMAIN.lastIndex = at + 1;
        if (!EMAIL_DOMAIN.test(text))
            continue;
        const end = EMAIL_DOMAIN.lastIndex;
        out += text.slice(done, start) + MASK.repeat(end - start);
        done = end;
        at = end - 1;
    }
    return done === 0 ? text : out + text.slice(done);
}
const HASHTAG = /(?<![\p{L}\p{M}\p{N}_&#/])#([\p{L}\p{M}\p{N}_]*[\p{L}\p{M}][\p{L}\p{M}\p{N}_]*)/gu;
// Parts of a hashtag: "WinterCamping" → Winter, Camping; "XMLParser" → XML, Parser; "tent_care2026" → tent, care, 2026.
// An acronym written in mixed case is one part ("SaaSTips" → SaaS, Tips; "GoT"): a capital, up to three small
// letters and a capital that ends the tag or comes before the next capitalised word ("BigSALE" stays Big, SALE).
const HASHTAG_PART = /\p{Lu}\p{Ll}{1,3}\p{Lu}(?![\p{Ll}\p{M}]|\p{Lu}(?!\p{Ll}))|\p{Lu}+(?![\p{Ll}])|\p{Lu}?[\p{Ll}\p{M}]+|\p{N}+|\p{Lu}/gu;
function maskNonProse(text, hashtagParts) {
    let masked = text;
    for (const [pattern, needs] of BLOCK_PATTERNS) {
        // Masking only replaces characters, so text the original lacks the masked text lacks too.
        if (!(typeof needs === "string" ? text.includes(needs) : needs.test(text)))
            continue;
        masked = typeof pattern === "function" ? pattern(masked) : masked.replace(pattern, blank);
    }
    return masked.replace(HASHTAG, (match, tag, offset) => {
        for (const part of tag.matchAll(HASHTAG_PART)) {
            const start = offset + 1 + (part.index ?? 0);
            hashtagParts.push({ text: part[0], start, end: start + part[0].length, numeric: hasNumber(part[0]), hashtag: match });
        }
        return blank(match);
    });
}
// A word starts with a letter or digit: a lone combining mark (an emoji's variation selector) is not a word.
// WORD is the definition; wordsOf scans for the same matches by hand (a test compares them), without a match
// object and a Unicode regex test per word.
const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['’-][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*/gu;
const LETTER_OR_NUMBER = /^[\p{L}\p{N}]$/u;
const NUMBER = /^\p{N}$/u;
const MARK = /^\p{M}$/u;
const NONE = 0;
const MARK_ONLY = 1;
const LETTER = 2;
const DIGIT = 3;
/** What the code point at `i` is to WORD; ASCII without a regex. */
function classAt(text, i) {
    const c = text.charCodeAt(i);
    if (c < 128) {
        if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90))
            return LETTER;
        return c >= 48 && c <= 57 ? DIGIT : NONE;
    }
    const char = String.fromCodePoint(text.codePointAt(i));
    if (LETTER_OR_NUMBER.test(char))
        return NUMBER.test(char) ? DIGIT : LETTER;
    return MARK.test(char) ? MARK_ONLY : NONE;
}
/** UTF-16 length of the code point at `i`. */
const sizeAt = (text, i) => (text.codePointAt(i) > 0xffff ? 2 : 1);
function wordsOf(masked) {
    const words = [];
    const n = masked.length;
    let i = 0;
    while (i < n) {
        const first = classAt(masked, i);
        if (first < LETTER) {
            i += sizeAt(masked, i);
            continue;
        }
        const start = i;
        let numeric = first === DIGIT;
        i += sizeAt(masked, i);
        for (;;) {
            const k = i < n ? classAt(masked, i) : NONE;
            if (k !== NONE) {
                if (k === DIGIT)
                    numeric = true;
                i += sizeAt(masked, i);
                continue;
            }
            // An apostrophe or hyphen joins two parts only when a letter or digit follows it.
            const c = masked.charCodeAt(i);
            if ((c === 39 || c === 0x2019 || c === 45) && i + 1 < n) {
                const next = classAt(masked, i + 1);
                if (next >= LETTER) {
                    if (next === DIGIT)
                        numeric = true;
                    i += 1 + sizeAt(masked, i + 1);
                    continue;
                }
            }
            break;
        }
        words.push({ text: masked.slice(start, i), start, end: i, numeric });
    }
    return words;
}
const ANY_NUMBER = /\p{N}/u;
/** Same answer as /\p{N}/u, without running a Unicode regex for the common word made of ASCII letters. */
function hasNumber(word) {
    for (let i = 0; i < word.length; i++) {
        const c = word.charCodeAt(i);
        if (c >= 48 && c <= 57)
            return true;
        if (c >= 128)
            return ANY_NUMBER.test(word);
    }
    return false;
}
const SENTENCES = Symbol("sentences");
/** Sentences of a segment, split once for every rule that asks. A line break ends one too: social posts put one thought per line, rarely hard-wrapped prose. */
function sentencesOf(prose) {
    return (0,_memo_js__WEBPACK_IMPORTED_MODULE_0__/* .memoized */ .x)(prose, SENTENCES, splitSentences);
}
// A full stop after a decimal's digits is never followed by a space ("3.5 kg"), so it never matches here.
// Only from the first of a run of stops: every later one fails exactly where the first did, and trying each
// against the end of the run made a long run of dots quadratic.
const SENTENCE_BOUNDARY = /(?<![.!?…])[.!?…]+["'’”)\]]*(?=\s|$)|\n/g;
function splitSentences(prose) {
    const sentences = [];
    const { masked } = prose;
    let start = 0;
    let w = 0;
    const push = (end) => {
        const words = [];
        while (w < prose.words.length && prose.words[w].start < end)
            words.push(prose.words[w++]);
        if (words.length)
            sentences.push({ start, end, words });
        start = end;
    };
    for (const m of masked.matchAll(SENTENCE_BOUNDARY)) {
        const at = m.index ?? 0;
        if (m[0] === "." && abbreviationEndsAt(masked, at))
            continue;
        push(at + m[0].length);
    }
    push(masked.length);
    return sentences;
}
// Abbreviations that a name or a word always follows: "Mr. Smith", "St. Ives", "tents vs. tarps", "approx. 5 kg".
const TITLES = new Set(["Mr", "Mrs", "Ms", "Dr", "St", "Prof"]);
const ALWAYS_FOLLOWED = new Set(["vs", "approx"]);
// Letters with full stops ("e.g", "i.e", "p.m", "U.S"); with "etc", they end a sentence unless a lower-case word follows.
const DOTTED = /^(?:[A-Za-z]\.)+[A-Za-z]$/;
/**
 * Whether the full stop at `dot` ends an abbreviation rather than a sentence. Only a lone "." gets here
 * (one per sentence at most), and the test reads a few characters either side, so splitting stays linear.
 */
function abbreviationEndsAt(masked, dot) {
    let from = dot;
    while (from > 0 && isAsciiLetterOrDot(masked.charCodeAt(from - 1))) {
        from--;
        // None of these abbreviations is longer than "approx" or "a.b.c.d": a longer word is not one.
        if (dot - from > 7)
            return false;
    }
    // Part of a longer word ("Café.", "naïve."), or nothing before the stop: not an abbreviation.
    if (from === dot || (from > 0 && classAt(masked, from - 1) !== NONE) || masked[from] === ".")
        return false;
    const token = masked.slice(from, dot);
    let after = dot + 1;
    while (masked[after] === " " || masked[after] === "\t")
        after++;
    const next = masked.charCodeAt(after);
    const lower = token.toLowerCase();
    if (TITLES.has(token) || ALWAYS_FOLLOWED.has(lower))
        return true;
    // "No. 5", "no. 12".
    if (lower === "no")
        return next >= 48 && next <= 57;
    if (lower === "etc" || DOTTED.test(token))
        return next >= 97 && next <= 122;
    // An initial before a name: "J. Smith", "John F. Kennedy". Not "I", which ends many sentences.
    return token.length === 1 && token !== "I" && token >= "A" && token <= "Z" && next >= 65 && next <= 90;
}
const isAsciiLetterOrDot = (c) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 46;


/***/ }),

/***/ 97837:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BP: () => (/* binding */ maskUrls),
/* harmony export */   IE: () => (/* binding */ URL_RE),
/* harmony export */   Pi: () => (/* binding */ hashtagsIn),
/* harmony export */   TV: () => (/* binding */ mentionsIn),
/* harmony export */   Tl: () => (/* binding */ replaceComments),
/* harmony export */   _O: () => (/* binding */ urlsIn),
/* harmony export */   a9: () => (/* binding */ trimUrl),
/* harmony export */   lK: () => (/* binding */ maskSocialSyntax)
/* harmony export */ });
/* unused harmony exports HASHTAG_RE, MENTION_RE */
/**
 * Social syntax that prose checks must recognise: URLs, hashtags, @mentions (also `@user@instance`).
 * Compiled once; callers use `matchAll` (global regexes keep no state across `matchAll`).
 */
/**
 * An http(s) URL up to whitespace or a closing bracket (Markdown wraps URLs in both), except the brackets
 * of an IPv6 host; trailing sentence punctuation is trimmed by `urlsIn`.
 */
const URL_RE = /\bhttps?:\/\/(?:\[[0-9a-f:.]+\][^\s<>"'`\])}]*|[^\s<>"'`\])}]+)/gi;
/** A hashtag holds at least one letter, so "#1" is not a hashtag; "a#b" and URL fragments are not either. */
const HASHTAG_RE = /(?<![\p{L}\p{N}_&/#])#[\p{L}\p{N}_]*\p{L}[\p{L}\p{N}_]*/gu;
/** `@user` or `@user@instance.tld`; not an e-mail address (no word character before the @). */
const MENTION_RE = /(?<![\p{L}\p{N}_@./])@[A-Za-z0-9_](?:[A-Za-z0-9_.-]*[A-Za-z0-9_])?(?:@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)?/gu;
/**
 * A `URL_RE` match without the sentence punctuation (and leftover emphasis markers) after it: "https://a.example/x."
 * links to ".../x", as the platforms link and count it.
 */
function trimUrl(match) {
    // From the end, not /[.,;:!?*_~]+$/: that pattern tried every dot of "…/x.....a" against the end of the URL.
    let end = match.length;
    while (end > 0 && URL_TRAILER.has(match[end - 1]))
        end--;
    return end === match.length ? match : match.slice(0, end);
}
const URL_TRAILER = new Set(".,;:!?*_~");
/** Every URL with its offset; "https://a.example/x." ends before the full stop. */
function urlsIn(text) {
    const out = [];
    for (const m of text.matchAll(URL_RE))
        out.push({ text: trimUrl(m[0]), index: m.index });
    return out;
}
/**
 * Remembers a function's last answer: rules ask about the same segment text one after another (the hashtag and
 * mention counts once per channel, the sensitive topics once per topic), and the same string is compared in O(1).
 */
function lastAnswer(compute) {
    let lastText;
    let last;
    return (text) => {
        if (text !== lastText) {
            last = compute(text);
            lastText = text;
        }
        return last;
    };
}
const hashtagsOf = lastAnswer((text) => [...maskUrls(text).matchAll(HASHTAG_RE)].map((m) => ({ text: m[0], index: m.index })));
const mentionsOf = lastAnswer((text) => [...maskUrls(text).matchAll(MENTION_RE)].map((m) => ({ text: m[0], index: m.index })));
function hashtagsIn(text) {
    return hashtagsOf(text).map((found) => ({ ...found }));
}
function mentionsIn(text) {
    return mentionsOf(text).map((found) => ({ ...found }));
}
/** Replaces every URL by spaces of the same length, so offsets stay valid and nothing inside a URL matches. */
const maskUrls = lastAnswer((text) => (text.includes("://") ? text.replace(URL_RE, (url) => " ".repeat(url.length)) : text));
/** Masks URLs, hashtags, mentions, inline code and HTML comments: what is left is prose. */
function maskSocialSyntax(text) {
    return replaceComments(maskUrls(text), blank)
        .replace(/`[^`\n]*`/g, blank)
        .replace(HASHTAG_RE, blank)
        .replace(MENTION_RE, blank);
}
function blank(match) {
    return match.includes("\n") ? match.replace(/[^\n]/g, " ") : " ".repeat(match.length);
}
/**
 * `text.replace(/<!--[\s\S]*?-->/g, replace)` by indexOf: the pattern searched the rest of the text for "-->"
 * from every "<!--", and once one comment has no end, no later one has.
 */
function replaceComments(text, replace) {
    if (!text.includes("<!--"))
        return text;
    let out = "";
    let done = 0;
    for (let open = text.indexOf("<!--"); open !== -1; open = text.indexOf("<!--", done)) {
        const close = text.indexOf("-->", open + 4);
        if (close === -1)
            break;
        out += text.slice(done, open) + replace(text.slice(open, close + 3));
        done = close + 3;
    }
    return out + text.slice(done);
}


/***/ }),

/***/ 16141:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ sortByPosition),
/* harmony export */   y: () => (/* binding */ UserError)
/* harmony export */ });
/**
 * File order: by line, then column, then rule id, so reports are stable. Sorts in place. Rule ids are compared
 * by code units: for ids of lower-case letters and hyphens that is localeCompare's order too, without the
 * collator it loads (about 10 ms of a one-post check, on its first tie).
 */
function sortByPosition(messages) {
    return messages.sort((a, b) => a.line - b.line || a.column - b.column || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0));
}
/** An error the user must fix before anything can run (bad config, bad usage). Never printed with a stack. */
class UserError extends Error {
    file;
    span;
    constructor(message, file, span) {
        super(message);
        this.file = file;
        this.span = span;
        this.name = "UserError";
    }
}


/***/ })

};
