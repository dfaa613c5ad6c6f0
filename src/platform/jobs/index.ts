/**
 * Jobs and events: a transactional outbox with a worker. Modules publish in their own
 * transaction and register handlers at start-up; see jobs.ts for how delivery works.
 */
export { publish, OUTBOX_CHANNEL, PublishError, type OutboxEvent, type PublishEvent } from './outbox.js';
export { Jobs, PermanentJobError, retryDelayMs, type Delivery, type DeliveryFilter, type DeliveryStatus, type HandlerOptions, type JobHandler, type JobsLogger, type JobsOptions } from './jobs.js';
