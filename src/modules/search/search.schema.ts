import { Type } from '@sinclair/typebox';
import { Id, Text } from '../../platform/http/schemas.js';

export const RESULT_TYPES = ['document', 'interpretation', 'knowledge_entry', 'service_guide', 'message'] as const;

export const SearchQuerySchema = Type.Object(
  {
    q: Text(100, { description: '检索词：可加引号检索短语，可直接输入文号', default: '' }),
    type: Type.Optional(
      Type.Union(
        RESULT_TYPES.map((t) => Type.Literal(t)),
        { description: '结果类型' },
      ),
    ),
    publisher: Type.Optional(Id),
    year: Type.Optional(Type.Integer({ minimum: 1949, maximum: 2100 })),
    validity: Type.Optional(
      Type.Union([
        Type.Literal('effective'),
        Type.Literal('amended'),
        Type.Literal('expired'),
        Type.Literal('repealed'),
      ]),
    ),
    sort: Type.Union([Type.Literal('relevance'), Type.Literal('date')], { default: 'relevance' }),
    page: Type.Integer({ minimum: 1, maximum: 100, default: 1 }),
    size: Type.Integer({ minimum: 1, maximum: 50, default: 10 }),
  },
  { additionalProperties: false },
);

const FacetSchema = Type.Array(Type.Object({ value: Type.String(), label: Type.String(), count: Type.Integer() }));

export const SearchResultSchema = Type.Object({
  query: Type.String(),
  searchedFor: Type.Union([Type.String(), Type.Null()], { description: '原检索词无结果时，实际检索的纠正词' }),
  suggestion: Type.Union([Type.String(), Type.Null()], { description: '“您是不是要找”' }),
  match: Type.Union([Type.Literal('all'), Type.Literal('any')], { description: 'any：无全部匹配的结果，显示部分匹配' }),
  total: Type.Integer(),
  page: Type.Integer(),
  size: Type.Integer(),
  hits: Type.Array(
    Type.Object({
      title: Type.String(),
      url: Type.String(),
      type: Type.String(),
      publisher: Type.String(),
      publishedAt: Type.String(),
      snippet: Type.String({ description: 'HTML：已转义的正文片段，检索词以 <mark> 标出' }),
      docNo: Type.String(),
      validity: Type.Union([Type.String(), Type.Null()]),
    }),
  ),
  facets: Type.Object({ type: FacetSchema, publisher: FacetSchema, year: FacetSchema, validity: FacetSchema }),
});

export const SynonymGroupSchema = Type.Object({ id: Id, words: Type.Array(Type.String()), updatedAt: Type.String() });
export const SynonymBodySchema = Type.Object(
  { words: Type.Array(Text(20), { minItems: 2, maxItems: 20 }) },
  { additionalProperties: false },
);

const QueryCountSchema = Type.Array(
  Type.Object({ query: Type.String(), searches: Type.Integer(), lastDay: Type.String() }),
);
export const QueryReportSchema = Type.Object({
  zeroResults: QueryCountSchema,
  top: QueryCountSchema,
  hot: Type.Array(
    Type.Object(
      { query: Type.String(), searches: Type.Integer(), approvedAt: Type.String() },
      { description: '已审定的热门检索词' },
    ),
  ),
});
