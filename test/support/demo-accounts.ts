/**
 * The demo accounts the server creates and prints on first start with the
 * embedded database (apps/api auth/demo-accounts.ts), read from its output
 * so these tests follow whatever it prints:
 *
 *   admin         admin@attune.test
 *   la_manager    la.manager@attune.test     LA1
 *   password: ...
 */
export interface DemoAccount {
  role: string;
  email: string;
}

export function demoAccountsFrom(output: string): { accounts: DemoAccount[]; password: string } {
  const accounts: DemoAccount[] = [];
  for (const match of output.matchAll(
    /^\s*(admin|supervisor|la_manager|practitioner|economist)\s+(\S+@\S+)/gm,
  )) {
    accounts.push({ role: match[1]!, email: match[2]! });
  }
  const password =
    process.env['ATTUNE_DEMO_PASSWORD'] ?? /^\s*password:\s*(\S+)\s*$/m.exec(output)?.[1];
  if (accounts.length === 0 || !password) {
    throw new Error(`The server printed no demo accounts. Its output:\n${output}`);
  }
  return { accounts, password };
}
