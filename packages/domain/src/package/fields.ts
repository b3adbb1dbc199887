/**
 * Cell types of the data package: each parses one CSV cell into its typed
 * value or says what is wrong with it, and formats the value back for export.
 * A field never sees other columns; rules across columns live in rows.ts.
 */
export type Parsed<T> = { value: T } | { problem: string };

/** What a cell holds once parsed: how the API stores it and reads it back. */
export type FieldKind =
  'text' | 'date' | 'month' | 'integer' | 'decimal' | 'boolean' | 'codes' | 'json';

export interface Field<T> {
  parse(cell: string): Parsed<T>;
  format(value: T): string;
  kind: FieldKind;
  /** An empty cell is null. */
  nullable?: boolean;
  /**
   * A column added after the format was first published: one of the last
   * columns of its file, which a header may leave out (its cells then empty).
   */
  addedLater?: boolean;
}

/** Most a code or reference may hold; longer ones are surely a pasted name or note. */
export const MAX_CODE_LENGTH = 40;
const CODE = /^[A-Za-z0-9][A-Za-z0-9._/-]*$/;

const show = (cell: string) => JSON.stringify(cell.length > 60 ? `${cell.slice(0, 57)}...` : cell);
const ok = <T>(value: T): Parsed<T> => ({ value });
const bad = (problem: string): Parsed<never> => ({ problem });

/** Free text, required, at most `max` characters. */
export function text(max: number): Field<string> {
  return {
    parse: (cell) => {
      if (cell === '') return bad('is required');
      if (cell.length > max) return bad(`must be at most ${max} characters (got ${cell.length})`);
      return ok(cell);
    },
    kind: 'text',
    format: (value) => value,
  };
}

/** A code or reference: letters, digits and `. _ / -`, at most 40 characters. */
export function code(): Field<string> {
  return {
    parse: (cell) => {
      if (cell === '') return bad('is required');
      if (cell.length > MAX_CODE_LENGTH)
        return bad(`must be at most ${MAX_CODE_LENGTH} characters (got ${show(cell)})`);
      if (!CODE.test(cell)) {
        return bad(
          `must be letters, digits and . _ / - only, starting with a letter or digit (got ${show(cell)})`,
        );
      }
      return ok(cell);
    },
    kind: 'text',
    format: (value) => value,
  };
}

/** `;`-separated codes, possibly none; each at most once. */
export function codeList(): Field<string[]> {
  const one = code();
  return {
    parse: (cell) => {
      if (cell === '') return ok([]);
      const codes = cell.split(';').map((c) => c.trim());
      for (const c of codes) {
        const parsed = one.parse(c);
        if ('problem' in parsed)
          return bad(
            `${c === '' ? 'has an empty code' : `code ${show(c)} ${parsed.problem}`} (codes are separated by ";")`,
          );
      }
      const repeated = codes.find((c, i) => codes.indexOf(c) !== i);
      if (repeated) return bad(`lists ${repeated} more than once`);
      return ok(codes);
    },
    kind: 'codes',
    format: (value) => value.join(';'),
  };
}

/** `;`-separated values of `values`, each at most once; an empty cell is an empty list. */
export function oneOfList<T extends string>(values: readonly T[]): Field<T[]> {
  return {
    parse: (cell) => {
      if (cell === '') return ok([]);
      const items = cell.split(';').map((c) => c.trim());
      const wrong = items.find((c) => !(values as readonly string[]).includes(c));
      if (wrong !== undefined)
        return bad(`must be values of ${values.join(', ')} separated by ";" (got ${show(wrong)})`);
      const repeated = items.find((c, i) => items.indexOf(c) !== i);
      if (repeated) return bad(`lists ${repeated} more than once`);
      return ok(items as T[]);
    },
    kind: 'codes',
    format: (value) => value.join(';'),
  };
}

/** A JSON object, kept as its text (the import checks what it must hold). */
export function jsonObject(max: number): Field<string> {
  return {
    parse: (cell) => {
      if (cell === '') return bad('is required: a JSON object');
      if (cell.length > max) return bad(`must be at most ${max} characters (got ${cell.length})`);
      try {
        const value: unknown = JSON.parse(cell);
        if (typeof value !== 'object' || value === null || Array.isArray(value))
          return bad('must be a JSON object');
      } catch {
        return bad('is not valid JSON');
      }
      return ok(cell);
    },
    kind: 'json',
    format: (value) => value,
  };
}

export function oneOf<T extends string>(values: readonly T[]): Field<T> {
  return {
    parse: (cell) =>
      (values as readonly string[]).includes(cell)
        ? ok(cell as T)
        : bad(
            cell === ''
              ? `is required: one of ${values.join(', ')}`
              : `must be one of ${values.join(', ')} (got ${show(cell)})`,
          ),
    kind: 'text',
    format: (value) => value,
  };
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysIn(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1]!;
}

