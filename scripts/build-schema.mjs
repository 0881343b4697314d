// Writes dist/account.schema.json — the JSON Schema of the account document, generated from the engine's zod
// schema — so a backend can validate what it sends. Runs after the library build (`npm run build`).
// `ENGINE` overrides the built engine module to read the schema from (default: dist/engine.js).
import { writeFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { toJSONSchema } from 'zod/mini';

const root = new URL('../', import.meta.url);
const engineUrl = process.env.ENGINE ? pathToFileURL(process.env.ENGINE).href : new URL('dist/engine.js', root).href;
const { getAccountSchema } = await import(engineUrl);

const generated = toJSONSchema(getAccountSchema(), { io: 'input', unrepresentable: 'any', target: 'draft-2020-12' });
const schema = {
  $schema: generated.$schema,
  $id: 'https://unpkg.com/vip-tiers/dist/account.schema.json',
  title: 'vip-tiers account document',
  description:
    'What a store sends to the vip-tiers widget: the VIP program, the customer (null for a guest), their activity ' +
    'and coupons. Money is in minor units of the currency; instants are ISO-8601 with an offset. Unknown fields ' +
    'are ignored; unknown perk and reward types are kept and shown by their title.',
  ...Object.fromEntries(Object.entries(generated).filter(([key]) => key !== '$schema')),
};

const out = new URL('dist/account.schema.json', root);
await writeFile(out, `${JSON.stringify(schema, null, 2)}\n`);
console.log(`wrote ${out.pathname.replace(root.pathname, '')}`);
