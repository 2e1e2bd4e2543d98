import { CognitoIdentityProviderClient, ListUsersInGroupCommand } from '@aws-sdk/client-cognito-identity-provider';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { cognitoStaffDirectory } from './cognito-staff-directory.ts';

const cognito = mockClient(CognitoIdentityProviderClient);
const directory = () => cognitoStaffDirectory(new CognitoIdentityProviderClient({ region: 'eu-west-2' }), 'eu-west-2_pool');
const user = (sub: string, email: string, name?: string, Enabled = true) => ({
  Username: sub,
  Enabled,
  Attributes: [{ Name: 'sub', Value: sub }, { Name: 'email', Value: email }, ...(name ? [{ Name: 'name', Value: name }] : [])],
});

describe('the Cognito staff directory', () => {
  beforeEach(() => cognito.reset());

  it('lists a group page after page, by sub (the id in the token), A–Z, without disabled accounts', async () => {
    cognito
      .on(ListUsersInGroupCommand, { NextToken: undefined })
      .resolves({ Users: [user('sub-2', 'zed@example.org', 'Zed Zulu'), user('sub-3', 'gone@example.org', 'Gone', false)], NextToken: 'page-2' })
      .on(ListUsersInGroupCommand, { NextToken: 'page-2' })
      .resolves({ Users: [user('sub-1', 'amy@example.org')] });
    expect(await directory().inGroup('meeting-room-member')).toEqual([
      { id: 'sub-1', name: 'amy@example.org', email: 'amy@example.org' },
      { id: 'sub-2', name: 'Zed Zulu', email: 'zed@example.org' },
    ]);
    expect(cognito.commandCalls(ListUsersInGroupCommand).map((call) => call.args[0].input)).toEqual([
      { UserPoolId: 'eu-west-2_pool', GroupName: 'meeting-room-member', Limit: 60, NextToken: undefined },
      { UserPoolId: 'eu-west-2_pool', GroupName: 'meeting-room-member', Limit: 60, NextToken: 'page-2' },
    ]);
  });

  it('lets a refusal through: the request fails rather than showing an empty directory', async () => {
    cognito.on(ListUsersInGroupCommand).rejects(Object.assign(new Error('denied'), { name: 'AccessDeniedException' }));
    await expect(directory().inGroup('meeting-room-member')).rejects.toThrow('denied');
  });
});
