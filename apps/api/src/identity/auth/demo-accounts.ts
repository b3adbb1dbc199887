import type { Role } from '@attune/domain';
import { INestApplicationContext, Logger } from '@nestjs/common';
import { APP_CONFIG } from '../../platform/config/config';
import type { AppConfig } from '../../platform/config/config';
import { UsersService } from '../users/users.service';

/** One account per role, bound to the demo programme's LA1, practitioner P-LA1-01 and supervisor S-01. */
export const DEMO_ACCOUNTS: ReadonlyArray<{
  email: string;
  role: Role;
  laCode: string | null;
  staffCode: string | null;
}> = [
  { email: 'admin@attune.test', role: 'admin', laCode: null, staffCode: null },
  { email: 'supervisor@attune.test', role: 'supervisor', laCode: null, staffCode: 'S-01' },
  { email: 'la.manager@attune.test', role: 'la_manager', laCode: 'LA1', staffCode: null },
  { email: 'practitioner@attune.test', role: 'practitioner', laCode: 'LA1', staffCode: 'P-LA1-01' },
  { email: 'economist@attune.test', role: 'economist', laCode: null, staffCode: null },
];

/** Fixed so that the demo and the browser tests can sign in; ATTUNE_DEMO_PASSWORD overrides it. */
export const DEFAULT_DEMO_PASSWORD = 'attune-demo-2021';

export interface DemoAccount {
  email: string;
  role: Role;
  laCode: string | null;
  staffCode: string | null;
  /** False when the account was there already (it is left as it is). */
  created: boolean;
}

/** Creates whichever demo accounts do not exist yet. For first start and `seed:demo`. */
export async function createDemoAccounts(
  app: INestApplicationContext,
): Promise<{ accounts: DemoAccount[]; password: string }> {
  const config = app.get<AppConfig>(APP_CONFIG);
  const users = app.get(UsersService);
  const password = config.ATTUNE_DEMO_PASSWORD ?? DEFAULT_DEMO_PASSWORD;
  const accounts: DemoAccount[] = [];
  for (const account of DEMO_ACCOUNTS) {
    const exists = (await users.findByEmail(account.email)) !== null;
    if (!exists) {
      await users.create(
        { ...account, password },
        { principal: null, requestId: 'demo-accounts', address: null },
      );
    }
    accounts.push({ ...account, created: !exists });
  }
  return { accounts, password };
}

/** The block printed for a person about to try Attune. */
export function demoAccountsBlock(accounts: DemoAccount[], password: string): string {
  const rows = accounts.map((a) => {
    const binding = [a.laCode, a.staffCode].filter(Boolean).join(', ');
    const note = a.created ? '' : '  (existed already: password unchanged)';
    return `  ${a.role.padEnd(13)} ${a.email.padEnd(26)} ${binding}${note}`;
  });
  const rule = '-'.repeat(64);
  return [rule, 'Demo accounts (one per role)', ...rows, `  password: ${password}`, rule].join(
    '\n',
  );
}

/** The last first-start step: the accounts that can see the demo programme. */
export async function demoAccountsStep(
  app: INestApplicationContext,
  logger: Logger,
): Promise<void> {
  const { accounts, password } = await createDemoAccounts(app);
  logger.log(`\n${demoAccountsBlock(accounts, password)}`);
}
