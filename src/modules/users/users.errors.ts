import { defineErrors } from '../../platform/http/errors.js';

export const UserErrors = defineErrors({
  INVALID_CREDENTIALS: { status: 401, message: '账号或密码错误' },
  // ACCOUNT_LOCKED (423) is retired: accounts are no longer locked (issue 13 §8); the code is not reused.
  SIGN_IN_THROTTLED: { status: 429, message: '登录尝试过于频繁，请稍后再试' },
  ACCOUNT_DISABLED: { status: 403, message: '账号已停用，请联系管理员' },
  ACCOUNT_TAKEN: { status: 409, message: '该账号已存在' },
  PASSWORD_POLICY: { status: 400, message: '密码不符合安全要求' },
  PASSWORD_WRONG: { status: 400, message: '原密码不正确' },
  GRANT_INVALID: { status: 400, message: '角色授权不正确' },
  TOKEN_NOT_FOUND: { status: 404, message: 'API 令牌不存在' },
});
