import { getSettings } from '../settings/effective';
import { download } from './download';
import { settingsItem } from '../settings/store';
import { exportTeamFile, importTeamFile, TEAM_FILE_MAX_CHARS, type ImportRejection } from '../settings/team-file';
import type { Settings } from '../settings/schema';

// The options page's side of the team file: download the current settings, or read a file the
// agent picked and store it if (and only if) every check passes.

/** Download the settings in effect as a team file. */
export async function exportCurrent(): Promise<void> {
  download([exportTeamFile(await getSettings())], 'application/json', 'switchboard-settings.json');
}

/**
 * Import `file`: its settings replace the stored ones, except the agent's enabled sites,
 * which are kept and joined by the file's. Returns the stored settings, or the rejection.
 */
export async function importFile(file: Blob): Promise<{ settings: Settings } | ImportRejection> {
  // Refuse by size before reading: a huge file never reaches JSON.parse.
  if (file.size > TEAM_FILE_MAX_CHARS * 4) return { reason: 'tooLarge' };
  const result = importTeamFile(await file.text());
  if (!('settings' in result)) return result;
  const stored = await settingsItem.getValue();
  const settings = { ...result.settings, sites: [...new Set([...stored.sites, ...result.settings.sites])] };
  await settingsItem.setValue(settings);
  return { settings };
}
