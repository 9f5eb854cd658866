/**
 * Switchboard's User Timing entries in the page's timeline, which DevTools' Performance panel
 * shows and `npm run bench` and the e2e tests read. No imports: the bench's page bundles use it.
 */
export const USER_TIMING = {
  /** Mark: the content script started. */
  start: 'switchboard:start',
  /** Measure: from `start` until the first scan has marked every number on the page. */
  scan: 'switchboard:scan',
  /** Measure: one batch of texts searched for numbers; its detail is a FindDetail. */
  find: 'switchboard:find',
} as const;

export interface FindDetail {
  texts: number;
  /** Where the texts were searched: the background, or the page when it gave no usable answer. */
  searched: 'background' | 'page';
}
