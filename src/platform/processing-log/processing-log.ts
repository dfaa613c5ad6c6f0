import { createHmac, randomBytes } from 'node:crypto';
import { and, desc, eq, sql } from 'drizzle-orm';
import type { Database, Tx } from '../db/database.js';
import type { ProcessingActivity } from './register.js';
import { processingLog } from './schema.js';

/** Who processes the data. Staff names are never logged: an id, a role and a team. */
export interface Actor {
  type: 'resident' | 'business' | 'staff' | 'api-client' | 'system';
  /** Staff user id, API client id, or "self" for residents viewing their own data. */
  id?: string | undefined;
  role?: string | undefined;
  team?: string | undefined;
}

/** W3C Trace Context of the request that causes the processing. */
export interface TraceContext {
  traceId: string;
  parentOperationId?: string | undefined;
}

export interface DataSubject {
  type: 'bsn' | 'kvk';
  id: string;
}

export interface ProcessingRecord {
  activity: ProcessingActivity;
  /** Name of the operation, e.g. "brp.personen.raadplegen". */
  name: string;
  operation: 'read' | 'create' | 'update' | 'delete';
  dataCategories: string[];
  /** One record per subject; none for processing without a data subject. */
  subject?: DataSubject | undefined;
  status: 'ok' | 'error';
  startTime: Date;
  endTime?: Date;
  foreignOperation?: { traceId: string; operationId: string; entity: string } | undefined;
}

export interface ProcessingLogEntry {
  id: string;
  name: string;
  activityId: string;
  operation: ProcessingRecord['operation'];
  dataCategories: string[];
  actorType: Actor['type'];
  /** For residents: the keyed hash of who looked (to tell "you" from a household member). */
  actorId: string | null;
  actorRole: string | null;
  actorTeam: string | null;
  status: 'ok' | 'error';
  at: Date;
}

/**
 * The Logboek Dataverwerkingen of the platform. Subjects are stored as a keyed hash (HMAC),
 * so the log shows whose data was processed only to someone who already knows the BSN.
 */
export class ProcessingLog {
  constructor(private readonly database: Database, private readonly key: string) {}

  subjectKey(subject: DataSubject): string {
    return createHmac('sha256', this.key).update(`${subject.type}:${subject.id}`).digest('hex');
  }

  /** Writes the entry in the caller's transaction, so the processing and its log go together. */
  async record(tx: Tx, actor: Actor, trace: TraceContext, entry: ProcessingRecord): Promise<void> {
    await tx.insert(processingLog).values({
      traceId: trace.traceId,
      operationId: randomBytes(8).toString('hex'),
      parentOperationId: trace.parentOperationId ?? null,
      name: entry.name,
      status: entry.status,
      startTime: entry.startTime,
      endTime: entry.endTime ?? new Date(),
      processingActivityId: entry.activity.id,
      operation: entry.operation,
      dataCategories: entry.dataCategories,
      dataSubject: entry.subject ? this.subjectKey(entry.subject) : null,
      actorType: actor.type,
      actorId: actor.id ?? null,
      actorRole: actor.role ?? null,
      actorTeam: actor.team ?? null,
      foreignOperation: entry.foreignOperation ?? null,
    });
  }

  /** Records in a transaction of its own (after a call to an external register). */
  recordNow(tenantId: string, actor: Actor, trace: TraceContext, entry: ProcessingRecord): Promise<void> {
    return this.database.withTenant(tenantId, (tx) => this.record(tx, actor, trace, entry));
  }

  /** Everything logged about one subject in this municipality, newest first. */
  forSubject(tenantId: string, subject: DataSubject, limit = 200): Promise<ProcessingLogEntry[]> {
    return this.database.withTenant(tenantId, (tx) => tx.select({
      id: processingLog.id, name: processingLog.name, activityId: processingLog.processingActivityId,
      operation: processingLog.operation, dataCategories: processingLog.dataCategories, actorType: processingLog.actorType, actorId: processingLog.actorId,
      actorRole: processingLog.actorRole, actorTeam: processingLog.actorTeam, status: processingLog.status, at: processingLog.startTime,
    }).from(processingLog)
      .where(and(eq(processingLog.dataSubject, this.subjectKey(subject))))
      .orderBy(desc(processingLog.startTime)).limit(limit));
  }

  /** Number of entries for a subject (for tests and counters). */
  async countForSubject(tenantId: string, subject: DataSubject): Promise<number> {
    const [row] = await this.database.withTenant(tenantId, (tx) => tx.select({ n: sql<number>`count(*)`.mapWith(Number) })
      .from(processingLog).where(eq(processingLog.dataSubject, this.subjectKey(subject))));
    return row?.n ?? 0;
  }
}

const TRACEPARENT = /^00-([0-9a-f]{32})-([0-9a-f]{16})-[0-9a-f]{2}$/;

/** The trace of an incoming request: from its `traceparent` header, or a new one. */
export function traceFromHeaders(headers: Record<string, string | string[] | undefined>): TraceContext {
  const given = headers.traceparent;
  const match = typeof given === 'string' ? TRACEPARENT.exec(given) : null;
  if (match && !/^0+$/.test(match[1]!)) return { traceId: match[1]!, parentOperationId: match[2]! };
  return { traceId: randomBytes(16).toString('hex') };
}
