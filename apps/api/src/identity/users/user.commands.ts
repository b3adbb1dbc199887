import { requireFlag } from '../../cli/args';
import type { Command } from '../../cli/commands';
import { readSecret } from '../../cli/context';
import { UsersService } from './users.service';

const CLI_CONTEXT = { principal: null, requestId: 'cli', address: null };

/** `user:disable` and `user:reset-password`; each is audited as done from the command line. */
export const userCommands: Record<string, Command> = {
  'user:disable': {
    usage: 'user:disable --email E',
    description: 'Disable a user and end their sessions.',
    async run(args, context) {
      const email = requireFlag(args, 'email');
      const users = (await context.nest()).get(UsersService);
      const user = await users.update(
        await users.idByEmail(email),
        { disabled: true },
        CLI_CONTEXT,
      );
      console.log(`Disabled ${user.email}`);
    },
  },
  'user:reset-password': {
    usage: 'user:reset-password --email E  (new password on standard input)',
    description: "Set a user's password (read from standard input) and end their sessions.",
    async run(args, context) {
      const email = requireFlag(args, 'email');
      const password = await readSecret('New password: ');
      const users = (await context.nest()).get(UsersService);
      await users.resetPassword(await users.idByEmail(email), password, CLI_CONTEXT);
      console.log(`Password reset for ${email.trim().toLowerCase()}`);
    },
  },
};
