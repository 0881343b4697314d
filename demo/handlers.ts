/**
 * The demo's mock store backend (msw): one account document per shopper, with the program switched
 * on, off or recalculating, and the faults a widget meets in real storefronts.
 */
import { delay, http, HttpResponse } from 'msw';
import { findShopper, type AccountDocument, type RawProgram, type ShopperId } from './shoppers.js';

export type ProgramState = RawProgram['status'];
export const programStates: readonly { readonly id: ProgramState; readonly label: string; readonly effect: string }[] = [
  { id: 'enabled', label: 'Enabled', effect: '' },
  { id: 'disabled', label: 'Disabled', effect: 'The program is disabled: every widget hides itself.' },
  {
    id: 'recalculating',
    label: 'Recalculating',
    effect: 'Tiers are being recalculated: a polite notice replaces the numbers.',
  },
];

export type Fault = 'none' | 'bad-document' | 'network-error' | 'slow' | 'unauthorized' | 'server-error' | 'html';
export const faults: readonly { readonly id: Fault; readonly label: string; readonly effect: string }[] = [
  { id: 'none', label: 'None', effect: '' },
  { id: 'slow', label: 'Slow API (3 s)', effect: 'The API answers after 3 seconds: the block holds its space meanwhile.' },
  {
    id: 'bad-document',
    label: 'Bad document',
    effect: 'The document has a negative goal: a short error and a retry button; the details are in the event log.',
  },
  { id: 'network-error', label: 'Network error', effect: 'The request fails: after its retries, an error and a retry button.' },
  { id: 'server-error', label: 'Server error (503)', effect: '503 with Retry-After: retried, then an error and a retry button.' },
  { id: 'unauthorized', label: 'Session expired (401)', effect: '401: the shopper sees the guest view and a sign-in link.' },
  { id: 'html', label: 'HTML, not JSON', effect: 'A login page instead of JSON: an error, never a crash.' },
];

/** How long the slow API takes to answer. */
export const SLOW_API_DELAY_MS = 3000;

export interface AccountRequest {
  readonly shopper: ShopperId;
  readonly program?: ProgramState;
  readonly fault?: Fault;
}

/** The `src` a storefront would point the elements at for this shopper, program state and fault. */
export function accountUrl({ shopper, program = 'enabled', fault = 'none' }: AccountRequest): string {
  const query = new URLSearchParams();
  if (program !== 'enabled') query.set('program', program);
  if (fault !== 'none') query.set('fault', fault);
  const search = query.toString();
  return `/api/shoppers/${encodeURIComponent(shopper)}/vip-account${search ? `?${search}` : ''}`;
}

/** The shopper's document with the program in `program` state (a fresh copy). */
export function accountDocument(shopper: ShopperId, program: ProgramState = 'enabled'): AccountDocument {
  const found = findShopper(shopper);
  if (!found) throw new Error(`No demo shopper "${shopper}"`);
  const account = structuredClone(found.document);
  account.program.status = program;
  return account;
}

/** A document the engine must reject: the second tier's goal is negative. */
export function badAccountDocument(shopper: ShopperId): AccountDocument {
  const account = accountDocument(shopper);
  const tier = account.program.tiers[1] ?? account.program.tiers[0];
  if (tier) tier.goal = -50000;
  return account;
}

const isProgramState = (value: string | null): value is ProgramState =>
  programStates.some((state) => state.id === value);
const isFault = (value: string | null): value is Fault => faults.some((fault) => fault.id === value);

export function createHandlers({ slowDelayMs = SLOW_API_DELAY_MS }: { slowDelayMs?: number } = {}) {
  return [
    http.get('/api/shoppers/:shopperId/vip-account', async ({ params, request }) => {
      const shopper = findShopper(String(params['shopperId']));
      if (!shopper) return HttpResponse.json({ error: 'not_found', message: 'No such shopper' }, { status: 404 });

      const query = new URL(request.url).searchParams;
      const program = isProgramState(query.get('program')) ? (query.get('program') as ProgramState) : 'enabled';
      const fault = isFault(query.get('fault')) ? (query.get('fault') as Fault) : 'none';

      switch (fault) {
        case 'network-error':
          return HttpResponse.error();
        case 'server-error':
          return HttpResponse.json({ error: 'unavailable' }, { status: 503, headers: { 'Retry-After': '1' } });
        case 'unauthorized':
          return HttpResponse.json({ error: 'unauthorized', message: 'Sign in to see your rewards' }, { status: 401 });
        case 'html':
          return HttpResponse.html('<!doctype html><title>Log in</title><h1>Please log in</h1>');
        case 'bad-document':
          return HttpResponse.json(badAccountDocument(shopper.id));
        case 'slow':
          await delay(slowDelayMs);
          break;
        case 'none':
          break;
      }
      return HttpResponse.json(accountDocument(shopper.id, program), {
        headers: { 'Cache-Control': 'private, no-store' },
      });
    }),
  ];
}

/** The demo's handlers, with the slow API at `SLOW_API_DELAY_MS`. */
export const handlers = createHandlers();
