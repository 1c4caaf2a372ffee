/**
 * The dev server and the data folder: a file removed and restored is followed without a
 * restart, and a missing file is named plainly.
 */
import { cpSync, mkdtempSync, readFileSync, renameSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { corridorData } from '../../src/data/vite-plugin.ts';
import { FIXTURE } from '../support/app-context.ts';

let server: ViteDevServer;
let folder: string;

/** The problems the page would list, from the virtual module the dev server serves now. */
async function problemsServed(): Promise<string[]> {
  const result = await server.transformRequest('virtual:corridor');
  const json = /export default (.*);\s*$/s.exec(result?.code ?? '')?.[1] ?? '{}';
  return (JSON.parse(json) as { problems: string[] }).problems;
}

/** Resolves once the dev server has seen a change in the folder. */
function nextReload(): Promise<void> {
  return new Promise((resolve) => {
    const send = server.ws.send.bind(server.ws);
    server.ws.send = ((payload: { type: string }) => {
      if (payload.type === 'full-reload') {
        server.ws.send = send;
        resolve();
      }
      return send(payload as never);
    }) as typeof server.ws.send;
  });
}

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'geo-dev-'));
  cpSync(FIXTURE, folder, { recursive: true });
  process.env['CORRIDOR_GEO'] = folder;
  server = await createServer({
    configFile: false,
    logLevel: 'silent',
    server: { middlewareMode: true, hmr: false },
    plugins: [corridorData()],
  });
});

afterAll(async () => {
  delete process.env['CORRIDOR_GEO'];
  await server.close();
});

describe('the dev server follows the data folder', () => {
  it('serves the folder named by CORRIDOR_GEO, then names a removed file and recovers when it returns', async () => {
    expect(await problemsServed()).toEqual([]);
    const tour = join(folder, 'tour.json');
    const aside = join(folder, 'tour.json.away');
    let reload = nextReload();
    renameSync(tour, aside);
    await reload;
    const problems = await problemsServed();
    expect(problems).toEqual([expect.stringMatching(/tour\.json: file: \(root\): is missing$/)]);
    expect(problems[0]).toMatch(/tour\.json: file: \(root\): is missing$/);
    expect(problems[0]!.startsWith(folder.split('\\').join('/'))).toBe(true);
    reload = nextReload();
    renameSync(aside, tour);
    await reload;
    expect(await problemsServed()).toEqual([]);
    expect(readFileSync(tour, 'utf8')).toContain('steps');
  });
});
