import assert from 'node:assert/strict';
import { describe, it } from '@jest/globals';
import * as nest from '@nestjs/common';
import * as parts from './nest-parts';

describe('nest-parts', () => {
  it("are @nestjs/common's own decorators and exceptions, not copies", () => {
    assert.equal(parts.Inject, nest.Inject);
    assert.equal(parts.Injectable, nest.Injectable);
    assert.equal(parts.NotFoundException, nest.NotFoundException);
    assert.equal(parts.UnprocessableEntityException, nest.UnprocessableEntityException);
    assert.ok(new parts.NotFoundException('x') instanceof nest.HttpException);
  });
});
