import type { FastifyRequest } from 'fastify';
import { AppError } from '../../platform/http/errors.js';
import type { App } from '../../platform/http/types.js';
import { problemsWith } from '../../platform/http/validation.js';
import { detectAllowedType } from '../../platform/files/files.js';
import { Layout } from '../../portal/layout.js';
import { sendPage } from '../../portal/render.js';
import {
  Choice,
  Field,
  FileField,
  ProblemSummary,
  readMultipartForm,
  type FieldProblems,
  type Form,
} from '../../portal/forms.js';
import { APPLY_FIELD_LABELS, checkApplicationForm } from './requests.form.js';
import { Breadcrumb, frameFor, type Frame } from '../columns/columns.pages.js';
import type { ColumnsService } from '../columns/columns.service.js';
import type { Department, DepartmentsService } from '../departments/departments.service.js';
import type { Site, SitesService } from '../sites/sites.service.js';
import {
  CASE_STATE_LABELS,
  DELIVERY_FORM_LABELS,
  DELIVERY_METHOD_LABELS,
  ORGANISATION_KIND_LABELS,
} from './requests.model.js';
import { OnlineRequestSchema, type OnlineRequestBody } from './requests.schema.js';
import type { RequestsService } from './requests.service.js';
import type { RateLimits } from '../../platform/http/rate-limit.js';

/** An ID scan: an image or a PDF of at most 5 MB, its type told by content. */
const ID_PROOF_MAX_BYTES = 5 * 1024 * 1024;
const ID_PROOF_TYPES = new Set(['application/pdf', 'image/png', 'image/jpeg', 'image/gif']);

/** The flat form's fields as the application the service takes. */
function toApplication(f: Form): unknown {
  const organisation = f.applicantKind === 'organisation';
  return {
    departmentId: f.departmentId || null,
    applicant: {
      kind: f.applicantKind,
      organisationKind: organisation ? f.organisationKind || null : null,
      name: f.name ?? '',
      idType: organisation ? '统一社会信用代码' : f.idType || '居民身份证',
      idNumber: f.idNumber ?? '',
      workUnit: f.workUnit ?? '',
      legalRepresentative: f.legalRepresentative ?? '',
      contactName: f.contactName ?? '',
      phone: f.phone ?? '',
      email: f.email ?? '',
      address: f.address ?? '',
      postcode: f.postcode ?? '',
    },
    infoTitle: f.infoTitle ?? '',
    infoDocNo: f.infoDocNo ?? '',
    infoDescription: f.infoDescription ?? '',
    purpose: f.purpose ?? '',
    deliveryForm: f.deliveryForm,
    deliveryMethod: f.deliveryMethod,
    feeWaiverRequested: f.feeWaiverRequested === '1',
    feeWaiverReason: f.feeWaiverReason ?? '',
  };
}

