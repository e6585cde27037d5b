/**
 * The charter file an approved proposal becomes: `workgroups/<slug>/charter.yml` with status `active`, and the
 * pull request that adds it. Pure. The branch name depends only on the slug, so a retried run finds the branch and
 * pull request it made before instead of opening a second one.
 */
import { stringify } from "yaml";
import type { Config } from "../config/types.ts";
import type { Charter } from "../generated/charter.ts";
import { escapeMarkdown } from "../render/escape.ts";
import { render, type Templates } from "../render/handlebars.ts";

export function charterBranch(slug: string): string {
  return `wgbot/charter-${slug}`;
}

export function charterPath(config: Pick<Config, "paths">, slug: string): string {
  return `${config.paths.workgroups}/${slug}/charter.yml`;
}

export interface CharterFile {
  path: string;
  branch: string;
  content: string;
  /** The commit message. */
  message: string;
  /** The pull request's title and body. */
  title: string;
  body: string;
}

export interface CharterFileContext {
  config: Config;
  /** The proposal issue. */
  issue: number;
  /** The day the board approved it, YYYY-MM-DD. */
  approvedOn: string;
  /** The comment templates, loaded by the caller (gather/comment-templates.ts). */
  templates: Templates;
}

/** The approved charter as YAML, keys in the order of the PSF example charter, with the editor's schema hint. */
export function charterYaml(
  charter: Charter,
  { config, issue, approvedOn }: Omit<CharterFileContext, "templates">,
): string {
  const path = charterPath(config, charter.slug);
  const up = "../".repeat(path.split("/").length - 1);
  const ordered: Charter = {
    slug: charter.slug,
    name: charter.name,
    status: "active",
    mission_alignment: charter.mission_alignment,
    purpose: charter.purpose,
    goals: charter.goals,
    active_time: { start: charter.active_time.start, review: charter.active_time.review },
    core_values: charter.core_values,
    governance: charter.governance,
    decision_making: charter.decision_making,
    communication: charter.communication,
    participants: charter.participants,
    support: charter.support,
    ...(charter.reporting ? { reporting: charter.reporting } : {}),
  };
  const yaml = stringify(ordered, { lineWidth: 110, minContentWidth: 40, aliasDuplicateObjects: false });
  return `# yaml-language-server: $schema=${up}schemas/charter.schema.json\n# Proposed in #${issue}; approved by the board on ${approvedOn}.\n${yaml}`;
}

export function charterFile(charter: Charter, context: CharterFileContext): CharterFile {
  const { config, issue, approvedOn } = context;
  const path = charterPath(config, charter.slug);
  return {
    path,
    branch: charterBranch(charter.slug),
    content: charterYaml(charter, context),
    message: `Add the ${charter.slug} work group charter (#${issue})`,
    title: `Charter the ${charter.slug} work group`,
    body: render(context.templates, "charter-pull-request", {
      name: escapeMarkdown(charter.name),
      slug: charter.slug,
      path,
      issue,
      approvedOn,
      chairs: charter.participants.chairs.map((c) => escapeMarkdown(c)).join(", "),
      members: charter.participants.members.length,
      review: charter.active_time.review,
    }),
  };
}
