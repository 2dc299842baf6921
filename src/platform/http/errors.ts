import { Type } from '@sinclair/typebox';

/**
 * One catalogue of errors with stable codes. Codes are API: integrators branch on them, so a
 * code is never renamed or reused. Messages are Chinese because people read them.
 * Modules add their own codes with `defineErrors`; a code defined twice fails at start-up.
 */
export interface ErrorSpec {
  readonly status: number;
  readonly message: string;
}

export interface ErrorDetail {
  field?: string;
  message: string;
}

export class AppError extends Error {
  constructor(
    readonly code: string,
    readonly status: number,
    message: string,
    readonly details?: ErrorDetail[],
  ) {
    super(message);
    this.name = 'AppError';
  }
}

const catalogue = new Map<string, ErrorSpec>();

export type ErrorFactories<T> = {
  readonly [K in keyof T]: (message?: string, details?: ErrorDetail[]) => AppError;
};

export function defineErrors<T extends Record<string, ErrorSpec>>(specs: T): ErrorFactories<T> {
  const factories: Record<string, (message?: string, details?: ErrorDetail[]) => AppError> = {};
  for (const [code, spec] of Object.entries(specs)) {
    if (catalogue.has(code)) throw new Error(`error code defined twice: ${code}`);
    catalogue.set(code, spec);
    factories[code] = (message?: string, details?: ErrorDetail[]) =>
      new AppError(code, spec.status, message ?? spec.message, details);
  }
  return factories as ErrorFactories<T>;
}

/** Every code known so far, for the API documentation. */
export function errorCatalogue(): ReadonlyMap<string, ErrorSpec> {
  return catalogue;
}

export const Errors = defineErrors({
  VALIDATION_FAILED: { status: 400, message: '提交的内容不符合要求' },
  BAD_JSON: { status: 400, message: '请求内容不是有效的 JSON' },
  UNSUPPORTED_MEDIA_TYPE: { status: 415, message: '不支持的内容类型' },
  PAYLOAD_TOO_LARGE: { status: 413, message: '提交的内容过大' },
  NOT_FOUND: { status: 404, message: '未找到请求的内容' },
  METHOD_NOT_ALLOWED: { status: 405, message: '不支持该请求方法' },
  BAD_REQUEST: { status: 400, message: '请求无法处理' },
  UNAUTHENTICATED: { status: 401, message: '请先登录' },
  FORBIDDEN: { status: 403, message: '没有权限进行此操作' },
  CSRF_FAILED: { status: 403, message: '页面已过期或请求来源不可信，请刷新后重试' },
  PASSWORD_CHANGE_REQUIRED: { status: 403, message: '请先修改初始密码' },
  RATE_LIMITED: { status: 429, message: '请求过于频繁，请稍后再试' },
  CONFLICT: { status: 409, message: '数据已被修改或与现有数据冲突' },
  SITE_NOT_FOUND: { status: 404, message: '该域名未绑定任何站点' },
  INTERNAL: { status: 500, message: '服务器内部错误，请稍后再试' },
  UNAVAILABLE: { status: 503, message: '服务暂时不可用' },
});

/** The JSON shape of every error response: `{"error":{"code","message","details"?}}`. */
export const ErrorBody = Type.Object(
  {
    error: Type.Object({
      code: Type.String(),
      message: Type.String(),
      details: Type.Optional(Type.Array(Type.Object({ field: Type.Optional(Type.String()), message: Type.String() }))),
    }),
  },
  { description: '错误' },
);

/** Error responses to list on every route, so OpenAPI shows them and output stays whitelisted. */
export const errorResponses = {
  400: ErrorBody,
  401: ErrorBody,
  403: ErrorBody,
  404: ErrorBody,
  409: ErrorBody,
  423: ErrorBody,
};
