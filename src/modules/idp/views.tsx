import type { DigidLevel, EherkenningLevel } from '../../platform/auth/identity.js';
import type { PageContext } from '../../platform/ui/context.js';
import { Button, CsrfField, ErrorSummary, errorFor, TextField, type FieldError } from '../../platform/ui/forms.js';
import { Layout } from '../../platform/ui/layout.js';
import type { IdpKind } from './accounts.js';
import { idpMessages } from './messages.js';
import { MACHTIGING_RELATIONS, testCompanies, testResidents, testStaff, type TestStaffAccount } from './test-identities.js';

export const IDP_BASE = '/idp';

interface RadioChoice {
  value: string;
  label: string;
  hint?: string | undefined;
}

function describedBy(...ids: (string | false | undefined)[]): string | undefined {
  const list = ids.filter(Boolean).join(' ');
  return list || undefined;
}

/** Radio buttons in a fieldset; the first button carries the group's id, so the error summary can link to it. */
function RadioGroup(props: { id: string; legend: string; hint?: string | undefined; error?: string | undefined; choices: RadioChoice[]; selected: string | undefined }): JSX.Element {
  const { id, legend, hint, error, choices, selected } = props;
  return (
    <fieldset class={`utrecht-form-fieldset${error ? ' utrecht-form-fieldset--invalid' : ''}`} aria-describedby={describedBy(hint && `${id}-hint`, error && `${id}-error`)}>
      <legend class="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend" safe>{legend}</legend>
      {hint ? <div class="utrecht-form-field-description" id={`${id}-hint`} safe>{hint}</div> : ''}
      {error ? <div class="utrecht-form-field-error-message" id={`${id}-error`} safe>{error}</div> : ''}
      {choices.map((c, i) => {
        const radioId = i === 0 ? id : `${id}-${c.value}`;
        return (
          <div class="utrecht-form-field utrecht-form-field--radio">
            <div class="utrecht-form-field__input">
              <input
                class="utrecht-radio-button utrecht-radio-button--html-input"
                type="radio"
                id={radioId}
                name={id}
                value={c.value}
                checked={selected === c.value}
                aria-invalid={error ? 'true' : undefined}
                aria-describedby={c.hint ? `${radioId}-hint` : undefined}
              />
            </div>
            <div class="utrecht-form-field__label">
              <label class="utrecht-form-label utrecht-form-label--radio" for={radioId} safe>{c.label}</label>
            </div>
            {c.hint ? <div class="utrecht-form-field-description" id={`${radioId}-hint`} safe>{c.hint}</div> : ''}
          </div>
        );
      })}
    </fieldset>
  );
}

function SelectField(props: { id: string; label: string; error?: string | undefined; choices: RadioChoice[]; selected: string | undefined }): JSX.Element {
  const { id, label, error, choices, selected } = props;
  return (
    <div class={`utrecht-form-field utrecht-form-field--select${error ? ' utrecht-form-field--invalid' : ''}`}>
      <div class="utrecht-form-field__label">
        <label class="utrecht-form-label" for={id} safe>{label}</label>
      </div>
      {error ? <div class="utrecht-form-field-error-message" id={`${id}-error`} safe>{error}</div> : ''}
      <div class="utrecht-form-field__input">
        <select class={`utrecht-select utrecht-select--html-select${error ? ' utrecht-select--invalid' : ''}`} id={id} name={id} aria-invalid={error ? 'true' : undefined} aria-describedby={error ? `${id}-error` : undefined}>
          {choices.map((c) => <option value={c.value} selected={selected === c.value} safe>{c.label}</option>)}
        </select>
      </div>
    </div>
  );
}

function TestBanner({ ctx }: { ctx: PageContext }): JSX.Element {
  const t = idpMessages(ctx.lang);
  return (
    <p class="utrecht-paragraph stadhuis-preview-banner">
      <strong safe>{t('banner.title')}</strong> <span safe>{t('banner.body')}</span>
    </p>
  );
}

export interface LoginPageProps {
  ctx: PageContext;
  uid: string;
  kinds: IdpKind[];
  kind: IdpKind;
  minimum: { digid?: DigidLevel | undefined; eherkenning?: EherkenningLevel | undefined };
  digidLevels: DigidLevel[];
  eherkenningLevels: EherkenningLevel[];
  /** Show the "on behalf of" part (the relying party asked for the machtiging scope). */
  machtiging: boolean;
  values: Record<string, string>;
  errors: FieldError[];
  /** slug → name of the municipality, for the staff roles. */
  municipalities: Map<string, string>;
}

