import { describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import { ExecutionContext, ForbiddenException, UnauthorizedException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Principal } from '@attune/domain';
import { Public } from '../../platform/http/public.decorator';
import { ReadsDataVersion } from '../../platform/cache/request-version';
import { loadConfig } from '../../platform/config/config';
import { AuthGuard } from './auth.guard';
import { Authorize } from './authorize.decorator';
import type { Authentication, SessionsService } from '../sessions/sessions.service';

class Routes {
  undeclared() {}
  @Public() open() {}
  @Authorize('read', 'AuditEvent') audit() {}
  @Authorize('read', 'Family') families() {}
  @Authorize('read', 'Family') @ReadsDataVersion('programmeId') report() {}
}

const manager: Principal = {
  id: 'u1',
  email: 'm@x.test',
  role: 'la_manager',
  laCode: 'LA1',
  staffCode: null,
};

function guardWith(auth: Authentication) {
  const sessions = { authenticate: () => Promise.resolve(auth) } as unknown as SessionsService;
  return new AuthGuard(
    new Reflector(),
    sessions,
    loadConfig({ ATTUNE_PORTAL_DIR: '/nonexistent' }),
  );
}

function context(
  handler: keyof Routes,
  method = 'GET',
  cookie = 'attune_session=t',
  params: Record<string, string> = {},
) {
  const request: Record<string, unknown> = {
    method,
    headers: {},
    params,
    cookies: { attune_session: cookie.split('=')[1] },
  };
  const reply = { clearCookie: () => reply };
  return {
    request,
    context: {
      getType: () => 'http',
      getHandler: () =>
        Object.getOwnPropertyDescriptor(Routes.prototype, handler)!.value as unknown,
      getClass: () => Routes,
      switchToHttp: () => ({ getRequest: () => request, getResponse: () => reply }),
    } as unknown as ExecutionContext,
  };
}

describe('AuthGuard', () => {
  it('closes a route that declares neither @Public nor @Authorize, even to an admin', async () => {
    const admin = { ...manager, role: 'admin' as const };
    const guard = guardWith({ status: 'ok', principal: admin, sessionId: 's' });
    await assert.rejects(guard.canActivate(context('undeclared').context), (e: unknown) => {
      assert.ok(e instanceof ForbiddenException);
      assert.match(String(e.message), /declares no permission/);
      return true;
    });
  });

  it('lets anyone through a @Public route, with the principal when there is a session', async () => {
    const { context: ctx, request } = context('open');
    assert.equal(
      await guardWith({ status: 'ok', principal: manager, sessionId: 's' }).canActivate(ctx),
      true,
    );
    assert.deepEqual(request.principal, manager);
    assert.equal(await guardWith({ status: 'none' }).canActivate(context('open').context), true);
  });

  it('answers 401 without a session and 403 without the permission', async () => {
    await assert.rejects(
      guardWith({ status: 'none' }).canActivate(context('audit').context),
      UnauthorizedException,
    );
    await assert.rejects(
      guardWith({ status: 'expired' }).canActivate(context('audit').context),
      /expired/,
    );
    const ok = guardWith({ status: 'ok', principal: manager, sessionId: 's' });
    await assert.rejects(
      ok.canActivate(context('audit').context),
      /la_manager\) may not read AuditEvent/,
    );
    assert.equal(
      await ok.canActivate(context('families').context),
      true,
      'row-level scope is the service’s',
    );
  });

  it('asks for the data version of a @ReadsDataVersion route with the session, and keeps it on the request', async () => {
    const asked: Array<string | undefined> = [];
    const sessions = {
      authenticate: (_token: string, versionOf?: string) => {
        asked.push(versionOf);
        return Promise.resolve({
          status: 'ok',
          principal: manager,
          sessionId: 's',
          dataVersion: '7',
        });
      },
    } as unknown as SessionsService;
    const guard = new AuthGuard(
      new Reflector(),
      sessions,
      loadConfig({ ATTUNE_PORTAL_DIR: '/nonexistent' }),
    );
    const id = '0b0d3c3e-8f6a-4c1e-9d55-1f2a3b4c5d6e';
    const report = context('report', 'GET', 'attune_session=t', { programmeId: id });
    assert.equal(await guard.canActivate(report.context), true);
    assert.deepEqual(report.request.dataVersion, { programmeId: id, version: '7' });
    // Not for a malformed id (nothing is cast to uuid in SQL), nor for a route that does not ask.
    const malformed = context('report', 'GET', 'attune_session=t', { programmeId: 'nope' });
    assert.equal(await guard.canActivate(malformed.context), true);
    assert.equal(malformed.request.dataVersion, undefined);
    assert.equal(
      await guard.canActivate(
        context('families', 'GET', 'attune_session=t', { programmeId: id }).context,
      ),
      true,
    );
    assert.deepEqual(asked, [id, undefined, undefined]);
  });
});
