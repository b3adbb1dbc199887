export type { NewUserInput as NewUser, UserPage, UserView as UserSummary } from '@attune/contract';
