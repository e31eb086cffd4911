// The Nunjucks environment: our templates first, then GOV.UK Frontend's macros.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import nunjucks from 'nunjucks';

const require = createRequire(import.meta.url);

/** Folder holding GOV.UK Frontend's dist files (govuk/…). */
export const GOVUK_DIST = join(dirname(require.resolve('govuk-frontend/package.json')), 'dist');

const TEMPLATES = join(dirname(fileURLToPath(import.meta.url)), 'templates');

let env: nunjucks.Environment | null = null;

/** Returns the shared environment (autoescaping on: every value is escaped unless marked safe). */
export function nunjucksEnv(): nunjucks.Environment {
  env ??= new nunjucks.Environment(new nunjucks.FileSystemLoader([TEMPLATES, GOVUK_DIST]), { autoescape: true, throwOnUndefined: false });
  return env;
}
