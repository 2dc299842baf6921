import { Ajv, type ErrorObject } from 'ajv';
import addFormats from 'ajv-formats';
import { createRequire } from 'node:module';
import type { FastifySchemaCompiler } from 'fastify';
import type { ErrorDetail } from './errors.js';

/**
 * Two validators: bodies are taken exactly as sent (no type coercion, unknown fields refused —
 * Fastify's default would silently drop them), while query strings and path parameters, which
 * arrive as text, are coerced to the declared types.
 */
function makeAjv(coerce: boolean): Ajv {
  const ajv = new Ajv({
    coerceTypes: coerce ? 'array' : false,
    removeAdditional: false,
    useDefaults: true,
    allErrors: true,
    strict: false,
  });
  addFormats.default(ajv);
  return ajv;
}

// The package's typings declare an ES default export but it ships `module.exports = fn`.
const localizeZh = createRequire(import.meta.url)('ajv-i18n/localize/zh') as (errors: ErrorObject[]) => void;

const bodyAjv = makeAjv(false);
const paramsAjv = makeAjv(true);

export const validatorCompiler: FastifySchemaCompiler<unknown> = ({ schema, httpPart }) => {
  const ajv = httpPart === 'body' ? bodyAjv : paramsAjv;
  return ajv.compile(schema as object);
};

const PART_LABELS: Record<string, string> = {
  body: '',
  querystring: '查询参数',
  params: '路径参数',
  headers: '请求头',
};

/** Turns Ajv's errors into Chinese messages naming the field, e.g. `name: 不应多于 60 个字符`. */
export function validationDetails(errors: ErrorObject[], part: string | undefined): ErrorDetail[] {
  const copy = errors.map((e) => ({ ...e }));
  localizeZh(copy);
  return copy.map((e) => {
    let field = e.instancePath.replace(/^\//, '').replace(/\//g, '.');
    if (e.keyword === 'required')
      field = [field, (e.params as { missingProperty: string }).missingProperty].filter(Boolean).join('.');
    if (e.keyword === 'additionalProperties') {
      const extra = (e.params as { additionalProperty: string }).additionalProperty;
      return { field: [field, extra].filter(Boolean).join('.'), message: `不允许的字段 “${extra}”` };
    }
    const prefix = PART_LABELS[part ?? 'body'] ?? '';
    return { ...(field ? { field } : {}), message: `${prefix}${e.message ?? '不符合要求'}` };
  });
}

/** Checks a value against a route-style schema outside HTTP (imports, CLI): Chinese problems, or none. */
export function problemsWith(schema: object, value: unknown): ErrorDetail[] {
  const validate = bodyAjv.compile(schema);
  return validate(value) ? [] : validationDetails(validate.errors ?? [], 'body');
}
