/** The I/O boundary: loading account documents. No DOM rendering, no tier math. */
export { LoadError, isAbortError, isLoadError, loadMessages } from './errors.js';
export type { AccountResponse } from './fetch-account.js';
export { pendingTimerCount } from './fetch-account.js';
export {
  clearAccountCache,
  configureRequests,
  defaultRequestSettings,
  pendingRequestCount,
  requestAccount,
} from './requests.js';
export type { RequestOptions, RequestSettings } from './requests.js';
export { backoffDelay, parseRetryAfter, retryAfterLimitMs } from './retry.js';
