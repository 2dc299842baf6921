/** Kinds of department (单位类别); shared by the API, the portal and the back office. */
export const DEPARTMENT_KINDS = ['government', 'street', 'public_institution', 'other'] as const;
export type DepartmentKind = (typeof DEPARTMENT_KINDS)[number];

export const DEPARTMENT_KIND_LABELS: Record<DepartmentKind, string> = {
  government: '政府部门',
  street: '街道(镇)',
  public_institution: '公共企事业单位',
  other: '其他',
};
