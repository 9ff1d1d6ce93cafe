import { ContentConflict, type PublishGitHubApi } from "../github/publish-api.js";
import type { LedgerGitHub } from "../ledger/github-store.js";
import { LedgerConflict } from "../ledger/store.js";

/** What a person sees first when opening the ledger branch in GitHub's UI. */
const README = `# checkpost ledger

This branch is written by checkpost's publishing workflow: one JSON file per publication under \`entries/\`
and \`index.json\`, the posts it follows. Its history never mixes with the content's. Do not edit it by hand;
see docs/ledger.md in checkpost for the format.
`;

/** The ledger's view of GitHub (src/ledger/github-store.ts) on the publishing API: conflicts become LedgerConflict. */
export function ledgerGitHubOf(api: Pick<PublishGitHubApi, "getTextFile" | "putTextFile" | "createOrphanBranch">): LedgerGitHub {
  return {
    getContent: (branch, path) => api.getTextFile(branch, path),
    async putContent(branch, path, text, sha, message) {
      try {
        return await api.putTextFile(branch, path, text, sha, message);
      } catch (error) {
        if (error instanceof ContentConflict) throw new LedgerConflict(path);
        throw error;
      }
    },
    async ensureBranch(branch) {
      await api.createOrphanBranch(branch, { path: "README.md", text: README }, "Start the checkpost ledger");
    },
  };
}
