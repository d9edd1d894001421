// The caches the service worker fills and sign-out empties, named once so the two agree.
// Only the review page's HTML is cached at run time; API answers never are.

/** Navigations to /review, kept (network first) so a reload without a connection still opens the page. */
export const REVIEW_PAGE_CACHE = "overflight-review-pages";

/** Empties what this browser cached of the signed-in learner's pages, so the next person on it cannot see them. */
export async function clearPageCaches(): Promise<void> {
  if (typeof caches === "undefined") return;
  await caches.delete(REVIEW_PAGE_CACHE).catch(() => false);
}
