import { jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { tenantId } from '../db/columns.js';

export const processingLog = pgTable('processing_log', {
  id: uuid('id').primaryKey().defaultRandom(),
  tenantId: tenantId(),
  traceId: text('trace_id').notNull(),
  operationId: text('operation_id').notNull(),
  parentOperationId: text('parent_operation_id'),
  name: text('name').notNull(),
  status: text('status').$type<'ok' | 'error'>().notNull(),
  startTime: timestamp('start_time', { withTimezone: true }).notNull(),
  endTime: timestamp('end_time', { withTimezone: true }).notNull(),
  processingActivityId: text('processing_activity_id').notNull(),
  operation: text('operation').$type<'read' | 'create' | 'update' | 'delete'>().notNull(),
  dataCategories: text('data_categories').array().notNull(),
  dataSubject: text('data_subject'),
  actorType: text('actor_type').$type<'resident' | 'business' | 'staff' | 'api-client' | 'system'>().notNull(),
  actorId: text('actor_id'),
  actorRole: text('actor_role'),
  actorTeam: text('actor_team'),
  foreignOperation: jsonb('foreign_operation').$type<{ traceId: string; operationId: string; entity: string } | null>(),
});
