// Finds the Chromium the browser tests drive (CHROME_PATH, else Debian's /usr/bin/chromium).
// Playwright cannot download browsers here, so on Debian, as root, it installs the distro's,
// with a CJK font so the Simplified Chinese screenshots show text rather than empty boxes.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CJK_FONT = '/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc';

export function chromiumPath(): string {
  return process.env.CHROME_PATH || '/usr/bin/chromium';
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

export function ensureChromium(): string {
  const path = chromiumPath();
  const missing = [
    ...(!existsSync(path) && !process.env.CHROME_PATH ? ['chromium'] : []),
    ...(!existsSync(CJK_FONT) ? ['fonts-wqy-zenhei'] : []),
  ];
  if (missing.length && canUseApt()) aptInstall(missing);
  if (existsSync(path)) return path;
  console.error(
    `Chromium not found at ${path}: install it (Debian/Ubuntu: sudo apt-get install -y chromium) or set CHROME_PATH to a Chromium binary.`,
  );
  process.exit(1);
}

if (import.meta.url === `file://${process.argv[1]}`) ensureChromium();