/** Years a date, month or price year may name. */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2200;

/** An ISO date `YYYY-MM-DD` that exists on the calendar. */
export function date(): Field<string> {
  return {
    parse: (cell) => {
      const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(cell);
      if (!m)
        return bad(
          cell === ''
            ? 'is required: a date YYYY-MM-DD'
            : `must be a date YYYY-MM-DD (got ${show(cell)})`,
        );
      const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
      if (
        year < MIN_YEAR ||
        year > MAX_YEAR ||
        month < 1 ||
        month > 12 ||
        day < 1 ||
        day > daysIn(year, month)
      ) {
        return bad(`is not a date that exists (got ${show(cell)})`);
      }
      return ok(cell);
    },
    kind: 'date',
    format: (value) => value,
  };
}

/** A month `YYYY-MM`. */
export function month(): Field<string> {
  return {
    parse: (cell) => {
      const m = /^(\d{4})-(\d{2})$/.exec(cell);
      if (!m)
        return bad(
          cell === ''
            ? 'is required: a month YYYY-MM'
            : `must be a month YYYY-MM (got ${show(cell)})`,
        );
      const [year, mm] = [Number(m[1]), Number(m[2])];
      if (year < MIN_YEAR || year > MAX_YEAR || mm < 1 || mm > 12)
        return bad(`is not a month that exists (got ${show(cell)})`);
      return ok(cell);
    },
    kind: 'month',
    format: (value) => value,
  };
}

/** The largest whole number a column may hold: PostgreSQL's `integer`. */
export const MAX_INTEGER = 2_147_483_647;

/** A whole number from `min` to `max`, digits only (minutes, pence, years, counts). */
export function integer(min: number, max: number = MAX_INTEGER): Field<number> {
  return {
    parse: (cell) => {
      if (!/^\d+$/.test(cell)) {
        return bad(
          cell === ''
            ? `is required: a whole number from ${min}`
            : `must be a whole number from ${min} (got ${show(cell)})`,
        );
      }
      const value = Number(cell);
      if (value < min || value > max) return bad(`must be from ${min} to ${max} (got ${cell})`);
      return ok(value);
    },
    kind: 'integer',
    format: (value) => String(value),
  };
}

/**
 * A non-negative decimal with at most `places` decimals, kept as written
 * (never a binary float). `min`/`max` bound it, inclusive unless `minExclusive`.
 */
export function decimal(
  places: number,
  bounds: { min?: number; minExclusive?: boolean; max?: number } = {},
): Field<string> {
  const pattern = new RegExp(`^\\d+(\\.\\d{1,${places}})?$`);
  return {
    parse: (cell) => {
      if (!pattern.test(cell)) {
        if (cell === '') return bad('is required: a number');
        if (/^\d+\.\d+$/.test(cell))
          return bad(`must have at most ${places} decimal places (got ${show(cell)})`);
        return bad(`must be a number like 12.5, digits and one decimal point (got ${show(cell)})`);
      }
      // Bounds only compare; the value itself stays exact text.
      const n = Number(cell);
      const { min, max, minExclusive } = bounds;
      if (min !== undefined && (minExclusive ? n <= min : n < min)) {
        return bad(`must be ${minExclusive ? 'more than' : 'at least'} ${min} (got ${cell})`);
      }
      if (max !== undefined && n > max) return bad(`must be at most ${max} (got ${cell})`);
      return ok(cell);
    },
    kind: 'decimal',
    format: (value) => value,
  };
}

export function boolean(): Field<boolean> {
  return {
    parse: (cell) =>
      cell === 'true'
        ? ok(true)
        : cell === 'false'
          ? ok(false)
          : bad(`must be true or false (got ${show(cell)})`),
    kind: 'boolean',
    format: (value) => (value ? 'true' : 'false'),
  };
}

/** An empty cell means null; anything else must parse. */
export function optional<T>(field: Field<T>): Field<T | null> {
  return {
    ...field,
    parse: (cell) => (cell === '' ? ok(null) : field.parse(cell)),
    // undefined too: a record built in code may leave an optional column out.
    format: (value) => (value == null ? '' : field.format(value)),
    nullable: true,
  };
}

/** An empty cell means `fallback`. */
export function withDefault<T>(field: Field<T>, fallback: T): Field<T> {
  return {
    ...field,
    parse: (cell) => (cell === '' ? ok(fallback) : field.parse(cell)),
    format: (value) => field.format(value ?? fallback),
  };
}

/**
 * A column added after the format was published: a header may leave it out,
 * so the field must read an empty cell (optional, or with a default).
 */
export function addedLater<T>(field: Field<T>): Field<T> {
  return { ...field, addedLater: true };
}
