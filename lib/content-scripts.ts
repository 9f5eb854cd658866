/**
 * What Switchboard runs on an enabled site (registered at run time by lib/sites.ts; the bench
 * registers the same). No imports: the bench loads this outside the extension.
 */
export interface ContentScript {
  id: string;
  js: string[];
  runAt: 'document_start' | 'document_idle';
  allFrames: boolean;
}

export const CONTENT_SCRIPTS: readonly ContentScript[] = [
  { id: 'switchboard-crm', js: ['content-scripts/content.js'], runAt: 'document_idle', allFrames: true },
  // Wakes a stopped service worker as the page starts loading (entrypoints/wake.ts).
  { id: 'switchboard-wake', js: ['wake.js'], runAt: 'document_start', allFrames: false },
];
