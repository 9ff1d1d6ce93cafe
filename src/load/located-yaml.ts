import type { Message, Span } from "../types.js";
import { LineIndex } from "./line-index.js";
import { type DataPath, type ParsedYaml, parseYamlSafe } from "./safe-yaml.js";

/** YAML embedded at `offset` in a file's text, with positions that point into the file. */
export interface LocatedYaml {
  yaml: ParsedYaml;
  lines: LineIndex;
  offset: number;
  spanOf(path: DataPath, atKey?: boolean): Span;
  /** YAML syntax and safety problems as messages with file positions. */
  problems(ruleId: string): Message[];
}

export function parseLocatedYaml(text: string, yamlSource: string, offset: number, lines = new LineIndex(text)): LocatedYaml {
  const yaml = parseYamlSafe(yamlSource);
  const spanOf = (path: DataPath, atKey = false): Span => {
    // Missing values (a required key) point at the nearest existing parent.
    for (let n = path.length; n >= 0; n--) {
      const range = yaml.locate(path.slice(0, n), n === path.length ? atKey : true);
      if (range) return lines.span(offset + range.start, offset + range.end);
    }
    return lines.span(offset);
  };
  return {
    yaml,
    lines,
    offset,
    spanOf,
    problems: (ruleId) =>
      yaml.problems.map((p) => ({
        ruleId,
        severity: "error" as const,
        ...lines.span(offset + p.start, p.end === undefined ? undefined : offset + p.end),
        message: p.message,
      })),
  };
}
