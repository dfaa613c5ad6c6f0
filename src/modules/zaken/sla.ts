import { sql, type SQL } from 'drizzle-orm';
import { addDays, daysBetween, type IsoDate } from './dates.js';
import { zaken } from './schema.js';
import type { Sla } from './types.js';

/** Share of the lead time under which an open zaak is "at risk": 1/AT_RISK_DIVISOR (20%). */
export const AT_RISK_DIVISOR = 5;

export interface SlaFields {
  startdatum: IsoDate;
  einddatumGepland: IsoDate | null;
  einddatum: IsoDate | null;
  opschortingIndicatie: boolean;
  opschortingSinds: IsoDate | null;
}

/**
 * The deadline state of a zaak on day `asOf`. The planned end date already holds extensions and
 * finished suspensions; a running suspension stops the clock, so its days so far move the
 * deadline too. At risk: at most 20% of the lead time (start to deadline) is left.
 */
export function computeSla(zaak: SlaFields, asOf: IsoDate): Sla {
  const paused = zaak.opschortingIndicatie;
  if (!zaak.einddatumGepland) return { state: null, deadline: null, daysLeft: null, paused };
  const pausedDays = paused && zaak.opschortingSinds ? Math.max(0, daysBetween(zaak.opschortingSinds, asOf)) : 0;
  const deadline = addDays(zaak.einddatumGepland, pausedDays);
  if (zaak.einddatum) return { state: zaak.einddatum <= deadline ? 'on_time' : 'overdue', deadline, daysLeft: null, paused: false };
  const daysLeft = daysBetween(asOf, deadline);
  const leadTime = daysBetween(zaak.startdatum, deadline);
  const state = daysLeft < 0 ? 'overdue' : daysLeft * AT_RISK_DIVISOR <= leadTime ? 'at_risk' : 'on_time';
  return { state, deadline, daysLeft, paused };
}

/** The same deadline in SQL, for filtering and ordering work queues. */
export function deadlineSql(asOf: IsoDate): SQL {
  return sql`(${zaken.einddatumGepland} + CASE WHEN ${zaken.opschortingIndicatie} AND ${zaken.opschortingSinds} IS NOT NULL
    THEN GREATEST(0, ${asOf}::date - ${zaken.opschortingSinds}) ELSE 0 END)`;
}

/** The same state in SQL ('on_time' | 'at_risk' | 'overdue' | NULL). */
export function slaStateSql(asOf: IsoDate): SQL {
  const deadline = deadlineSql(asOf);
  return sql`(CASE
    WHEN ${zaken.einddatumGepland} IS NULL THEN NULL
    WHEN ${zaken.einddatum} IS NOT NULL THEN CASE WHEN ${zaken.einddatum} <= ${deadline} THEN 'on_time' ELSE 'overdue' END
    WHEN ${asOf}::date > ${deadline} THEN 'overdue'
    WHEN (${deadline} - ${asOf}::date) * ${AT_RISK_DIVISOR} <= (${deadline} - ${zaken.startdatum}) THEN 'at_risk'
    ELSE 'on_time' END)`;
}
