import type { RegisterRequestBody } from '../../src/modules/requests/requests.schema.js';

/** An application registered at the counter by a person, with the given fields set. */
export function requestBody(
  over: Partial<RegisterRequestBody> & Pick<RegisterRequestBody, 'departmentId' | 'receivedOn'>,
): RegisterRequestBody {
  return {
    channel: 'in_person',
    applicant: {
      kind: 'person',
      organisationKind: null,
      name: '周某',
      idType: '居民身份证',
      idNumber: '320508198001010055',
      workUnit: '',
      legalRepresentative: '',
      contactName: '',
      phone: '13500005555',
      email: '',
      address: '',
      postcode: '',
    },
    infoTitle: '所需信息',
    infoDocNo: '',
    infoDescription: '',
    purpose: '',
    deliveryForm: 'paper',
    deliveryMethod: 'post',
    feeWaiverRequested: false,
    feeWaiverReason: '',
    ...over,
  };
}
