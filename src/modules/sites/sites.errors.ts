import { defineErrors } from '../../platform/http/errors.js';

export const SiteErrors = defineErrors({
  SITE_CODE_TAKEN: { status: 409, message: '该网站标识码已被其他站点使用' },
  SITE_HOST_TAKEN: { status: 409, message: '该域名已绑定到其他站点' },
  SITE_INVALID: { status: 400, message: '站点信息不符合要求' },
  // 410 Gone: the site was closed on purpose; the message is the notice its administrator wrote.
  SITE_RETIRED: { status: 410, message: '本网站已关停' },
});