const TITLES: Record<IdpKind, 'digid.title' | 'eh.title' | 'staff.title'> = { digid: 'digid.title', eherkenning: 'eh.title', medewerker: 'staff.title' };
const INTROS: Record<IdpKind, 'digid.intro' | 'eh.intro' | 'staff.intro'> = { digid: 'digid.intro', eherkenning: 'eh.intro', medewerker: 'staff.intro' };
const TABS: Record<IdpKind, 'tab.digid' | 'tab.eherkenning' | 'tab.medewerker'> = { digid: 'tab.digid', eherkenning: 'tab.eherkenning', medewerker: 'tab.medewerker' };

export function LoginPage(props: LoginPageProps): JSX.Element {
  const { ctx, uid, kinds, kind, errors } = props;
  const t = idpMessages(ctx.lang);
  const title = t(TITLES[kind]);
  const action = `${IDP_BASE}/interaction/${encodeURIComponent(uid)}`;
  return (
    <Layout ctx={ctx} title={errors.length ? t('title.error', { title }) : title}>
      <TestBanner ctx={ctx} />
      <ErrorSummary ctx={ctx} errors={errors} />
      <h1 class="utrecht-heading-1" safe>{title}</h1>
      {kinds.length > 1 ? (
        <nav aria-label={t('tabs.label')} class="stadhuis-actions">
          {kinds.map((k) => (
            <a
              class={`utrecht-button-link utrecht-button-link--html-a utrecht-button-link--${k === kind ? 'primary' : 'secondary'}-action`}
              href={`${action}?soort=${k}`}
              aria-current={k === kind ? 'page' : undefined}
              safe
            >{t(TABS[k])}</a>
          ))}
        </nav>
      ) : ''}
      <p class="utrecht-paragraph" safe>{t(INTROS[kind])}</p>
      <form method="post" action={action} class="stadhuis-form" novalidate>
        <CsrfField ctx={ctx} />
        <input type="hidden" name="soort" value={kind} />
        {kind === 'digid' ? <DigidFields {...props} /> : kind === 'eherkenning' ? <EherkenningFields {...props} /> : <StaffFields {...props} />}
        <Button><span safe>{t('submit')}</span></Button>
      </form>
      <form method="post" action={`${action}/afbreken`} class="stadhuis-actions">
        <CsrfField ctx={ctx} />
        <Button variant="secondary"><span safe>{t('cancel')}</span></Button>
      </form>
    </Layout>
  );
}

function LevelFields<L extends string>({ ctx, levels, minimum, selected, errors }: { ctx: PageContext; levels: readonly L[]; minimum: L | undefined; selected: string | undefined; errors: FieldError[] }): JSX.Element {
  const t = idpMessages(ctx.lang);
  return (
    <RadioGroup
      id="niveau"
      legend={t('level.legend')}
      hint={minimum ? t('level.hintMinimum', { level: t(`level.${minimum}` as 'level.basis') }) : t('level.hint')}
      error={errorFor(errors, 'niveau')}
      choices={levels.map((level) => ({ value: level, label: t(`level.${level}` as 'level.basis') }))}
      selected={selected}
    />
  );
}

function DigidFields({ ctx, values, errors, minimum, digidLevels, machtiging }: LoginPageProps): JSX.Element {
  const t = idpMessages(ctx.lang);
  const people = testResidents.map((r) => ({ value: r.bsn, label: t('digid.personOption', { name: r.name, bsn: r.bsn }), hint: r.note[ctx.lang] }));
  return (
    <>
      <RadioGroup id="persoon" legend={t('digid.person')} error={errorFor(errors, 'persoon')} choices={people} selected={values.persoon} />
      <TextField id="bsn" label={t('digid.otherBsn')} hint={t('digid.otherBsnHint')} value={values.bsn} error={errorFor(errors, 'bsn')} inputmode="numeric" autocomplete="off" width="sm" />
      <LevelFields ctx={ctx} levels={digidLevels} minimum={minimum.digid} selected={values.niveau} errors={errors} />
      {machtiging ? (
        <fieldset class="utrecht-form-fieldset" aria-describedby="machtiging-hint">
          <legend class="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend" safe>{t('machtiging.legend')}</legend>
          <div class="utrecht-form-field-description" id="machtiging-hint" safe>{t('machtiging.hint')}</div>
          <SelectField
            id="namens"
            label={t('machtiging.person')}
            error={errorFor(errors, 'namens')}
            choices={[{ value: '', label: t('machtiging.self') }, ...testResidents.map((r) => ({ value: r.bsn, label: t('digid.personOption', { name: r.name, bsn: r.bsn }) }))]}
            selected={values.namens ?? ''}
          />
          <TextField id="namensBsn" label={t('machtiging.otherBsn')} value={values.namensBsn} error={errorFor(errors, 'namensBsn')} inputmode="numeric" autocomplete="off" width="sm" />
          <SelectField
            id="relatie"
            label={t('machtiging.relation')}
            error={errorFor(errors, 'relatie')}
            choices={MACHTIGING_RELATIONS.map((r) => ({ value: r, label: t(`relation.${r}`) }))}
            selected={values.relatie ?? 'ouder'}
          />
        </fieldset>
      ) : ''}
    </>
  );
}

