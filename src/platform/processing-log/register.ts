import type { Lang } from '../i18n/i18n.js';

type Text = Record<Lang, string>;

/** A processing activity (verwerkingsactiviteit) from the register of processing activities. */
export interface ProcessingActivity {
  /** Versioned id, e.g. "mijn-gegevens-inzien/1": a relevant change gets a new version. */
  id: string;
  name: Text;
  /** Doel: why the data is processed. */
  purpose: Text;
  /** Grondslag: the legal ground (AVG art. 6 and the law that requires it). */
  legalGround: Text;
  /** The department that is responsible, shown to residents. */
  department: Text;
}

const register = new Map<string, ProcessingActivity>();

/** Modules declare their processing activities once, at import; ids must be unique. */
export function defineProcessingActivities<const T extends Record<string, Omit<ProcessingActivity, 'id'>>>(activities: T): { [K in keyof T]: ProcessingActivity } {
  const out = {} as { [K in keyof T]: ProcessingActivity };
  for (const [id, activity] of Object.entries(activities)) {
    if (!/^[a-z0-9-]+\/\d+$/.test(id)) throw new Error(`processing activity id "${id}" must look like name/1`);
    if (register.has(id)) throw new Error(`processing activity "${id}" is defined twice`);
    const full = { id, ...activity };
    register.set(id, full);
    (out as Record<string, ProcessingActivity>)[id] = full;
  }
  return out;
}

export function processingActivity(id: string): ProcessingActivity | undefined {
  return register.get(id);
}
