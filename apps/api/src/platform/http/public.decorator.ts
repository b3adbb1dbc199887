import { SetMetadata } from '@nestjs/common';

export const IS_PUBLIC = 'attune:isPublic';

/** Marks a route that needs no sign-in (health, sign-in itself). Every other route does. */
export const Public = () => SetMetadata(IS_PUBLIC, true);
