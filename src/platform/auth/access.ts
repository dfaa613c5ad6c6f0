import type { FastifyReply, FastifyRequest, RouteOptions } from 'fastify';
import { HttpError } from '../http/problem.js';
import type { DigidLevel, EherkenningLevel, Identity } from './identity.js';
import type { ZgwClient } from './zgw.js';

/**
 * Who may do what. Every route declares its access rule in `config.access`; the platform refuses
 * to start with a route that has none, and enforces the rule before the handler runs. Service
 * functions check the same permissions again on the actor they are given (`requirePermission`).
 */

/** Roles of municipal staff; an employee can hold different roles in different municipalities. */
export const STAFF_ROLES = ['kcc-medewerker', 'behandelaar', 'teamleider', 'functioneel-beheerder', 'archivaris', 'griffie', 'admin'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

export function isStaffRole(value: unknown): value is StaffRole {
  return typeof value === 'string' && (STAFF_ROLES as readonly string[]).includes(value);
}

/** Permissions; roles grant them (ROLE_PERMISSIONS) and API clients get them as scopes. */
export const PERMISSIONS = [
  'beheer.openen', // see the back office at all
  'catalogus.beheren', // products and services of the catalogue
  'zaaktypen.beheren', // case types (zaaktypecatalogus) and their automation rules
  'formulieren.beheren', // form definitions (form designer)
  'zaken.lezen', // see cases, their documents and the applicant's data
  'zaken.aanmaken', // register a case on behalf of someone (KCC, API)
  'zaken.behandelen', // handle cases: status, requests for information, decisions
  'zaken.toewijzen', // assign cases to others, bulk assign
  'archief.beheren', // archiving: destruction lists, transfer
  'raad.beheren', // council affairs: petitions, discussions (griffie)
  'gebruikers.beheren', // staff users and their roles, API clients
  'logboek.lezen', // the audit log of rights changes
] as const;
export type Permission = (typeof PERMISSIONS)[number];

export function isPermission(value: unknown): value is Permission {
  return typeof value === 'string' && (PERMISSIONS as readonly string[]).includes(value);
}

export const ROLE_PERMISSIONS: Record<StaffRole, readonly Permission[]> = {
  'kcc-medewerker': ['beheer.openen', 'zaken.lezen', 'zaken.aanmaken'],
  behandelaar: ['beheer.openen', 'zaken.lezen', 'zaken.aanmaken', 'zaken.behandelen'],
  teamleider: ['beheer.openen', 'zaken.lezen', 'zaken.aanmaken', 'zaken.behandelen', 'zaken.toewijzen'],
  'functioneel-beheerder': ['beheer.openen', 'catalogus.beheren', 'zaaktypen.beheren', 'formulieren.beheren'],
  archivaris: ['beheer.openen', 'zaken.lezen', 'archief.beheren'],
  griffie: ['beheer.openen', 'raad.beheren'],
  admin: ['beheer.openen', 'gebruikers.beheren', 'logboek.lezen'],
};

export function permissionsOf(roles: readonly StaffRole[]): Set<Permission> {
  return new Set(roles.flatMap((r) => ROLE_PERMISSIONS[r] ?? []));
}

/** The access rule of a route. */
export type Access =
  /** Anyone, logged in or not (public pages, login pages, embedded stand-ins with their own checks). */
  | 'public'
  /** A logged-in resident or business in this municipality, at least at this level. */
  | { resident: { kind?: Identity['kind']; level?: DigidLevel | EherkenningLevel } }
  /** An employee of this municipality holding this permission. */
  | { staff: Permission }
  /** An API client of this municipality (Bearer JWT, HS256) with this scope. */
  | { apiScope: Permission }
  /**
   * A client of the ZGW APIs (Bearer JWT, HS256) whose application (Autorisaties API) holds this
   * ZGW scope, e.g. `zaken.lezen`, for at least one type; the API checks types and
   * vertrouwelijkheidaanduiding per object.
   */
  | { zgw: string };

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Who may use this route; required on every route. */
    access?: Access;
  }
}

