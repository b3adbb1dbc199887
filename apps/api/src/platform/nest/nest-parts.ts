/**
 * The few parts of @nestjs/common that the services and repositories on `attune workbook`'s path
 * use, each imported from its own file. @nestjs/common's index loads the whole package (rxjs, the
 * console logger, pipes, serializers): about 25 MB resident, which the CLI's `workbook` (built by
 * hand, without Nest's container) paid for nothing. These are the very objects the index exports
 * (nest-parts.spec.ts checks), so Nest's injector and `instanceof` see no difference.
 */
export { Inject } from '@nestjs/common/decorators/core/inject.decorator.js';
export { Injectable } from '@nestjs/common/decorators/core/injectable.decorator.js';
export { NotFoundException } from '@nestjs/common/exceptions/not-found.exception.js';
export { UnprocessableEntityException } from '@nestjs/common/exceptions/unprocessable-entity.exception.js';

type Level = 'log' | 'warn' | 'error';

/**
 * Nest's Logger for `context`, loaded on the first line logged: its console logger alone costs
 * about 19 MB resident, and these lines (a replica or the database going away) are rare. The line
 * is written once the import resolves (at once when Nest is already loaded, as in the API).
 */
export function lazyLogger(context: string): Record<Level, (message: string) => void> {
  const write = (level: Level) => (message: string) => {
    void import('@nestjs/common').then(({ Logger }) => new Logger(context)[level](message));
  };
  return { log: write('log'), warn: write('warn'), error: write('error') };
}
