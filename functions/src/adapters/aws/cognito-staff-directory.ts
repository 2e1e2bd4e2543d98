import { type CognitoIdentityProviderClient, ListUsersInGroupCommand } from '@aws-sdk/client-cognito-identity-provider';
import type { StaffMember } from '@clinicall/shared';
import type { StaffDirectory } from '#ports';

/** Enough pages for any organisation's group (60 users a page, Cognito's most). */
const maxPages = 50;

const attribute = (attributes: readonly { Name?: string; Value?: string }[] | undefined, name: string) =>
  attributes?.find((a) => a.Name === name)?.Value;

/**
 * The Cognito user pool's groups. A member's id is their `sub`, as in their ID token; disabled
 * accounts are left out.
 */
export const cognitoStaffDirectory = (cognito: CognitoIdentityProviderClient, userPoolId: string): StaffDirectory => ({
  async inGroup(group) {
    const members: StaffMember[] = [];
    let NextToken: string | undefined;
    for (let page = 0; page < maxPages; page++) {
      const answer = await cognito.send(new ListUsersInGroupCommand({ UserPoolId: userPoolId, GroupName: group, Limit: 60, NextToken }));
      for (const user of answer.Users ?? []) {
        const id = attribute(user.Attributes, 'sub');
        const email = attribute(user.Attributes, 'email');
        if (!id || !email || user.Enabled === false) continue;
        members.push({ id, email, name: attribute(user.Attributes, 'name') ?? email });
      }
      NextToken = answer.NextToken;
      if (!NextToken) break;
    }
    return members.sort((a, b) => a.name.localeCompare(b.name));
  },
});
