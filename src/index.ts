// The checkpost library: everything the CLI and the Action use. Never imports @actions/*.
export { checkLoadedPost } from "./check/check-post.js";
export { findConfig, loadConfig, resolveConfigText } from "./check/load-config.js";
export { resolvePostFiles, runCheck, toReport } from "./check/run-check.js";
export type { ResolvedChannel, ResolvedClient, ResolvedConfig } from "./config/types.js";
export type { ConfigFile } from "./generated/config.js";
export type { PostFrontMatter } from "./generated/post.js";
export type { LoadedPost, ParsedPost } from "./post/parsed-post.js";
export { parsePost, readPost } from "./post/parsed-post.js";
export { formatGithub, formatGithubAnnotation } from "./report/format-github.js";
export { formatJson } from "./report/format-json.js";
export { formatText } from "./report/format-text.js";
export { rules } from "./rules/registry.js";
export type { Rule, RuleContext, RuleMessage, ValidPost } from "./rules/types.js";
export * from "./types.js";
