import { ROLES, type Role } from '@attune/domain';

/**
 * The portal's navigation, in one place. An entry is listed only when its page
 * exists; to add a page, add its route and one entry here naming the roles
 * that may use it (the route guard reads the same list).
 */
export type Audience = Role | 'signed_out';

export interface NavEntry {
  id: string;
  label: string;
  path: string;
  /** Who sees the entry and may open the page. */
  audience: readonly Audience[];
  /** One line for the home page's "what you can do here". */
  description: string;
  /** A page of one programme: it lives at `/p/:programmeId/<path>`. */
  programmePage?: true;
}

const EVERY_ROLE: readonly Audience[] = ROLES;

export const NAV_ENTRIES: readonly NavEntry[] = [
  {
    id: 'home',
    label: 'Home',
    path: '/home',
    audience: EVERY_ROLE,
    description: 'Start here: what your role can do in Attune.',
  },
  {
    id: 'users',
    label: 'Users',
    path: '/users',
    audience: ['admin'],
    description: 'Create user accounts, give each one a role, and disable accounts.',
  },
  {
    id: 'supervision',
    label: 'Supervision',
    path: '/supervision',
    programmePage: true,
    audience: ['supervisor', 'admin'],
    description:
      'Log supervision and see your trainees, most at risk of missing accreditation first.',
  },
  {
    id: 'accreditation',
    label: 'Accreditation',
    path: '/accreditation',
    programmePage: true,
    audience: ['supervisor', 'admin', 'la_manager'],
    description: "Every practitioner's progress toward accreditation and the projected date.",
  },
  {
    id: 'rule-sets',
    label: 'Rule sets',
    path: '/rule-sets',
    programmePage: true,
    audience: ['admin'],
    description: 'Copy an accreditation route, edit its stages, and choose the one in force.',
  },
  {
    id: 'programme-settings',
    label: 'Programme settings',
    path: '/settings',
    programmePage: true,
    audience: ['admin'],
    description:
      "Edit the programme's name, dates, minimums, prices, sensitivity and rule set, or delete it.",
  },
  {
    id: 'local-authorities',
    label: 'Local authorities',
    path: '/local-authorities',
    programmePage: true,
    audience: ['admin'],
    description: "Add the programme's local authorities and correct their names.",
  },
  {
    id: 'staff',
    label: 'Staff and practitioners',
    path: '/staff',
    programmePage: true,
    audience: ['admin'],
    description:
      "Add and edit the programme's staff and practitioners; pause, withdraw or bring back a practitioner.",
  },
  {
    id: 'capacity',
    label: 'Capacity',
    path: '/capacity',
    programmePage: true,
    audience: ['la_manager', 'admin'],
    description:
      "Practitioners' caseloads against the minimum, hours, overdue families, referrals that did not proceed and intake.",
  },
  {
    id: 'families',
    label: 'Families',
    path: '/families',
    programmePage: true,
    audience: ['la_manager', 'admin'],
    description:
      'Families by status or overdue, and referring a family (eligibility checked as you type).',
  },
  {
    id: 'trial',
    label: 'Trial',
    path: '/trial',
    programmePage: true,
    audience: ['la_manager', 'admin'],
    description:
      "The trial's flow (CONSORT counts as of a day, as a diagram and a table) and the follow-ups and outcomes due.",
  },
  {
    id: 'fidelity',
    label: 'Fidelity',
    path: '/fidelity',
    programmePage: true,
    audience: ['supervisor', 'la_manager', 'economist', 'admin'],
    description:
      "Fidelity to the model per practitioner, LA and programme: minimum sessions, cycles, the model's order.",
  },
  {
    id: 'sign-off',
    label: 'Sign-off',
    path: '/sign-off',
    programmePage: true,
    audience: ['la_manager', 'admin'],
    description:
      "Sign off a month's family sessions and time records, which then become read-only.",
  },
  {
    id: 'time-import',
    label: 'Import time',
    path: '/time-import',
    programmePage: true,
    audience: ['la_manager', 'admin'],
    description:
      'Load a spreadsheet of staff time (CSV or Excel): check it first, then import every row or none.',
  },
  {
    id: 'my-families',
    label: 'My families',
    path: '/my-families',
    programmePage: true,
    audience: ['practitioner'],
    description: 'Your families, overdue work, and logging a session.',
  },
  {
    id: 'my-time',
    label: 'My time',
    path: '/my-time',
    programmePage: true,
    // Everyone whose time costs money: supervisors and trainers, managers and admin staff too.
    audience: ['practitioner', 'supervisor', 'la_manager', 'admin'],
    description:
      'Your own time a week at a time, not captured by sessions: case recording, meetings, admin.',
  },
  {
    id: 'team-time',
    label: 'Team time',
    path: '/team-time',
    programmePage: true,
    audience: ['la_manager', 'admin'],
    description:
      "Your team's minutes this week, and recording or correcting a staff member's time.",
  },
  {
    id: 'my-progress',
    label: 'My progress',
    path: '/my-progress',
    programmePage: true,
    audience: ['practitioner'],
    description:
      'Your own progress toward accreditation: cycles, families, supervision and what comes next.',
  },
  {
    id: 'audit-log',
    label: 'Audit log',
    path: '/audit-log',
    audience: ['admin'],
    description:
      'Browse and filter every sign-in, change, import and export, and download it as CSV.',
  },
  {
    id: 'programmes',
    label: 'Programmes',
    path: '/programmes',
    audience: ['admin'],
    description: "Import a programme's data package, and download any programme's package.",
  },
  {
    id: 'costs',
    label: 'Costs',
    path: '/costs',
    programmePage: true,
    audience: ['admin', 'economist'],
    description: "A programme's cost summary by LA, by activity, per family and per practitioner.",
  },
  {
    id: 'unit-costs',
    label: 'Unit costs',
    path: '/unit-costs',
    programmePage: true,
    audience: ['economist', 'admin'],
    description:
      "Each cost role's hourly cost and the dates it applies to (economists edit, admins read).",
  },
  {
    id: 'price-index',
    label: 'Price index',
    path: '/price-index',
    programmePage: true,
    audience: ['economist', 'admin'],
    description: "The index of each price year, used to bring costs to the programme's price year.",
  },
  {
    id: 'resources',
    label: 'Resources',
    path: '/resources',
    programmePage: true,
    audience: ['economist', 'admin'],
    description: 'Equipment, software, fees and other resources, with their cost and who bears it.',
  },
  {
    id: 'ledger',
    label: 'Ledger',
    path: '/ledger',
    programmePage: true,
    audience: ['admin', 'economist'],
    description:
      'Every line a cost figure is made of, pseudonymised: filter, page, total and download as CSV.',
  },
  {
    id: 'sensitivity',
    label: 'Sensitivity',
    path: '/sensitivity',
    programmePage: true,
    audience: ['economist', 'admin'],
    description:
      'One-way sensitivity of the total cost to each assumption, as a tornado chart and a table.',
  },
  {
    id: 'workbook-export',
    label: 'Export workbook',
    path: '/workbook-export',
    programmePage: true,
    audience: ['economist', 'admin'],
    description:
      'Export the cost-evaluation workbook (.xlsx) of a programme, with live formulas to run your own scenarios.',
  },
  {
    id: 'health',
    label: 'System health',
    path: '/health',
    audience: [...EVERY_ROLE, 'signed_out'],
    description: 'Check that the Attune service and its database are up.',
  },
];

