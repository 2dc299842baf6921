import { Type } from '@sinclair/typebox';
import { requireActor } from '../../platform/http/auth.js';
import { errorResponses } from '../../platform/http/errors.js';
import { DateString, Ok, Text } from '../../platform/http/schemas.js';
import type { App } from '../../platform/http/types.js';
import type { WorkdaysService } from './workdays.service.js';

const Year = Type.Integer({ minimum: 2000, maximum: 2100 });

const DayInfoSchema = Type.Object({
  date: DateString,
  isWorkday: Type.Boolean(),
  source: Type.Union([Type.Literal('operator'), Type.Literal('official'), Type.Literal('statutory')], {
    description: 'operator 人工录入 · official 官方安排 · statutory 按法定节假日推算',
  }),
  name: Type.String(),
  provisional: Type.Boolean({ description: '该年安排尚未发布，结果为暂定' }),
});

export function workdaysRoutes(app: App, workdays: WorkdaysService): void {
  app.get(
    '/api/v1/workdays/add',
    {
      schema: {
        tags: ['工作日'],
        summary: '某日之后第 N 个工作日（起算日不计入）',
        querystring: Type.Object(
          { from: DateString, days: Type.Integer({ minimum: 0, maximum: 1000 }) },
          { additionalProperties: false },
        ),
        response: { 200: Type.Object({ date: DateString, provisional: Type.Boolean() }), ...errorResponses },
      },
    },
    async (request) => (await workdays.calendar()).addWorkdays(request.query.from, request.query.days),
  );

  app.get(
    '/api/v1/workdays/between',
    {
      schema: {
        tags: ['工作日'],
        summary: 'A 日之后至 B 日（含）之间的工作日数',
        querystring: Type.Object({ from: DateString, to: DateString }, { additionalProperties: false }),
        response: { 200: Type.Object({ days: Type.Integer(), provisional: Type.Boolean() }), ...errorResponses },
      },
    },
    async (request) => (await workdays.calendar()).workdaysBetween(request.query.from, request.query.to),
  );

  app.get(
    '/api/v1/workdays/days/:date',
    {
      schema: {
        tags: ['工作日'],
        summary: '某日是否工作日',
        params: Type.Object({ date: DateString }),
        response: { 200: DayInfoSchema, ...errorResponses },
      },
    },
    async (request) => (await workdays.calendar()).day(request.params.date),
  );

  app.get(
    '/api/v1/workdays/years/:year',
    {
      schema: {
        tags: ['工作日'],
        summary: '某年的放假与调休安排（与周一至周五规则不同的日子）',
        params: Type.Object({ year: Year }),
        response: {
          200: Type.Object({
            year: Type.Integer(),
            known: Type.Boolean(),
            source: Type.String(),
            lastKnownYear: Type.Integer(),
            days: Type.Array(DayInfoSchema),
          }),
          ...errorResponses,
        },
      },
    },
    async (request) => ({
      ...(await workdays.year(request.params.year)),
      lastKnownYear: await workdays.lastKnownYear(),
    }),
  );

  app.put(
    '/api/v1/workdays/years/:year',
    {
      schema: {
        tags: ['工作日'],
        summary: '录入某年的全年安排（替换该年已有的人工设置）',
        params: Type.Object({ year: Year }),
        body: Type.Object(
          {
            source: Text(200, { minLength: 1, description: '依据的通知，如 国办发明电〔2025〕7号' }),
            holidays: Type.Array(DateString, { maxItems: 60, description: '放假的工作日' }),
            workdays: Type.Array(DateString, { maxItems: 30, description: '调休上班的周末' }),
          },
          { additionalProperties: false },
        ),
        response: { 200: Ok, ...errorResponses },
      },
    },
    async (request) => {
      await workdays.setYear(requireActor(request), request.params.year, request.body);
      return { ok: true as const };
    },
  );

  app.delete(
    '/api/v1/workdays/years/:year',
    {
      schema: {
        tags: ['工作日'],
        summary: '删除某年的人工录入',
        params: Type.Object({ year: Year }),
        response: { 200: Ok, ...errorResponses },
      },
    },
    async (request) => {
      await workdays.deleteYear(requireActor(request), request.params.year);
      return { ok: true as const };
    },
  );

  app.put(
    '/api/v1/workdays/days/:date',
    {
      schema: {
        tags: ['工作日'],
        summary: '更正单日',
        params: Type.Object({ date: DateString }),
        body: Type.Object(
          { isWorkday: Type.Boolean(), note: Text(100, { default: '' }) },
          { additionalProperties: false },
        ),
        response: { 200: Ok, ...errorResponses },
      },
    },
    async (request) => {
      await workdays.setDay(requireActor(request), request.params.date, request.body.isWorkday, request.body.note);
      return { ok: true as const };
    },
  );

  app.delete(
    '/api/v1/workdays/days/:date',
    {
      schema: {
        tags: ['工作日'],
        summary: '撤销单日更正',
        params: Type.Object({ date: DateString }),
        response: { 200: Ok, ...errorResponses },
      },
    },
    async (request) => {
      await workdays.deleteDay(requireActor(request), request.params.date);
      return { ok: true as const };
    },
  );
}