function ApplyPage(props: { frame: Frame; departments: Department[]; form: Form; problems: FieldProblems }) {
  const { frame, departments, form, problems } = props;
  return (
    <Layout {...frame} title="政府信息公开申请">
      <Breadcrumb trail={[{ label: '依申请公开' }, { label: '在线申请' }]} />
      <h1>政府信息公开申请</h1>
      <p>
        根据《中华人民共和国政府信息公开条例》第二十九条，请如实填写以下内容。提交后将得到申请编号和查询码，凭此查询办理进度；
        能够当场答复的当场答复，不能当场答复的自收到申请之日起 20 个工作日内答复。
      </p>
      <ProblemSummary title="申请未提交，请修改以下内容：" problems={problems} labels={APPLY_FIELD_LABELS} />
      <form class="apply-form" method="post" action="/requests/apply" enctype="multipart/form-data">
        <p class="field">
          <label for="f-departmentId">申请的机关</label>
          <select id="f-departmentId" name="departmentId">
            <option value="">{frame.site?.name ?? '本级人民政府'}</option>
            {departments.map((d) => (
              <option value={d.id} selected={form.departmentId === d.id}>
                {d.name}
              </option>
            ))}
          </select>
        </p>
        <fieldset>
          <legend>申请人信息</legend>
          <Choice
            name="applicantKind"
            legend="申请人类型"
            options={{ person: '公民（自然人）', organisation: '法人或其他组织' }}
            form={form}
            error={problems.applicantKind}
          />
          <Field name="name" label="姓名或名称" form={form} required autocomplete="name" error={problems.name} />
          <Field name="idType" label="证件名称（公民填写）" form={form} hint="如居民身份证、护照" />
          <Field
            name="idNumber"
            label="证件号码或统一社会信用代码"
            form={form}
            required
            maxLength={30}
            error={problems.idNumber}
          />
          <p class={problems.organisationKind ? 'field field-invalid' : 'field'}>
            <label for="f-organisationKind">组织类别（法人或其他组织填写）</label>
            {problems.organisationKind && (
              <span class="field-error" id="e-organisationKind">
                {problems.organisationKind}
              </span>
            )}
            <select
              id="f-organisationKind"
              name="organisationKind"
              aria-describedby={problems.organisationKind ? 'e-organisationKind' : undefined}
              aria-invalid={problems.organisationKind ? 'true' : undefined}
            >
              <option value="">请选择</option>
              {Object.entries(ORGANISATION_KIND_LABELS).map(([value, label]) => (
                <option value={value} selected={form.organisationKind === value}>
                  {label}
                </option>
              ))}
            </select>
          </p>
          <Field name="workUnit" label="工作单位（公民填写）" form={form} />
          <Field name="legalRepresentative" label="法定代表人（组织填写）" form={form} />
          <Field name="contactName" label="联系人（组织填写）" form={form} />
          <Field
            name="phone"
            label="联系电话"
            form={form}
            required
            type="tel"
            autocomplete="tel"
            maxLength={30}
            error={problems.phone}
          />
          <Field name="email" label="电子邮箱" form={form} type="email" autocomplete="email" error={problems.email} />
          <Field
            name="address"
            label="通信地址"
            form={form}
            autocomplete="street-address"
            maxLength={200}
            error={problems.address}
          />
          <Field name="postcode" label="邮政编码" form={form} autocomplete="postal-code" error={problems.postcode} />
          <FileField
            name="idProof"
            label="身份证明"
            hint="身份证或营业执照的照片或扫描件：PNG、JPEG、GIF 图片或 PDF，不超过 5 MB"
            accept="image/png,image/jpeg,image/gif,application/pdf"
            error={problems.idProof}
          />
        </fieldset>
        <fieldset>
          <legend>所需信息</legend>
          <Field
            name="infoTitle"
            label="所需信息的名称"
            form={form}
            required
            maxLength={200}
            error={problems.infoTitle}
          />
          <Field name="infoDocNo" label="文号" form={form} hint="如 姑政办发〔2018〕12号，不清楚可不填" />
          <Field name="infoDescription" label="内容描述" form={form} multiline hint="便于查找的特征性描述" />
          <Field name="purpose" label="用途（可不填）" form={form} />
        </fieldset>
        <Choice
          name="deliveryForm"
          legend="提供方式"
          options={DELIVERY_FORM_LABELS}
          form={form}
          error={problems.deliveryForm}
        />
        <Choice
          name="deliveryMethod"
          legend="获取方式"
          options={DELIVERY_METHOD_LABELS}
          form={form}
          error={problems.deliveryMethod}
        />
        <fieldset>
          <legend>信息处理费</legend>
          <label>
            <input type="checkbox" name="feeWaiverRequested" value="1" checked={form.feeWaiverRequested === '1'} />{' '}
            申请减免信息处理费
          </label>
          <Field name="feeWaiverReason" label="减免理由" form={form} maxLength={500} error={problems.feeWaiverReason} />
        </fieldset>
        <p>
          <button type="submit">提交申请</button>
        </p>
      </form>
    </Layout>
  );
}

