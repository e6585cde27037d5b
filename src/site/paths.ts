/**
 * Where the dashboard's pages are, from the site's root, and links between them. The heatmap's pages are files in
 * `workgroups/` (`index.html`, `page-2.html`, …) and each work group's page is the index of a folder of its own
 * (`workgroups/<slug>/index.html`, where its files are in the repository). A slug never has a dot, so no slug — not
 * even `index` or `page-2` — names a heatmap page, and two slugs never name the same page.
 */

export const heatmapPath = (i: number): string =>
  i === 0 ? "workgroups/index.html" : `workgroups/page-${i + 1}.html`;

export const workgroupPath = (slug: string): string => `workgroups/${slug}/index.html`;

/** A link to the page at `to` from the page at `from`: `../index.html`, `packaging/index.html`. */
export function linkFrom(from: string, to: string): string {
  const here = from.split("/").slice(0, -1);
  const there = to.split("/");
  let same = 0;
  while (same < here.length && same < there.length - 1 && here[same] === there[same]) same++;
  return "../".repeat(here.length - same) + there.slice(same).join("/");
}
