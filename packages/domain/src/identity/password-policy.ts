/**
 * Password rules after the NCSC's advice: length over complexity, no
 * composition rules, no expiry, and a refusal of the passwords attackers try
 * first. https://www.ncsc.gov.uk/collection/passwords
 */
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 256;

// The commonest passwords of public breach corpora that are long enough to pass the length rule.
const COMMON = new Set(
  [
    '123456789012',
    '1234567890123',
    'qwertyuiopas',
    'qwertyuiop123',
    'password1234',
    'password12345',
    'passwordpassword',
    'iloveyou1234',
    'aaaaaaaaaaaa',
    '111111111111',
    '000000000000',
    'abcdefghijkl',
    'abc123abc123',
    'letmeinletmein',
    'welcome12345',
    'administrator',
    'administrator1',
    'changeme1234',
    'trustno1trustno1',
    'football1234',
    'qwerty123456',
    'q1w2e3r4t5y6',
    '1q2w3e4r5t6y',
    'zaq12wsxcde3',
    'passw0rd1234',
    'monkeymonkey',
    'sunshine1234',
    'princess1234',
    'baseball1234',
    'superman1234',
    'p@ssw0rd1234',
    'p@ssword1234',
    'masterpassword',
    'starwars1234',
    'whatever1234',
    'correcthorsebatterystaple',
    'attuneattune',
    'attune123456',
    'babies1st123',
  ].map((p) => p.toLowerCase()),
);

export interface PasswordContext {
  email?: string;
}

/** Returns the reasons a password is refused; an empty list means it is acceptable. */
export function passwordProblems(password: string, context: PasswordContext = {}): string[] {
  const problems: string[] = [];
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) {
    problems.push(
      `must be at least ${PASSWORD_MIN_LENGTH} characters (three random words work well)`,
    );
  }
  if (length > PASSWORD_MAX_LENGTH)
    problems.push(`must be at most ${PASSWORD_MAX_LENGTH} characters`);
  const lower = password.toLowerCase();
  if (COMMON.has(lower)) problems.push('is one of the most commonly used passwords');
  else if (length >= PASSWORD_MIN_LENGTH && new Set(lower).size <= 2) {
    problems.push('repeats too few different characters');
  }
  const local = context.email?.split('@')[0]?.toLowerCase();
  if (local && local.length >= 4 && lower.includes(local)) {
    problems.push('must not contain your email name');
  }
  return problems;
}
