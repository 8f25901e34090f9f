/**
 * Debian's chromium driven by playwright-core (never a downloaded browser): headless, sandbox
 * and network extras off, a fresh profile directory removed on close.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

export interface TestBrowser {
  /** A persistent context on the fresh profile (playwright passes --user-data-dir itself). */
  readonly context: BrowserContext;
  close(): Promise<void>;
}

export const chromiumPath = process.env['CLAIMTRAIL_CHROMIUM'] ?? '/usr/bin/chromium';

export async function launchBrowser(): Promise<TestBrowser> {
  const profile = await mkdtemp(join(tmpdir(), 'claimtrail-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    headless: true,
    viewport: { width: 1280, height: 900 },
    args: [
      '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
    ],
  });
  return {
    context,
    close: async () => {
      await context.close().catch(() => undefined);
      await rm(profile, { recursive: true, force: true });
    },
  };
}
