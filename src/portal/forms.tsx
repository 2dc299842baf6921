import type { FastifyReply, FastifyRequest } from 'fastify';
import type { JSX } from 'preact';
import { checkChallenge, type Challenge, type ChallengeResult } from '../platform/http/challenge.js';
import { AppError } from '../platform/http/errors.js';
import { sendPage } from './render.js';
import { cleanInput, toPlainText } from '../platform/http/input.js';

/**
 * The parts every public form shares: fields with their label, hint and — after a refused
 * submission — their own message right below them (tied with aria-describedby, marked
 * aria-invalid), and a summary at the top that links to each field.
 */
export type Form = Record<string, string>;
/** Plain-words messages by form field name. */
export type FieldProblems = Record<string, string>;

export function Field(props: {
  name: string;
  label: string;
  form: Form;
  required?: boolean;
  hint?: string;
  type?: 'text' | 'tel' | 'email';
  autocomplete?: string;
  multiline?: boolean;
  maxLength?: number;
  error?: string;
}) {
  const { name, label, form, required, hint, type = 'text', autocomplete, multiline, maxLength, error } = props;
  const describedBy = [hint && `h-${name}`, error && `e-${name}`].filter(Boolean).join(' ') || undefined;
  return (
    <p class={error ? 'field field-invalid' : 'field'}>
      <label for={`f-${name}`}>
        {label}
        {required && <span class="required">（必填）</span>}
      </label>
      {error && (
        <span class="field-error" id={`e-${name}`}>
          {error}
        </span>
      )}
      {multiline ? (
        <textarea
          id={`f-${name}`}
          name={name}
          rows={6}
          required={required}
          maxLength={maxLength ?? 2000}
          aria-describedby={describedBy}
          aria-invalid={error ? 'true' : undefined}
        >
          {form[name] ?? ''}
        </textarea>
      ) : (
        <input
          id={`f-${name}`}
          name={name}
          type={type}
          // Preact's typings want `list` stated when `type` is a union of text-like types.
          list={undefined}
          value={form[name] ?? ''}
          required={required}
          maxLength={maxLength}
          autocomplete={autocomplete}
          aria-describedby={describedBy}
          aria-invalid={error ? 'true' : undefined}
        />
      )}
      {hint && (
        <span class="hint" id={`h-${name}`}>
          {hint}
        </span>
      )}
    </p>
  );
}

/** A file input with the same label, hint and message-at-the-field as `Field`. */
export function FileField(props: {
  name: string;
  label: string;
  hint: string;
  accept: string;
  multiple?: boolean;
  error?: string;
}) {
  const { name, label, hint, accept, multiple, error } = props;
  return (
    <p class={error ? 'field field-invalid' : 'field'}>
      <label for={`f-${name}`}>{label}</label>
      {error && (
        <span class="field-error" id={`e-${name}`}>
          {error}
        </span>
      )}
      <input
        id={`f-${name}`}
        name={name}
        type="file"
        accept={accept}
        multiple={multiple}
        aria-describedby={[`h-${name}`, error && `e-${name}`].filter(Boolean).join(' ')}
        aria-invalid={error ? 'true' : undefined}
      />
      <span class="hint" id={`h-${name}`}>
        {hint}
      </span>
    </p>
  );
}

export function Choice(props: {
  name: string;
  legend: string;
  options: Record<string, string>;
  form: Form;
  error?: string;
}) {
  const { name, legend, options, form, error } = props;
  return (
    <fieldset class={error ? 'choice field-invalid' : 'choice'} aria-describedby={error ? `e-${name}` : undefined}>
      <legend>
        {legend}
        <span class="required">（必填）</span>
      </legend>
      {error && (
        <span class="field-error" id={`e-${name}`}>
          {error}
        </span>
      )}
      {Object.entries(options).map(([value, label], i) => (
        <label>
          <input
            type="radio"
            id={i === 0 ? `f-${name}` : undefined}
            name={name}
            value={value}
            checked={form[name] === value}
            required
          />{' '}
          {label}
        </label>
      ))}
    </fieldset>
  );
}

