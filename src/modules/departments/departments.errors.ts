import { defineErrors } from '../../platform/http/errors.js';

export const DepartmentErrors = defineErrors({
  DEPARTMENT_NAME_TAKEN: { status: 409, message: '本站点已有同名单位' },
  DEPARTMENT_CODE_TAKEN: { status: 409, message: '本站点已有单位使用该代码' },
  DEPARTMENT_CODE_INVALID: { status: 400, message: '统一社会信用代码或组织机构代码校验不通过' },
  DEPARTMENT_PARENT_INVALID: { status: 400, message: '上级单位不存在、不属于本站点，或会形成循环' },
  DEPARTMENT_IN_USE: { status: 409, message: '该单位下还有下级单位或用户，不能删除' },
});