function EherkenningFields({ ctx, values, errors, minimum, eherkenningLevels }: LoginPageProps): JSX.Element {
  const t = idpMessages(ctx.lang);
  const companies = testCompanies.map((c) => ({ value: c.kvk, label: t('eh.companyOption', { name: c.name, kvk: c.kvk, employee: c.employee }) }));
  return (
    <>
      <RadioGroup id="bedrijf" legend={t('eh.company')} error={errorFor(errors, 'bedrijf')} choices={companies} selected={values.bedrijf} />
      <TextField id="kvk" label={t('eh.otherKvk')} hint={t('eh.otherKvkHint')} value={values.kvk} error={errorFor(errors, 'kvk')} inputmode="numeric" autocomplete="off" width="sm" />
      <LevelFields ctx={ctx} levels={eherkenningLevels} minimum={minimum.eherkenning} selected={values.niveau} errors={errors} />
    </>
  );
}

export function rolesText(ctx: Pick<PageContext, 'lang'>, account: TestStaffAccount, municipalities: Map<string, string>): string {
  const t = idpMessages(ctx.lang);
  return Object.entries(account.roles)
    .map(([slug, roles]) => t('staff.roles', { municipality: municipalities.get(slug) ?? slug, roles: roles.map((r) => t(`role.${r}`)).join(', ') }))
    .join('; ');
}

function StaffFields({ ctx, values, errors, municipalities }: LoginPageProps): JSX.Element {
  const t = idpMessages(ctx.lang);
  const accounts = testStaff.map((s) => ({ value: s.id, label: t('staff.option', { name: s.name, email: s.email }), hint: rolesText(ctx, s, municipalities) }));
  return <RadioGroup id="medewerker" legend={t('staff.account')} error={errorFor(errors, 'medewerker')} choices={accounts} selected={values.medewerker} />;
}

/** A bad, forged or expired interaction. */
export function ExpiredPage({ ctx }: { ctx: PageContext }): JSX.Element {
  const t = idpMessages(ctx.lang);
  return (
    <Layout ctx={ctx} title={t('expired.title')}>
      <TestBanner ctx={ctx} />
      <h1 class="utrecht-heading-1" safe>{t('expired.title')}</h1>
      <p class="utrecht-paragraph" safe>{t('expired.body')}</p>
      <p class="utrecht-paragraph" safe>{t('expired.next')}</p>
    </Layout>
  );
}

/** An error of the OpenID protocol that cannot go back to the relying party (e.g. an unknown redirect_uri). */
export function OidcErrorPage({ ctx, error, description }: { ctx: PageContext; error: string; description?: string | undefined }): JSX.Element {
  const t = idpMessages(ctx.lang);
  return (
    <Layout ctx={ctx} title={t('oidcError.title')}>
      <TestBanner ctx={ctx} />
      <h1 class="utrecht-heading-1" safe>{t('oidcError.title')}</h1>
      <p class="utrecht-paragraph" safe>{t('oidcError.body')}</p>
      <p class="utrecht-paragraph stadhuis-meta">
        <span safe>{t('oidcError.code')}</span>: <code lang="en" safe>{description ? `${error}: ${description}` : error}</code>
      </p>
    </Layout>
  );
}

export function NotFoundPage({ ctx }: { ctx: PageContext }): JSX.Element {
  const t = idpMessages(ctx.lang);
  return (
    <Layout ctx={ctx} title={t('notFound.title')}>
      <TestBanner ctx={ctx} />
      <h1 class="utrecht-heading-1" safe>{t('notFound.title')}</h1>
      <p class="utrecht-paragraph" safe>{t('notFound.body')}</p>
      <p class="utrecht-paragraph"><a class="utrecht-link" href={IDP_BASE} safe>{t('index.title')}</a></p>
    </Layout>
  );
}

