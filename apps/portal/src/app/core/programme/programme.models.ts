/** The fields of GET /api/programmes that choosing a programme needs, and its page. */
export type { Page, ProgrammeOption } from '@attune/contract';
