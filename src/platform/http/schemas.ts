import { Type } from '@sinclair/typebox';

/** Schema pieces shared by route schemas. */
export const Id = Type.String({ format: 'uuid', description: '编号' });
export const DateString = Type.String({ format: 'date', description: '日期 YYYY-MM-DD' });
export const Instant = Type.String({ description: 'ISO-8601 时间（UTC）' });
export const Text = (maxLength: number, extra: object = {}) => Type.String({ maxLength, ...extra });
export const NonEmpty = (maxLength: number, extra: object = {}) =>
  Type.String({ minLength: 1, maxLength, pattern: '\\S', ...extra });
export const Ok = Type.Object({ ok: Type.Literal(true) });
