// Finds the browsers the e2e tests drive: Chromium (CHROME_PATH, else Debian's /usr/bin/chromium)
// and Firefox ESR (FIREFOX_PATH, else Debian's /usr/bin/firefox-esr). Playwright cannot download
// browsers here, so on Debian, as root, it installs the distro's, with a CJK font so the
// Simplified Chinese screenshots show text rather than empty boxes.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CJK_FONT = '/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc';

export function chromiumPath(): string {
  return process.env.CHROME_PATH || '/usr/bin/chromium';
}

export function firefoxPath(): string {
  return process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';
}

const canUseApt = () => process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');

function aptInstall(packages: string[]): void {
  console.log(`Installing Debian packages for the browser tests: ${packages.join(', ')} (apt-get)...`);
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
  execFileSync('apt-get', ['install', '-y', '-qq', ...packages], {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
}

/** A browser binary to find, and the Debian package that provides it when no path is given. */
interface Wanted {
  name: string;
  path: string;
  /** The environment variable that names it. */
  env: string;
  debian: string;
}

function ensure(wanted: Wanted[]): void {
  const missing = [
    ...wanted.filter((w) => !existsSync(w.path) && !process.env[w.env]).map((w) => w.debian),
    ...(!existsSync(CJK_FONT) ? ['fonts-wqy-zenhei'] : []),
  ];
  if (missing.length && canUseApt()) aptInstall(missing);
  const absent = wanted.filter((w) => !existsSync(w.path));
  for (const w of absent) {
    console.error(`${w.name} not found at ${w.path}: install it (Debian/Ubuntu: sudo apt-get install -y ${w.debian}) or set ${w.env} to a ${w.name} binary.`);
  }
  if (absent.length) process.exit(1);
}

const CHROMIUM = (): Wanted => ({ name: 'Chromium', path: chromiumPath(), env: 'CHROME_PATH', debian: 'chromium' });
const FIREFOX = (): Wanted => ({ name: 'Firefox', path: firefoxPath(), env: 'FIREFOX_PATH', debian: 'firefox-esr' });

/** Chromium only, for `npm start`. */
export function ensureChromium(): string {
  ensure([CHROMIUM()]);
  return chromiumPath();
}

if (import.meta.url === `file://${process.argv[1]}`) ensure([CHROMIUM(), FIREFOX()]);