function SubmittedPage(props: {
  frame: Frame;
  trackingNo: string;
  queryCode: string;
  receivedOn: string;
  dueOn: string | null;
}) {
  const { frame, trackingNo, queryCode, receivedOn, dueOn } = props;
  return (
    <Layout {...frame} title="申请已提交">
      <Breadcrumb trail={[{ label: '依申请公开' }, { label: '申请已提交' }]} />
      <h1>申请已提交</h1>
      <table class="meta-table">
        <caption>请记下申请编号和查询码，查询码只显示这一次</caption>
        <tbody>
          <tr>
            <th scope="row">申请编号</th>
            <td>{trackingNo}</td>
          </tr>
          <tr>
            <th scope="row">查询码</th>
            <td>{queryCode}</td>
          </tr>
          <tr>
            <th scope="row">收到申请日期</th>
            <td>{receivedOn}</td>
          </tr>
          <tr>
            <th scope="row">答复期限</th>
            <td>{dueOn ?? '—'}</td>
          </tr>
        </tbody>
      </table>
      <p>
        <a href="/requests/status">查询办理进度</a>
      </p>
    </Layout>
  );
}

function StatusPage(props: {
  frame: Frame;
  trackingNo: string;
  error?: string;
  status?: Awaited<ReturnType<RequestsService['publicStatus']>>;
}) {
  const { frame, trackingNo, error, status } = props;
  return (
    <Layout {...frame} title="申请进度查询">
      <Breadcrumb trail={[{ label: '依申请公开' }, { label: '进度查询' }]} />
      <h1>申请进度查询</h1>
      {/* POST keeps the query code out of addresses, histories and logs. */}
      <form class="filters" method="post" action="/requests/status">
        <label for="s-no">
          申请编号
          <input id="s-no" name="trackingNo" value={trackingNo} required autocomplete="off" />
        </label>
        <label for="s-code">
          查询码
          <input id="s-code" name="queryCode" required autocomplete="off" />
        </label>
        <button type="submit">查询</button>
      </form>
      {error && (
        <p class="form-errors" role="alert">
          {error}
        </p>
      )}
      {status && (
        <section aria-labelledby="status-heading">
          <h2 id="status-heading">{status.infoTitle}</h2>
          <table class="meta-table">
            <tbody>
              <tr>
                <th scope="row">申请编号</th>
                <td>{status.trackingNo}</td>
              </tr>
              <tr>
                <th scope="row">收到申请日期</th>
                <td>{status.receivedOn}</td>
              </tr>
              <tr>
                <th scope="row">办理状态</th>
                <td>{CASE_STATE_LABELS[status.state]}</td>
              </tr>
              <tr>
                <th scope="row">答复期限</th>
                <td>
                  {status.dueOn ?? '暂停计算（等待补正、征求意见或缴费）'}
                  {status.provisional && '（暂定，放假安排尚未公布）'}
                </td>
              </tr>
            </tbody>
          </table>
          <h3>办理过程</h3>
          <ol>
            {status.steps.map((s) => (
              <li>
                {s.on} {s.label}
              </li>
            ))}
          </ol>
        </section>
      )}
    </Layout>
  );
}

/**
 * The applicant's side of 依申请公开 on the portal, usable without JavaScript: the application
 * form (with an ID scan) and the progress look-up. Nothing here is cached, and nothing personal is
 * ever shown back except on the applicant's own form when it must be corrected.
 */
