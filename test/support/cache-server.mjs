// Test server route for the HTTP-cache tests (test/hardening/sessions.test.ts): GET /__cache/<mode>/<id> answers a
// JSON body naming the Authorization header it saw and how many requests that address has had, with the caching
// headers of a careless backend: `last-modified` (Last-Modified, no Cache-Control) or `private-max-age`
// (Cache-Control: private, max-age=600, no Vary). Only a real response can be stored in the browser's HTTP cache.
const seen = new Map();

export async function cacheTestRoute(context, next) {
  const match = /^\/__cache\/(last-modified|private-max-age)\/[\w-]+$/.exec(context.path);
  if (!match) return next();
  const count = (seen.get(context.path) ?? 0) + 1;
  seen.set(context.path, count);
  context.type = 'application/json';
  if (match[1] === 'last-modified') context.set('Last-Modified', new Date(Date.now() - 86_400_000).toUTCString());
  else context.set('Cache-Control', 'private, max-age=600');
  context.body = JSON.stringify({ token: context.get('authorization') || null, seen: count });
}
