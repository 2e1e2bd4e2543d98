import { paths } from '../paths.ts';
import { ExtendLinkRequest, LinkPath, LinkResponse } from '../schemas/consultations.ts';
import { type Operation, operation } from './operation.ts';

/** The clinician manages a single-use link. */
export const linkOperations = {
  extendLink: operation({
    id: 'extendLink',
    method: 'POST',
    path: paths.extendLink,
    auth: 'staff',
    summary: 'Give the recipient more time to open a link',
    params: LinkPath,
    body: ExtendLinkRequest,
    response: LinkResponse,
    status: 200,
  }),
  revokeLink: operation({
    id: 'revokeLink',
    method: 'POST',
    path: paths.revokeLink,
    auth: 'staff',
    summary: 'Withdraw a link',
    params: LinkPath,
    response: LinkResponse,
    status: 200,
  }),
  resendLink: operation({
    id: 'resendLink',
    method: 'POST',
    path: paths.resendLink,
    auth: 'staff',
    summary: 'Send a fresh link to the same person; the old one stops working',
    params: LinkPath,
    response: LinkResponse,
    status: 201,
  }),
} as const satisfies Record<string, Operation>;
