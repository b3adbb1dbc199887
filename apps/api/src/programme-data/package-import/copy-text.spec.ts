import { describe, expect, it } from '@jest/globals';
import { copyLine, copyText } from './copy-text';

describe('COPY text format', () => {
  it('writes null as \\N and booleans as t and f', () => {
    expect([null, undefined, true, false].map(copyText)).toEqual(['\\N', '\\N', 't', 'f']);
  });

  it('writes numbers as written and refuses what is not a number', () => {
    expect(copyText(0)).toBe('0');
    expect(copyText(2147483647)).toBe('2147483647');
    expect(() => copyText(Number.NaN)).toThrow(/cannot be stored/);
  });

  it('escapes backslash, tab and line breaks, and only those', () => {
    expect(copyText('a\\b\tc\nd\re')).toBe('a\\\\b\\tc\\nd\\re');
    expect(copyText('"quoted", £12.50 — \\N')).toBe('"quoted", £12.50 — \\\\N');
    // A text that is the null marker stays text.
    expect(copyText('\\N')).not.toBe(copyText(null));
  });

  it('writes an object as its JSON, escaped', () => {
    expect(copyText({ note: 'a\tb' })).toBe('{"note":"a\\\\tb"}');
  });

  it('writes an array literal (text[]) with its own backslashes escaped once more', () => {
    expect(copyText('{"a\\"b","c"}')).toBe('{"a\\\\"b","c"}');
  });

  it('joins cells with tabs after the constant prefix and ends the line', () => {
    expect(copyLine('id\t1\t', ['x', null, 3, true])).toBe('id\t1\tx\t\\N\t3\tt\n');
  });
});
