import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const require = createRequire(import.meta.url);
const config = JSON.parse(readFileSync(join(ROOT, 'build', 'electron-builder.json'), 'utf8')) as {
  asar: boolean;
  electronFuses: Record<string, boolean>;
};
/** electron-builder's own JSON schema, so a misspelt fuse name cannot pass silently. */
const scheme = JSON.parse(readFileSync(require.resolve('app-builder-lib/scheme.json'), 'utf8')) as {
  definitions: { FuseOptionsV1: { properties: Record<string, unknown> } };
};

describe('Electron fuses in build/electron-builder.json', () => {
  it('names only fuses electron-builder knows', () => {
    const known = Object.keys(scheme.definitions.FuseOptionsV1.properties);
    for (const name of Object.keys(config.electronFuses)) expect(known, name).toContain(name);
  });

  it('turns off RunAsNode, NODE_OPTIONS and --inspect; loads the app only from an integrity-checked asar', () => {
    expect(config.asar).toBe(true);
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      onlyLoadAppFromAsar: true,
      enableEmbeddedAsarIntegrityValidation: true,
      grantFileProtocolExtraPrivileges: false,
      enableCookieEncryption: true,
    });
  });
});
