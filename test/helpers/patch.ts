/**
 * A fixture with one change: the first `anchor` in `text` becomes `replacement`. Throws when the anchor is
 * missing, so a fixture that drifted fails the test that patches it instead of quietly testing the unpatched text.
 */
export function patch(text: string, anchor: string, replacement: string): string {
  const at = text.indexOf(anchor);
  if (at < 0) throw new Error(`patch: the fixture has no ${JSON.stringify(anchor)} to replace`);
  return text.slice(0, at) + replacement + text.slice(at + anchor.length);
}
