// The translator workflow of the README's "Languages": writes src/i18n/catalogs/en.json from the English messages
// (src/i18n/messages.ts) and lists, per catalog, every key that is missing or extra, every placeholder that differs
// from English and every plural form the language lacks or does not have. Exits 1 when any catalog needs work.
//   npm run i18n            write en.json, report
//   npm run i18n -- --check report only; also fails when en.json is not the one the messages give
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));
const dir = join(root, 'src/i18n/catalogs');
const load = async (path) => (await runnerImport(join(root, path), { configFile: false })).module;
const { defaultMessages } = await load('src/i18n/messages.ts');
const { placeholders } = await load('src/i18n/catalogs.ts');
const { englishCatalog, catalogIssues } = await load('test/i18n/catalog-check.ts');

const check = process.argv.includes('--check');
const english = englishCatalog(defaultMessages, placeholders);
const missingSignatures = Object.entries(defaultMessages)
  .filter(([key, message]) => typeof message === 'function' && !placeholders[key])
  .map(([key]) => key);
let failed = false;
if (missingSignatures.length) {
  failed = true;
  console.log(`src/i18n/catalogs.ts: name the placeholders of ${missingSignatures.join(', ')} in \`placeholders\``);
}
const text = `${JSON.stringify(english, null, 2)}\n`;
const enPath = join(dir, 'en.json');
if (check) {
  if (readFileSync(enPath, 'utf8') !== text) {
    failed = true;
    console.log('en.json: not what src/i18n/messages.ts gives (run `npm run i18n` to write it)');
  }
} else if (missingSignatures.length === 0) {
  writeFileSync(enPath, text);
}
for (const file of readdirSync(dir).filter((name) => name.endsWith('.json') && name !== 'en.json').sort()) {
  const locale = file.slice(0, -'.json'.length);
  const issues = catalogIssues(english, JSON.parse(readFileSync(join(dir, file), 'utf8')), locale);
  if (issues.length === 0) continue;
  failed = true;
  console.log(`${file}:\n${issues.map((issue) => `  ${issue}`).join('\n')}`);
}
console.log(failed ? 'Catalogs need work (see above).' : 'Every catalog has every English message.');
process.exitCode = failed ? 1 : 0;