/** RP-initiated logout: the provider's own form (with its own anti-forgery value) in our page. */
export function LogoutPage({ ctx, action, xsrf }: { ctx: PageContext; action: string; xsrf: string }): JSX.Element {
  const t = idpMessages(ctx.lang);
  return (
    <Layout ctx={ctx} title={t('logout.title')}>
      <TestBanner ctx={ctx} />
      <h1 class="utrecht-heading-1" safe>{t('logout.title')}</h1>
      <p class="utrecht-paragraph" safe>{t('logout.body')}</p>
      <form id="op.logoutForm" method="post" action={action} class="stadhuis-actions">
        <input type="hidden" name="xsrf" value={xsrf} />
        <Button name="logout" value="yes"><span safe>{t('logout.yes')}</span></Button>
        <Button variant="secondary"><span safe>{t('logout.no')}</span></Button>
      </form>
    </Layout>
  );
}

export function LoggedOutPage({ ctx }: { ctx: PageContext }): JSX.Element {
  const t = idpMessages(ctx.lang);
  return (
    <Layout ctx={ctx} title={t('loggedOut.title')}>
      <TestBanner ctx={ctx} />
      <h1 class="utrecht-heading-1" safe>{t('loggedOut.title')}</h1>
      <p class="utrecht-paragraph" safe>{t('loggedOut.body')}</p>
    </Layout>
  );
}

/** /idp: what this is, and the test identities to use. */
export function IndexPage({ ctx, discoveryUrl, municipalities }: { ctx: PageContext; discoveryUrl: string; municipalities: Map<string, string> }): JSX.Element {
  const t = idpMessages(ctx.lang);
  return (
    <Layout ctx={ctx} title={t('index.title')}>
      <TestBanner ctx={ctx} />
      <h1 class="utrecht-heading-1" safe>{t('index.title')}</h1>
      <p class="utrecht-paragraph" safe>{t('index.intro')}</p>
      <p class="utrecht-paragraph" safe>{t('index.start')}</p>
      <p class="utrecht-paragraph"><a class="utrecht-link" href={discoveryUrl} safe>{t('index.discovery')}</a></p>
      <h2 class="utrecht-heading-2" safe>{t('index.residents')}</h2>
      <div class="stadhuis-table-wrap">
        <table class="utrecht-table stadhuis-table">
          <thead class="utrecht-table__header">
            <tr class="utrecht-table__row">
              <th class="utrecht-table__header-cell" scope="col" safe>{t('col.name')}</th>
              <th class="utrecht-table__header-cell" scope="col" safe>{t('col.bsn')}</th>
              <th class="utrecht-table__header-cell" scope="col" safe>{t('col.note')}</th>
            </tr>
          </thead>
          <tbody class="utrecht-table__body">
            {testResidents.map((r) => (
              <tr class="utrecht-table__row">
                <td class="utrecht-table__cell" safe>{r.name}</td>
                <td class="utrecht-table__cell" safe>{r.bsn}</td>
                <td class="utrecht-table__cell" safe>{r.note[ctx.lang]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h2 class="utrecht-heading-2" safe>{t('index.companies')}</h2>
      <div class="stadhuis-table-wrap">
        <table class="utrecht-table stadhuis-table">
          <thead class="utrecht-table__header">
            <tr class="utrecht-table__row">
              <th class="utrecht-table__header-cell" scope="col" safe>{t('col.name')}</th>
              <th class="utrecht-table__header-cell" scope="col" safe>{t('col.kvk')}</th>
              <th class="utrecht-table__header-cell" scope="col" safe>{t('col.vestiging')}</th>
              <th class="utrecht-table__header-cell" scope="col" safe>{t('col.employee')}</th>
            </tr>
          </thead>
          <tbody class="utrecht-table__body">
            {testCompanies.map((c) => (
              <tr class="utrecht-table__row">
                <td class="utrecht-table__cell" safe>{c.name}</td>
                <td class="utrecht-table__cell" safe>{c.kvk}</td>
                <td class="utrecht-table__cell" safe>{c.vestiging}</td>
                <td class="utrecht-table__cell" safe>{c.employee}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h2 class="utrecht-heading-2" safe>{t('index.staff')}</h2>
      <div class="stadhuis-table-wrap">
        <table class="utrecht-table stadhuis-table">
          <thead class="utrecht-table__header">
            <tr class="utrecht-table__row">
              <th class="utrecht-table__header-cell" scope="col" safe>{t('col.name')}</th>
              <th class="utrecht-table__header-cell" scope="col" safe>{t('col.email')}</th>
              <th class="utrecht-table__header-cell" scope="col" safe>{t('col.roles')}</th>
            </tr>
          </thead>
          <tbody class="utrecht-table__body">
            {testStaff.map((s) => (
              <tr class="utrecht-table__row">
                <td class="utrecht-table__cell" safe>{s.name}</td>
                <td class="utrecht-table__cell" safe>{s.email}</td>
                <td class="utrecht-table__cell" safe>{rolesText(ctx, s, municipalities)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </Layout>
  );
}
