import { JobsModule } from './jobs/jobs.module';
import { UsersModule } from './users/users.module';

/** Every domain module of the API, in one list so that AppModule stays short. */
export const featureModules = [JobsModule, UsersModule];
