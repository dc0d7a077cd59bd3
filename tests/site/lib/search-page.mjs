// The search page as a reader uses it: open /zoeken/?q=… and wait until the results (or the
// "geen resultaten" status) are on the page. Shared by the search journeys.

/** Open the search page for a query and wait for its results, at most 15 s. */
export async function openSearch(page, baseURL, q) {
  await page.goto(`${baseURL}/zoeken/?q=${encodeURIComponent(q)}`, { waitUntil: 'load' });
  await page
    .waitForFunction(
      () =>
        document.querySelectorAll('#zoek-resultaten > li').length > 0 ||
        /geen/i.test(document.getElementById('zoek-status')?.textContent ?? ''),
      null,
      { timeout: 15000 },
    )
    .catch(() => {});
}