export async function requestPages(
  app: App,
  deps: {
    sites: SitesService;
    departments: DepartmentsService;
    columns: ColumnsService;
    requests: RequestsService;
    /** Submissions per visitor address and minute: enough for a person, not for a script. */
    rateLimits: RateLimits;
    perMinute: number;
  },
): Promise<void> {
  const { sites, departments, columns, requests, rateLimits, perMinute } = deps;
  const siteOf = (request: FastifyRequest): Promise<Site> => sites.forPortal(request.hostname);
  const applyPage = async (request: FastifyRequest, site: Site, form: Form, problems: FieldProblems) => (
    <ApplyPage
      frame={await frameFor(request, site, columns)}
      departments={await departments.list(site.id)}
      form={form}
      problems={problems}
    />
  );

  app.get('/requests/apply', { schema: { hide: true } }, async (request, reply) => {
    const site = await siteOf(request);
    return sendPage(reply, await applyPage(request, site, { applicantKind: 'person' }, {}));
  });
  app.get('/requests/status', { schema: { hide: true } }, async (request, reply) => {
    const site = await siteOf(request);
    return sendPage(reply, <StatusPage frame={await frameFor(request, site, columns)} trackingNo="" />);
  });

  await app.register(async (scoped) => {
    await rateLimits.register(scoped, 'request-apply', perMinute);
    scoped.post('/requests/apply', { schema: { hide: true } }, async (request, reply) => {
      const site = await siteOf(request);
      const read = await readMultipartForm(request, { maxFields: 40, maxFiles: 1, maxFileBytes: ID_PROOF_MAX_BYTES });
      const form = read.form;
      let idProof: { bytes: Buffer; mime: string } | null = null;
      // What the normaliser found (a control character …) first, then what a person can correct.
      const problems: FieldProblems = { ...checkApplicationForm(form), ...read.problems };
      for (const file of read.files) {
        const mime = await detectAllowedType(file.bytes);
        if (file.truncated) problems.idProof = '文件超过 5 MB，请缩小后重新选择';
        else if (!mime || !ID_PROOF_TYPES.has(mime)) problems.idProof = '只能上传 PNG、JPEG、GIF 图片或 PDF 文件';
        else idProof = { bytes: file.bytes, mime };
      }
      if (Object.keys(problems).length > 0) return sendPage(reply, await applyPage(request, site, form, problems), 400);
      // The service's own schema has the last word; what it still finds is told at its field.
      const application = toApplication(form);
      for (const d of problemsWith(OnlineRequestSchema, application)) {
        const field = (d.field ?? '').replace(/^applicant\./, '');
        problems[APPLY_FIELD_LABELS[field] ? field : '_form'] =
          `${APPLY_FIELD_LABELS[field] ?? '填写的内容'}有误，请检查`;
      }
      if (Object.keys(problems).length > 0) return sendPage(reply, await applyPage(request, site, form, problems), 400);
      try {
        const created = await requests.submitOnline(site.id, application as OnlineRequestBody, idProof);
        const status = await requests.publicStatus(site.id, created.trackingNo, created.queryCode);
        return sendPage(
          reply,
          <SubmittedPage
            frame={await frameFor(request, site, columns)}
            trackingNo={created.trackingNo}
            queryCode={created.queryCode}
            receivedOn={status.receivedOn}
            dueOn={status.dueOn}
          />,
          201,
        );
      } catch (error) {
        if (!(error instanceof AppError) || error.status >= 500) throw error;
        return sendPage(reply, await applyPage(request, site, form, { _form: error.message }), 400);
      }
    });
  });

  await app.register(async (scoped) => {
    await rateLimits.register(scoped, 'request-status', perMinute * 4);
    scoped.post('/requests/status', { schema: { hide: true } }, async (request, reply) => {
      const site = await siteOf(request);
      const body = (request.body ?? {}) as Form;
      const trackingNo = String(body.trackingNo ?? '').slice(0, 40);
      const frame = await frameFor(request, site, columns);
      try {
        const status = await requests.publicStatus(site.id, trackingNo, String(body.queryCode ?? '').slice(0, 40));
        return sendPage(reply, <StatusPage frame={frame} trackingNo={trackingNo} status={status} />);
      } catch (error) {
        if (!(error instanceof AppError) || error.status >= 500) throw error;
        return sendPage(reply, <StatusPage frame={frame} trackingNo={trackingNo} error={error.message} />, 404);
      }
    });
  });
}