/** The top-of-form list of what to correct, each linking to its field. */
export function ProblemSummary(props: { title: string; problems: FieldProblems; labels: Record<string, string> }) {
  const entries = Object.entries(props.problems);
  if (entries.length === 0) return null;
  return (
    <div class="form-errors" role="alert">
      <h2>{props.title}</h2>
      <ul>
        {entries.map(([field, message]) => (
          <li>
            {props.labels[field] ? (
              <a href={`#f-${field}`}>
                {props.labels[field]}：{message}
              </a>
            ) : (
              message
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}

/**
 * Reads a multipart public form: text fields (at most `maxFields`, each cut at 5,000 characters),
 * cleaned by the platform's input normaliser with its findings kept per field rather than refusing
 * the request, and the uploaded files as bytes (empty file inputs skipped). Multipart bodies are
 * read here, after the global clean-up hook, so a stray control character is reported at its field.
 */
export async function readMultipartForm(
  request: FastifyRequest,
  limits: { maxFields: number; maxFiles: number; maxFileBytes: number; fileField?: string },
): Promise<{
  form: Form;
  files: { field: string; name: string; bytes: Buffer; truncated: boolean }[];
  problems: FieldProblems;
}> {
  const form: Form = {};
  const files: { field: string; name: string; bytes: Buffer; truncated: boolean }[] = [];
  // An oversized file is cut off and reported on the form rather than failing the request;
  // the plugin reads `throwFileSizeLimit` per call, though its types list it only for the plugin.
  const options = {
    limits: { fields: limits.maxFields, files: limits.maxFiles, fileSize: limits.maxFileBytes },
    throwFileSizeLimit: false,
  };
  const problems: FieldProblems = {};
  try {
    for await (const part of request.parts(options)) {
      if (part.type === 'file') {
        const bytes = await part.toBuffer();
        if (bytes.length > 0)
          files.push({ field: part.fieldname, name: part.filename, bytes, truncated: part.file.truncated });
      } else if (typeof part.value === 'string' && part.fieldname.length <= 40) {
        form[part.fieldname] = part.value.slice(0, 5000);
      }
    }
  } catch (error) {
    // More files than the form takes: said at the form's file field, not as a failed request.
    if ((error as { code?: string }).code !== 'FST_FILES_LIMIT') throw error;
    problems[limits.fileField ?? 'files'] =
      limits.maxFiles > 0 ? `最多上传 ${limits.maxFiles} 个文件` : '这里不能上传文件';
  }
  const unreadable = cleanInput(form);
  if (Array.isArray(unreadable))
    for (const p of unreadable) {
      const key = p.field ?? '';
      problems[key] = p.message;
      form[key] = toPlainText(form[key] ?? '');
    }
  return { form, files, problems };
}

/** A field no person sees or fills in; scripts fill in every field. */
const HONEYPOT = 'homepage';

const CHALLENGE_MESSAGES: Record<Exclude<ChallengeResult, 'ok'>, string> = {
  wrong: '答案不对，请重新计算后填写阿拉伯数字',
  expired: '页面打开时间过长，请回答下面新的问题',
  too_fast: '提交太快了，请核对内容后再提交',
};

/** The guard against scripted posting on a public form: the hidden field, the signed question. */
export function ChallengeFields({ challenge, error }: { challenge: Challenge; error?: string }) {
  return (
    <>
      <p class="honeypot" aria-hidden="true">
        <label for="f-homepage">请勿填写此项</label>
        <input id="f-homepage" name={HONEYPOT} tabindex={-1} autocomplete="off" value="" />
      </p>
      <input type="hidden" name="token" value={challenge.token} />
      <Field
        name="answer"
        label={`验证问题：${challenge.question}`}
        form={{}}
        required
        autocomplete="off"
        hint="用于防止自动程序批量提交"
        error={error}
      />
    </>
  );
}

/** What is wrong with the guard's answer, if anything (a filled-in hidden field is not named as such). */
export function challengeProblem(form: Form, secret: string, now: Date): string | undefined {
  if (form[HONEYPOT]) return '未能提交，请刷新页面后重新填写';
  if (!(form.answer ?? '').trim()) return '请填写验证问题的答案（阿拉伯数字）';
  const result = checkChallenge(secret, form.token ?? '', form.answer ?? '', now);
  return result === 'ok' ? undefined : CHALLENGE_MESSAGES[result];
}

/** A person's name and phone on a public form, in plain words; the phone may be optional. */
export function namePhoneProblems(form: Form, phoneRequired: string | false): FieldProblems {
  const p: FieldProblems = {};
  const name = (form.name ?? '').trim();
  if (!name) p.name = '请填写姓名';
  else if ([...name].length > 50) p.name = '姓名请不要超过 50 个字';
  const phone = (form.phone ?? '').normalize('NFKC').trim();
  if (!phone) {
    if (phoneRequired) p.phone = phoneRequired;
  } else if (!/^\+?[\d\s\-()（）]{7,20}$/.test(phone) || phone.replace(/\D/g, '').length < 7)
    p.phone = '联系电话只能填写数字，例如 13812345678 或 0512-65123456';
  return p;
}

export type Outcome = { submitted?: boolean; error?: string };

/**
 * A guarded public post that answers on the same page: the form read and cleaned, its problems
 * and the guard's answer shown at their fields (400, nothing written), a refusal the service gives
 * shown above the page (409), or the page again with its thank-you (201).
 */
export async function guardedPost(
  request: FastifyRequest,
  reply: FastifyReply,
  o: {
    secret: string;
    now: Date;
    problemsOf: (form: Form) => FieldProblems;
    submit: (form: Form) => Promise<unknown>;
    page: (form: Form, problems: FieldProblems, outcome: Outcome) => Promise<JSX.Element>;
  },
): Promise<FastifyReply> {
  const read = await readMultipartForm(request, { maxFields: 10, maxFiles: 0, maxFileBytes: 1 });
  const form = read.form;
  const problems: FieldProblems = { ...o.problemsOf(form), ...read.problems };
  const guard = challengeProblem(form, o.secret, o.now);
  if (guard) problems.answer = guard;
  if (Object.keys(problems).length > 0) return sendPage(reply, await o.page(form, problems, {}), 400);
  try {
    await o.submit(form);
  } catch (error) {
    if (!(error instanceof AppError) || error.status >= 500 || error.status === 404) throw error;
    return sendPage(reply, await o.page(form, {}, { error: error.message }), 409);
  }
  return sendPage(reply, await o.page({}, {}, { submitted: true }), 201);
}
