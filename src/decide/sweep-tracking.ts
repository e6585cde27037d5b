/**
 * Tracking issues (reminders, at-risk and renewal issues) are found again by a hidden marker on the first line of
 * their body (`<!-- wgbot:reminder packaging 2026-10 -->`), only in issues wgbot's own account opened.
 */
import { isSelf, marker, markerName, type Self } from "../model/markers.ts";
import type { SweepIssue, TrackingKind } from "./sweep-model.ts";

const TRACKING = /^(reminder|at-risk|renewal) ([a-z0-9-]+)(?: ([0-9-]+))?$/;

export function trackingKey(kind: TrackingKind, slug: string, detail?: string): string {
  return detail ? `${kind} ${slug} ${detail}` : `${kind} ${slug}`;
}

export function trackingMarker(key: string): string {
  return marker(key);
}

/**
 * The tracking key of an issue wgbot opened, read from its marker; undefined for any other issue — one a person or
 * another app opened with the same marker must not hijack it.
 */
export function trackingKeyOf(
  issue: Pick<SweepIssue, "body" | "author">,
  self: Self,
): { key: string; kind: TrackingKind; slug: string; detail?: string } | undefined {
  if (!isSelf(self, issue.author)) return undefined;
  const match = TRACKING.exec(markerName(issue.body) ?? "");
  if (!match) return undefined;
  const [, kind, slug, detail] = match as unknown as [string, TrackingKind, string, string | undefined];
  return { key: trackingKey(kind, slug, detail), kind, slug, ...(detail ? { detail } : {}) };
}
