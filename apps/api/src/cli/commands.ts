import { ParsedArgs, requireFlag } from './args';
import { type CliContext, readSecret } from './context';

export interface Command {
  usage: string;
  description: string;
  run(args: ParsedArgs, context: CliContext): Promise<void>;
}

type Commands = Record<string, Command>;

const builtIn: Commands = {
  migrate: {
    usage: 'migrate',
    description: 'Apply pending database migrations.',
    async run(_args, context) {
      await context.databaseUrl();
      console.log('Database is up to date.');
    },
  },
  'user:create': {
    usage:
      'user:create --email E --role R [--la CODE] [--staff CODE]  (password on standard input)',
    description: 'Create a user; the password is read from standard input.',
    async run(args, context) {
      // Annotated: TypeScript calls an assertion method (validate) only through a declared type.
      const UsersService: typeof import('../identity/users/users.service.js').UsersService = (
        await import('../identity/users/users.service.js')
      ).UsersService;
      const input = {
        email: requireFlag(args, 'email'),
        role: requireFlag(args, 'role'),
        laCode: args.flags['la'] ?? null,
        staffCode: args.flags['staff'] ?? null,
        password: await readSecret('Password: '),
      };
      UsersService.validate(input); // before touching the database
      const users = (await context.nest()).get(UsersService);
      const user = await users.create(input);
      console.log(`Created ${user.role} ${user.email}${user.laCode ? ` (${user.laCode})` : ''}`);
      console.log(user.id);
    },
  },
};

/**
 * Where each command lives. Only the module of the command being run is loaded: Nest, TypeORM's
 * entities and exceljs cost a process about 110 MB resident before it does anything, which a
 * command that needs none of them should not pay.
 */
const modules: Record<string, () => Promise<Commands>> = {
  migrate: () => Promise.resolve(builtIn),
  'user:create': () => Promise.resolve(builtIn),
  'user:disable': async () => (await import('../identity/users/user.commands.js')).userCommands,
  'user:reset-password': async () =>
    (await import('../identity/users/user.commands.js')).userCommands,
  import: async () =>
    (await import('../programme-data/package-import/package-import.commands.js'))
      .packageImportCommands,
  package: async () =>
    (await import('../programme-data/package-export/package-export.commands.js'))
      .packageExportCommands,
  'seed:demo': async () =>
    (await import('../programme-data/package-import/package-import.commands.js'))
      .packageImportCommands,
  'seed:scale': async () =>
    (await import('../programme-data/package-import/package-import.commands.js'))
      .packageImportCommands,
  workbook: async () =>
    (await import('../costing/workbook-export/workbook.commands.js')).workbookCommands,
};

/** Every command of `npm run attune -- <command>`, in the order the README and the help list them. */
export const commandNames = Object.keys(modules);

/** The command called `name`, its module loaded; undefined for a name that is not a command. */
export async function loadCommand(name: string): Promise<Command | undefined> {
  const load = Object.hasOwn(modules, name) ? modules[name] : undefined;
  return load ? (await load())[name] : undefined;
}
