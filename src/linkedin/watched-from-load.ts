// Which LinkedIn pages Rapport's content script watches from their load (page-kind.ts's
// detectors say what each page is; this is the one question content.js asks at load). A module
// of its own, importing nothing: content.js's entry imports it directly (content/index.ts), so
// that nothing else of src/linkedin/ is set up while LinkedIn loads.
/**
 * Pages Rapport watches from their load, before the person does anything: a deep link's invite
 * dialog is part of the page, the sent-invitations list is read as it loads, and a thread page's
 * message box is the page. Every other page waits for the person (content/first-sign.ts). Asked
 * once per document as the content script starts, so by the path's start alone (no URL parsed,
 * no pattern compiled): a few more pages watched from load would cost little, a page missed would
 * only wait for the person (tests/unit/linkedin/page-kind.test.ts holds it to the detectors).
 */
const WATCHED_FROM_LOAD_PATHS = ['/preload/custom-invite', '/preload/search-custom-invite', '/mynetwork/invitation-manager/sent', '/messaging'];
export function isWatchedFromLoad(pathname: string): boolean {
  const p = pathname.toLowerCase();
  return WATCHED_FROM_LOAD_PATHS.some((start) => p.startsWith(start));
}
