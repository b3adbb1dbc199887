import { describe, it, expect } from '@jest/globals';
import type { Requirement } from '@attune/domain';
import {
  hours,
  requirementPercent,
  requirementText,
  supervisionGap,
  trackText,
} from './progress-text';

const req = (key: Requirement['key'], achieved: number, required: number): Requirement => ({
  key,
  label: key,
  achieved,
  required,
});

describe('progress text', () => {
  it('says each requirement in words, minutes as hours', () => {
    expect(requirementText(req('cycles', 6, 9))).toBe('6 of 9');
    expect(requirementText(req('supervision_minutes', 90, 450))).toBe('1 h 30 min of 7 h 30 min');
    expect(requirementText(req('supervision_minutes', 720, 450))).toBe(
      '12 h, more than the 7 h 30 min needed',
    );
    expect(requirementText(req('cycles', 12, 9))).toBe('12, more than the 9 needed');
    expect(requirementText(req('closing_milestone', 0, 1))).toBe('Not yet');
    expect(requirementText(req('closing_milestone', 1, 1))).toBe('Done');
    expect(hours(45)).toBe('45 min');
    expect(hours(120)).toBe('2 h');
  });

  it('fills a bar in proportion, capped at full for a surplus', () => {
    expect(requirementPercent(req('cycles', 3, 9))).toBe(33);
    expect(requirementPercent(req('cycles', 12, 9))).toBe(100);
    expect(requirementPercent(req('supervision_sessions', 0, 0))).toBe(100);
  });

  it('flags an active trainee beyond four weeks without supervision, in words', () => {
    const base = { status: 'active' as const, lastSupervisionDate: '2022-02-01' };
    expect(supervisionGap({ ...base, daysSinceSupervision: 28 })).toEqual({
      text: 'Last supervised 1 Feb 2022 (28 days ago)',
      when: '1 Feb 2022 (28 days ago)',
      flagged: false,
    });
    expect(supervisionGap({ ...base, daysSinceSupervision: 29 }).flagged).toBe(true);
    expect(supervisionGap({ ...base, daysSinceSupervision: 0 }).text).toContain('(today)');
    expect(
      supervisionGap({ status: 'active', lastSupervisionDate: null, daysSinceSupervision: null }),
    ).toEqual({
      text: 'No supervision recorded',
      when: 'Never',
      flagged: true,
    });
    expect(supervisionGap({ ...base, status: 'withdrawn', daysSinceSupervision: 90 }).flagged).toBe(
      false,
    );
  });

  it('shows withdrawn and paused trainees as such, not as late', () => {
    const row = { onTrack: null, projectedAccreditationDate: null };
    expect(trackText({ ...row, status: 'withdrawn' })).toBe('Withdrawn');
    expect(trackText({ ...row, status: 'paused' })).toBe('Paused');
    expect(
      trackText({ status: 'active', onTrack: false, projectedAccreditationDate: null }),
    ).toMatch(/no cycles completed recently/);
    expect(
      trackText({ status: 'active', onTrack: true, projectedAccreditationDate: '2022-05-01' }),
    ).toBe('On track: accreditation projected 1 May 2022');
  });
});
