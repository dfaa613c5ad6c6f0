import { randomUUID } from 'node:crypto';
import { permissionsOf, type Actor, type StaffRole } from '../auth/access.js';

/** An employee actor for calling service functions directly in tests. */
export function staffActor(roles: StaffRole[], name = 'Test Medewerker'): Extract<Actor, { kind: 'staff' }> {
  return { kind: 'staff', userId: randomUUID(), name, roles, permissions: permissionsOf(roles) };
}
