/**
 * What the grants ledger adds up to: yearly totals by grant type and by organisation (for the dashboard), the amount
 * an organisation was already granted in a year (for the cap per organisation), and the years it was funded (for
 * the fast track). Pure: ledger records in, figures out. Amounts are in the base currency, at each decision's rate.
 */
import type { GrantRecord } from "../generated/ledger.ts";
import { roundCents } from "./money.ts";

/** One ledger file: where it is, and its record (valid against schemas/ledger.schema.json). */
export interface LedgerEntry {
  path: string;
  record: GrantRecord;
}

/** The organisation's name as people write it differently: case, accents, punctuation and "The" do not count. */
export function organisationKey(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim()
    .replace(/^the /, "");
}

/** The web site's host without `www.`: `https://www.PyCon.example.org/about` → `pycon.example.org`. */
export function websiteKey(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const host = new URL(url).hostname.toLowerCase().replace(/^www\./, "");
    return host === "" ? undefined : host;
  } catch {
    return undefined;
  }
}

export interface OrganisationRef {
  name: string;
  website?: string;
}

/** One organisation when the normalised names match, or the web sites' hosts do. */
export function sameOrganisation(a: OrganisationRef, b: OrganisationRef): boolean {
  if (organisationKey(a.name) !== "" && organisationKey(a.name) === organisationKey(b.name)) return true;
  const site = websiteKey(a.website);
  return site !== undefined && site === websiteKey(b.website);
}

/** The year a record counts in: the year of its decision (its folder). */
export function recordYear(record: GrantRecord): number {
  return Number(record.decided.on.slice(0, 4));
}

export interface Granted {
  /** The total granted, in the base currency. */
  total: number;
  /** The approved grants counted, oldest decision first. */
  grants: GrantRecord[];
}

/** What an organisation was granted in a year (approved decisions made that year). */
export function grantedTo(
  entries: readonly LedgerEntry[],
  organisation: OrganisationRef,
  year: number,
  except?: number,
): Granted {
  const grants = entries
    .map((e) => e.record)
    .filter(
      (r) =>
        r.outcome === "approved" &&
        r.issue !== except &&
        recordYear(r) === year &&
        sameOrganisation(r.organisation, organisation),
    )
    .sort((a, b) => a.decided.on.localeCompare(b.decided.on) || a.issue - b.issue);
  return { total: roundCents(grants.reduce((sum, r) => sum + (r.granted_base ?? 0), 0)), grants };
}

/** The years the foundation funded this organisation (approved decisions), for the fast track. */
export function fundedYears(
  entries: readonly LedgerEntry[],
  organisation: OrganisationRef,
  except?: number,
): number[] {
  const years = entries
    .map((e) => e.record)
    .filter(
      (r) => r.outcome === "approved" && r.issue !== except && sameOrganisation(r.organisation, organisation),
    )
    .map(recordYear);
  return [...new Set(years)].sort((a, b) => a - b);
}

export interface Tally {
  /** Approved grants. */
  approved: number;
  declined: number;
  /** The total granted, in the base currency. */
  granted: number;
}

export interface YearTotals {
  year: number;
  base_currency: string;
  all: Tally;
  /** By grant type (conference, workshop, …), in the order the types first appear. */
  byType: Record<string, Tally>;
  /** By organisation, largest total granted first; named as its first record names it. */
  byOrganisation: (Tally & { name: string })[];
}

const empty = (): Tally => ({ approved: 0, declined: 0, granted: 0 });

function add(tally: Tally, record: GrantRecord): void {
  if (record.outcome === "approved") {
    tally.approved++;
    tally.granted = roundCents(tally.granted + (record.granted_base ?? 0));
  } else tally.declined++;
}

/** The ledger's totals for each year it has, newest year first. */
export function yearlyTotals(entries: readonly LedgerEntry[]): YearTotals[] {
  const years = new Map<number, { totals: YearTotals; orgs: Map<string, Tally & { name: string }> }>();
  for (const { record } of entries) {
    const year = recordYear(record);
    let y = years.get(year);
    if (!y) {
      y = {
        totals: { year, base_currency: record.base_currency, all: empty(), byType: {}, byOrganisation: [] },
        orgs: new Map(),
      };
      years.set(year, y);
    }
    add(y.totals.all, record);
    y.totals.byType[record.grant_type] ??= empty();
    add(y.totals.byType[record.grant_type] as Tally, record);
    // Keyed by the normalised name: "PyCon Example" and "Pycon example." are one organisation.
    const key = organisationKey(record.organisation.name);
    let org = y.orgs.get(key);
    if (!org) {
      org = { name: record.organisation.name, ...empty() };
      y.orgs.set(key, org);
    }
    add(org, record);
  }
  return [...years.values()]
    .map(({ totals, orgs }) => ({
      ...totals,
      byOrganisation: [...orgs.values()].sort(
        (a, b) => b.granted - a.granted || a.name.localeCompare(b.name),
      ),
    }))
    .sort((a, b) => b.year - a.year);
}

/**
 * The ledger years a grant request's rules read: this year for the cap per organisation, and the years the fast
 * track looks back over when it asks for an earlier grant. None when neither is on: no read at all.
 */
export function ledgerYearsFor(
  grants: { organisation_cap_per_year: number; fast_track_max: number; fast_track_previous_years: number },
  now: Date,
): number[] {
  const year = now.getUTCFullYear();
  const years = new Set<number>();
  if (grants.organisation_cap_per_year > 0) years.add(year);
  const within = grants.fast_track_max > 0 ? grants.fast_track_previous_years : 0;
  for (let back = 0; within > 0 && back <= within; back++) years.add(year - back);
  return [...years].sort((a, b) => b - a);
}
