import { UsersService } from '../identity/users/users.service';
import { userCommands } from '../identity/users/user.commands';
import { packageExportCommands } from '../programme-data/package-export/package-export.commands';
import { packageImportCommands } from '../programme-data/package-import/package-import.commands';
import { workbookCommands } from '../costing/workbook-export/workbook.commands';
import { ParsedArgs, requireFlag } from './args';
import { CliContext, readSecret } from './context';

export interface Command {
  usage: string;
  description: string;
  run(args: ParsedArgs, context: CliContext): Promise<void>;
}

/** Every command of `npm run attune -- <command>`, as documented in the README. */
export const commands: Record<string, Command> = {
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
  ...userCommands,
  // In the order the help has always listed them: import, package, seed:demo, seed:scale.
  import: packageImportCommands['import']!,
  ...packageExportCommands,
  ...packageImportCommands,
  ...workbookCommands,
};
