// The file-system edge of reporting: writes the HTML pages and the GOV.UK Frontend assets they need.
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as sass from 'sass';
import { GOVUK_DIST } from './nunjucks-env.ts';

const STYLES = join(dirname(fileURLToPath(import.meta.url)), 'styles', 'carestats.scss');

/** Compiles carestats.scss (GOV.UK Frontend with Arial) to CSS. */
export function compileStyles(): string {
  return sass.compile(STYLES, { style: 'compressed', importers: [new sass.NodePackageImporter()], quietDeps: true }).css;
}

/** Writes `pages` (file name → HTML) into `outDir` with assets/carestats.css and GOV.UK's images and manifest. */
export function writeSite(outDir: string, pages: Record<string, string>): string[] {
  const assets = join(outDir, 'assets');
  mkdirSync(assets, { recursive: true });
  writeFileSync(join(assets, 'carestats.css'), compileStyles());
  // Images (favicons) only: the GOV.UK fonts are not licensed for use outside GOV.UK, and we use Arial.
  cpSync(join(GOVUK_DIST, 'govuk', 'assets', 'images'), join(assets, 'images'), { recursive: true });
  cpSync(join(GOVUK_DIST, 'govuk', 'assets', 'manifest.json'), join(assets, 'manifest.json'));
  return Object.entries(pages).map(([name, html]) => {
    const path = join(outDir, name);
    writeFileSync(path, html);
    return path;
  });
}
