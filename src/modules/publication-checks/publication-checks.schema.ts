import { Type } from '@sinclair/typebox';
import { Text } from '../../platform/http/schemas.js';
import { ACCEPTANCE_BASES, type AcceptanceBasis } from './publication-checks.service.js';

const BasisSchema = Type.Union(
  (Object.keys(ACCEPTANCE_BASES) as AcceptanceBasis[]).map((k) => Type.Literal(k)),
  {
    description: Object.entries(ACCEPTANCE_BASES)
      .map(([k, v]) => `${k}：${v}`)
      .join('；'),
  },
);

/** A reviewer lets one finding stay: which (its type and text), on what basis, and why. */
export const AcceptanceSchema = Type.Object(
  { type: Text(20), text: Text(500), basis: BasisSchema, reason: Text(500) },
  { additionalProperties: false },
);
