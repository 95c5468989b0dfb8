import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../../../src');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sources(full);
    return /\.tsx?$/.test(name) ? [full] : [];
  });
}

describe('one clock', () => {
  it('no server or shared code reads the machine time except src/server/clock.ts', () => {
    const offenders = [...sources(path.join(root, 'server')), ...sources(path.join(root, 'shared'))]
      .filter((file) => !file.endsWith(path.join('server', 'clock.ts')))
      .flatMap((file) =>
        readFileSync(file, 'utf8')
          .split('\n')
          .map((line, i) => ({ file, line, n: i + 1 })),
      )
      .filter(({ line }) => /new Date\(\s*\)|Date\.now\(\)|sql`[^`]*(?<![.\w])now\(\)/.test(line))
      .map(({ file, n, line }) => `${path.relative(root, file)}:${n}: ${line.trim()}`);
    expect(offenders).toEqual([]);
  });
});
