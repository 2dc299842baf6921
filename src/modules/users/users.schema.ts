import { Type } from '@sinclair/typebox';
import { ROLES } from '../../platform/auth/actor.js';
import { Id, Instant, NonEmpty } from '../../platform/http/schemas.js';

export const RoleSchema = Type.Union(
  ROLES.map((r) => Type.Literal(r)),
  {
    description:
      'site_admin 站点管理员 · editor 信息编辑 · reviewer 审核人 · request_handler 依申请公开办理人 · message_handler 留言办理人 · auditor 审计员',
  },
);

export const GrantSchema = Type.Object(
  {
    siteId: Id,
    role: RoleSchema,
    departmentId: Type.Union([Id, Type.Null()], { description: '空表示整个站点' }),
  },
  { additionalProperties: false },
);

export const UserSchema = Type.Object({
  id: Id,
  account: Type.String(),
  name: Type.String(),
  isPlatformAdmin: Type.Boolean(),
  disabled: Type.Boolean(),
  locked: Type.Boolean({ description: '近一小时登录失败较多，陌生浏览器的登录正被放慢（管理员可解除）' }),
  mustChangePassword: Type.Boolean({ description: '使用的是临时密码，须先修改' }),
  lastSignInAt: Type.Union([Instant, Type.Null()]),
  createdAt: Instant,
  grants: Type.Array(GrantSchema),
});

export const Account = Type.String({
  minLength: 2,
  maxLength: 50,
  pattern: '^[A-Za-z0-9_.@-]+$',
  description: '登录账号（字母、数字、_ . @ -）',
});
export const Password = Type.String({ minLength: 1, maxLength: 128 });

export const CreateUserSchema = Type.Object(
  {
    account: Account,
    name: NonEmpty(50, { description: '姓名' }),
    password: Type.Optional(Password),
    isPlatformAdmin: Type.Optional(Type.Boolean()),
    grants: Type.Array(GrantSchema, { maxItems: 50 }),
  },
  { additionalProperties: false },
);

export const SessionSchema = Type.Object({
  user: UserSchema,
  csrfToken: Type.String({ description: '修改类请求须在请求头 x-csrf-token 中携带' }),
  expiresAt: Instant,
});

export const ApiTokenSchema = Type.Object({
  id: Id,
  name: Type.String(),
  createdAt: Instant,
  expiresAt: Type.Union([Instant, Type.Null()]),
  lastUsedAt: Type.Union([Instant, Type.Null()]),
  revokedAt: Type.Union([Instant, Type.Null()]),
});
