/**
 * The kinds of mistake a retrospective asks about, each with the few questions that fit it: a grammar slip needs
 * a correction, a wrong fact needs to know where the fact came from. Kept short on purpose: a team that must
 * write an essay after every takedown stops writing them.
 */
export type MistakeKind = "grammar" | "factual" | "account" | "tone" | "community" | "other";

export interface KindInfo {
  kind: MistakeKind;
  /** How the checklist and the pattern note name it. */
  title: string;
  questions: readonly string[];
}

export const KINDS: readonly KindInfo[] = [
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
export const kindLabel = (kind: MistakeKind) => `mistake:${kind}`;

/** A retrospective's kind: from a `mistake:<kind>` label, else from the ticked checklist line; undefined when unset. */
export function kindOf(issue: { labels: readonly string[]; body: string }): MistakeKind | undefined {
  for (const info of KINDS) if (issue.labels.includes(kindLabel(info.kind))) return info.kind;
  for (const info of KINDS) {
    const ticked = new RegExp(`^\\s*[-*] \\[[xX]\\] ${escapeRegExp(info.title)}\\b`, "m");
    if (ticked.test(issue.body)) return info.kind;
  }
  return undefined;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
