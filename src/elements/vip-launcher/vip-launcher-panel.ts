/**
 * The rewards popup's content, loaded by `<vip-launcher>` with a dynamic `import()` on the first hover, focus or
 * click of its button, or when the browser is idle: the same composition as `<vip-account>`. It registers no tag:
 * the pieces it shows are registered by `vip-tiers/define`, or by the script tag along with this module.
 */
export { ACCOUNT_STAGES as panelStages, renderAccountContent as renderPanel } from '../vip-account/account-content.js';
