// The file-system edge of reporting: writes the HTML pages, their styles and their icon.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as sass from 'sass';

const STYLES = join(dirname(fileURLToPath(import.meta.url)), 'styles', 'carestats.scss');

/** Compiles carestats.scss (GOV.UK Frontend with Arial) to CSS. */
export function compileStyles(): string {
  return sass.compile(STYLES, { style: 'compressed', importers: [new sass.NodePackageImporter()], quietDeps: true }).css;
}

/**
 * A plain icon of carestats' own for the browser tab: GOV.UK Frontend's icons are the crown, which only GOV.UK
 * services may use (as its fonts are licensed to GOV.UK only; the pages use Arial).
 */
export const FAVICON_SVG = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="#1d70b8"/><path d="M9 22V12m7 10V8m7 14v-7" stroke="#fff" stroke-width="4" stroke-linecap="round"/></svg>\n';

/** Writes `pages` (file name → HTML) into `outDir` with assets/carestats.css and carestats' own icon. */
export function writeSite(outDir: string, pages: Record<string, string>): string[] {
  const assets = join(outDir, 'assets');
  mkdirSync(assets, { recursive: true });
  writeFileSync(join(assets, 'carestats.css'), compileStyles());
  writeFileSync(join(assets, 'favicon.svg'), FAVICON_SVG);
  return Object.entries(pages).map(([name, html]) => {
    const path = join(outDir, name);
    writeFileSync(path, html);
    return path;
  });
}
