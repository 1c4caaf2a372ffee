// Playwright's config lives under tests/ because the top level of the repository is fixed.
import { defineConfig, devices } from '@playwright/test';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
/** E2E_PORT lets two checkouts run their suites side by side without sharing a server. */
const port = Number(process.env['E2E_PORT'] ?? 4173);
const executablePath = [process.env['CHROMIUM_PATH'], '/usr/bin/chromium'].find(
  (path): path is string => !!path && existsSync(path),
);

export default defineConfig({
  testDir: '.',
  outputDir: `${root}/test-results`,
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: true,
  reporter: [['list']],
  timeout: 60_000,
  expect: { timeout: 15_000 },
  use: {
    baseURL: `http://localhost:${port}`,
    launchOptions: {
      ...(executablePath ? { executablePath } : {}),
      // Headless software WebGL; no background traffic to hosts the sandbox cannot reach.
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--use-angle=swiftshader',
        '--enable-unsafe-swiftshader',
      ],
    },
  },
  projects: [
    {
      name: 'desktop',
      grepInvert: /@touch|@classroom/,
      use: { viewport: { width: 1280, height: 800 } },
    },
    // The classroom projector: the tour, presenter mode, handout and image download.
    { name: 'projector', grep: /@classroom/, use: { viewport: { width: 1920, height: 1080 } } },
    {
      name: 'phone',
      grepInvert: /@pointer|@classroom/,
      use: {
        ...devices['Pixel 7'],
        viewport: { width: 390, height: 844 },
        defaultBrowserType: 'chromium',
      },
    },
  ],
  webServer: {
    command: `npx vite preview --port ${port}`,
    cwd: root,
    url: `http://localhost:${port}`,
    // Never another checkout's server, nor a stale preview of an older build.
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
