import cookie from '@fastify/cookie';
import multipart from '@fastify/multipart';
import fastifyStatic from '@fastify/static';
import { Logger, LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { DataSource } from 'typeorm';
import { AppModule } from './app.module';
import { DatabaseAvailability, registerAvailabilityGate } from './platform/database/availability';
import { HttpExceptionFilter } from './platform/http/http-exception.filter';
import { AppConfig } from './platform/config/config';
import { fastifyTrustProxy } from './platform/http/client-address';
import { frameworkErrors, registerInputGuard } from './platform/http/input-guard';
import { portalCacheControl, registerNoStore } from './platform/http/no-store';
import { registerSecurityHeaders } from './platform/http/security-headers';
import { InputValidationPipe } from './platform/http/validation.pipe';

const LEVELS: LogLevel[] = ['error', 'warn', 'log', 'debug', 'verbose'];
const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

export interface CreateAppOptions {
  /** false silences Nest's logger (tests). */
  logger?: false;
}

/** Builds the whole HTTP application, ready to listen or to be injected into by tests. */
export async function createApp(
  config: AppConfig,
  databaseUrl: string,
  options: CreateAppOptions = {},
): Promise<NestFastifyApplication> {
  const portalDir = config.ATTUNE_PORTAL_DIR;
  const adapter = new FastifyAdapter({
    bodyLimit: config.ATTUNE_BODY_LIMIT_MB * 1024 * 1024,
    // Off unless ATTUNE_TRUST_PROXY names the proxies in front (see platform/http/client-address).
    trustProxy: fastifyTrustProxy(config.ATTUNE_TRUST_PROXY),
    requestIdHeader: false,
    frameworkErrors,
    genReqId: (req: IncomingMessage) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
    },
    // The portal is a single-page app: any non-API path without a file extension is its index.
    rewriteUrl: (req: IncomingMessage) => {
      const url = req.url ?? '/';
      if (!portalDir || url.startsWith('/api')) return url;
      const path = url.split('?')[0] ?? '/';
      return /\.[a-z0-9]+$/i.test(path) ? url : '/';
    },
  });
  const app = await NestFactory.create<NestFastifyApplication>(
    AppModule.register(config, databaseUrl),
    adapter,
    {
      logger:
        options.logger === false
          ? false
          : LEVELS.slice(0, LEVELS.indexOf(config.ATTUNE_LOG_LEVEL) + 1),
      abortOnError: false,
    },
  );
  app.setGlobalPrefix('api');
  registerInputGuard(app, config.ATTUNE_BODY_LIMIT_MB * 1024 * 1024);
  app.useGlobalPipes(new InputValidationPipe());
  const fastify = app.getHttpAdapter().getInstance();
  const availability = new DatabaseAvailability(app.get(DataSource));
  registerAvailabilityGate(fastify, availability);
  app.useGlobalFilters(new HttpExceptionFilter(availability));

  // Callback hooks, not async ones: no promise and no extra turn of the microtask queue per response.
  fastify.addHook('onSend', (request, reply, payload, done) => {
    void reply.header('x-request-id', request.id);
    done(null, payload);
  });
  registerNoStore(fastify);
  registerSecurityHeaders(fastify, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // Angular Material and the Swagger UI set inline styles.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        frameAncestors: ["'none'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
      },
    },
    frameguard: { action: 'deny' },
    referrerPolicy: { policy: 'same-origin' },
    strictTransportSecurity: config.ATTUNE_SECURE_COOKIES === true,
  });
  await app.register(cookie);
  await app.register(multipart, {
    limits: { fileSize: config.ATTUNE_UPLOAD_LIMIT_MB * 1024 * 1024, files: 1, fields: 10 },
  });

  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Attune API')
      .setDescription(
        'Delivery tracking and cost evaluation for Video Interaction Guidance programmes.',
      )
      .setVersion('0.1.0')
      .addCookieAuth('attune_session')
      .build(),
  );
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs-json' });

  if (portalDir) {
    await app.register(fastifyStatic, {
      root: portalDir,
      prefix: '/',
      wildcard: false,
      decorateReply: false,
      // The build writes .br and .gz beside each file (apps/portal/scripts/precompress.mjs).
      preCompressed: true,
      cacheControl: false,
      setHeaders: (reply, path) => void reply.header('cache-control', portalCacheControl(path)),
    });
  } else {
    new Logger('Portal').warn('The portal is not built (apps/portal/dist): serving the API only.');
  }

  await app.init();
  await fastify.ready();
  return app;
}
