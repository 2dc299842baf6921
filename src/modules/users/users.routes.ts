import { Type } from '@sinclair/typebox';
import type { Config } from '../../config.js';
import {
  checkSignInToken,
  clearSessionCookie,
  csrfTokenFor,
  deviceOf,
  requireActor,
  setDeviceCookie,
  setSessionCookie,
  signInToken,
} from '../../platform/http/auth.js';
import { errorResponses } from '../../platform/http/errors.js';
import { Id, NonEmpty, Ok } from '../../platform/http/schemas.js';
import type { RateLimits } from '../../platform/http/rate-limit.js';
import type { App } from '../../platform/http/types.js';
import type { AuthService } from './auth.service.js';
import { ApiTokenSchema, CreateUserSchema, GrantSchema, Password, SessionSchema, UserSchema } from './users.schema.js';
import type { UsersService } from './users.service.js';

export interface UsersRoutesDeps {
  auth: AuthService;
  users: UsersService;
  config: Config;
  rateLimits: RateLimits;
}

const GeneratedPassword = Type.Union([Type.String(), Type.Null()], { description: '系统生成的初始密码，仅此一次显示' });

export async function usersRoutes(app: App, { auth, users, config, rateLimits }: UsersRoutesDeps): Promise<void> {
  const secureCookies = config.publicUrl.startsWith('https://');

  app.get(
    '/api/v1/auth/sign-in-token',
    {
      schema: {
        tags: ['登录'],
        summary: '登录前取得 CSRF 令牌（登录时放在 x-csrf-token 请求头中）',
        response: { 200: Type.Object({ csrfToken: Type.String() }), ...errorResponses },
      },
    },
    async (request, reply) => ({ csrfToken: signInToken(config.sessionSecret, request, reply, secureCookies) }),
  );

  await app.register(async (scoped: App) => {
    // Per-address limit on top of the growing waits after failures, against floods.
    await rateLimits.register(scoped, 'sign-in', config.auth.signInPerMinute);
    scoped.post(
      '/api/v1/auth/sign-in',
      {
        config: { csrf: false },
        schema: {
          tags: ['登录'],
          summary: '账号密码登录，成功后设置会话 Cookie（须先取得登录令牌，见 /api/v1/auth/sign-in-token）',
          body: Type.Object(
            { account: Type.String({ minLength: 1, maxLength: 50 }), password: Password },
            { additionalProperties: false },
          ),
          response: { 200: SessionSchema, 429: errorResponses[400], ...errorResponses },
        },
      },
      async (request, reply) => {
        // The session CSRF check does not apply before a session exists; this one does.
        checkSignInToken(config.sessionSecret, request);
        const account = request.body.account.trim();
        const device = deviceOf(config.sessionSecret, request, account);
        const result = await auth.signIn({
          account,
          password: request.body.password,
          ip: request.ip,
          userAgent: request.headers['user-agent'] ?? '',
          device,
        });
        setDeviceCookie(config.sessionSecret, reply, account, device, secureCookies);
        setSessionCookie(reply, result.token, {
          secure: secureCookies,
          maxAgeSeconds: config.auth.sessionMaxHours * 3600,
        });
        return {
          user: await users.get(result.actor, result.actor.userId ?? ''),
          csrfToken: csrfTokenFor(config.sessionSecret, result.token),
          expiresAt: result.expiresAt,
        };
      },
    );
  });

  app.post(
    '/api/v1/auth/sign-out',
    {
      config: { beforePasswordChange: true },
      schema: { tags: ['登录'], summary: '退出登录', response: { 200: Ok, ...errorResponses } },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      if (request.sessionToken) await auth.signOut(request.sessionToken, actor);
      clearSessionCookie(reply, secureCookies);
      return { ok: true as const };
    },
  );

  app.get(
    '/api/v1/auth/session',
    {
      config: { beforePasswordChange: true },
      schema: {
        tags: ['登录'],
        summary: '当前登录用户与 CSRF 令牌',
        response: { 200: Type.Omit(SessionSchema, ['expiresAt']), ...errorResponses },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      return {
        user: await users.get(actor, actor.userId ?? ''),
        csrfToken: request.sessionToken ? csrfTokenFor(config.sessionSecret, request.sessionToken) : '',
      };
    },
  );

  app.post(
    '/api/v1/auth/password',
    {
      config: { beforePasswordChange: true },
      schema: {
        tags: ['登录'],
        summary: '修改自己的密码（所有会话随之退出）',
        body: Type.Object({ current: Password, next: Password }, { additionalProperties: false }),
        response: { 200: Ok, ...errorResponses },
      },
    },
    async (request, reply) => {
      await users.changeOwnPassword(requireActor(request), request.body.current, request.body.next);
      clearSessionCookie(reply, secureCookies);
      return { ok: true as const };
    },
  );

  app.get(
    '/api/v1/users',
    {
      schema: {
        tags: ['用户'],
        summary: '用户列表（按站点；平台管理员不传站点时列出全部）',
        querystring: Type.Object({ siteId: Type.Optional(Id) }, { additionalProperties: false }),
        response: { 200: Type.Object({ items: Type.Array(UserSchema) }), ...errorResponses },
      },
    },
    async (request) => ({ items: await users.list(requireActor(request), request.query.siteId ?? null) }),
  );

  app.get(
    '/api/v1/users/:id',
    {
      schema: {
        tags: ['用户'],
        summary: '用户详情',
        params: Type.Object({ id: Id }),
        response: { 200: UserSchema, ...errorResponses },
      },
    },
    async (request) => users.get(requireActor(request), request.params.id),
  );

  app.post(
    '/api/v1/users',
    {
      schema: {
        tags: ['用户'],
        summary: '新建用户；不给密码时生成初始密码并只返回这一次',
        body: CreateUserSchema,
        response: { 201: Type.Object({ user: UserSchema, password: GeneratedPassword }), ...errorResponses },
      },
    },
    async (request, reply) => reply.code(201).send(await users.create(requireActor(request), request.body)),
  );

  app.put(
    '/api/v1/users/:id',
    {
      schema: {
        tags: ['用户'],
        summary: '修改姓名、停用或启用',
        params: Type.Object({ id: Id }),
        body: Type.Object({ name: NonEmpty(50), disabled: Type.Boolean() }, { additionalProperties: false }),
        response: { 200: UserSchema, ...errorResponses },
      },
    },
    async (request) => users.update(requireActor(request), request.params.id, request.body),
  );

  app.put(
    '/api/v1/users/:id/grants',
    {
      schema: {
        tags: ['用户'],
        summary: '设置用户在一个站点上的角色',
        params: Type.Object({ id: Id }),
        body: Type.Object(
          { siteId: Id, grants: Type.Array(GrantSchema, { maxItems: 50 }) },
          { additionalProperties: false },
        ),
        response: { 200: UserSchema, ...errorResponses },
      },
    },
    async (request) =>
      users.setGrants(requireActor(request), request.params.id, request.body.siteId, request.body.grants),
  );

  app.post(
    '/api/v1/users/:id/password',
    {
      schema: {
        tags: ['用户'],
        summary: '重置密码；不给密码时生成并只返回这一次',
        params: Type.Object({ id: Id }),
        body: Type.Object({ password: Type.Optional(Password) }, { additionalProperties: false }),
        response: { 200: Type.Object({ password: GeneratedPassword }), ...errorResponses },
      },
    },
    async (request) => users.resetPassword(requireActor(request), request.params.id, request.body.password),
  );

  app.post(
    '/api/v1/users/:id/unlock',
    {
      schema: {
        tags: ['用户'],
        summary: '解除登录锁定',
        params: Type.Object({ id: Id }),
        response: { 200: UserSchema, ...errorResponses },
      },
    },
    async (request) => users.unlock(requireActor(request), request.params.id),
  );

  app.get(
    '/api/v1/tokens',
    {
      schema: {
        tags: ['API 令牌'],
        summary: '我的 API 令牌',
        response: { 200: Type.Object({ items: Type.Array(ApiTokenSchema) }), ...errorResponses },
      },
    },
    async (request) => ({ items: await auth.listApiTokens(requireActor(request)) }),
  );

  app.post(
    '/api/v1/tokens',
    {
      schema: {
        tags: ['API 令牌'],
        summary: '新建 API 令牌（以我的身份和权限访问，令牌只显示这一次）',
        body: Type.Object(
          {
            name: NonEmpty(100),
            expiresInDays: Type.Union([Type.Integer({ minimum: 1, maximum: 3650 }), Type.Null()], { default: 365 }),
          },
          { additionalProperties: false },
        ),
        response: { 201: Type.Object({ token: Type.String(), item: ApiTokenSchema }), ...errorResponses },
      },
    },
    async (request, reply) => {
      const { token, record } = await auth.createApiToken(
        requireActor(request),
        request.body.name,
        request.body.expiresInDays,
      );
      return reply.code(201).send({ token, item: record });
    },
  );

  app.delete(
    '/api/v1/tokens/:id',
    {
      schema: {
        tags: ['API 令牌'],
        summary: '吊销 API 令牌',
        params: Type.Object({ id: Id }),
        response: { 200: Ok, ...errorResponses },
      },
    },
    async (request) => {
      await auth.revokeApiToken(requireActor(request), request.params.id);
      return { ok: true as const };
    },
  );
}
