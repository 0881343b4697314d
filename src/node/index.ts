/**
 * `vip-tiers/node`: the toolkit behind the `vip-tiers` command, for backends that call it instead — read a
 * Shopify orders export, grants and points into per-customer histories; recalculate every customer's tier; compare
 * two programs; build account documents. Node 20; the program is validated once, not per customer.
 *
 * @example
 * import { readProgram, readShopifyOrders, recalculate } from 'vip-tiers/node';
 * const { program } = readProgram('program.json');
 * const { customers } = await readShopifyOrders('orders_export.csv', { currency: program.currency });
 * for (const row of recalculate(program, customers, { now: Date.now() })) console.log(row.email, row.tierName);
 */
export { InputError } from './errors.js';
export { readCsv, recordLines, type CsvProgress } from './csv.js';
export { customerKey, type CustomerHistory, type Customers, type KeptGrant, type KeptOrder, type KeptPoints } from './customers.js';
export { ORDER_COLUMNS, parseShopifyTime, readShopifyOrders, type AmountColumn, type OrdersRead, type ReadOrdersOptions, type SkipReason } from './shopify-orders.js';
export { readGrants, readPoints } from './side-files.js';
export { loadProgram, readProgram, type LoadedProgram } from './program.js';
export { accountOf, compare, customerDocument, customerTier, recalculate, type Comparison, type CustomerTier, type Move } from './evaluate-customers.js';