/** Who is doing something, as service functions see it. */
export type Actor =
  | { kind: 'staff'; userId: string; name: string; roles: readonly StaffRole[]; permissions: ReadonlySet<Permission> }
  | { kind: 'resident'; identity: Identity }
  | { kind: 'api-client'; clientId: string; permissions: ReadonlySet<Permission>; zgw?: ZgwClient }
  /** An automated process of the platform itself (e.g. a rule that decides, a scheduled job). */
  | { kind: 'system'; process: string };

export function can(actor: Actor | undefined, permission: Permission): boolean {
  if (!actor) return false;
  if (actor.kind === 'system') return true;
  if (actor.kind === 'resident') return false;
  return actor.permissions.has(permission);
}

/** Throws 403 unless the actor holds at least one of the permissions. */
export function requireAny(actor: Actor | undefined, permissions: readonly Permission[]): void {
  if (!permissions.some((p) => can(actor, p))) throw new HttpError(403, 'U heeft geen toegang tot deze functie.', [], 'forbidden');
}

/** Throws 403 unless the actor holds the permission. Service functions call this first. */
export function requirePermission(actor: Actor | undefined, permission: Permission): void {
  if (!can(actor, permission)) throw new HttpError(403, 'U heeft geen toegang tot deze functie.', [], 'forbidden');
}

/** A short, human description of the actor for history and audit entries (never a BSN). */
export function actorLabel(actor: Actor): string {
  switch (actor.kind) {
    case 'staff': return actor.name;
    case 'resident': return actor.identity.kind === 'business' ? `KVK ${actor.identity.kvk}` : 'inwoner';
    case 'api-client': return `API-client ${actor.clientId}`;
    case 'system': return `systeem: ${actor.process}`;
  }
}

/** Who did it, in the terms of the ZGW audit trail (never a BSN: a resident is "inwoner"). */
export function auditWho(actor: Actor): { applicatieId: string; applicatieWeergave: string; gebruikersId: string; gebruikersWeergave: string } {
  switch (actor.kind) {
    case 'staff': return { applicatieId: 'stadhuis', applicatieWeergave: 'Stadhuis', gebruikersId: actor.userId, gebruikersWeergave: actor.name };
    case 'api-client': return { applicatieId: actor.clientId, applicatieWeergave: actorLabel(actor), gebruikersId: '', gebruikersWeergave: '' };
    case 'resident':
    case 'system': return { applicatieId: 'stadhuis', applicatieWeergave: 'Stadhuis', gebruikersId: '', gebruikersWeergave: actorLabel(actor) };
  }
}

export interface AccessChecks {
  /** Redirects or answers when a resident login is missing or too low. */
  resident(request: FastifyRequest, reply: FastifyReply, rule: { kind?: Identity['kind']; level?: DigidLevel | EherkenningLevel }): Promise<FastifyReply | void>;
  staff(request: FastifyRequest, reply: FastifyReply, permission: Permission): Promise<FastifyReply | void>;
  apiClient(request: FastifyRequest, reply: FastifyReply, scope: Permission): Promise<FastifyReply | void>;
  zgw(request: FastifyRequest, reply: FastifyReply, scope: string): Promise<FastifyReply | void>;
}

/**
 * Called for every route as it is registered: refuses a route without an access rule and puts
 * the check in front of its handler.
 */
export function enforceAccess(route: RouteOptions, checks: AccessChecks): void {
  const access = route.config?.access;
  const methods = [route.method].flat().join(',');
  if (!access) throw new Error(`Route ${methods} ${route.url} heeft geen toegangsregel (config.access).`);
  if (access === 'public') return;
  const check = async (request: FastifyRequest, reply: FastifyReply) => {
    if ('resident' in access) return checks.resident(request, reply, access.resident);
    if ('staff' in access) return checks.staff(request, reply, access.staff);
    if ('zgw' in access) return checks.zgw(request, reply, access.zgw);
    return checks.apiClient(request, reply, access.apiScope);
  };
  const existing = route.preHandler ? [route.preHandler].flat() : [];
  route.preHandler = [check, ...existing];
}