/**
 * Where an entry links to: a programme page in the programme being shown;
 * without one, its plain path, which opens the programme the user chose last
 * (or the only one, or asks).
 */
export function linkOf(entry: NavEntry, programmeId: string | null): string {
  return entry.programmePage && programmeId
    ? `/p/${encodeURIComponent(programmeId)}${entry.path}`
    : entry.path;
}

function audienceOf(role: Role | null): Audience {
  return role ?? 'signed_out';
}

export function navFor(role: Role | null): NavEntry[] {
  return NAV_ENTRIES.filter((entry) => entry.audience.includes(audienceOf(role)));
}

export function canOpen(role: Role | null, entryId: string): boolean {
  const entry = NAV_ENTRIES.find((candidate) => candidate.id === entryId);
  return entry !== undefined && entry.audience.includes(audienceOf(role));
}

/** How each role is introduced on its home page (DESIGN.md, "Users"). */
export const ROLE_INTRO: Readonly<Record<Role, { title: string; summary: string }>> = {
  admin: {
    title: 'Programme lead',
    summary:
      'You look after the whole programme: its settings, local authorities, users, accreditation rule sets and the audit log.',
  },
  supervisor: {
    title: 'VIG supervisor',
    summary:
      'You log individual and group supervision, record stage milestones and see which practitioners are off track for accreditation.',
  },
  la_manager: {
    title: 'Local authority manager',
    summary:
      "You see your local authority only: practitioners' capacity and caseloads, families by status, overdue work, and you sign off each month's time records.",
  },
  practitioner: {
    title: 'VIG practitioner',
    summary:
      'You log your family sessions and your time, and follow your own progress toward accreditation.',
  },
  economist: {
    title: 'Evaluation economist',
    summary:
      'You work with pseudonymised data across all local authorities: unit costs, price indices, resources, the cost summary and the workbook export.',
  },
};
