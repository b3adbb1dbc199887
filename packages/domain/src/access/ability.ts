import {
  AbilityBuilder,
  createMongoAbility,
  ForcedSubject,
  MongoAbility,
  MongoQuery,
  subject as asSubject,
} from '@casl/ability';
import type { Role } from '../identity/roles.js';
import type { Action, Principal, Subject } from './subjects.js';

/**
 * The fields a row exposes to permission checks. A service describes a row
 * with these before asking `can(...)`, and puts the same fields into its SQL
 * WHERE through `scopeFor`:
 * - `laCode`: the local authority the row belongs to;
 * - `staffCode`: the person the row is about (a practitioner's own record, the
 *   practitioner a family is allocated to, the person of a time entry...);
 * - `supervisorCode`: the supervisor of that practitioner (for a supervision
 *   session, its supervisor; for a training event, a trainer);
 * - `userId`: the user account (for `Account`).
 */
export interface ScopedRow {
  laCode?: string | null;
  staffCode?: string | null;
  supervisorCode?: string | null;
  userId?: string | null;
}

export type AppAbility = MongoAbility<
  [Action, Subject | (ScopedRow & ForcedSubject<Subject>)],
  MongoQuery<ScopedRow>
>;

/** `can(action, subject, conditions?)`, with conditions typed as the fields of ScopedRow. */
type Can = (
  action: Action | Action[],
  subjectType: Subject | Subject[],
  conditions?: ScopedRow,
) => void;

/** Every role but admin (who has everything) may read its own account and change its password. */
function ownAccount(can: Can, principal: Principal): void {
  can(['read', 'update'], 'Account', { userId: principal.id });
}

const RULES: Record<Role, (can: Can, principal: Principal, cannot: Can) => void> = {
  admin(can, _principal, cannot) {
    can('manage', 'all');
    // The prices are the economist's: an admin reads them (DESIGN.md's roles table).
    cannot(['create', 'update', 'delete'], ['UnitCost', 'PriceIndex', 'Resource']);
  },

  supervisor(can, { staffCode }) {
    // Reads every practitioner's progress; changes only what concerns the practitioners they supervise.
    can('read', [
      'Programme',
      'LocalAuthority',
      'RuleSet',
      'Staff',
      'Practitioner',
      'Accreditation',
    ]);
    can('read', ['SupervisionSession', 'Milestone', 'TrainingEvent']);
    if (staffCode) {
      can('manage', ['SupervisionSession', 'Milestone', 'TrainingEvent'], {
        supervisorCode: staffCode,
      });
      // Fidelity of the families of the practitioners they supervise.
      can('read', 'Fidelity', { supervisorCode: staffCode });
      // The families whose films their supervisees bring to supervision.
      can('read', ['Family', 'FamilySession'], { supervisorCode: staffCode });
      // Supervisors and trainers record their own time (preparation, meetings, travel, admin).
      can(['read', 'create', 'update', 'delete'], 'TimeEntry', { staffCode });
    }
  },

  la_manager(can, { laCode }) {
    if (!laCode) return; // an unbound manager sees nothing rather than everything
    const la = { laCode };
    can('read', 'RuleSet');
    can(
      'read',
      [
        'Programme',
        'LocalAuthority',
        'Staff',
        'Accreditation',
        'Capacity',
        'FamilySession',
        'NotProceeded',
        'Fidelity',
      ],
      la,
    );
    // Admins keep the practitioner records (status, supervisor); managers read their LA's.
    can('read', 'Practitioner', la);
    can(['read', 'create', 'refer', 'update'], 'Family', la);
    // Corrections: a manager fixes a mis-logged session of their LA (logging is the practitioner's).
    can(['update', 'delete'], 'FamilySession', la);
    can(['read', 'create', 'update', 'delete'], 'TimeEntry', la);
    // A spreadsheet of the team's time, loaded at once (each row still judged as one entry).
    can('import', 'TimeEntry', la);
    can(['read', 'sign_off'], 'PeriodLock', la);
  },

  practitioner(can, { laCode, staffCode }) {
    can('read', 'RuleSet');
    if (laCode) can('read', ['Programme', 'LocalAuthority', 'PeriodLock'], { laCode });
    if (!staffCode) return;
    const own = { staffCode };
    can(
      'read',
      [
        'Staff',
        'Practitioner',
        'Accreditation',
        'SupervisionSession',
        'Milestone',
        'TrainingEvent',
      ],
      own,
    );
    can(['read', 'update'], 'Family', own);
    // A practitioner may refer a family to their own LA; its LA manager randomises and allocates it.
    if (laCode) can('refer', 'Family', { laCode });
    can(['read', 'create', 'update', 'delete'], ['FamilySession', 'TimeEntry'], own);
  },

  economist(can) {
    // All LAs, pseudonymised: costs and exports, never people's names, notes or family details.
    can('read', ['Programme', 'LocalAuthority', 'RuleSet', 'CostSummary']);
    // Counts and codes only: why referrals did not proceed, and fidelity totals.
    can('read', ['NotProceeded', 'Fidelity']);
    // Staff by code and cost role only: the service never gives them display names.
    can('read', 'Staff');
    can('manage', ['UnitCost', 'PriceIndex', 'Resource']);
    can(['read', 'export'], ['DataPackage', 'Workbook']);
  },
};

