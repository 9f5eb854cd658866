// Finds the Chromium the browser tests drive (CHROME_PATH, else Debian's /usr/bin/chromium).
// Playwright cannot download browsers here, so on Debian, as root, it installs the distro's.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export function chromiumPath(): string {
  return process.env.CHROME_PATH || '/usr/bin/chromium';
}

function install(): void {
  console.log('Chromium not found: installing Debian\'s chromium package (apt-get)...');
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
  execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
}

export function ensureChromium(): string {
  const path = chromiumPath();
  if (existsSync(path)) return path;
  const canInstall = !process.env.CHROME_PATH && process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
  if (canInstall) install();
  if (existsSync(path)) return path;
  console.error(
    `Chromium not found at ${path}: install it (Debian/Ubuntu: sudo apt-get install -y chromium) or set CHROME_PATH to a Chromium binary.`,
  );
  process.exit(1);
}

if (import.meta.url === `file://${process.argv[1]}`) ensureChromium();
