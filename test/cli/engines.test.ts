/** The Node version the README states is the real minimum: every installed package accepts it (no engine warning on npm install). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createRequire } from 'node:module';

// npm's own range rules (semver ships with the toolchain; it is not a dependency of ours).
const semver = createRequire(import.meta.url)('semver') as {
  satisfies(version: string, range: string): boolean;
  minVersion(range: string): { version: string } | null;
};

const root = join(import.meta.dirname, '../..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { engines: { node: string } };
const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8')) as {
  packages: Record<string, { engines?: { node?: string } | string[] }>;
};

describe('Node engines', () => {
  it("accepts the project's minimum Node in every locked package", () => {
    const minimum = semver.minVersion(pkg.engines.node)!.version;
    expect(minimum).toBe('20.19.0');
    const refusing = Object.entries(lock.packages)
      .filter(([path, p]) => path !== '' && !Array.isArray(p.engines) && p.engines?.node && !semver.satisfies(minimum, p.engines.node))
      .map(([path, p]) => `${path} wants ${(p.engines as { node: string }).node}`);
    expect(refusing).toEqual([]);
  });
});
