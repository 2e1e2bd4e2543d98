import { CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';
import type { StaffDirectory } from '#ports';
import { cognitoStaffDirectory } from '#adapters/aws/cognito-staff-directory';
import { required } from '../environment.ts';

/** The staff user pool's groups. */
export const adapter = (): StaffDirectory =>
  cognitoStaffDirectory(new CognitoIdentityProviderClient({}), required('CLINICALL_USER_POOL_ID'));