/** Abilities already built, by what they are built from: one principal's are the same every time. */
const built = new Map<string, AppAbility>();
const MAX_BUILT = 1000;

/** Everything a signed-in user may do, from DESIGN.md's roles table. The one definition of it. */
export function defineAbilityFor(principal: Principal): AppAbility {
  // The rules read the role, id, LA and staff code only (RULES, ownAccount).
  const key = JSON.stringify([principal.role, principal.id, principal.laCode, principal.staffCode]);
  let ability = built.get(key);
  if (!ability) {
    ability = buildAbility(principal);
    if (built.size >= MAX_BUILT) built.clear();
    built.set(key, ability);
  }
  return ability;
}

function buildAbility(principal: Principal): AppAbility {
  const builder = new AbilityBuilder<AppAbility>(createMongoAbility);
  const can: Can = (action, subjectType, conditions) => {
    // CASL types conditions on string subjects as `never`; ScopedRow is the real shape.
    if (conditions) builder.can(action, subjectType, conditions as MongoQuery<never>);
    else builder.can(action, subjectType);
  };
  const cannot: Can = (action, subjectType) => {
    builder.cannot(action, subjectType);
  };
  RULES[principal.role](can, principal, cannot);
  if (principal.role !== 'admin') ownAccount(can, principal);
  return builder.build();
}

/**
 * May the principal do `action` on `subjectType`, and on this particular row
 * when one is given? Without a row the answer is "on some rows at least".
 */
export function can(
  principal: Principal,
  action: Action,
  subjectType: Subject,
  row?: ScopedRow,
): boolean {
  const ability = defineAbilityFor(principal);
  return row
    ? ability.can(action, asSubject(subjectType, { ...row }))
    : ability.can(action, subjectType);
}

/**
 * Which rows of a subject the principal may act on, for a service to put into
 * its SQL WHERE: `all` (no restriction), or rows whose fields equal the ones
 * given (AND). `null` means no access at all: refuse, or return nothing.
 */
export interface AccessScope {
  all: boolean;
  laCode?: string;
  staffCode?: string;
  supervisorCode?: string;
  userId?: string;
}

const SCOPE_FIELDS = ['laCode', 'staffCode', 'supervisorCode', 'userId'] as const;

export function scopeFor(
  principal: Principal,
  subjectType: Subject,
  action: Action = 'read',
): AccessScope | null {
  const ability = defineAbilityFor(principal);
  // An unconditional `cannot` (an admin's writes of prices) takes the subject away entirely.
  if (!ability.can(action, subjectType)) return null;
  const rules = ability.rulesFor(action, subjectType).filter((r) => !r.inverted);
  if (rules.length === 0) return null;
  if (rules.some((r) => !r.conditions)) return { all: true };
  const distinct = new Set(rules.map((r) => JSON.stringify(r.conditions)));
  if (distinct.size > 1) {
    // A WHERE of one AND-ed set cannot say "either": keep each role to one condition per subject.
    throw new Error(
      `${principal.role} has several different conditions on ${action} ${subjectType}`,
    );
  }
  const conditions = rules[0]!.conditions as Record<string, unknown>;
  const scope: AccessScope = { all: false };
  for (const [key, value] of Object.entries(conditions)) {
    if (!(SCOPE_FIELDS as readonly string[]).includes(key) || typeof value !== 'string') {
      throw new Error(`Unsupported condition ${key} on ${action} ${subjectType}`);
    }
    scope[key as (typeof SCOPE_FIELDS)[number]] = value;
  }
  return scope;
}

/** Economists see codes only: no staff names, free-text notes or anything identifying a family. */
export function pseudonymised(principal: Principal): boolean {
  return principal.role === 'economist';
}
