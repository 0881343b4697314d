/**
 * The catalog checks (README, "Languages", translator workflow), shared by test/i18n/catalogs.test.ts and
 * `npm run i18n` (scripts/i18n.mjs): the English catalog written from the English messages, and every way a
 * translation can differ from it.
 */
import type { Catalog, CatalogEntry } from '../../src/i18n/catalogs.js';
import type { Messages } from '../../src/i18n/messages.js';

type Fn = (...args: (string | undefined)[]) => string;

/**
 * The English catalog: every message of `messages`, its arguments written as `{name}` placeholders; plural messages
 * as their English forms, optional arguments as the form with it and the `other` form without it.
 */
export function englishCatalog(messages: Messages, placeholders: Readonly<Record<string, string>>): Catalog {
  const catalog: Record<string, CatalogEntry> = {};
  const english = new Intl.PluralRules('en').resolvedOptions().pluralCategories;
  for (const [key, message] of Object.entries(messages) as [string, string | Fn][]) {
    if (typeof message === 'string') {
      catalog[key] = message;
      continue;
    }
    const names = (placeholders[key] ?? '').split(' ').filter(Boolean);
    const args = names.map((name) => `{${name.replace('?', '')}}`);
    const plural = names.indexOf('plural');
    const optional = names.findIndex((name) => name.endsWith('?'));
    if (plural >= 0) {
      catalog[key] = Object.fromEntries(english.map((category) => [category, message(...args.map((a, i) => (i === plural ? category : a)))]));
    } else if (optional >= 0) {
      catalog[key] = {
        [names[optional]!.slice(0, -1)]: message(...args),
        other: message(...args.map((a, i) => (i === optional ? undefined : a))),
      };
    } else {
      catalog[key] = message(...args);
    }
  }
  return catalog;
}

const placeholdersIn = (text: string): string[] => [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!))].sort();
const same = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && a.every((x, i) => x === b[i]);

/**
 * Every difference of `catalog` (for `locale`) from `english`, one line each: a missing or extra key, a text where
 * English has forms (or the reverse), plural forms other than the locale's CLDR categories, another set of forms,
 * and placeholders other than English's (a plural form may leave out `{count}`, as "one day" does, except `other`).
 */
export function catalogIssues(english: Catalog, catalog: Catalog, locale: string): string[] {
  const issues: string[] = [];
  const categories = [...new Intl.PluralRules(locale).resolvedOptions().pluralCategories].sort();
  for (const key of Object.keys(english)) if (!(key in catalog)) issues.push(`${key}: missing`);
  for (const key of Object.keys(catalog)) if (!(key in english)) issues.push(`${key}: not an English message`);
  for (const [key, source] of Object.entries(english)) {
    const entry = catalog[key];
    if (entry === undefined) continue;
    if (typeof source === 'string' || typeof entry === 'string') {
      if (typeof source !== typeof entry) {
        issues.push(`${key}: ${typeof source === 'string' ? 'a text' : 'forms'} in English, ${typeof entry === 'string' ? 'a text' : 'forms'} here`);
      } else if (!same(placeholdersIn(entry as string), placeholdersIn(source as string))) {
        issues.push(`${key}: placeholders {${placeholdersIn(entry as string).join('} {')}} differ from English {${placeholdersIn(source as string).join('} {')}}`);
      }
      continue;
    }
    const plural = 'one' in source;
    const wanted = plural ? categories : Object.keys(source).sort();
    const forms = Object.keys(entry).sort();
    if (!same(forms, wanted)) issues.push(`${key}: forms ${forms.join(' ')}, expected ${wanted.join(' ')}`);
    const englishAll = placeholdersIn(Object.values(source).join(' '));
    for (const [form, text] of Object.entries(entry)) {
      const expected = plural ? englishAll : placeholdersIn(source[form] ?? '');
      const found = placeholdersIn(text);
      const mayOmitCount = plural && form !== 'other';
      const ok = found.every((name) => expected.includes(name)) &&
        expected.every((name) => found.includes(name) || (mayOmitCount && name === 'count'));
      if (!ok) issues.push(`${key}.${form}: placeholders {${found.join('} {')}} differ from English {${expected.join('} {')}}`);
    }
  }
  return issues;
}
