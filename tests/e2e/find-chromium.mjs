// Finds a Chromium for the end-to-end tests before they start: CHROMIUM_PATH, then Debian's
// /usr/bin/chromium. If there is none, installs it with apt-get when running as root, else
// stops with a message that says how. Playwright's own browser download is never used here.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium'].filter(Boolean);
const found = candidates.find((path) => existsSync(path));
if (found) {
  console.log(`e2e: using Chromium at ${found}`);
  process.exit(0);
}

if (process.getuid?.() === 0) {
  console.log("e2e: no Chromium found; installing Debian's chromium with apt-get …");
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  try {
    execFileSync('apt-get', ['install', '-y', '--no-install-recommends', 'chromium'], {
      stdio: 'inherit',
      env,
    });
  } catch {
    execFileSync('apt-get', ['update'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '--no-install-recommends', 'chromium'], {
      stdio: 'inherit',
      env,
    });
  }
  if (existsSync('/usr/bin/chromium')) process.exit(0);
}

console.error(
  'e2e: no Chromium found. Install one (Debian/Ubuntu: `sudo apt-get install -y chromium`) ' +
    'or point CHROMIUM_PATH at a Chromium or Chrome binary, then run `npm test` again.',
);
process.exit(1);
