/**
 * renderChannelText as it was written with regular expressions only, before its quadratic steps became
 * scanners: the reference the scanners must agree with on every input (see channel-text.test.ts). The fenced-code
 * step is the same pattern as in renderChannelText: it was added after the scanners, and is linear.
 */
const FENCED = /^ {0,3}(`{3,}(?=[^`\n]*$)|~{3,})[^\n]*\n?([\s\S]*?)(?:^ {0,3}\1[`~]*[ \t]*$|(?![\s\S]))/gm;

export function renderChannelTextWithPatterns(markdown: string): string {
  let text = markdown.replace(/\r\n?/g, "\n");
  text = text.replace(/<!--[\s\S]*?-->/g, "");
  const code: string[] = [];
  text = text.replace(FENCED, (_m, _fence: string, body: string) => `\u0000${code.push(body.replace(/\n$/, "")) - 1}\u0000`);
  text = text.replace(/!\[[^\]]*\]\([^)]*\)/g, "");
  text = text.replace(/\[([^\]]+)\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g, (_m, label: string, url: string) =>
    label.trim() === url ? url : `${label} (${url})`,
  );
  text = text.replace(/<(https?:\/\/[^>\s]+)>/g, "$1");
  text = text.replace(/`([^`\n]*)`/g, "$1");
  text = text.replace(/(\*\*|__|~~)(?=\S)([\s\S]*?\S)\1/g, "$2");
  text = text.replace(/(?<![\p{L}\p{N}\\*])\*(?=\S)([^*\n]*?\S)\*(?![\p{L}\p{N}*])/gu, "$1");
  text = text.replace(/(?<![\p{L}\p{N}\\_])_(?=\S)([^_\n]*?\S)_(?![\p{L}\p{N}_])/gu, "$1");
  text = text.replace(/^ {0,3}#{1,6}[ \t]+/gm, "");
  text = text.replace(/^ {0,3}> ?/gm, "");
  text = text.replace(/\\([!"#$%&'()*+,\-./:;<=>?@[\\\]^_`{|}~])/g, "$1");
  text = text.replace(/\u0000(\d+)\u0000/g, (_m, i: string) => code[Number(i)] ?? "");
  text = text.replace(/[ \t]+$/gm, "");
  return text.replace(/\n{3,}/g, "\n\n").trim();
}
