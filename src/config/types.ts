import type { Channel, Checks, ConfigFile, PublishWindow } from "../generated/config.js";
import type { LineIndex } from "../load/line-index.js";
import type { DataPath, ParsedYaml } from "../load/safe-yaml.js";
import type { Span } from "../types.js";

export type ChannelType = Channel["type"];

export interface ResolvedChannel {
  id: string;
  clientId: string;
  settings: Channel;
}

export interface ResolvedClient {
  id: string;
  name: string;
  /** The single GitHub login whose approval at the latest commit every post of this client needs. */
  contact: string;
  /** The contact's pinned numeric GitHub user id (`contact_id`), when the config gives one. */
  contactId?: number;
  channels: Map<string, ResolvedChannel>;
  /** Folders (relative to the content root, with a trailing slash) whose posts belong to this client. */
  folders: string[];
  publishWindow?: Required<PublishWindow>;
  checks: Checks;
  /** Extra words for spelling: global plus this client's. */
  words: string[];
}

export interface ResolvedConfig {
  /** Absolute path of checkpost.yml. */
  file: string;
  /** The content root: the folder holding checkpost.yml. Post paths are relative to it. */
  root: string;
  raw: ConfigFile;
  posts: string[];
  clients: Map<string, ResolvedClient>;
  /** Every channel id, across clients (ids are unique). */
  channels: Map<string, ResolvedChannel>;
  checks: Checks;
  words: string[];
  /** Where a value of checkpost.yml sits, for messages that point into the config. */
  spanOf(path: DataPath, atKey?: boolean): Span;
}

export interface ConfigSource {
  text: string;
  lines: LineIndex;
  yaml: ParsedYaml;
}
