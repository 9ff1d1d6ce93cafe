import { describe, expect, it } from "vitest";
import { ledgerContext } from "../../src/ledger/context.js";
import { flushIndex, readIndex } from "../../src/ledger/index-file.js";
import { MemoryLedgerStore } from "../../src/ledger/memory-store.js";
import type { CorrectionNote } from "../../src/ledger/types.js";

const day = (n: number) => new Date(Date.UTC(2026, 0, 1) + n * 86_400_000);
const note = (at: number, blob: string): CorrectionNote => ({
  at: day(at).toISOString(),
  client: "acme",
  author: "sam",
  path: "posts/a.md",
  blob,
});

describe("text-only corrections in the ledger's index", () => {
  it("are added once per version, survive other runs' flushes and are dropped after a year", async () => {
    const store = new MemoryLedgerStore();
    const run = async (now: number, corrections: CorrectionNote[]) => {
      const ctx = ledgerContext(store, { now: () => day(now) });
      ctx.corrections.push(...corrections);
      await flushIndex(ctx, { start: true });
      return (await readIndex(store))?.corrections?.map((c) => c.blob);
    };
    expect(await run(0, [note(0, "b1")])).toEqual(["b1"]);
    expect(await run(1, [note(1, "b1"), note(1, "b2")])).toEqual(["b1", "b2"]); // a re-run notes b1 again: still once
    expect(await run(2, [])).toEqual(["b1", "b2"]);
    expect(await run(367, [note(367, "b3")])).toEqual(["b2", "b3"]);
  });
});
