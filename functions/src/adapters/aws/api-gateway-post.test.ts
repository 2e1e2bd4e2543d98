import {
  ApiGatewayManagementApiClient,
  DeleteConnectionCommand,
  ForbiddenException,
  GoneException,
  PostToConnectionCommand,
} from '@aws-sdk/client-apigatewaymanagementapi';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { AccessRepository } from '#ports';
import { connectionEvents } from '../connection-events.ts';
import { apiGatewayDisconnect, apiGatewayPost } from './api-gateway-post.ts';

const gateway = mockClient(ApiGatewayManagementApiClient);
const management = () => new ApiGatewayManagementApiClient({ region: 'eu-west-2', endpoint: 'https://ws.example/live' });
const post = () => apiGatewayPost(management());
const disconnect = () => apiGatewayDisconnect(management());
const gone = () => new GoneException({ message: 'Gone', $metadata: {} });

describe('PostToConnection', () => {
  beforeEach(() => {
    gateway.reset();
    gateway.on(PostToConnectionCommand).resolves({});
  });

  it('posts the message as UTF-8 bytes to the connection and says it arrived', async () => {
    await expect(post()('conn-1', '{"type":"ping","text":"é"}')).resolves.toBe(true);
    const [call] = gateway.commandCalls(PostToConnectionCommand);
    expect(call!.args[0].input.ConnectionId).toBe('conn-1');
    expect(new TextDecoder().decode(call!.args[0].input.Data as Uint8Array)).toBe('{"type":"ping","text":"é"}');
  });

  it('answers false for a connection that has gone (410 GoneException)', async () => {
    gateway.on(PostToConnectionCommand).rejects(gone());
    await expect(post()('conn-1', '{}')).resolves.toBe(false);
  });

  it('lets other failures reach the caller', async () => {
    gateway.on(PostToConnectionCommand).rejects(new ForbiddenException({ message: 'Forbidden', $metadata: {} }));
    await expect(post()('conn-1', '{}')).rejects.toThrow('Forbidden');
  });
});

describe('events over API Gateway', () => {
  it('delivers to every connection on the topic and forgets the ones that have gone', async () => {
    gateway.reset();
    gateway.on(PostToConnectionCommand, { ConnectionId: 'gone-1' }).rejects(gone()).on(PostToConnectionCommand, { ConnectionId: 'live-1' }).resolves({});
    const subscription = { topic: 'consultation#c1', peerId: 'p' };
    const access = {
      connectionsOf: vi.fn().mockResolvedValue([
        { connectionId: 'live-1', subscription },
        { connectionId: 'gone-1', subscription },
      ]),
      removeConnection: vi.fn().mockResolvedValue(undefined),
    } as unknown as AccessRepository;
    const event = { type: 'consultation-ended', consultationId: 'c1' } as never;
    await connectionEvents(access, post(), disconnect()).publish('consultation#c1', event);
    expect(gateway.commandCalls(PostToConnectionCommand).map((call) => call.args[0].input.ConnectionId).sort()).toEqual(['gone-1', 'live-1']);
    expect(access.removeConnection).toHaveBeenCalledTimes(1);
    expect(access.removeConnection).toHaveBeenCalledWith('gone-1');
  });
});

describe('DeleteConnection', () => {
  beforeEach(() => gateway.reset());

  it('ends the connection by id, and a connection already gone is not an error', async () => {
    gateway.on(DeleteConnectionCommand, { ConnectionId: 'live-1' }).resolves({}).on(DeleteConnectionCommand, { ConnectionId: 'gone-1' }).rejects(gone());
    await disconnect()('live-1');
    await disconnect()('gone-1');
    expect(gateway.commandCalls(DeleteConnectionCommand).map((call) => call.args[0].input)).toEqual([
      { ConnectionId: 'live-1' },
      { ConnectionId: 'gone-1' },
    ]);
  });

  it('lets other failures reach the caller', async () => {
    gateway.on(DeleteConnectionCommand).rejects(new ForbiddenException({ message: 'Forbidden', $metadata: {} }));
    await expect(disconnect()('conn-1')).rejects.toThrow('Forbidden');
  });

  it('ends every connection of a topic, forgetting each first', async () => {
    gateway.on(DeleteConnectionCommand).resolves({});
    const subscription = { topic: 'consultation#c1', peerId: 'p' };
    const order: string[] = [];
    const access = {
      connectionsOf: vi.fn().mockResolvedValue([
        { connectionId: 'a', subscription },
        { connectionId: 'b', subscription },
      ]),
      removeConnection: vi.fn((id: string) => Promise.resolve(void order.push(`forget ${id}`))),
    } as unknown as AccessRepository;
    await connectionEvents(access, post(), disconnect()).close('consultation#c1');
    expect(access.connectionsOf).toHaveBeenCalledWith('consultation#c1');
    expect(gateway.commandCalls(DeleteConnectionCommand).map((call) => call.args[0].input.ConnectionId).sort()).toEqual(['a', 'b']);
    expect(order.sort()).toEqual(['forget a', 'forget b']);
  });
});

describe('a connection the gateway refuses', () => {
  it('is logged and skipped: the event reaches the others and publishing never fails', async () => {
    gateway.reset();
    gateway
      .on(PostToConnectionCommand, { ConnectionId: 'throttled-1' })
      .rejects(new ForbiddenException({ message: 'Forbidden', $metadata: {} }))
      .on(PostToConnectionCommand, { ConnectionId: 'live-1' })
      .resolves({});
    const subscription = { topic: 'consultation#c1', peerId: 'p' };
    const access = {
      connectionsOf: vi.fn().mockResolvedValue([
        { connectionId: 'throttled-1', subscription },
        { connectionId: 'live-1', subscription },
      ]),
      removeConnection: vi.fn().mockResolvedValue(undefined),
    } as unknown as AccessRepository;
    await expect(connectionEvents(access, post(), disconnect()).publish('consultation#c1', { type: 'consultation-changed' } as never)).resolves.toBeUndefined();
    expect(gateway.commandCalls(PostToConnectionCommand).map((call) => call.args[0].input.ConnectionId).sort()).toEqual(['live-1', 'throttled-1']);
    // Refused is not gone: the connection is kept for the next event.
    expect(access.removeConnection).not.toHaveBeenCalled();
  });
});
