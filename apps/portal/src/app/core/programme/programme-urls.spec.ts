import { describe, it, expect } from '@jest/globals';
import {
  inProgramme,
  pageForAnotherProgramme,
  programmeLink,
  splitProgrammeUrl,
} from './programme-urls';

describe('programme addresses', () => {
  it('puts a page in a programme, and reads the programme and page back', () => {
    expect(inProgramme('p 1', 'families?status=active')).toBe('/p/p%201/families?status=active');
    expect(inProgramme('p1', '')).toBe('/p/p1');
    expect(splitProgrammeUrl('/p/p%201/families?status=active')).toEqual({
      programmeId: 'p 1',
      page: 'families?status=active',
    });
    expect(splitProgrammeUrl('/families')).toBeNull();
    expect(programmeLink('p1', 'capacity', 'P-LA1-06')).toEqual([
      '/p',
      'p1',
      'capacity',
      'P-LA1-06',
    ]);
  });

  it("keeps the same view in another programme, without the old programme's records", () => {
    expect(pageForAnotherProgramme('families/F-LA1-0001')).toBe('families');
    expect(pageForAnotherProgramme('capacity/P-LA1-06')).toBe('capacity');
    expect(pageForAnotherProgramme('families?overdue=true')).toBe('families?overdue=true');
    expect(pageForAnotherProgramme('supervision/milestones')).toBe('supervision/milestones');
  });
});
