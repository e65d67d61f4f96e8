/**
 * What every page-kind template in this folder shares (one template per row of
 * src/archive/kinds.ts): each paginates over its kind's view models one page
 * at a time, as `p`, and writes the page to `p.path`. A template's own front
 * matter names only its data (`pagination.data: archive.pages.<kind>`);
 * Eleventy's data cascade merges the two `pagination` objects.
 */
export default {
  pagination: { size: 1, alias: 'p' },
  permalink: (data) => data.p.path,
};
