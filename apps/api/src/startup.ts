import { INestApplicationContext, Logger } from '@nestjs/common';
import { demoAccountsStep } from './identity/auth/demo-accounts';
import { demoProgrammeStep } from './programme-data/package-import/demo-programme.loader';

/**
 * Work done once, when `npm start` has just created the embedded database:
 * each step loads demo data and reports what a person needs to try it.
 */
export type FirstStartStep = (app: INestApplicationContext, logger: Logger) => Promise<void>;

/** In order: the demo programme first, then the accounts that can see it. */
const firstStartSteps: FirstStartStep[] = [
  demoProgrammeStep,
  demoAccountsStep, // keep last
];

export async function afterFirstStart(app: INestApplicationContext, logger: Logger): Promise<void> {
  for (const step of firstStartSteps) await step(app, logger);
}
