/**
 * The rewards popup's content, loaded by `<vip-launcher>` with a dynamic `import()` on the first hover, focus or
 * click of its button, or when the browser is idle. It brings the pieces (and registers their tags, skipping
 * defined ones) and the same composition as `<vip-account>`.
 */
import '../../lazy/pieces.js';

export { ACCOUNT_STAGES as panelStages, renderAccountContent as renderPanel } from '../vip-account/account-content.js';
