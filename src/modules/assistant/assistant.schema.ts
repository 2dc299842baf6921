import { Type } from '@sinclair/typebox';
import { DateString, Id, Instant, Text } from '../../platform/http/schemas.js';
import { AcceptanceSchema } from '../publication-checks/publication-checks.schema.js';
import { SearchResultSchema } from '../search/search.schema.js';

export const KnowledgeEntrySchema = Type.Object({
  id: Id,
  siteId: Id,
  departmentId: Id,
  question: Type.String(),
  alternatives: Type.Array(Type.String()),
  answer: Type.String(),
  sourceDocumentId: Type.Union([Id, Type.Null()]),
  validUntil: Type.Union([DateString, Type.Null()]),
  createdAt: Instant,
  updatedAt: Instant,
});

export const KnowledgeBodySchema = Type.Object(
  {
    departmentId: Id,
    question: Text(200, { minLength: 2 }),
    alternatives: Type.Array(Text(200), { maxItems: 20, default: [] }),
    answer: Text(5000, { minLength: 1, description: '纯文本，空行分段' }),
    sourceDocumentId: Type.Union([Id, Type.Null()], { default: null, description: '依据的已公开信息' }),
    validUntil: Type.Union([DateString, Type.Null()], { default: null, description: '有效期至（含当日）' }),
    answersQuestionId: Type.Optional(Type.Union([Id, Type.Null()], { description: '所回答的待补充问题' })),
    acceptedFindings: Type.Optional(
      Type.Array(AcceptanceSchema, {
        maxItems: 20,
        description: '审核人员确认可以公开的个人信息或错敏字（如公职人员姓名），各注明依据和理由',
      }),
    ),
  },
  { additionalProperties: false },
);

export const AssistantAnswerSchema = Type.Object({
  id: Id,
  question: Type.String(),
  answer: Type.String(),
  department: Type.String(),
  url: Type.String(),
  source: Type.Union([Type.Object({ title: Type.String(), url: Type.String() }), Type.Null()]),
  updatedAt: Instant,
});

export const AssistantReplySchema = Type.Object({
  question: Type.String(),
  answered: Type.Boolean({ description: 'false：知识库中没有完全匹配的问答，问题已转给公开办补充' }),
  answers: Type.Array(AssistantAnswerSchema),
  documents: SearchResultSchema.properties.hits,
});

export const QueuedQuestionSchema = Type.Object({
  id: Id,
  question: Type.String(),
  asked: Type.Integer(),
  firstAskedAt: Instant,
  lastAskedAt: Instant,
});
