/** The configuration after the preset is merged with the repository's overrides: every value is present. */
import type {
  Board,
  Caps,
  CommentTemplates,
  ConfigFile,
  GrantsPolicy,
  Labels,
  LeadershipRule,
  Paths,
  Reports,
  Teams,
  WorkGroups,
} from "../generated/config.ts";

export type { ConfigFile } from "../generated/config.ts";

export interface Config {
  preset: NonNullable<ConfigFile["preset"]>;
  organisation: string;
  base_currency: string;
  currency_rates: Record<string, number>;
  teams: Required<Teams>;
  grants: Required<Omit<GrantsPolicy, "caps">> & { caps: Caps };
  board: Required<Board>;
  /** `since` has no default: unset, reports are due from each charter's start. */
  reports: Required<Omit<Reports, "since">> & Pick<Reports, "since">;
  workgroups: Required<Omit<WorkGroups, "leadership">> & { leadership: Required<LeadershipRule> };
  labels: Required<Labels>;
  paths: Required<Paths>;
  /** Repository overrides of comment templates; none by default. */
  templates: CommentTemplates;
}

export type LabelKey = Exclude<keyof Config["labels"], "workgroup_prefix">;
