import { describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import { BadRequestException } from '@nestjs/common';
import type { ArgumentMetadata } from '@nestjs/common';
import { IsOptional, IsString, MaxLength, ValidateBy } from 'class-validator';
import { PageQueryDto } from '../paging/page-query.dto';
import { InputValidationPipe } from './validation.pipe';

class FilterQuery extends PageQueryDto {
  @IsOptional()
  @IsString()
  @MaxLength(5)
  laCode?: string;
}

const asQuery: ArgumentMetadata = { type: 'query', metatype: FilterQuery };

let checks = 0;
class CountedQuery {
  @IsOptional()
  @ValidateBy({ name: 'counted', validator: { validate: () => ++checks > 0 } })
  code?: string;
}

describe('InputValidationPipe on query strings', () => {
  it('gives the same DTO for the same query, each caller its own copy', async () => {
    const pipe = new InputValidationPipe();
    const first = (await pipe.transform({ page: '2', laCode: 'LA1' }, asQuery)) as FilterQuery;
    assert.ok(first instanceof FilterQuery);
    assert.equal(first.page, 2);
    first.laCode = 'changed';
    const second = (await pipe.transform({ page: '2', laCode: 'LA1' }, asQuery)) as FilterQuery;
    assert.ok(second instanceof FilterQuery);
    assert.notEqual(second, first);
    assert.deepEqual({ ...second }, { ...first, laCode: 'LA1' });
  });

  it('validates one query once, and each new query once', async () => {
    const pipe = new InputValidationPipe();
    const counted: ArgumentMetadata = { type: 'query', metatype: CountedQuery };
    checks = 0;
    for (let i = 0; i < 5; i++) await pipe.transform({ code: 'A' }, counted);
    assert.equal(checks, 1);
    await pipe.transform({ code: 'B' }, counted);
    assert.equal(checks, 2);
    // A body is validated every time: only query strings are kept.
    const body: ArgumentMetadata = { type: 'body', metatype: CountedQuery };
    await pipe.transform({ code: 'A' }, body);
    await pipe.transform({ code: 'A' }, body);
    assert.equal(checks, 4);
  });

  it('refuses a bad query every time it is asked, and keeps no answer for it', async () => {
    const pipe = new InputValidationPipe();
    for (let i = 0; i < 3; i++) {
      await assert.rejects(pipe.transform({ laCode: 'TOO-LONG' }, asQuery), BadRequestException);
      await assert.rejects(pipe.transform({ unknown: 'x' }, asQuery), BadRequestException);
    }
    const ok = (await pipe.transform({ laCode: 'LA2' }, asQuery)) as FilterQuery;
    assert.equal(ok.laCode, 'LA2');
  });
});
