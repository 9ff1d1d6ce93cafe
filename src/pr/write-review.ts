import { APPROVAL_CONTEXT } from "../approval/approval-status.js";
import type { GateResult } from "../approval/gate.js";
import { type CheckConclusion, type GitHubApi, isPermissionDenied } from "../github/api.js";
import type { Report } from "../types.js";
import { publishCheckRun, toAnnotations } from "./check-run.js";
import { upsertStickyComment } from "./sticky-comment.js";

export interface ReviewToWrite {
  prNumber: number;
  headSha: string;
  report: Report;
  conclusion: CheckConclusion;
  approval: GateResult;
  headline: string;
  markdown: string;
  /** The workflow run, linked from the check run and the status. */
  detailsUrl?: string;
  /** Keep the sticky preview comment. */
  comment: boolean;
}

/**
 * Writes the review to GitHub: the check run, the approval status and the preview comment. Returns the
 * writes GitHub refused with 403 (a read-only token); any other failure is thrown once all were tried.
 */
export async function writeReview(api: GitHubApi, review: ReviewToWrite): Promise<string[]> {
  const { headSha, report, approval, detailsUrl } = review;
  // Each write is attempted even when an earlier one failed, so a read-only token still gets every refusal reported.
  const denied: string[] = [];
  const failures: unknown[] = [];
  const attempt = async (what: string, write: () => Promise<unknown>) => {
    try {
      await write();
    } catch (error) {
      if (isPermissionDenied(error)) denied.push(`${what} (${error.request})`);
      else failures.push(error);
    }
  };
  // Every event writes everything, from the pull request as it is now: runs of one pull request share a
  // concurrency group that cancels the older run, and whichever run survives must leave the check run,
  // the status and the comment complete for the head commit (re-publishing adds no duplicate annotation).
  await attempt("check run", () =>
    publishCheckRun(api, {
      headSha,
      conclusion: review.conclusion,
      title: review.headline,
      summary: summaryOf(report, approval),
      text: review.markdown,
      annotations: toAnnotations(report.files),
      ...(detailsUrl ? { detailsUrl } : {}),
    }),
  );
  await attempt("commit status", () =>
    api.createStatus(headSha, {
      state: approval.state,
      context: APPROVAL_CONTEXT,
      description: approval.description,
      ...(detailsUrl ? { targetUrl: detailsUrl } : {}),
    }),
  );
  if (review.comment) await attempt("preview comment", () => upsertStickyComment(api, review.prNumber, review.markdown));
  if (failures.length) throw failures[0];
  return denied;
}

function summaryOf(report: Report, approval: GateResult): string {
  const posts = report.files.length;
  return `${report.errors} error(s) and ${report.warnings} warning(s) in ${posts} file(s). Approval: ${approval.state}: ${approval.description}`;
}
