import type { FieldProblems, Form } from '../../portal/forms.js';
import { isValidUscc } from '../../platform/text/identifiers.js';
import { isIdCardNumber } from '../../platform/text/pii.js';
import { DELIVERY_FORMS, DELIVERY_METHODS, ORGANISATION_KINDS } from './requests.model.js';

/** The application form's field labels, as the form shows them, for the list of what to correct. */
export const APPLY_FIELD_LABELS: Record<string, string> = {
  applicantKind: '申请人类型',
  name: '姓名或名称',
  idNumber: '证件号码或统一社会信用代码',
  organisationKind: '组织类别',
  phone: '联系电话',
  email: '电子邮箱',
  address: '通信地址',
  postcode: '邮政编码',
  idProof: '身份证明',
  infoTitle: '所需信息的名称',
  deliveryForm: '提供方式',
  deliveryMethod: '获取方式',
  feeWaiverReason: '减免理由',
};

const blank = (v: string | undefined) => !v || v.trim() === '';

/**
 * What is wrong with an online application, in plain words, by form field — what a citizen can
 * correct, said once and next to the field (GOV.UK's pattern). The service's schema still checks
 * the application afterwards; this only decides how a mistake is told.
 */
export function checkApplicationForm(f: Form): FieldProblems {
  const p: FieldProblems = {};
  const organisation = f.applicantKind === 'organisation';
  if (f.applicantKind !== 'person' && !organisation) p.applicantKind = '请选择申请人是公民还是法人或其他组织';

  if (blank(f.name)) p.name = organisation ? '请填写单位名称' : '请填写您的姓名';
  const id = (f.idNumber ?? '').trim().toUpperCase();
  if (!id) p.idNumber = organisation ? '请填写统一社会信用代码' : '请填写证件号码';
  else if (organisation && !isValidUscc(id)) p.idNumber = '统一社会信用代码不正确，请核对营业执照上的 18 位代码';
  else if (!organisation && /身份证/.test(f.idType || '居民身份证') && !isIdCardNumber(id))
    p.idNumber = '身份证号码不正确，请核对（18 位，最后一位可能是 X）';
  if (organisation && !(ORGANISATION_KINDS as readonly string[]).includes(f.organisationKind ?? ''))
    p.organisationKind = '请选择组织类别';

  const phone = (f.phone ?? '').trim();
  if (!phone) p.phone = '请填写联系电话，以便我们联系您';
  else if (!/^[\d\s+()（）-]{7,30}$/.test(phone)) p.phone = '联系电话只能填写数字，可用“-”分隔，如 0512-65000000';
  const email = (f.email ?? '').trim();
  if (email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) p.email = '电子邮箱格式不正确，应像 name@example.com';
  if (!blank(f.postcode) && !/^\d{6}$/.test((f.postcode ?? '').trim())) p.postcode = '邮政编码是 6 位数字';

  if (blank(f.infoTitle)) p.infoTitle = '请写明需要公开的信息，如文件的标题';
  if (!(DELIVERY_FORMS as readonly string[]).includes(f.deliveryForm ?? '')) p.deliveryForm = '请选择提供方式';
  if (!(DELIVERY_METHODS as readonly string[]).includes(f.deliveryMethod ?? '')) p.deliveryMethod = '请选择获取方式';
  else if (['post', 'express'].includes(f.deliveryMethod!) && blank(f.address))
    p.address = '选择邮寄或快递时，请填写通信地址';
  else if (f.deliveryMethod === 'email' && !email && !p.email) p.email = '选择电子邮件获取时，请填写电子邮箱';

  if (f.feeWaiverRequested === '1' && blank(f.feeWaiverReason)) p.feeWaiverReason = '申请减免时，请写明理由';
  return p;
}
