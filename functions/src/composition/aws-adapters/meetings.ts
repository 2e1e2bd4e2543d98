import { ChimeSDKMeetingsClient } from '@aws-sdk/client-chime-sdk-meetings';
import type { Meetings } from '#ports';
import { chimeMeetings } from '#adapters/aws/chime-meetings';
import { required } from '../environment.ts';

/** Chime SDK meetings: the control plane in one region, media in the stage's media region. */
export const adapter = (): Meetings =>
  chimeMeetings(new ChimeSDKMeetingsClient({ region: required('CLINICALL_CHIME_CONTROL_REGION') }), required('CLINICALL_CHIME_MEDIA_REGION'));
