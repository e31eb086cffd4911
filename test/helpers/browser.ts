// Launches Debian's Chromium through playwright-core for page tests (never a downloaded browser).
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** Where Chromium is: CHROMIUM_PATH, or Debian's /usr/bin/chromium. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Says why browser tests cannot run here, or null when they can. In CI a missing browser is a failure
 * (.ci/run installs it); on a developer's machine the tests are skipped with this message.
 */
export function browserUnavailable(): string | null {
  if (existsSync(CHROMIUM_PATH)) return null;
  const why = `Chromium is not installed at ${CHROMIUM_PATH}: run "sudo apt-get install chromium" to run the browser tests.`;
  if (process.env.CI) throw new Error(why);
  return why;
}

/** Starts headless Chromium with the flags this closed network needs. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}
