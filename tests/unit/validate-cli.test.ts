/** `npm run validate` checks the folder it is told to (argument, else CORRIDOR_GEO) and says which. */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURE } from '../support/app-context.ts';

const CLI = join(import.meta.dirname, '../../src/data/validate-cli.ts');
const TSX = join(import.meta.dirname, '../../node_modules/.bin/tsx');

function validate(args: string[], env: Record<string, string> = {}) {
  try {
    const out = execFileSync(TSX, [CLI, ...args], {
      env: { ...process.env, ...env },
      encoding: 'utf8',
      stdio: 'pipe',
    });
    return { code: 0, out };
  } catch (error) {
    const e = error as { status: number; stdout: string; stderr: string };
    return { code: e.status, out: e.stdout + e.stderr };
  }
}

function brokenCopy(): string {
  const folder = mkdtempSync(join(tmpdir(), 'geo-cli-'));
  cpSync(FIXTURE, folder, { recursive: true });
  writeFileSync(join(folder, 'groups.json'), '[{ "id": "kazakhstan" }]');
  return folder;
}

// Each case starts a Node process with tsx: seconds, more on a busy machine.
describe('npm run validate', { timeout: 60_000 }, () => {
  it('checks the folder CORRIDOR_GEO names and prints its problems with exit code 1', () => {
    const folder = brokenCopy();
    const { code, out } = validate([], { CORRIDOR_GEO: folder });
    expect(code).toBe(1);
    expect(out).toContain(
      `${folder}/groups.json: item "kazakhstan": title: Invalid input: expected string, received undefined`,
    );
    expect(out).toContain(`problem(s) in ${folder}/`);
    expect(out).not.toMatch(/\n\s+at /);
  });

  it('prefers a folder given as an argument, and names the folder it found valid', () => {
    const { code, out } = validate([FIXTURE], { CORRIDOR_GEO: brokenCopy() });
    expect(code).toBe(0);
    expect(out).toMatch(/fixtures\/geo-valid\/ is valid: 2 segments, 3 hubs/);
  });
});
