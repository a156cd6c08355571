import type { ScriptEnv } from '../../dsl/index.ts';
import type { Workspace } from '../../storage/workspace-store.ts';

/**
 * The custom field names the workspace knows (customers of the bundle and of saved baskets,
 * orders and lines of saved baskets), for completion after `User.CustomFields.` and friends.
 * @example scriptEnvOf(workspace).userCustomFields // ['QA_DiscountFinancialDispersion', 'accountType', 'newsletter']
 */
export function scriptEnvOf(workspace: Workspace): ScriptEnv {
  const user = new Set<string>();
  const order = new Set<string>();
  const line = new Set<string>();
  const add = (set: Set<string>, fields: Readonly<Record<string, unknown>> | undefined) => {
    for (const k of Object.keys(fields ?? {})) set.add(k);
  };
  for (const c of workspace.bundle.customers) add(user, c.customFields);
  for (const b of [...workspace.baskets, ...workspace.bundle.baskets]) {
    add(user, b.order.customer?.customFields);
    add(order, b.order.customFields);
    for (const l of b.order.lines) add(line, l.customFields);
  }
  const sorted = (s: Set<string>) => [...s].sort((a, b) => a.localeCompare(b));
  return { userCustomFields: sorted(user), orderCustomFields: sorted(order), lineCustomFields: sorted(line) };
}
