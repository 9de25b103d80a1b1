import { randomBytes } from 'node:crypto';
import type { Server } from 'node:http';
import { WebSocket, WebSocketServer } from 'ws';
import { guildCreatePayload, membersChunkPayload, readyPayload } from './gateway-payloads.js';
import type { Json } from './json.js';
import type { Signal } from './signal.js';
import type { WorldState } from './state.js';

/** What IDENTIFY carried. */
export interface IdentifyRecord {
  readonly intents: number;
  readonly shard: unknown;
  readonly at: number;
}

interface Session {
  readonly id: string;
  readonly intents: number;
  /** [shard id, shard count] from IDENTIFY; [0, 1] for a client that does not shard. */
  readonly shard: readonly [number, number];
  seq: number;
  socket: WebSocket | null;
  /** Sent dispatches, replayed on RESUME. */
  readonly sent: Json[];
}

interface GatewayDeps {
  readonly world: WorldState;
  readonly token: string;
  readonly heartbeatIntervalMs: number;
  readonly signal: Signal;
  readonly resumeUrl: () => string;
}

const REPLAY_LIMIT = 1000;

/** Discord's routing: a guild's events go to shard (guild_id >> 22) % shard_count; DMs to shard 0. */
export function shardOfGuild(guildId: string | null | undefined, shardCount: number): number {
  if (guildId === null || guildId === undefined || shardCount <= 1) return 0;
  return Number((BigInt(guildId) >> 22n) % BigInt(shardCount));
}

const shardOf = (data: Json): readonly [number, number] => {
  const shard = data.shard;
  if (!Array.isArray(shard)) return [0, 1];
  const [id, count] = shard.map(Number);
  return id !== undefined && count !== undefined && id >= 0 && id < count ? [id, count] : [0, 1];
};

const guildIdOf = (data: unknown): string | undefined => {
  const id = (data as { guild_id?: unknown } | null)?.guild_id;
  return typeof id === 'string' ? id : undefined;
};

/** A dispatch and the shard it was routed to. */
export interface RoutedDispatch {
  readonly event: string;
  readonly shard: number;
}

/**
 * The gateway: HELLO, heartbeats, IDENTIFY → READY + GUILD_CREATE, RESUME, dispatches. A client
 * that identifies with `shard: [id, count]` gets only its guilds, and each dispatch goes to the
 * shard Discord would route it to.
 */
export class FakeGateway {
  readonly identifies: IdentifyRecord[] = [];
  /** Every dispatch, with the shard it went to. */
  readonly routed: RoutedDispatch[] = [];
  resumes = 0;
  private readonly sessions = new Map<string, Session>();
  /** The latest session of each shard id. */
  private readonly shards = new Map<number, Session>();
  /** The latest session identified or resumed: what the fault helpers act on. */
  private current: Session | undefined;
  private server: WebSocketServer | undefined;

  constructor(private readonly deps: GatewayDeps) {}

  attach(http: Server): void {
    this.server = new WebSocketServer({ server: http });
    this.server.on('connection', (socket) => this.onConnection(socket));
  }

  /** The intents of the current session, or undefined before IDENTIFY. */
  get intents(): number | undefined {
    return this.current?.intents;
  }

  /** True when a session is identified and its socket is open. */
  isConnected(): boolean {
    return this.current?.socket?.readyState === WebSocket.OPEN;
  }

  /** The shard ids whose latest session is connected, ascending. */
  connectedShards(): number[] {
    return [...this.shards.entries()]
      .filter(([, session]) => session.socket?.readyState === WebSocket.OPEN)
      .map(([id]) => id)
      .sort((a, b) => a - b);
  }

  /** Resolves once a session is identified (or resumed) and connected. */
  ready(timeoutMs = 2000): Promise<void> {
    return this.deps.signal
      .until(() => (this.isConnected() ? true : undefined), timeoutMs, 'a gateway session')
      .then(() => undefined);
  }

  /**
   * Sends a dispatch (op 0) to the session of the shard its guild belongs to (shard 0 without a
   * guild); buffered for RESUME when that session is disconnected.
   */
  dispatch(event: string, data: unknown): number {
    const count = this.current?.shard[1] ?? 1;
    const shard = shardOfGuild(guildIdOf(data), count);
    const session = this.shards.get(shard);
    if (!session)
      throw new Error(
        `Fake Discord: no gateway session for shard ${shard} to dispatch ${event} to (log the client in first)`,
      );
    this.routed.push({ event, shard });
    return this.send(session, event, data);
  }

