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
// Headless software WebGL; no background traffic to hosts the sandbox cannot reach.
const args = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
];

export default defineConfig({
  testDir: '.',
  outputDir: `${root}/test-results`,
  fullyParallel: true,
  // Three workers on CI's two cores: a page spends much of its time waiting (for the network, a
  // frame, the map to be idle), and a third worker fills that time. Measured: the suite took
  // 17.6 min with three against 20.3 min with two.
  workers: 3,
  retries: 0,
  forbidOnly: true,
  reporter: [['list']],
  // Two minutes a test: with three workers on two cores a test gets less of the machine, and the
  // top bar's test (three languages at three sizes) once took over a minute in a clean CI run.
  timeout: 120_000,
  expect: { timeout: 15_000 },
  use: {
    baseURL: `http://localhost:${port}`,
    launchOptions: { ...(executablePath ? { executablePath } : {}), args },
    // The offline copy's service worker is tested on its own (offline-app.spec.ts); elsewhere it
    // would download every file again in each test.
    serviceWorkers: 'block',
  },
  projects: [
    {
      name: 'desktop',
      grepInvert: /@touch|@classroom|@no-webgl/,
      use: { viewport: { width: 1280, height: 800 } },
    },
    // The classroom projector: the tour, presenter mode, handout and image download.
    { name: 'projector', grep: /@classroom/, use: { viewport: { width: 1920, height: 1080 } } },
    {
      name: 'phone',
      grepInvert: /@pointer|@classroom|@no-webgl/,
      use: {
        ...devices['Pixel 7'],
        viewport: { width: 390, height: 844 },
        // One device pixel per CSS pixel: layout, taps and their tolerances are in CSS pixels,
        // and drawing the map in software at the Pixel 7's 2.6 took the phone tests 6.6 min
        // against 5.1 (measured with three workers on two cores).
        deviceScaleFactor: 1,
        defaultBrowserType: 'chromium',
      },
    },
    // A browser without WebGL (tag @no-webgl): the page must work without its map.
    {
      name: 'no-webgl',
      grep: /@no-webgl/,
      use: {
        viewport: { width: 1280, height: 800 },
        launchOptions: {
          ...(executablePath ? { executablePath } : {}),
          args: [...args, '--disable-webgl', '--disable-3d-apis'],
        },
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
