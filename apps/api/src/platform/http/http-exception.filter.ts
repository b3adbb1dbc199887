import {
  ArgumentsHost,
  Catch,
  ExceptionFilter,
  HttpException,
  HttpStatus,
  Logger,
} from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { ErrorBody as WireErrorBody } from '@attune/contract';
import {
  DATABASE_UNAVAILABLE,
  DatabaseAvailability,
  isConnectionError,
  unavailableBody,
} from '../database/availability';
import { InputError } from './input-guard';

/** The contract's error body, with whatever else an exception's response carries (an import's `total`). */
export type ErrorBody = WireErrorBody & { [extra: string]: unknown };

const REASONS: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  409: 'Conflict',
  413: 'Payload Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Entity',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

@Catch()
export class HttpExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('HTTP');

  /** With the app's DatabaseAvailability, a lost connection is a 503 and starts its probe. */
  constructor(private readonly availability?: DatabaseAvailability) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<FastifyRequest>();
    const reply = http.getResponse<FastifyReply>();
    const body = this.toBody(exception, request);
    if (body.statusCode >= 500 && body.code !== DATABASE_UNAVAILABLE) {
      this.logger.error(
        `${request.method} ${request.url} [${request.id}]`,
        exception instanceof Error ? exception.stack : String(exception),
      );
    }
    void reply.status(body.statusCode).header('content-type', 'application/json').send(body);
  }

  private toBody(exception: unknown, request: FastifyRequest): ErrorBody {
    const requestId = String(request.id);
    if (exception instanceof HttpException) {
      const statusCode = exception.getStatus();
      const response = exception.getResponse();
      const base = { statusCode, error: REASONS[statusCode] ?? 'Error', requestId };
      if (typeof response === 'string') return { ...base, message: response };
      const {
        message,
        error: _error,
        statusCode: _status,
        ...extra
      } = response as Record<string, unknown>;
      return {
        ...base,
        ...extra,
        message: Array.isArray(message)
          ? message.map(String)
          : typeof message === 'string'
            ? message
            : base.error,
      };
    }
    if (exception instanceof InputError) {
      return {
        statusCode: exception.statusCode,
        error: REASONS[exception.statusCode] ?? 'Error',
        message: exception.problems.map((p) => `${p.field}: ${p.problem}`),
        errors: exception.problems,
        requestId,
      };
    }
    if (isConnectionError(exception)) {
      this.availability?.markDown(exception);
      return { ...unavailableBody(requestId) };
    }
    // Fastify's own errors (body too large, bad JSON, bad content type) carry a status code.
    const fastifyError = exception as { statusCode?: number; message?: string; code?: string };
    if (typeof fastifyError?.statusCode === 'number' && fastifyError.statusCode < 500) {
      const statusCode = fastifyError.statusCode;
      return {
        statusCode,
        error: REASONS[statusCode] ?? 'Error',
        message: fastifyError.message ?? 'Bad request',
        requestId,
      };
    }
    return {
      statusCode: HttpStatus.INTERNAL_SERVER_ERROR,
      error: REASONS[500]!,
      message: 'Something went wrong on our side. Quote the request id if you report it.',
      requestId,
    };
  }
}