  /** Asks the client to reconnect and resume (op 7). */
  requestReconnect(): void {
    this.current?.socket?.send(JSON.stringify({ op: 7, d: null, s: null, t: null }));
  }

  /** Closes the socket with a resumable code; the session stays, so the client resumes. */
  dropConnection(code = 4000): void {
    this.current?.socket?.close(code, 'Fake Discord dropped the connection');
  }

  /** Tells the client its session is gone (op 9, not resumable): it must IDENTIFY again. */
  invalidateSession(): void {
    const session = this.current;
    if (!session) return;
    this.sessions.delete(session.id);
    session.socket?.send(JSON.stringify({ op: 9, d: false, s: null, t: null }));
  }

  async close(): Promise<void> {
    for (const client of this.server?.clients ?? []) client.terminate();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  private onConnection(socket: WebSocket): void {
    socket.send(
      JSON.stringify({ op: 10, d: { heartbeat_interval: this.deps.heartbeatIntervalMs }, s: null, t: null }),
    );
    socket.on('message', (data) => this.onPayload(socket, JSON.parse(String(data)) as Json));
    socket.on('close', () => {
      for (const session of this.sessions.values()) if (session.socket === socket) session.socket = null;
      this.deps.signal.notify();
    });
  }

  private onPayload(socket: WebSocket, payload: Json): void {
    const data = (payload.d ?? {}) as Json;
    if (payload.op === 1) socket.send(JSON.stringify({ op: 11, d: null, s: null, t: null }));
    else if (payload.op === 2) this.identify(socket, data);
    else if (payload.op === 6) this.resume(socket, data);
    else if (payload.op === 8) this.requestMembers(data);
  }

  private identify(socket: WebSocket, data: Json): void {
    if (data.token !== this.deps.token) {
      socket.close(4004, 'Authentication failed.');
      return;
    }
    const session: Session = {
      id: randomBytes(16).toString('hex'),
      intents: Number(data.intents ?? 0),
      shard: shardOf(data),
      seq: 0,
      socket,
      sent: [],
    };
    this.sessions.set(session.id, session);
    this.shards.set(session.shard[0], session);
    this.current = session;
    this.identifies.push({ intents: session.intents, shard: data.shard, at: Date.now() });
    const { world } = this.deps;
    const [id, count] = session.shard;
    const guilds = [...world.guilds.values()].filter((guild) => shardOfGuild(guild.id, count) === id);
    this.send(
      session,
      'READY',
      readyPayload(world, guilds, session.id, this.deps.resumeUrl(), session.shard),
    );
    for (const guild of guilds) this.send(session, 'GUILD_CREATE', guildCreatePayload(world, guild));
    this.deps.signal.notify();
  }

  private resume(socket: WebSocket, data: Json): void {
    const session = this.sessions.get(String(data.session_id));
    if (!session || data.token !== this.deps.token) {
      socket.send(JSON.stringify({ op: 9, d: false, s: null, t: null }));
      return;
    }
    session.socket = socket;
    this.shards.set(session.shard[0], session);
    this.current = session;
    this.resumes += 1;
    const after = Number(data.seq ?? 0);
    for (const payload of session.sent) if (Number(payload.s) > after) socket.send(JSON.stringify(payload));
    this.send(session, 'RESUMED', {});
    this.deps.signal.notify();
  }

  private requestMembers(data: Json): void {
    const guild = this.deps.world.guilds.get(String(data.guild_id));
    if (guild) this.dispatch('GUILD_MEMBERS_CHUNK', membersChunkPayload(this.deps.world, guild, data));
  }

  private send(session: Session, event: string, data: unknown): number {
    session.seq += 1;
    const payload = { op: 0, t: event, s: session.seq, d: data };
    session.sent.push(payload);
    if (session.sent.length > REPLAY_LIMIT) session.sent.shift();
    if (session.socket?.readyState === WebSocket.OPEN) session.socket.send(JSON.stringify(payload));
    return session.seq;
  }
}
